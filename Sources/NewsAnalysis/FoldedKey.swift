/// A folded alias as a dictionary key that hashes and compares its UTF-8 bytes.
///
/// `String`'s own hashing normalises non-ASCII text to NFC first, which made the ~6,000
/// Cyrillic, Greek and CJK aliases of the built-in table the slowest part of loading it.
/// Folded text is already canonical (``TextFolding/fold(_:)`` drops combining marks and
/// produces the same bytes for the same word), so bytes are the right identity.
struct FoldedKey: Hashable, Sendable {
    /// The folded text.
    let text: String

    /// Wraps folded text.
    init(_ text: String) {
        self.text = text
    }

    /// Whether two folded texts have the same bytes.
    static func == (lhs: FoldedKey, rhs: FoldedKey) -> Bool {
        sameBytes(lhs.text, rhs.text)
    }

    /// Hashes the UTF-8 bytes.
    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable {
            hasher.combine(bytes: UnsafeRawBufferPointer($0))
        }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }

    /// Whether two strings have the same UTF-8 bytes (no Unicode normalisation).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let same = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.count == y.count && x.elementsEqual(y) }
        }
        return (same ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }
}
