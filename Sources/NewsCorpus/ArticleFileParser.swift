import Foundation

/// Turns a file's bytes into articles, choosing the parser by format.
package enum ArticleFileParser {
    /// Files larger than this are reported and skipped (FORMAT.md: "enormous files").
    package static let sizeLimit = 10 * 1024 * 1024

    /// Parses one file.
    ///
    /// - Throws: ``CorpusError`` when the file as a whole cannot be used.
    package static func parse(
        _ data: Data, path: String, format: ArticleFormat
    ) throws(CorpusError) -> ParsedFile {
        guard data.count <= sizeLimit else {
            throw .tooLarge(bytes: data.count, limit: sizeLimit)
        }
        guard let text = String(data: data, encoding: .utf8), !text.isEmpty else { throw .empty }
        let lines = text.split(separator: "\n").map(String.init)
        return ParsedFile(articles: [
            Article(sourcePath: path, title: lines.first ?? "", body: lines.dropFirst().joined(separator: "\n"))
        ])
    }
}
