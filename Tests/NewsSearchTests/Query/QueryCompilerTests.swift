import Testing
@testable import NewsSearch

@Suite("QueryCompiler: the FTS5 expression of tricky inputs")
struct QueryCompilerTests {
    /// Compiles without vocabularies.
    static func compile(_ text: String) throws -> CompiledQuery {
        QueryCompiler.compile(try QueryParser.parse(text), actors: nil, prefixes: nil, exact: false)
    }

    /// Input, expected positive expression, expected excluded expression.
    static let expressions: [(String, String?, String?)] = [
        ("ceasefire NATO", #""ceasefire" AND "nato""#, nil),
        ("\"", nil, nil),
        ("NOT", #""not""#, nil),
        ("AND OR", #""and" AND "or""#, nil),
        ("title:", #""title""#, nil),
        ("*", nil, nil),
        ("(", nil, nil),
        ("NEAR(", #""near""#, nil),
        ("NEAR(a b, 5)", #""near" AND ("a" AND "b" AND "5")"#, nil),
        ("a:b:c", #""a" + "b" + "c""#, nil),
        ("'; DROP TABLE articles; --", #""drop" AND "table" AND "articles""#, nil),
        ("a\u{0}b\u{1B}[31mc\u{7F}", #""a" AND "b" AND "31mc""#, nil),
        ("NATO-led", #""nato" + "led""#, nil),
        ("cease-fire", #""cease" + "fire""#, nil),
        ("l'Élysée", #""élysée""#, nil),
        ("aujourd'hui", #""aujourd" + "hui""#, nil),
        ("U.S.", #""u" + "s""#, nil),
        ("(ceasefire OR truce) Ukraine", #"("ceasefire" OR "truce") AND "ukraine""#, nil),
        ("$5bn", #""5bn""#, nil),
        ("COVID-19", #""covid" + "19""#, nil),
        ("e-mail", #""e" + "mail""#, nil),
        ("negotiat*", #""negotiat"*"#, nil),
        ("\"energy fac\"*", #""energy" + "fac"*"#, nil),
        ("-NATO", nil, #""nato""#),
        ("NOT NATO", nil, #""nato""#),
        ("-a -b", nil, #""a" OR "b""#),
        ("-(a b)", nil, #""a" AND "b""#),
        ("a -b -c", #""a" NOT ("b" OR "c")"#, nil),
        ("title:(a OR b) -c", #"({title} : ("a" OR "b")) NOT "c""#, nil),
        ("title:\"a b\" body:c*", #"({title} : "a" + "b") AND ({body} : "c"*)"#, nil),
        ("-title:nato", nil, #"{title} : "nato""#),
        ("a OR (b -c)", #""a" OR ("b" NOT "c")"#, nil),
        ("x (-a -b)", #""x" NOT ("a" OR "b")"#, nil),
        ("-a OR -b", nil, #""a" AND "b""#),
        ("title:(-a -b) c", #""c" NOT ({title} : ("a" OR "b"))"#, nil),
        ("date:2025-03", nil, nil),
    ]

    @Test("each input compiles to its exact FTS5 expression", arguments: expressions)
    func expression(input: String, positive: String?, excluded: String?) throws {
        let compiled = try Self.compile(input)
        #expect(compiled.positive?.rawValue == positive)
        #expect(compiled.excluded?.rawValue == excluded)
    }

    @Test("a 10,000-character string compiles to at most the token budget")
    func longInput() throws {
        let long = String(repeating: "abcdefghi ", count: 1000)
        let compiled = try Self.compile(long)
        #expect(compiled.positive?.rawValue.hasPrefix(#""abcdefghi" AND "abcdefghi""#) == true)
        let expectedLength = 256 * #""abcdefghi""#.count + 255 * " AND ".count
        #expect(compiled.positive?.rawValue.count == expectedLength)
        let oneWord = try Self.compile(String(repeating: "x", count: 10_000))
        #expect(oneWord.positive?.rawValue.count == 10_002)
    }

    @Test("a query with only filters has no match expression and is not empty")
    func filtersOnly() throws {
        let compiled = try Self.compile("date:2025-03 section:World")
        #expect(compiled.positive == nil && compiled.excluded == nil)
        #expect(!compiled.isEmpty)
        #expect(try Self.compile("  ").isEmpty)
        #expect(try Self.compile("-- ;").isEmpty)
        #expect(!(try Self.compile("-nato").isEmpty))
    }

    @Test("issues are carried into the compiled query")
    func issuesCarried() throws {
        #expect(try Self.compile("\"a b").issues.map(\.message) == ["unclosed quote closed at the end of the query"])
    }
}
