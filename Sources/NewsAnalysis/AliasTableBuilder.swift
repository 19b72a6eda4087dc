/// One actor of an ``AliasTable`` with its spellings.
struct AliasEntry: Sendable {
    /// Canonical name as displayed.
    var canonical: String
    /// Person, organisation or place.
    var kind: ActorKind
    /// Every spelling, canonical first, display form, no two folding alike.
    var aliases: [String]
    /// The folded form of each of ``aliases``, in the same order (folded once, at load).
    var folded: [String] = []
    /// Folded aliases that need supporting context.
    var context: Set<String>
}

/// Applies alias records in order: new actors, extended actors, removed aliases.
struct AliasTableBuilder {
    /// The actors so far.
    var entries: [AliasEntry] = []
    /// Folded alias → owning entry.
    var owners: [FoldedKey: Int] = [:]
    /// Folded canonical name → entry.
    var canonicals: [FoldedKey: Int] = [:]

    /// A builder holding no actors.
    init() {}

    /// A builder continuing from existing actors (for an overlay).
    init(entries: [AliasEntry], owners: [FoldedKey: Int]) {
        self.entries = entries
        self.owners = owners
        for (index, entry) in entries.enumerated() { canonicals[FoldedKey(TextFolding.fold(entry.canonical))] = index }
    }

    /// Applies records from one file; an `overlay` file's aliases win over earlier owners.
    mutating func apply(_ records: [AliasRecord], file: String, overlay: Bool) throws(AliasTableError) {
        let added = records.reduce(0) { $0 + 1 + $1.aliases.count + $1.context.count }
        owners.reserveCapacity(owners.count + added)
        canonicals.reserveCapacity(canonicals.count + records.count)
        entries.reserveCapacity(entries.count + records.count)
        for record in records {
            let canonical = TextFolding.fold(record.canonical)
            let index = entryIndex(for: record, folded: canonical)
            entries[index].kind = record.kind
            add(record.canonical, folded: canonical, to: index, claim: true)
            for alias in record.aliases {
                add(alias, folded: TextFolding.fold(alias), to: index, claim: overlay)
            }
            for alias in record.context {
                let folded = TextFolding.fold(alias)
                add(alias, folded: folded, to: index, claim: overlay)
                entries[index].context.insert(folded)
            }
            for alias in record.removals {
                try remove(alias, from: index, record: record, file: file)
            }
        }
    }

    /// The entry a record's canonical name belongs to, created if new.
    private mutating func entryIndex(for record: AliasRecord, folded: String) -> Int {
        let key = FoldedKey(folded)
        if let index = canonicals[key] { return index }
        canonicals[key] = entries.count
        entries.append(AliasEntry(canonical: record.canonical, kind: record.kind, aliases: [], context: []))
        return entries.count - 1
    }

    /// Adds a spelling; `claim` makes it point to this entry even if another had it.
    private mutating func add(_ alias: String, folded: String, to index: Int, claim: Bool) {
        guard !folded.isEmpty else { return }
        if !entries[index].folded.contains(where: { FoldedKey.sameBytes($0, folded) }) {
            entries[index].aliases.append(alias)
            entries[index].folded.append(folded)
        }
        let key = FoldedKey(folded)
        if claim || owners[key] == nil { owners[key] = index }
    }

    /// Removes a spelling from an actor.
    private mutating func remove(
        _ alias: String, from index: Int, record: AliasRecord, file: String
    ) throws(AliasTableError) {
        let folded = TextFolding.fold(alias)
        guard let position = entries[index].folded.firstIndex(where: { FoldedKey.sameBytes($0, folded) }) else {
            throw .removalNotFound(file: file, line: record.line, alias: alias, canonical: record.canonical)
        }
        entries[index].aliases.remove(at: position)
        entries[index].folded.remove(at: position)
        entries[index].context.remove(folded)
        if owners[FoldedKey(folded)] == index { owners[FoldedKey(folded)] = nil }
    }
}
