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
    let aliasIndex: [FoldedKey: Int]
    /// The matcher and word tables, built on first use: lookups (a query's `actor:` filter)
    /// never pay for them, extraction builds them once for all threads.
    private let extractionIndex: LockedOnce<ExtractionIndex>

    /// Freezes a builder.
    init(_ builder: AliasTableBuilder) {
        let entries = builder.entries
        let owners = builder.owners
        self.entries = entries
        aliasIndex = owners
        extractionIndex = LockedOnce { ExtractionIndex(entries: entries, owners: owners) }
    }

    /// What actor extraction needs (matcher, word table, demonyms), built on the first call.
    var extraction: ExtractionIndex {
        extractionIndex.value
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
        guard let index = aliasIndex[FoldedKey(TextFolding.fold(name))] else { return nil }
        return Actor(name: entries[index].canonical, kind: entries[index].kind)
    }

    /// All spellings of an actor, canonical first (display form); empty if unknown.
    package func aliases(of canonical: String) -> [String] {
        guard let index = aliasIndex[FoldedKey(TextFolding.fold(canonical))] else { return [] }
        return entries[index].aliases
    }

    /// The entry at an index (used by the analyzer).
    func entry(_ index: Int32) -> AliasEntry {
        entries[Int(index)]
    }
}
