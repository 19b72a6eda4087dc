import Foundation
import Testing

@testable import NewsCorpus

@Suite("JSONArticleParser")
struct JSONArticleParserTests {
    /// The JSON Lines fixture: 4 good records, 3 bad lines, one blank line.
    func fixture() throws -> ParsedFile {
        try ArticleFileParser.parse(
            try TestSupport.fixture("records.jsonl"), path: "r.jsonl", format: .jsonLines)
    }

    @Test("reads every key of a JSON Lines record")
    func allKeys() throws {
        let article = try #require(try fixture().articles.first)
        #expect(article.recordKey == "reuters-1")
        #expect(article.title == "OPEC meets")
        #expect(article.date == TestSupport.day(1987, 3, 2))
        #expect(article.section == "Crude Oil")
        #expect(article.lede == "VIENNA, March 2 - OPEC ministers met.")
        #expect(article.body == "Prices rose.\n\nReuter traders said.")
        #expect(article.url == "http://example.org/1")
        #expect(article.source == "Reuters")
        #expect(
            article.declaredActors == [
                DeclaredActor(name: "Ronald Reagan", role: .person),
                DeclaredActor(name: "OPEC", role: .org),
                DeclaredActor(name: "Austria", role: .place),
                DeclaredActor(name: "USA", role: .place),
            ])
    }

    @Test("keeps the good lines and reports the bad ones by line number")
    func badLines() throws {
        let file = try fixture()
        #expect(file.articles.map(\.recordKey) == ["reuters-1", "line:3", "42"])
        #expect(
            file.recordErrors == [
                RecordError(
                    line: 4, reason: "invalid JSON (unexpected end of file during JSON parse)"),
                RecordError(line: 5, reason: "not a JSON object"),
                RecordError(line: 7, reason: "record has no title and no text"),
            ])
        #expect(file.recordErrors[1].description == "line 5: not a JSON object")
    }

    @Test("uses a given lede, and any date spelling")
    func ledeAndDate() throws {
        let articles = try fixture().articles
        #expect(articles[1].lede == "A lede given apart.")
        #expect(articles[1].body == "Body one.\n\nBody two.")
        #expect(articles[1].date == TestSupport.day(2025, 2, 14))
        #expect(articles[2].date == TestSupport.day(2025, 2, 3))
        #expect(articles[2].lede == "Text.")
        #expect(articles[2].body == "")
    }

    @Test("reads one object as a single article keyed by its id, or empty")
    func singleObject() throws {
        let keyed = try TestSupport.article(#"{"id": "x1", "title": "T", "body": "B"}"#, .json)
        #expect(keyed.recordKey == "x1")
        #expect(keyed.lede == "B")
        let unkeyed = try TestSupport.article(
            #"  {"title": "T", "date": "2025-02-03T10:04:12Z"}  "#, .json)
        #expect(unkeyed.recordKey == "")
        #expect(unkeyed.date == TestSupport.day(2025, 2, 3))
    }

    @Test("reads an array of objects, keyed #N where there is no id")
    func array() throws {
        let file = try TestSupport.parse(
            #"[{"title": "A", "id": "a"}, {"title": "B"}, 7, {"body": "Only text."}]"#, .json)
        #expect(file.articles.map(\.recordKey) == ["a", "#2", "#4"])
        #expect(file.articles[2].title == "")
        #expect(file.articles[2].lede == "Only text.")
        #expect(file.recordErrors == [RecordError(line: 1, reason: "record #3: not a JSON object")])
    }

    @Test("reports a skipped array element by the line it starts on")
    func arrayLines() throws {
        let text = """
            [
              {"title": "A, [still] \\"quoted\\" {text}"},
              {"id": "empty",
               "url": "http://x"},

              "a string", {"title": "B"}
            ]
            """
        let file = try TestSupport.parse(text, .json)
        #expect(file.articles.map(\.title) == ["A, [still] \"quoted\" {text}", "B"])
        #expect(
            file.recordErrors == [
                RecordError(line: 3, reason: "record #2: record has no title and no text"),
                RecordError(line: 6, reason: "record #3: not a JSON object"),
            ])
    }

    @Test("takes whole-number ids, including 0 and 1, but not booleans or fractions")
    func numericIds() throws {
        let text = """
            {"id": 1, "title": "A"}
            {"id": 0, "title": "B"}
            {"id": true, "title": "C"}
            {"id": 2.5, "title": "D"}
            {"id": "  ", "title": "E"}
            """
        let file = try TestSupport.parse(text, .jsonLines)
        #expect(file.articles.map(\.recordKey) == ["1", "0", "line:3", "line:4", "line:5"])
    }

    @Test("reads CRLF bodies and hard-wrapped paragraphs")
    func crlfBody() throws {
        let article = try TestSupport.article(
            #"{"title": "T", "body": "one\r\ntwo\r\n\r\nthree"}"#, .json)
        #expect(article.lede == "one two")
        #expect(article.body == "three")
    }

    @Test("skips blank lines in JSON Lines and numbers lines from 1")
    func blankLines() throws {
        let file = try TestSupport.parse(
            "\n\n{\"title\": \"A\"}\n   \n{\"title\": \"B\"}", .jsonLines)
        #expect(file.articles.map(\.recordKey) == ["line:3", "line:5"])
    }
}
