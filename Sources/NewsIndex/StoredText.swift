import Foundation
import GRDB

/// The SQL side of the compressed bodies: a function every connection of the index has, so
/// that the `article_content` view (and FTS5's snippets, which read it) see plain text.
package enum StoredText {
    /// The SQL name of the decompressing function: `newsearch_inflate(body_z, body_bytes)` (named
    /// when bodies were zlib-deflated; the `article_content` view of every index calls it so).
    package static let inflateFunction = "newsearch_inflate"

    /// Adds `newsearch_inflate(blob, bytes)`, the text of a compressed body, to a connection;
    /// the index's pool does it for each one it opens. Each connection's function keeps one
    /// ``TextDecompressor`` (a connection runs on one thread at a time): a Zstandard context
    /// created per body was 1.4% of a `--full` run, which reads every old body to unindex it.
    package static func register(_ db: Database) {
        let decompressor = LockedDecompressor()
        db.add(function: DatabaseFunction(inflateFunction, argumentCount: 2, pure: true) { values in
            guard let data = Data.fromDatabaseValue(values[0]), let bytes = Int.fromDatabaseValue(values[1]) else {
                return nil
            }
            return decompressor.text(data, expectedBytes: bytes)
        })
    }
}

/// A connection's decompressor. SQLite calls a connection's functions on whichever thread is
/// using the connection, one call at a time; the lock, never contended, says so to Swift.
private final class LockedDecompressor: @unchecked Sendable {
    private let lock = NSLock()
    private let decompressor = TextDecompressor()

    func text(_ data: Data, expectedBytes: Int) -> String? {
        lock.withLock { data.withUnsafeBytes { decompressor.text($0, expectedBytes: expectedBytes) } }
    }
}
