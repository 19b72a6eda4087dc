/// The structures actor extraction needs from an ``AliasTable``: the alias trie, the word
/// table, the place demonyms and the canonical names' word hashes.
///
/// Built lazily (see ``AliasTable/extraction``): they cost several milliseconds and a query
/// process, which only looks names up, never needs them.
final class ExtractionIndex: Sendable {
    /// The token trie used to find aliases in text.
    let matcher: AliasMatcher
    /// Adjectives formed from one-word place names (`russian`, `ukrainian`, `israeli`).
    let demonyms: Set<String>
    /// Every alias word and cue word, with its trie id and flags: one probe per token.
    let words: WordTable
    /// Word hashes of each actor's canonical name (for surname linking).
    let canonicalWords: [[UInt64]]

    /// Builds the structures for a table's entries and alias owners.
    init(entries: [AliasEntry], owners: [FoldedKey: Int]) {
        var matcher = AliasMatcher()
        for (index, entry) in entries.enumerated() {
            for (alias, folded) in zip(entry.aliases, entry.folded) {
                guard owners[FoldedKey(folded)] == index else { continue }
                let ambiguous = entry.context.contains(folded) || Self.isCommonWord(folded)
                let hit = AliasHit(
                    entry: Int32(index), needsContext: ambiguous,
                    caseRule: Self.caseRule(of: alias, context: ambiguous))
                matcher.insert(words: folded.split(separator: " ").map(String.init), hit: hit)
            }
        }
        self.matcher = matcher
        let demonyms = Self.demonyms(of: entries)
        self.demonyms = demonyms
        var flagged: [String: WordFlags] = [:]
        for (list, flag) in WordFlags.lists {
            for word in list { flagged[word, default: []].insert(flag) }
        }
        for word in demonyms { flagged[word, default: []].insert(.demonym) }
        self.words = WordTable(aliasWords: matcher.vocabulary, flagged: flagged)
        self.canonicalWords = entries.map { TextFolding.words($0.canonical).map { WordTable.hash($0.utf8) } }
    }

    /// Regular adjectives of the one-word place names: `russia` → `russian`, `ukraine` →
    /// `ukrainian`, `israel` → `israeli`, `china` → `chinese`, `germany` → `german`.
    static func demonyms(of entries: [AliasEntry]) -> Set<String> {
        var result = Set<String>()
        for entry in entries where entry.kind == .place {
            for word in entry.folded {
                guard word.utf8.count >= 4, !word.utf8.contains(UInt8(ascii: " ")), word.utf8.allSatisfy({ $0 < 0x80 })
                else { continue }
                let stem = word.last.map { "aeoy".contains($0) } == true ? String(word.dropLast()) : word
                for base in [word, stem] {
                    for ending in ["n", "an", "ian", "i", "ese", "ish"] {
                        result.insert(base + ending)
                        result.insert(base + ending + "s")
                    }
                }
                if word.hasSuffix("y") { result.insert(stem) }
            }
        }
        return result
    }

    /// A one-word alias that is also a stopword, month or day (`May`, `March`, `Will`) always
    /// needs context, whatever the file says: `In May` is not Theresa May.
    static func isCommonWord(_ folded: String) -> Bool {
        CueWords.stopwords.contains(folded) || ["will", "mark", "august", "faith", "hope", "grace", "rose"].contains(folded)
    }

    /// How an alias must be written to count. A spelling with capitals is a name, and a name
    /// written all in lower case is not a mention (`trump card`, `china plates`, `путин` in
    /// Cyrillic too — those scripts capitalise names as well): ``CaseRule/notLower``. Short
    /// capital acronyms must be written in capitals: ``CaseRule/exactCaps``. A spelling in lower
    /// case, or in a script without case (CJK, Arabic, Hebrew, Devanagari), matches in any case.
    static func caseRule(of alias: String, context: Bool) -> CaseRule {
        var letters = 0
        var capitals = 0
        for scalar in alias.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isUppercase { capitals += 1 }
        }
        guard capitals > 0 else { return .any }
        guard capitals == letters, letters >= 2 else { return .notLower }
        return context || letters <= 3 ? .exactCaps : .notLower
    }
}
