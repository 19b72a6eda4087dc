import Foundation
import GRDB

/// The SQL side of the compressed bodies: a function every connection of the index has, so
/// that the `article_content` view (and FTS5's snippets, which read it) see plain text.
package enum StoredText {
    /// The SQL name of the decompressing function: `newsearch_inflate(body_z, body_bytes)` (named
    /// when bodies were zlib-deflated; the `article_content` view of every index calls it so).
    package static let inflateFunction = "newsearch_inflate"

    /// `newsearch_inflate(blob, bytes)`: the text of a compressed body.
    package static let function = DatabaseFunction(inflateFunction, argumentCount: 2, pure: true) { values in
        guard let data = Data.fromDatabaseValue(values[0]), let bytes = Int.fromDatabaseValue(values[1]) else {
            return nil
        }
        return TextCompression.decompress(data, expectedBytes: bytes)
    }

    /// Adds the function to a connection; the index's pool does it for each one it opens.
    package static func register(_ db: Database) {
        db.add(function: function)
    }
}
