import Foundation

/// Turns a file's bytes into articles, choosing the parser by format.
///
/// Every format goes through ``TextDecoding`` first (size limit, binary check, encodings,
/// line endings), then through its own parser:
///
/// | format | parser |
/// | --- | --- |
/// | `.txt` | ``NativeTextParser`` |
/// | `.json`, `.jsonl`, `.ndjson` | ``JSONArticleParser`` |
/// | `.html`, `.htm` | ``HTMLArticleParser`` |
/// | `.md` | ``MarkdownArticleParser`` |
package enum ArticleFileParser {
    /// Files larger than this are reported and skipped (FORMAT.md: "enormous files").
    package static let sizeLimit = 10 * 1024 * 1024

    /// Parses one file.
    ///
    /// - Throws: ``CorpusError`` when the file as a whole cannot be used: `.tooLarge`,
    ///   `.empty`, `.binary`, `.malformed` (a `.json` file that is not JSON, or a JSON Lines
    ///   file none of whose lines is a record), `.noArticle` (no article with any text).
    package static func parse(
        _ data: Data, path: String, format: ArticleFormat
    ) throws(CorpusError) -> ParsedFile {
        let text = try TextDecoding.decode(data, sizeLimit: sizeLimit)
        let file: ParsedFile
        switch format {
        case .text: file = ParsedFile(articles: [try NativeTextParser.parse(text, path: path)])
        case .json: file = try JSONArticleParser.parseDocument(text, path: path)
        case .jsonLines: file = JSONArticleParser.parseLines(text, path: path)
        case .html: file = ParsedFile(articles: [try HTMLArticleParser.parse(text, path: path)])
        case .markdown:
            file = ParsedFile(articles: [try MarkdownArticleParser.parse(text, path: path)])
        }
        return try checked(file)
    }

    /// The file when it holds at least one article with text.
    static func checked(_ file: ParsedFile) throws(CorpusError) -> ParsedFile {
        let articles = file.articles.filter {
            !$0.title.isEmpty || !$0.lede.isEmpty || !$0.body.isEmpty
        }
        guard articles.isEmpty else {
            return ParsedFile(articles: articles, recordErrors: file.recordErrors)
        }
        if let first = file.recordErrors.first {
            throw .malformed("no valid record; \(first.description)")
        }
        throw .noArticle
    }
}
