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
        classifySegment(start..<run.upperBound)
    }

    /// Classifies a run (or part of one), splitting at `and` where both sides stand alone:
    /// `Treasury Secretary James Baker and Fed Chairman Paul Volcker`, `Acme Co and Beta Inc`.
    private mutating func classifySegment(_ segment: Range<Int>) {
        guard !segment.isEmpty else { return }
        let ands = segment.filter(isAnd)
        if isOrg(segment) {
            if let and = ands.last, isOrg((and + 1)..<segment.upperBound) {
                classifySegment(segment.lowerBound..<and)
                classifySegment((and + 1)..<segment.upperBound)
            } else {
                addOrg(segment)
            }
            return
        }
        if let cue = segment.last(where: isCue) {
            classifyTitled(segment, cue: cue)
        } else if let and = ands.last {
            classifySegment(segment.lowerBound..<and)
            classifySegment((and + 1)..<segment.upperBound)
        } else {
            classifyUntitled(segment)
        }
    }

    /// `[Org] [title words] Name`: the organisation before the title, the person after it.
    private mutating func classifyTitled(_ segment: Range<Int>, cue: Int) {
        var prefixEnd = cue
        while prefixEnd > segment.lowerBound, isCue(prefixEnd - 1) { prefixEnd -= 1 }
        var prefix = segment.lowerBound..<prefixEnd
        if let and = prefix.last(where: isAnd) {
            classifySegment(prefix.lowerBound..<and)
            prefix = (and + 1)..<prefix.upperBound
        }
        if isOrg(prefix) { addOrg(prefix) }
        if cue + 1 < segment.upperBound { addPerson(nameAfterTitle(cue, end: segment.upperBound), titled: true) }
    }

    /// The name after a title; after a role phrase (`Chancellor of the Exchequer Nigel
    /// Lawson`, `Minister of Mines and Energy Subroto`) only the last two name words.
    private mutating func nameAfterTitle(_ cue: Int, end: Int) -> Range<Int> {
        guard ["of", "for", "to"].contains(text.tokens[cue + 1].folded) else { return (cue + 1)..<end }
        var start = end
        var words = 0
        while start > cue + 1, words < 2 {
            let token = text.tokens[start - 1]
            let joined = token.gap == .joiner
            if !joined && (!token.isCapitalized || CueWords.orgSuffixes.contains(token.folded)
                || isCommonWord(token.folded)) { break }
            start -= 1
            if !joined { words += 1 }
        }
        return start..<end
    }

    /// A run without a title: a speaker (`Jan Kowalczyk said`), a name after `said`, an
    /// acronym, or a full name kept pending until its surname shows up alone.
    private mutating func classifyUntitled(_ segment: Range<Int>) {
        if titleBefore(segment.lowerBound) != nil || saidBefore(segment.lowerBound) {
            addPerson(segment, titled: titleBefore(segment.lowerBound) != nil)
        } else if speechAfter(segment.upperBound) || appositiveAfter(segment.upperBound) {
            addPerson(segment, titled: false)
        } else if segment.count == 1 {
            discoverAcronym(segment.lowerBound)
        } else if (2...3).contains(segment.count), !text.startsSentence(segment.lowerBound) {
            pendingNames.append(segment)
        }
    }

    /// `and`/`et` inside a run.
    private func isAnd(_ i: Int) -> Bool {
        text.tokens[i].folded == "and" || text.tokens[i].folded == "et"
    }

    /// A title or role word inside a run.
    private func isCue(_ i: Int) -> Bool {
        CueWords.titles.contains(text.tokens[i].folded) && text.tokens[i].isCapitalized
    }

    /// A leading word that is not part of a name: `The`, `But`, a month, or a sentence's first
    /// word that the article also writes in lower case.
    private mutating func leadingNoise(_ i: Int, runStart: Int) -> Bool {
        let folded = text.tokens[i].folded
        if CueWords.stopwords.contains(folded) || Self.connectors.contains(folded) { return true }
        if !text.tokens[i].isCapitalized { return true }
        if CueWords.titles.contains(folded) { return false }
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

    /// An unknown acronym that speaks (`ICCO said`) or follows `the` (`the GATT`) is an
    /// organisation, unless it is a common non-organisation acronym (`the GDP`).
    private mutating func discoverAcronym(_ i: Int) {
        let token = text.tokens[i]
        let length = token.end - token.start
        guard token.isAllCaps, (2...6).contains(length), !covered[i],
            !CueWords.nonOrgAcronyms.contains(token.folded)
        else { return }
        let afterThe = i > 0 && text.tokens[i - 1].folded == "the" && token.gap == .space
        guard afterThe || speechAfter(i + 1) else { return }
        let name = text.spelling(i..<(i + 1))
        acronyms[token.folded] = name
        tally.add(name: name, kind: .org, spelling: name)
        cover(i..<(i + 1))
    }
}
