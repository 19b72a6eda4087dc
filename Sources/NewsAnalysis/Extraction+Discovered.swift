extension Extraction {
    /// Counts a discovered organisation unless the gazetteer already named it; a gazetteer
    /// place inside the name (`Bank of Japan`) is not counted as a mention of the place.
    mutating func addOrg(_ segment: Range<Int>) {
        guard !followsKnownOrgPossessive(segment), let name = claim(segment) else { return }
        tally.add(name: name, kind: .org, spelling: name)
        noteAcronymDefinition(after: segment, org: name)
    }

    /// `Moody's Investors Service Inc`, `Toyota's Lexus Division`: a name right after a known
    /// organisation's possessive is part of that organisation, which is counted already.
    private func followsKnownOrgPossessive(_ segment: Range<Int>) -> Bool {
        let start = segment.lowerBound
        guard start >= 2, text.tokens[start].gap == .space, text.isPossessive(start - 1) else { return false }
        return counted.contains { found in
            (found.range.upperBound == start || found.range.upperBound == start - 1)
                && table.entry(found.entry).kind == .org
        }
    }

    /// Counts a discovered place (`Harris County`).
    mutating func addPlace(_ segment: Range<Int>) {
        guard let name = claim(segment) else { return }
        tally.add(name: name, kind: .place, spelling: name)
    }

    /// Takes tokens for a discovered name: nil when a gazetteer person or organisation is
    /// inside; gazetteer places inside are retracted. Returns the name as written.
    private mutating func claim(_ whole: Range<Int>) -> String? {
        var start = whole.lowerBound
        while start < whole.upperBound, !text.tokens[start].isCapitalized { start += 1 }
        let segment = start..<whole.upperBound
        guard !segment.isEmpty else { return nil }
        let inside = counted.filter { $0.range.overlaps(segment) }
        if inside.contains(where: { table.entry($0.entry).kind != .place || $0.range == segment }) { return nil }
        for item in inside {
            tally.retract(name: table.entry(item.entry).canonical, spelling: text.spelling(item.range))
        }
        cover(segment)
        return ActorTally.tidy(text.spelling(segment))
    }

    /// `HOUSTON —` opening the text: the place it was filed from. Known places are matched
    /// by the gazetteer; an unknown one is named as the article writes it elsewhere
    /// (`Houston`), else with only its first letters capitalised.
    mutating func discoverDateline(_ run: Range<Int>) -> Bool {
        guard text.isDateline(run), run.count <= 3, !run.contains(where: { covered[$0] }) else { return false }
        let words = run.map { text.tokens[$0].hash }
        let letters = run.reduce(0) { $0 + Int(text.tokens[$1].foldedEnd - text.tokens[$1].foldedStart) }
        guard letters >= 3, !run.contains(where: { text.has($0, .stopword) }) else { return false }
        let name = mixedCaseSpelling(of: words) ?? run.map { titleCased(text.spelling($0..<($0 + 1))) }.joined(separator: " ")
        tally.add(name: name, kind: .place, spelling: ActorTally.tidy(text.spelling(run)))
        cover(run)
        return true
    }

    /// The same words written in ordinary case elsewhere in the article.
    private func mixedCaseSpelling(of words: [UInt64]) -> String? {
        let tokens = text.tokens
        for i in tokens.indices where tokens[i].hash == words[0] && tokens[i].isCapitalized && !tokens[i].isAllCaps {
            let end = i + words.count
            guard end <= tokens.count, (i..<end).map({ tokens[$0].hash }) == words else { continue }
            return ActorTally.tidy(text.spelling(i..<end))
        }
        return nil
    }

    /// `N'DJAMENA` → `N'djamena`: first letter upper, the rest lower.
    private func titleCased(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    /// `International Cocoa Organization (ICCO)`: remembers the acronym as the org's spelling.
    private mutating func noteAcronymDefinition(after segment: Range<Int>, org: String) {
        guard let end = definedAcronym(after: segment) else { return }
        acronyms[text.tokens[end].hash] = org
        tally.add(name: org, kind: .org, spelling: text.spelling(end..<(end + 1)), count: 0)
        cover(end..<(end + 1))
    }

    /// The index of an acronym that names the words before it: `… Trade (GATT)`,
    /// `…Organization, ICCO,` — its letters, in order, among the name's, first letters equal.
    func definedAcronym(after segment: Range<Int>) -> Int? {
        let tokens = text.tokens
        let end = segment.upperBound
        guard end < tokens.count, tokens[end].isAllCaps, (2...8).contains(tokens[end].end - tokens[end].start),
            !covered[end]
        else { return nil }
        let gap = text.separator(before: end)
        guard gap.contains(UInt8(ascii: "(")) || gap.contains(UInt8(ascii: ",")) else { return nil }
        let words = segment.filter { tokens[$0].isCapitalized }.map { text.folded($0) }
        return Self.abbreviates(text.folded(end), words) ? end : nil
    }

    /// `gatt` abbreviates `general agreement tariffs trade`; `icco` abbreviates
    /// `international cocoa organization` (letters in order, starting at the first word).
    static func abbreviates(_ acronym: String, _ words: [String]) -> Bool {
        guard let first = words.first?.first, acronym.first == first else { return false }
        let letters = Array(words.joined())
        var position = 0
        for letter in acronym {
            guard let found = letters[position...].firstIndex(of: letter) else { return false }
            position = found + 1
        }
        return true
    }

    /// An unknown acronym that speaks (`ICCO said`) or follows `the` (`the GATT`) is an
    /// organisation, unless it is a common non-organisation acronym (`the GDP`).
    mutating func discoverAcronym(_ i: Int) {
        let token = text.tokens[i]
        let length = token.end - token.start
        guard token.isAllCaps, (2...6).contains(length), !covered[i],
            !text.has(i, .nonOrgAcronym)
        else { return }
        let spelling = text.spelling(i..<(i + 1))
        if let org = acronyms[token.hash] {
            tally.add(name: org, kind: .org, spelling: spelling)
            cover(i..<(i + 1))
            return
        }
        guard acronymInOrgContext(i) || speechAfter(i + 1) else { return }
        acronyms[token.hash] = spelling
        tally.add(name: spelling, kind: .org, spelling: spelling)
        cover(i..<(i + 1))
    }

    /// An acronym used as organisations are: `the GATT`, `member of GATT`, `EC officials`.
    private func acronymInOrgContext(_ i: Int) -> Bool {
        let tokens = text.tokens
        if i > 0, tokens[i].gap == .space, !tokens[i - 1].isCapitalized,
            text.has(i - 1, .acronymLead)
        {
            return true
        }
        guard i + 1 < tokens.count, tokens[i + 1].gap == .space || tokens[i + 1].gap == .joiner else { return false }
        return text.has(i + 1, .institutionNoun)
    }
}
