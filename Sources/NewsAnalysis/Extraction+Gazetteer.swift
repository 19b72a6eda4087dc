extension Extraction {
    /// Pass 1: finds every gazetteer alias (longest first), then keeps context aliases only
    /// where the article supports them.
    mutating func matchGazetteer() {
        let found = findAliases()
        let plain = Set(found.filter { !$0.needsContext }.map(\.entry))
        var supported = plain
        for item in found where item.needsContext && !supported.contains(item.entry) {
            if hasSupport(item, knownActors: plain.count) { supported.insert(item.entry) }
        }
        for item in found where supported.contains(item.entry) {
            if item.needsContext && item.caseRule != .exactCaps && joinsOtherName(item.range) { continue }
            if item.needsContext && item.caseRule == .exactCaps && endsCode(item.range) { continue }
            if item.needsContext && !plain.contains(item.entry) && table.entry(item.entry).kind == .person {
                weak.append(item)
            } else {
                count(item)
            }
        }
    }

    /// Every alias occurrence whose case fits its rule, longest match first, left to right.
    private func findAliases() -> [Found] {
        let tokens = text.tokens
        let ids = text.aliasIDs
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            guard ids[i] >= 0 else { i += 1; continue }
            let start = i
            let match = index.matcher.longestMatch(ids: ids, tokens: tokens, from: start) {
                caseFits($1, start..<(start + $0)) && initialsWrittenAlike(start..<(start + $0))
            }
            guard let match else { i += 1; continue }
            found.append(Found(entry: match.hit.entry, range: start..<(start + match.length),
                               needsContext: match.hit.needsContext, caseRule: match.hit.caseRule))
            i += match.length
        }
        return found
    }

    /// Whether an initialism (`U.S.A.`, `U. S. A.`, `U S A`) has the same dots and spaces between
    /// all its letters: `U.S. A spokesman` and `U.S., A` are `U.S.` and a word. Other aliases
    /// always pass.
    private func initialsWrittenAlike(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard range.count > 1, range.allSatisfy({ tokens[$0].end - tokens[$0].start == 1 }) else { return true }
        let gaps = range.dropFirst().map { text.separator(before: $0) }
        return gaps.allSatisfy { gap in
            gap.elementsEqual(gaps[0]) && gap.allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: " ") }
        }
    }

    /// Whether an alias is the end of a code glued to a word by a dot, as in a ticker
    /// (`<TCSF.PA>`, Paris) or a file name, where capitals name no actor.
    private func endsCode(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        let start = range.lowerBound
        guard start > 0, tokens[start - 1].end - tokens[start - 1].start > 1 else { return false }
        return text.separator(before: start).elementsEqual([UInt8(ascii: ".")])
    }

    /// Whether the text's case fits an alias: acronyms in capitals, context words not lower case.
    private func caseFits(_ hit: AliasHit, _ range: Range<Int>) -> Bool {
        let tokens = text.tokens[range]
        let allLower = !tokens.contains { $0.isCapitalized }
        let shouting = text.styles[tokens.first!.field] == .shouting
        if hit.needsContext && allLower && !shouting { return false }
        switch hit.caseRule {
        case .any: return true
        case .notLower: return !allLower
        case .exactCaps:
            return tokens.allSatisfy { $0.isAllCaps || !$0.hasLetter } && !(hit.needsContext && shouting)
        }
    }

    /// Context for an ambiguous alias: a title before it, a speech verb after it, or a
    /// capitalised use mid-sentence in an article that names other known actors.
    private mutating func hasSupport(_ item: Found, knownActors: Int) -> Bool {
        if item.caseRule == .exactCaps { return true }
        let start = item.range.lowerBound
        let kind = table.entry(item.entry).kind
        if kind == .place && text.isDateline(item.range) { return true }
        if kind == .person && titleBefore(start) != nil { return true }
        if joinsOtherName(item.range) { return false }
        if kind == .person && speechAfter(item.range.upperBound) && knownActors >= 1 { return true }
        guard text.inRunningText(start), !text.startsSentence(start) else { return false }
        if item.range.count == 1 && text.has(start, .stopword) { return false }  // `in May`
        return knownActors >= (kind == .person ? 2 : 1)
    }

    /// The alias is glued to another capitalised word (`Chad Smith`, `Harris County`), so it
    /// is part of a longer name; a title before it does not count.
    func joinsOtherName(_ range: Range<Int>) -> Bool {
        let start = range.lowerBound
        let before = text.adjacentCapitalised(start, start - 1) && titleBefore(start) == nil
            && !text.startsSentence(start) && !text.has(start - 1, .stopword)
        let after = text.adjacentCapitalised(range.upperBound - 1, range.upperBound)
        return (before || after) && text.inRunningText(start)
    }

    /// Counts one gazetteer mention.
    mutating func count(_ item: Found) {
        let entry = table.entry(item.entry)
        let spelling = text.spelling(item.range)
        tally.add(name: entry.canonical, kind: entry.kind, spelling: spelling)
        cover(item.range)
        counted.append(item)
        if entry.kind == .person && item.range.count > 1 {
            personAt.append((item.range.lowerBound, entry.canonical, item.range.map { text.tokens[$0].hash }))
        }
        if entry.kind == .person && peopleSeen.insert(item.entry).inserted {
            personAt.append((-1, entry.canonical, index.canonicalWords[Int(item.entry)]))
        }
    }
}
