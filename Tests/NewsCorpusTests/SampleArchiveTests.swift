import Foundation
import Testing

@testable import NewsCorpus

/// The project's sample archive (`corpus/` at the package root), parsed file by file.
@Suite("Sample archive")
struct SampleArchiveTests {
    /// `corpus/` at the package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus").resolvingSymlinksInPath()

    /// The archive's files that have a known format, relative to ``root``.
    static func files() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if ArticleFormat(path: path) != nil { paths.append(path) }
        }
        return paths.sorted()
    }

    @Test(
        "every file parses into titled articles with a lede and no skipped record",
        .enabled(if: FileManager.default.fileExists(atPath: root.path), "no corpus/ folder")
    )
    func everyFileParses() throws {
        let paths = Self.files()
        #expect(paths.count >= 10)
        for path in paths {
            let data = try Data(contentsOf: Self.root.appendingPathComponent(path))
            let file = try ArticleFileParser.parse(
                data, path: path, format: ArticleFormat(path: path)!)
            #expect(file.recordErrors.isEmpty, "\(path)")
            for article in file.articles {
                #expect(!article.title.isEmpty && !article.lede.isEmpty, "\(path)")
            }
        }
    }

    @Test(
        "articles filed under YYYY/MM are dated in that month",
        .enabled(if: FileManager.default.fileExists(atPath: root.path), "no corpus/ folder")
    )
    func datesMatchFolders() throws {
        for path in Self.files() where path.split(separator: "/").count == 3 {
            let parts = path.split(separator: "/")
            guard parts[0].count == 4, Int(parts[0]) != nil, Int(parts[1]) != nil else { continue }
            let data = try Data(contentsOf: Self.root.appendingPathComponent(path))
            let file = try ArticleFileParser.parse(
                data, path: path, format: ArticleFormat(path: path)!)
            for article in file.articles {
                #expect(article.date?.iso.prefix(7) == "\(parts[0])-\(parts[1])", "\(path)")
            }
        }
    }
}
