/// One actor of an ``AliasTable`` with its spellings.
struct AliasEntry: Sendable {
    /// Canonical name as displayed.
    var canonical: String
    /// Person, organisation or place.
    var kind: ActorKind
    /// Every spelling, canonical first, display form, no two folding alike.
    var aliases: [String]
    /// Folded aliases that need supporting context.
    var context: Set<String>
}

/// Applies alias records in order: new actors, extended actors, removed aliases.
struct AliasTableBuilder {
    /// The actors so far.
    var entries: [AliasEntry] = []
    /// Folded alias → owning entry.
    var owners: [String: Int] = [:]
    /// Folded canonical name → entry.
    var canonicals: [String: Int] = [:]

    /// A builder holding no actors.
    init() {}

    /// A builder continuing from existing actors (for an overlay).
    init(entries: [AliasEntry], owners: [String: Int]) {
        self.entries = entries
        self.owners = owners
        for (index, entry) in entries.enumerated() { canonicals[TextFolding.fold(entry.canonical)] = index }
    }

    /// Applies records from one file; an `overlay` file's aliases win over earlier owners.
    mutating func apply(_ records: [AliasRecord], file: String, overlay: Bool) throws(AliasTableError) {
        for record in records {
            let index = entryIndex(for: record)
            entries[index].kind = record.kind
            for alias in [record.canonical] + record.aliases + record.context {
                add(alias, to: index, claim: overlay || alias == record.canonical)
            }
            entries[index].context.formUnion(record.context.map { TextFolding.fold($0) })
            for alias in record.removals {
                try remove(alias, from: index, record: record, file: file)
            }
        }
    }

    /// The entry a record's canonical name belongs to, created if new.
    private mutating func entryIndex(for record: AliasRecord) -> Int {
        let folded = TextFolding.fold(record.canonical)
        if let index = canonicals[folded] { return index }
        canonicals[folded] = entries.count
        entries.append(AliasEntry(canonical: record.canonical, kind: record.kind, aliases: [], context: []))
        return entries.count - 1
    }

    /// Adds a spelling; `claim` makes it point to this entry even if another had it.
    private mutating func add(_ alias: String, to index: Int, claim: Bool) {
        let folded = TextFolding.fold(alias)
        guard !folded.isEmpty else { return }
        if !entries[index].aliases.contains(where: { TextFolding.fold($0) == folded }) {
            entries[index].aliases.append(alias)
        }
        if claim || owners[folded] == nil { owners[folded] = index }
    }

    /// Removes a spelling from an actor.
    private mutating func remove(
        _ alias: String, from index: Int, record: AliasRecord, file: String
    ) throws(AliasTableError) {
        let folded = TextFolding.fold(alias)
        guard let position = entries[index].aliases.firstIndex(where: { TextFolding.fold($0) == folded })
        else {
            throw .removalNotFound(file: file, line: record.line, alias: alias, canonical: record.canonical)
        }
        entries[index].aliases.remove(at: position)
        entries[index].context.remove(folded)
        if owners[folded] == index { owners[folded] = nil }
    }
}
