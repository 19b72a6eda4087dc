/// The stable public identifier of an article: the same on every run and machine.
///
/// 16 hex digits hashed from the file's absolute path and the record key, so re-indexing a
/// changed file keeps its articles' ids.
package enum DocumentID {
    /// The id of the article at `recordKey` in the file at `path`.
    package static func make(path: String, recordKey: String) -> String {
        StableHash.hex(StableHash.hash(path + "\u{0}" + recordKey))
    }
}
