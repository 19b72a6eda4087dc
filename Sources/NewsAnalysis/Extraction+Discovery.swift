extension Extraction {
    /// Lower-case words that may join the words of an organisation's name (`Bank of Japan`).
    static let connectors: Set<String> = ["of", "for", "on", "and", "the", "des", "du", "de", "pour", "et"]

    /// Pass 2: finds people and organisations the gazetteer does not know, from runs of
    /// capitalised words in running text with a role cue (`Minister`, `said`, `Corp`).
    mutating func discover() {
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            guard text.inRunningText(i), tokens[i].isCapitalized, tokens[i].hasLetter else { i += 1; continue }
            let end = runEnd(from: i)
            classify(i..<end)
            i = end
        }
    }

    /// The end of the capitalised run starting at `start` (particles and connectors inside).
    private func runEnd(from start: Int) -> Int {
        let tokens = text.tokens
        var j = start + 1
        while j < tokens.count, tokens[j].field == tokens[start].field,
            AliasMatcher.continuesPhrase(tokens[j - 1], tokens[j])
        {
            let token = tokens[j]
            if token.isCapitalized && token.hasLetter {
                j += 1
            } else if token.gap == .joiner && token.hasLetter {
                j += 1
            } else if (CueWords.particles.contains(token.folded) || Self.connectors.contains(token.folded)),
                j + 1 < tokens.count, tokens[j + 1].isCapitalized,
                AliasMatcher.continuesPhrase(token, tokens[j + 1])
            {
                j += 1
            } else {
                break
            }
        }
        while j > start + 1, !tokens[j - 1].isCapitalized, tokens[j - 1].gap != .joiner { j -= 1 }
        return j
    }

    /// Decides what a run names: an organisation, a titled person, a speaker, or nothing.
    private mutating func classify(_ run: Range<Int>) {
        var start = run.lowerBound
        while start < run.upperBound, leadingNoise(start, runStart: run.lowerBound) { start += 1 }
        guard start < run.upperBound else { return }
        let segment = start..<run.upperBound
        if isOrg(segment) { addOrgs(segment); return }
        if let cue = segment.last(where: { CueWords.titles.contains(text.tokens[$0].folded) }) {
            var prefixEnd = cue
            while prefixEnd > start, CueWords.titles.contains(text.tokens[prefixEnd - 1].folded) { prefixEnd -= 1 }
            if prefixEnd > start, isOrg(start..<prefixEnd) { addOrg(start..<prefixEnd) }
            if cue + 1 < segment.upperBound { addPerson((cue + 1)..<segment.upperBound, titled: true) }
            return
        }
        if start == run.lowerBound, titleBefore(start) != nil || saidBefore(start) {
            addPerson(segment, titled: titleBefore(start) != nil)
        } else if speechAfter(segment.upperBound) || appositiveAfter(segment.upperBound) {
            addPerson(segment, titled: false)
        } else if segment.count == 1 {
            discoverAcronym(start)
        }
    }

    /// A leading word that is not part of a name: `The`, `But`, a month, or a sentence's first
    /// word that the article also writes in lower case.
    private mutating func leadingNoise(_ i: Int, runStart: Int) -> Bool {
        let folded = text.tokens[i].folded
        if CueWords.stopwords.contains(folded) || Self.connectors.contains(folded) { return true }
        if !text.tokens[i].isCapitalized { return true }
        return i == runStart && text.startsSentence(i) && isCommonWord(folded)
    }

    /// `…," said John Smith`: a speech verb right before the name.
    private func saidBefore(_ start: Int) -> Bool {
        guard start > 0, text.tokens[start].gap == .space else { return false }
        let previous = text.tokens[start - 1]
        return !previous.isCapitalized && (previous.folded == "said" || previous.folded == "says")
    }

    /// Two or more words ending in an organisation word (`Acme Holdings Ltd`), or one followed
    /// by `of …` (`Bank of Japan`, `Ministry of Finance`).
    private func isOrg(_ segment: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard segment.count >= 2, !CueWords.titles.contains(tokens[segment.lowerBound].folded) else { return false }
        if CueWords.orgSuffixes.contains(tokens[segment.upperBound - 1].folded) { return true }
        return segment.dropLast().contains { k in
            CueWords.orgSuffixes.contains(tokens[k].folded) && tokens[k].isCapitalized
                && ["of", "for", "on", "de", "du", "des", "pour"].contains(tokens[k + 1].folded)
        }
    }

    /// Splits `Standard Oil Co and BP Inc` into two organisations, then counts each.
    private mutating func addOrgs(_ segment: Range<Int>) {
        var partStart = segment.lowerBound
        for k in segment where k > partStart && (text.tokens[k].folded == "and" || text.tokens[k].folded == "et")
            && CueWords.orgSuffixes.contains(text.tokens[k - 1].folded)
        {
            if isOrg(partStart..<k) { addOrg(partStart..<k) }
            partStart = k + 1
        }
        if partStart == segment.lowerBound || isOrg(partStart..<segment.upperBound) {
            addOrg(partStart..<segment.upperBound)
        }
    }

    /// Counts a discovered organisation unless the gazetteer already named it; a gazetteer
    /// place inside the name (`Bank of Japan`) is not counted as a mention of the place.
    private mutating func addOrg(_ segment: Range<Int>) {
        let inside = counted.filter { $0.range.overlaps(segment) }
        if inside.contains(where: { table.entry($0.entry).kind != .place }) { return }
        for item in inside {
            tally.retract(name: table.entry(item.entry).canonical, spelling: text.spelling(item.range))
        }
        let name = ActorTally.tidy(text.spelling(segment))
        tally.add(name: name, kind: .org, spelling: name)
        cover(segment)
        noteAcronymDefinition(after: segment.upperBound, org: name)
    }

    /// `International Cocoa Organization (ICCO)`: remembers the acronym as the org's spelling.
    private mutating func noteAcronymDefinition(after end: Int, org: String) {
        let tokens = text.tokens
        guard end < tokens.count, tokens[end].isAllCaps, tokens[end].end - tokens[end].start >= 2,
            text.bytes[tokens[end - 1].end..<tokens[end].start].contains(UInt8(ascii: "("))
        else { return }
        acronyms[tokens[end].folded] = org
        tally.add(name: org, kind: .org, spelling: text.spelling(end..<(end + 1)), count: 0)
        cover(end..<(end + 1))
    }

    /// An unknown acronym that speaks (`ICCO said`) is an organisation.
    private mutating func discoverAcronym(_ i: Int) {
        let token = text.tokens[i]
        let length = token.end - token.start
        guard token.isAllCaps, (2...6).contains(length), !covered[i], speechAfter(i + 1) else { return }
        let name = text.spelling(i..<(i + 1))
        acronyms[token.folded] = name
        tally.add(name: name, kind: .org, spelling: name)
        cover(i..<(i + 1))
    }
}
