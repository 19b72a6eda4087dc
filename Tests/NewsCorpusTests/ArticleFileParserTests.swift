import Foundation
import Testing

@testable import NewsCorpus

@Suite("ArticleFileParser")
struct ArticleFileParserTests {
    @Test(
        "reports whole-file errors in words",
        arguments: [
            (Data(), ArticleFormat.text, "empty file"),
            (Data(" \n\t\r\n".utf8), .json, "empty file"),
            (
                Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]), .text,
                "binary file, not text"
            ),
            (
                Data("{\"title\": \"x\",, }".utf8), .json,
                "malformed file (invalid JSON (invalid value around character 14))"
            ),
            (
                Data("[1, 2, 3]".utf8), .json,
                "malformed file (expected an object or an array of objects)"
            ),
            (
                Data("\"just a string\"".utf8), .json,
                "malformed file (expected an object or an array of objects)"
            ),
            (Data("{\"id\": \"a\", \"url\": \"http://x\"}".utf8), .json, "no article text found"),
            (
                Data("not json\n[1]\n".utf8), .jsonLines,
                "malformed file (no valid record; line 1: invalid JSON (invalid value around character 1))"
            ),
            (
                Data("<html><head><script>var a = 1;</script></head><body> </body></html>".utf8),
                .html,
                "no article text found"
            ),
            (Data("---\nsection: World\n---\n\n".utf8), .markdown, "no article text found"),
            (Data("Today : Feb 3, 2025\n3 February 2025\n".utf8), .text, "no article text found"),
        ])
    func errors(data: Data, format: ArticleFormat, message: String) {
        #expect(TestSupport.error(data, format)?.description == message)
    }

    @Test("refuses files over 10 MB before decoding them")
    func tooLarge() {
        let data = Data(repeating: 0, count: ArticleFileParser.sizeLimit + 1)
        #expect(
            TestSupport.error(data)?.description
                == "file too large (10485761 bytes; the limit is 10485760)")
    }

    @Test("keeps the path on every article")
    func path() throws {
        let file = try TestSupport.parse(
            "{\"title\": \"A\"}\n{\"title\": \"B\"}\n", .jsonLines, path: "x/y.jsonl")
        #expect(file.articles.map(\.sourcePath) == ["x/y.jsonl", "x/y.jsonl"])
    }

    @Test("decodes Windows-1252 and CRLF for every format")
    func decodingForAllFormats() throws {
        let bytes = Array("{\"title\": \"Caf".utf8) + [0xE9] + Array("\"}\r\n".utf8)
        let file = try ArticleFileParser.parse(Data(bytes), path: "p", format: .jsonLines)
        #expect(file.articles.first?.title == "Café")
    }
}
