extension Extraction {
    /// Pass 2: finds people, organisations and places the gazetteer does not know, from runs
    /// of capitalised words in running text with a cue (`Minister`, `said`, `Corp`, `County`).
    mutating func discover() {
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized, tokens[i].hasLetter else { i += 1; continue }
            guard text.inRunningText(i) else { i += 1; continue }
            let end = runEnd(from: i)
            if !discoverDateline(i..<end) { classify(i..<end) }
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
            if text.isPossessive(j) { break }
            if token.isCapitalized && token.hasLetter || token.gap == .joiner && token.hasLetter {
                j += 1
            } else if let next = linkedWord(after: j) {
                j = next
            } else {
                break
            }
        }
        while j > start + 1, !tokens[j - 1].isCapitalized, tokens[j - 1].gap != .joiner { j -= 1 }
        return j
    }

    /// After one or two particles/connectors at `j` (`of the`), the capitalised word they lead to.
    private func linkedWord(after j: Int) -> Int? {
        let tokens = text.tokens
        var k = j
        while k < min(j + 2, tokens.count) {
            guard !tokens[k].isCapitalized, text.has(k, .particle) || text.has(k, .connector),
                k == j || AliasMatcher.continuesPhrase(tokens[k - 1], tokens[k])
            else { return nil }
            k += 1
            if k < tokens.count, tokens[k].isCapitalized, tokens[k].hasLetter,
                AliasMatcher.continuesPhrase(tokens[k - 1], tokens[k]),
                !text.has(k, .stopword)
            {
                return k
            }
        }
        return nil
    }

    /// Decides what a run names: an organisation, a titled person, a speaker, or nothing.
    private mutating func classify(_ run: Range<Int>) {
        var start = run.lowerBound
        while start < run.upperBound, leadingNoise(start, runStart: run.lowerBound) { start += 1 }
        guard start < run.upperBound else { return }
        classifySegment(start..<run.upperBound)
    }

    /// Classifies a run (or part of one), splitting at `and` where both sides stand alone
    /// (`Treasury Secretary James Baker and Fed Chairman Paul Volcker`, `Texaco Inc and
    /// Pennzoil Co`, but not `Securities and Exchange Commission` or `Merrill Lynch and Co
    /// Inc`) and at `of` before an organisation (`Lukas Brunner of Helvetia Research`).
    private mutating func classifySegment(_ segment: Range<Int>) {
        guard !segment.isEmpty else { return }
        if segment.count >= 2, definedAcronym(after: segment) != nil {
            addOrg(segment)
        } else if let cue = titleAfterOrg(segment) {
            classifyTitled(segment, cue: cue, orgFirst: true)
        } else if isOrg(segment) {
            if let and = segment.last(where: isAnd), joinsTwoOrgs(segment, at: and) {
                classifySegment(segment.lowerBound..<and)
                classifySegment((and + 1)..<segment.upperBound)
            } else if let of = segment.first(where: { isOfBeforeOrg($0, segment) }) {
                classifySegment(segment.lowerBound..<of)
                addOrg((of + 1)..<segment.upperBound)
            } else {
                addOrg(segment)
            }
        } else if let cue = segment.last(where: isCue) {
            classifyTitled(segment, cue: cue)
        } else if let and = segment.last(where: isAnd) {
            classifySegment(segment.lowerBound..<and)
            classifySegment((and + 1)..<segment.upperBound)
        } else if let of = segment.first(where: { text.isWord($0, "of") }), of > segment.lowerBound {
            classifySegment(segment.lowerBound..<of)
        } else {
            classifyUntitled(segment)
        }
    }

    /// `Bank of Japan Governor Satoshi Sumita`, `Office of Management and Budget Director James
    /// Miller`: an organisation's name, titles, then a name without an organisation word, which
    /// is a person's. Gives the last title. (`General Motors Corp` ends in an organisation word;
    /// `Office of the Secretary of Defense` has no name before its title: both stay
    /// organisations.)
    private func titleAfterOrg(_ segment: Range<Int>) -> Int? {
        let last = segment.upperBound - 1
        guard let cue = segment.last(where: isCue), cue < last, !text.has(last, .orgSuffix) else { return nil }
        let end = titlesStart(before: cue, from: segment.lowerBound)
        let org = segment.lowerBound..<end
        guard org.count >= 2, text.tokens[end - 1].isCapitalized, !text.has(end - 1, .connector),
            isOrg(org, beforeTitle: true)
        else { return nil }
        return cue
    }

    /// Where the titles ending at `cue` start (`Deputy Finance Minister`), not before `start`.
    private func titlesStart(before cue: Int, from start: Int) -> Int {
        var first = cue
        while first > start, isCue(first - 1) { first -= 1 }
        return first
    }

    /// Whether the `and` at `and` joins two organisations rather than being part of one name:
    /// both sides are organisations by themselves, and the right one has a word of its own
    /// (`Co Inc` is the end of `Merrill Lynch and Co Inc`, not a second company).
    private func joinsTwoOrgs(_ segment: Range<Int>, at and: Int) -> Bool {
        let right = (and + 1)..<segment.upperBound
        return isOrg(segment.lowerBound..<and) && isOrg(right) && right.contains { !text.has($0, .orgSuffix) }
    }

    /// `of` whose left side is not an organisation word and whose right side is an organisation.
    private func isOfBeforeOrg(_ k: Int, _ segment: Range<Int>) -> Bool {
        guard k > segment.lowerBound,
            text.isWord(k, "of") || text.isWord(k, "on") || text.isWord(k, "for") || text.isWord(k, "at")
        else { return false }
        return !text.has(k - 1, .orgSuffix) && isOrg((k + 1)..<segment.upperBound)
    }

    /// `[Org] [title words] Name`: the organisation before the title, the person after it. An
    /// `and` before the title splits off what comes before it, unless the run is known to open
    /// with an organisation (`orgFirst`, ``titleAfterOrg(_:)``): then only a titled person
    /// before the `and` is split off (`Finance Minister X and Bank of France Governor Y`, not
    /// `Office of Management and Budget`).
    private mutating func classifyTitled(_ segment: Range<Int>, cue: Int, orgFirst: Bool = false) {
        var prefix = segment.lowerBound..<titlesStart(before: cue, from: segment.lowerBound)
        if let and = prefix.last(where: isAnd), !orgFirst || (prefix.lowerBound..<and).contains(where: isCue) {
            classifySegment(prefix.lowerBound..<and)
            prefix = (and + 1)..<prefix.upperBound
        }
        if isOrg(prefix, beforeTitle: true) { addOrg(prefix) }
        if cue + 1 < segment.upperBound { addPerson(nameAfterTitle(cue, end: segment.upperBound), titled: true) }
    }

    /// The name after a title; after a role phrase (`Chancellor of the Exchequer Nigel
    /// Lawson`, `Minister of Mines and Energy Subroto`) only the last two name words.
    private mutating func nameAfterTitle(_ cue: Int, end: Int) -> Range<Int> {
        guard text.isWord(cue + 1, "of") || text.isWord(cue + 1, "for") || text.isWord(cue + 1, "to") else {
            return (cue + 1)..<end
        }
        var start = end
        var words = 0
        while start > cue + 1, words < 2 {
            let token = text.tokens[start - 1]
            let joined = token.gap == .joiner
            if !joined && (!token.isCapitalized || text.has(start - 1, .orgSuffix)
                || isCommonWord(start - 1)) { break }
            start -= 1
            if !joined { words += 1 }
        }
        return words < 2 ? end..<end : start..<end  // `Archbishop of Canterbury` is a title
    }

    /// A run without a title: a speaker (`Jan Kowalczyk said`), a name after `said` or after
    /// `role of X,`, an organisation after `the company`, a place ending in `County`, an
    /// acronym, or a full name kept pending until its surname shows up alone.
    private mutating func classifyUntitled(_ segment: Range<Int>) {
        let start = segment.lowerBound
        if orgNounBefore(start) {
            if segment.count > 1 || text.tokens[start].isAllCaps { addOrg(segment) }
        } else if segment.count > 1, text.has(segment.upperBound - 1, .placeSuffix),
            segment.upperBound == text.tokens.count || !text.isWord(segment.upperBound, "of")
        {
            addPlace(segment)
        } else if titleBefore(start) != nil || saidBefore(start) {
            addPerson(segment, titled: titleBefore(start) != nil)
        } else if speechAfter(segment.upperBound) || appositiveAfter(segment.upperBound) || roleBeforeComma(start) {
            addPerson(segment, titled: false)
        } else if segment.count == 1 {
            discoverAcronym(start)
        } else if (2...3).contains(segment.count), !text.startsSentence(start) {
            pendingNames.append(segment)
        }
    }

    /// `and`/`et` inside a run.
    private func isAnd(_ i: Int) -> Bool {
        text.isWord(i, "and") || text.isWord(i, "et")
    }

    /// A title or role word inside a run.
    private func isCue(_ i: Int) -> Bool {
        text.has(i, .title) && text.tokens[i].isCapitalized
    }

    /// A leading word that is not part of a name: `The`, `But`, a month, or a sentence's first
    /// word that the article also writes in lower case; not a name opener before an organisation
    /// word (`First Boston Corp`).
    private func leadingNoise(_ i: Int, runStart: Int) -> Bool {
        if text.has(i, .nameOpener) && text.tokens[i].isCapitalized && isOrgWordAhead(i) { return false }
        if text.has(i, .stopword) || text.has(i, .connector) { return true }
        if !text.tokens[i].isCapitalized { return true }
        if text.has(i, .title) { return false }
        return i == runStart && text.startsSentence(i) && isCommonWord(i)
    }

    /// An organisation word within the next three capitalised words of the run (`First Boston
    /// Corp`, not `First Lady`).
    private func isOrgWordAhead(_ i: Int) -> Bool {
        let tokens = text.tokens
        var k = i + 1
        while k < min(i + 4, tokens.count), tokens[k].isCapitalized,
            AliasMatcher.continuesPhrase(tokens[k - 1], tokens[k])
        {
            if text.has(k, .orgSuffix) { return true }
            k += 1
        }
        return false
    }

    /// `…," said John Smith`: a speech verb right before the name.
    private func saidBefore(_ start: Int) -> Bool {
        guard start > 0, text.tokens[start].gap == .space else { return false }
        let previous = text.tokens[start - 1]
        return !previous.isCapitalized && (text.isWord(start - 1, "said") || text.isWord(start - 1, "says"))
    }

    /// `the mining company LKAB`: a lower-case organisation noun right before the name.
    private func orgNounBefore(_ start: Int) -> Bool {
        guard start > 0, text.tokens[start].gap == .space else { return false }
        let previous = text.tokens[start - 1]
        return !previous.isCapitalized && text.has(start - 1, .orgNoun)
    }

    /// `the governor of the region, Andrei Chibis,`: a role word earlier in the same clause,
    /// then a comma right before the name.
    private func roleBeforeComma(_ start: Int) -> Bool {
        let tokens = text.tokens
        guard start > 0, tokens[start].gap == .punct,
            text.separator(before: start).contains(UInt8(ascii: ","))
        else { return false }
        var k = start - 1
        while k >= max(0, start - 7) {
            if text.has(k, .appositiveRole) && !text.has(k, .honorific) {
                return true
            }
            if tokens[k].gap != .space && tokens[k].gap != .joiner { return false }
            k -= 1
        }
        return false
    }

    /// Two or more words ending in an organisation word (`Acme Holdings Ltd`), starting with
    /// one (`Bank Pekao`), or with one followed by `of …` (`Bank of Japan`). Before a title,
    /// portfolio words do not count (`Energy Minister`).
    func isOrg(_ segment: Range<Int>, beforeTitle: Bool = false) -> Bool {
        let tokens = text.tokens
        guard segment.count >= 2, !text.has(segment.lowerBound, .title) else { return false }
        let last = segment.upperBound - 1
        if text.has(last, .orgSuffix) && !(beforeTitle && text.has(last, .weakOrgSuffix)) {
            return true
        }
        if text.has(segment.lowerBound, .orgPrefix), tokens[segment.lowerBound + 1].isCapitalized {
            return true
        }
        return segment.dropLast().contains { k in
            text.has(k, .orgSuffix) && tokens[k].isCapitalized && text.has(k + 1, .orgLink)
        }
    }
}
