import Foundation
import Testing

@testable import NewsCorpus

/// Helpers shared by the parser suites.
enum TestSupport {
    /// Parses text given as a Swift string (UTF-8) in the given format.
    static func parse(_ text: String, _ format: ArticleFormat, path: String = "a/file") throws
        -> ParsedFile
    {
        try ArticleFileParser.parse(Data(text.utf8), path: path, format: format)
    }

    /// The single article of a text in the given format.
    static func article(_ text: String, _ format: ArticleFormat = .text) throws -> Article {
        let file = try parse(text, format)
        try #require(file.articles.count == 1)
        return file.articles[0]
    }

    /// The error parsing the bytes throws, or nil.
    static func error(_ data: Data, _ format: ArticleFormat = .text) -> CorpusError? {
        do {
            _ = try ArticleFileParser.parse(data, path: "x", format: format)
            return nil
        } catch {
            return error
        }
    }

    /// A fixture file's bytes from `Fixtures/`.
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    /// A date that must exist.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> PublicationDate {
        PublicationDate(year: year, month: month, day: day)!
    }
}
