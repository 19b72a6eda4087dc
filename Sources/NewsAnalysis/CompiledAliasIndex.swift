/// The built-in alias table's lookups, compiled into the binary as text
/// (`Generated/BuiltInAliasIndex.swift`, written from `gazetteer.tsv` by
/// `scripts/gen-aliasindex` and checked against it by a test).
///
/// A query needs only lookups (which actor does `Poutine` name, and what are its spellings),
/// and this answers them by binary search over the sorted folded spellings, in place.
/// Building the ``AliasTable`` instead parses the gazetteer and folds its 15,000 spellings:
/// 6 ms, a quarter of a whole `newsearch query` process. With a user alias file, the full
/// table is built.
///
/// Two texts of lines (``AliasIndexText``): the actors, `canonical⇥kind⇥spelling⇥…` (kind as
/// its index in ``ActorKind/allCases``, spellings canonical first), and the keys, sorted by
/// their bytes, `folded spelling⇥byte offset of its actor's line⇥1 if it needs context, else 0`.
package struct CompiledAliasIndex: Sendable {
    private let entries: Text
    private let keys: Text

    /// The index compiled from the bundled gazetteer, read where the binary holds it (a
    /// lookup touches a few of its lines, not its 300 KB).
    package static let builtIn = CompiledAliasIndex(entries: Text(builtInEntries), keys: Text(builtInKeys))

    /// An index over the two texts of ``AliasIndexText/texts(_:)``.
    package init(entries: [UInt8], keys: [UInt8]) {
        self.init(entries: Text(copying: entries), keys: Text(copying: keys))
    }

    private init(entries: Text, keys: Text) {
        self.entries = entries
        self.keys = keys
    }

    /// The actor an alias names (any spelling, case, accents), as ``AliasTable/actor(named:)``.
    package func actor(named name: String) -> Actor? {
        key(for: name).flatMap { entry(at: $0.entry)?.actor }
    }

    /// The actor a spelling names unambiguously, with all its spellings, as
    /// ``AliasTable/unambiguousActor(named:)``.
    package func unambiguousActor(named spelling: String) -> (actor: Actor, spellings: [String])? {
        guard let key = key(for: spelling), !key.needsContext else { return nil }
        return entry(at: key.entry)
    }

    private static let tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n")

    /// The key line whose folded spelling is `name`'s, by binary search over whole lines.
    private func key(for name: String) -> (entry: Int, needsContext: Bool)? {
        let folded = Array(TextFolding.fold(name).utf8)
        guard !folded.isEmpty else { return nil }
        let keys = self.keys.bytes
        var low = 0
        var high = keys.count
        while low < high {
            var start = (low + high) / 2
            while start > low && keys[start - 1] != Self.newline { start -= 1 }
            let end = keys[start..<high].firstIndex(of: Self.newline) ?? high
            let fields = keys[start..<end].split(separator: Self.tab, omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            let line = fields[0]
            if line.elementsEqual(folded) {
                guard let offset = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
                return (offset, fields[2].first == UInt8(ascii: "1"))
            }
            if line.lexicographicallyPrecedes(folded) { low = end + 1 } else { high = start }
        }
        return nil
    }

    /// The actor line starting at byte `offset`.
    private func entry(at offset: Int) -> (actor: Actor, spellings: [String])? {
        let entries = self.entries.bytes
        guard offset < entries.count else { return nil }
        let end = entries[offset...].firstIndex(of: Self.newline) ?? entries.count
        let fields = entries[offset..<end].split(separator: Self.tab, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        guard fields.count >= 3, let kind = Int(fields[1]), ActorKind.allCases.indices.contains(kind) else { return nil }
        return (Actor(name: fields[0], kind: ActorKind.allCases[kind]), Array(fields[2...]))
    }
}

/// Read-only UTF-8 bytes: a static string's own, or a copy this object owns.
private final class Text: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    private let owned: Bool

    /// The bytes of a string literal, which live as long as the program.
    init(_ literal: StaticString) {
        bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        owned = false
    }

    /// A copy of `array`.
    init(copying array: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: array.count)
        _ = copy.initialize(from: array)
        bytes = UnsafeBufferPointer(copy)
        owned = true
    }

    deinit {
        if owned { bytes.deallocate() }
    }
}
