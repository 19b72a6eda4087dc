/// The alias table: every known actor with all its spellings, and a matcher over them.
///
/// Built from the bundled gazetteer (``builtIn()``), optionally overlaid by a user file
/// (``load(userFile:)``). Immutable once built, so one table is shared by every thread.
///
/// ```swift
/// let table = try AliasTable.builtIn()
/// table.actor(named: "Zelenski")      // Actor(name: "Volodymyr Zelensky", kind: .person)
/// table.aliases(of: "Vladimir Putin") // ["Vladimir Putin", "Poutine", "Putin", ...]
/// ```
package final class AliasTable: Sendable {
    /// The actors, in file order, with their aliases.
    let entries: [AliasEntry]
    /// Folded alias (including canonical names) → entry index.
    let aliasIndex: [String: Int]
    /// The token trie used to find aliases in text.
    let matcher: AliasMatcher
    /// Adjectives formed from one-word place names (`russian`, `ukrainian`, `israeli`).
    let demonyms: Set<String>
    /// Every alias word and cue word, with its trie id and flags: one probe per token.
    let words: WordTable
    /// Word hashes of each actor's canonical name (for surname linking).
    let canonicalWords: [[UInt64]]

    /// Freezes a builder.
    init(_ builder: AliasTableBuilder) {
        entries = builder.entries
        aliasIndex = builder.owners
        var matcher = AliasMatcher()
        for (index, entry) in builder.entries.enumerated() {
            for alias in entry.aliases {
                let folded = TextFolding.fold(alias)
                guard builder.owners[folded] == index else { continue }
                let ambiguous = entry.context.contains(folded) || Self.isCommonWord(folded)
                let hit = AliasHit(
                    entry: Int32(index), needsContext: ambiguous,
                    caseRule: Self.caseRule(of: alias, context: ambiguous))
                matcher.insert(words: TextFolding.words(alias), hit: hit)
            }
        }
        self.matcher = matcher
        let demonyms = Self.demonyms(of: builder.entries)
        self.demonyms = demonyms
        var flagged: [String: WordFlags] = [:]
        for (list, flag) in WordFlags.lists {
            for word in list { flagged[word, default: []].insert(flag) }
        }
        for word in demonyms { flagged[word, default: []].insert(.demonym) }
        self.words = WordTable(aliasWords: matcher.vocabulary, flagged: flagged)
        self.canonicalWords = builder.entries.map { TextFolding.words($0.canonical).map { WordTable.hash($0.utf8) } }
    }

    /// Regular adjectives of the one-word place names: `russia` → `russian`, `ukraine` →
    /// `ukrainian`, `israel` → `israeli`, `china` → `chinese`, `germany` → `german`.
    static func demonyms(of entries: [AliasEntry]) -> Set<String> {
        var result = Set<String>()
        for entry in entries where entry.kind == .place {
            for alias in entry.aliases {
                let word = TextFolding.fold(alias)
                guard word.count >= 4, !word.contains(" "), word.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
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

    /// Builds a table from alias-file text (for tests and tools); `file` names it in errors.
    package convenience init(tsv: String, file: String = "gazetteer.tsv") throws(AliasTableError) {
        var builder = AliasTableBuilder()
        try builder.apply(AliasTSV.parse(tsv, file: file), file: file, overlay: false)
        self.init(builder)
    }

    /// A copy of this table with a user file's lines applied on top (add, extend, remove).
    package func overlaid(with tsv: String, file: String = "aliases.tsv") throws(AliasTableError)
        -> AliasTable
    {
        var builder = AliasTableBuilder(entries: entries, owners: aliasIndex)
        try builder.apply(AliasTSV.parse(tsv, file: file), file: file, overlay: true)
        return AliasTable(builder)
    }

    /// Every actor, in table order.
    package var actors: [Actor] {
        entries.map { Actor(name: $0.canonical, kind: $0.kind) }
    }

    /// The actor an alias names (any spelling, case, accents): `"poutine"` → Vladimir Putin.
    package func actor(named name: String) -> Actor? {
        guard let index = aliasIndex[TextFolding.fold(name)] else { return nil }
        return Actor(name: entries[index].canonical, kind: entries[index].kind)
    }

    /// All spellings of an actor, canonical first (display form); empty if unknown.
    package func aliases(of canonical: String) -> [String] {
        guard let index = aliasIndex[TextFolding.fold(canonical)] else { return [] }
        return entries[index].aliases
    }

    /// The entry at an index (used by the analyzer).
    func entry(_ index: Int32) -> AliasEntry {
        entries[Int(index)]
    }

    /// A one-word alias that is also a stopword, month or day (`May`, `March`, `Will`) always
    /// needs context, whatever the file says: `In May` is not Theresa May.
    static func isCommonWord(_ folded: String) -> Bool {
        CueWords.stopwords.contains(folded) || ["will", "mark", "august", "faith", "hope", "grace", "rose"].contains(folded)
    }

    /// Short capital acronyms must be written in capitals; longer ones just not in lower case.
    static func caseRule(of alias: String, context: Bool) -> CaseRule {
        var letters = 0
        for scalar in alias.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return .any }
            letters += 1
        }
        guard letters >= 2 else { return .any }
        return context || letters <= 3 ? .exactCaps : .notLower
    }
}
