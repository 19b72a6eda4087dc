import Foundation
import Testing

@testable import NewsCorpus

/// The walk hands on every indexable file of a tree, folders in name order (bytes, not
/// Unicode collation), hidden names skipped, links to files followed and links to folders not.
@Suite("SourceWalker")
struct SourceWalkerTests {
    @Test("files come in byte order of their names, folder by folder, hidden and unknown ones skipped")
    func order() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsearch-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let names = [
            "b.txt", "a.txt", "ab.txt", "aa.txt", "A.txt", "é.txt", "z10.txt", "z2.txt",
            "report-2025-01-b.txt", "report-2025-01-a.txt", "report-2025-01.txt", "report-20.txt",
            ".hidden.txt", "notes.pdf", "sub/c.md", "sub/.x/d.txt", "Sub/e.json",
        ]
        for name in names {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x\n".utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("link.txt"), withDestinationURL: root.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("zz-folder.txt"), withDestinationURL: root.appendingPathComponent("sub"))
        var found: [String] = []
        var failures: [SourceWalker.Failure] = []
        let absolute = try #require(SourceWalker().walk(root.path, visit: { found.append($0.path) }, failure: { failures.append($0) }))
        #expect(failures.isEmpty)
        #expect(found.map { String($0.dropFirst(absolute.count + 1)) } == [
            "A.txt", "Sub/e.json", "a.txt", "aa.txt", "ab.txt", "b.txt", "link.txt", "report-20.txt",
            "report-2025-01-a.txt", "report-2025-01-b.txt", "report-2025-01.txt", "sub/c.md", "z10.txt", "z2.txt",
            "é.txt",
        ])
    }
}
