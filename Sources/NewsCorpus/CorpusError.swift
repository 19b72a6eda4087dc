/// Why a file (or one record of it) could not be turned into articles.
///
/// Descriptions are lowercase fragments; the CLI prefixes `newsearch: ` and the path.
package enum CorpusError: Error, Equatable, CustomStringConvertible {
    /// The file has no bytes (or only white space).
    case empty
    /// The file looks like binary data, not text.
    case binary
    /// The file is larger than the limit, in bytes.
    case tooLarge(bytes: Int, limit: Int)
    /// The file could not be read.
    case unreadable(String)
    /// The file is text but not in the format its extension promises.
    case malformed(String)
    /// The file parsed, but held no article with any text.
    case noArticle

    package var description: String {
        switch self {
        case .empty: return "empty file"
        case .binary: return "binary file, not text"
        case .tooLarge(let bytes, let limit):
            return "file too large (\(bytes) bytes; the limit is \(limit))"
        case .unreadable(let why): return "cannot read file (\(why))"
        case .malformed(let why): return "malformed file (\(why))"
        case .noArticle: return "no article text found"
        }
    }
}

/// One record of a multi-record file that was skipped; the rest of the file is kept.
package struct RecordError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line where the record starts.
    package let line: Int
    /// Why it was skipped, as a lowercase fragment.
    package let reason: String

    /// Creates a record error.
    package init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    package var description: String { "line \(line): \(reason)" }
}

/// What parsing one file produced: its articles and the records that were skipped.
package struct ParsedFile: Sendable, Equatable {
    /// The articles, in file order.
    package var articles: [Article]
    /// Records that could not be parsed (JSON Lines only); the file is still indexed.
    package var recordErrors: [RecordError]

    /// Creates a parse result.
    package init(articles: [Article], recordErrors: [RecordError] = []) {
        self.articles = articles
        self.recordErrors = recordErrors
    }
}
