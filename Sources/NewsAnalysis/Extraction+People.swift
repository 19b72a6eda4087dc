extension Extraction {
    /// Counts a discovered person (2–4 name words, or 1 after a title) unless the gazetteer
    /// already named them; single names wait for ``linkSurnames()``.
    mutating func addPerson(_ segment: Range<Int>, titled: Bool) {
        let tokens = text.tokens
        var end = segment.upperBound
        while end > segment.lowerBound, !tokens[end - 1].isCapitalized { end -= 1 }
        let range = segment.lowerBound..<end
        let names = range.filter { tokens[$0].isCapitalized }
        guard (1...4).contains(names.count), range.allSatisfy(isNameWord) else { return }
        let inside = counted.filter { $0.range.overlaps(range) }
        if inside.contains(where: { table.entry($0.entry).kind != .place }) { return }
        if !inside.isEmpty && !titled { return }
        for item in inside {
            tally.retract(name: table.entry(item.entry).canonical, spelling: text.spelling(item.range))
        }
        if names.count == 1 {
            let single = tokens[range.lowerBound]
            let start = range.lowerBound
            let title = start > 0 ? text.folded(start - 1) : ""
            if titled && single.end - single.start > 2 && !isCommonWord(start) && CueWords.singleNameTitles.contains(title) {
                singles.append(start)
            }
            return
        }
        let name = ActorTally.tidy(text.spelling(range))
        tally.add(name: name, kind: .person, spelling: name)
        cover(range)
        personAt.append((range.lowerBound, name, range.map { tokens[$0].hash }))
    }

    /// Flags of words that are never part of a person's name.
    static let notNames: WordFlags = [.stopword, .title, .orgSuffix, .placeSuffix, .portfolio, .demonym]

    /// A word that can be part of a person's name: capitalised and not a common capitalised
    /// word, month, day, title, organisation word or acronym; or a name particle.
    private func isNameWord(_ i: Int) -> Bool {
        let token = text.tokens[i]
        guard token.hasLetter else { return false }
        if !token.isCapitalized { return text.has(i, .particle) || token.gap == .joiner }
        if token.isAllCaps && token.end - token.start > 2 { return false }
        return text.flags[i].isDisjoint(with: Self.notNames)
    }

    /// Pass 3: a capitalised word equal to the last word of a person named in full elsewhere
    /// in the article (`Zelenski`, `Mr Harris`) counts as that person; then ambiguous
    /// gazetteer surnames no full name claimed; then single names after a title
    /// (`Minister Subroto`); acronyms the article defined count as their organisation.
    mutating func linkSurnames() {
        confirmPendingNames()
        var surnames: [UInt64: [(position: Int, name: String)]] = [:]
        for person in personAt where person.words.count >= 2 {
            surnames[person.words[person.words.count - 1], default: []].append((person.position, person.name))
        }
        scan(surnames)
        for item in weak where !item.range.contains(where: { covered[$0] }) { count(item) }
        var titled: [UInt64: [(position: Int, name: String)]] = [:]
        for i in singles where !covered[i] && titled[text.tokens[i].hash] == nil {
            titled[text.tokens[i].hash] = [(i, text.spelling(i..<(i + 1)))]
        }
        scan(titled)
    }

    /// Counts every free capitalised word that is a known surname or a defined acronym.
    private mutating func scan(_ surnames: [UInt64: [(position: Int, name: String)]]) {
        guard !surnames.isEmpty || !acronyms.isEmpty else { return }
        for i in text.tokens.indices where !covered[i] && text.tokens[i].isCapitalized {
            if let org = acronyms[text.tokens[i].hash], text.tokens[i].isAllCaps {
                tally.add(name: org, kind: .org, spelling: text.spelling(i..<(i + 1)))
                cover(i..<(i + 1))
            } else if let people = surnames[text.tokens[i].hash], standsAlone(i) {
                let person = people.last { $0.position < i } ?? people[0]
                tally.add(name: person.name, kind: .person, spelling: text.spelling(i..<(i + 1)))
                cover(i..<(i + 1))
            }
        }
    }

    /// An untitled full name counts when its last word also appears alone elsewhere
    /// (`Ronald Reagan has …` then `Reagan said …`): that is how news refers to people.
    ///
    /// One pass over the article finds where the pending names' last words appear capitalised,
    /// instead of one pass per name.
    private mutating func confirmPendingNames() {
        guard !pendingNames.isEmpty else { return }
        let lastWords = Set(pendingNames.map { text.tokens[$0.upperBound - 1].hash })
        var positions: [UInt64: [Int]] = [:]
        for (j, token) in text.tokens.enumerated() where token.isCapitalized && lastWords.contains(token.hash) {
            positions[token.hash, default: []].append(j)
        }
        for segment in pendingNames where !segment.contains(where: { covered[$0] }) {
            let last = text.tokens[segment.upperBound - 1].hash
            let alone = positions[last, default: []].contains { j in
                !segment.contains(j) && !covered[j] && standsAlone(j)
            }
            if alone { addPerson(segment, titled: false) }
        }
    }

    /// The word is not glued to other capitalised words (`Harris County`), except a title.
    private func standsAlone(_ i: Int) -> Bool {
        guard text.inRunningText(i) else { return true }
        if text.adjacentCapitalised(i, i + 1) { return false }
        return !text.adjacentCapitalised(i, i - 1) || titleBefore(i) != nil || text.startsSentence(i)
            || text.has(i - 1, .stopword)
    }
}
