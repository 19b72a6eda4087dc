import Testing
@testable import NewsSearch

@Suite("Compiled queries run against a real FTS5 index")
struct QueryExecutionTests {
    /// Query text and the fixture articles (1-based) it must return.
    static let searches: [(String, [Int])] = [
        ("cease-fire", [1]),
        ("ceasefire", []),
        ("\"cease fire\"", [1]),
        ("negotiat*", [2]),
        ("negotiations", [2]),
        ("Élysée", [3, 4]),
        ("Elysee", [3, 4]),
        ("l'Élysée", [3, 4]),
        ("ELYSÉE", [3, 4]),
        ("talks", [2, 3, 5]),
        ("talks -NATO", [2, 3, 5]),
        ("-NATO", [1, 2, 3, 5, 6]),
        ("NOT talks NOT NATO", [1, 6]),
        ("NATO-led", [4]),
        ("title:elysee", [3, 4]),
        ("title:(cease OR negotiations) -gaza", [2]),
        ("body:ceasefire OR lede:cease-fire", [1]),
        ("minist*", [6]),
        ("COVID-19 e-mail $5bn U.S.", [6]),
        ("(truce OR talks) -geneva", [1, 3, 5]),
        ("'; DROP TABLE articles; --", []),
        ("date:2025", [1, 2, 3, 4, 5, 6]),
        ("title:(lede:talks)", []),
        ("title:talks OR body:talks", [2, 3]),
        ("-title:elysee -gaza", [2, 5, 6]),
        ("\"energy fac\"* OR Geneva", [2]),
    ]

    @Test("each query returns its articles", arguments: searches)
    func search(text: String, expected: [Int]) throws {
        #expect(try QueryTestIndex().search(text) == expected)
    }

    @Test("a prefix finds the porter stems it is not a prefix of")
    func prefixWithStemming() throws {
        let index = try QueryTestIndex()
        let compiled = try index.compile("negotiat*")
        #expect(compiled.positive?.rawValue == #""negotiat"* OR "negoti""#)
        let typedOnly = QueryCompiler.compile(try QueryParser.parse("negotiat*"), actors: nil, prefixes: nil, exact: false)
        #expect(try index.search(typedOnly) == [])
    }

    @Test("an actor's other spellings are searched, unless exact")
    func actorExpansion() throws {
        let index = try QueryTestIndex()
        let compiled = try index.compile("putin", actors: TestActors())
        #expect(compiled.positive?.rawValue == #""putin" OR "poutine" OR "путин""#)
        #expect(compiled.expansions == [TermExpansion(term: "putin", aliases: ["poutine", "путин"])])
        #expect(try index.search(compiled) == [5])
        let exact = try index.compile("putin", actors: TestActors(), exact: true)
        #expect(exact.positive?.rawValue == #""putin""#)
        #expect(exact.expansions.isEmpty)
    }

    @Test("a multi-word alias is a phrase, an expansion stays in its field, prefixes are not expanded")
    func actorExpansionShapes() throws {
        let index = try QueryTestIndex()
        let nato = try index.compile("title:nato minist* natoish -otan", actors: TestActors())
        #expect(nato.positive?.rawValue == #"(({title} : ("nato" OR "otan" OR "north" + "atlantic" + "treaty" + "organization")) AND "minist"* AND "natoish") NOT ("otan" OR "nato" OR "north" + "atlantic" + "treaty" + "organization")"#)
        #expect(nato.expansions.map(\.term) == ["nato", "otan"])
        let phrase = try index.compile("\"Vladimir Putin\"", actors: TestActors())
        #expect(phrase.positive?.rawValue == #""vladimir" + "putin" OR "putin" OR "poutine" OR "путин""#)
    }

    @Test("unquoted words that together name an actor are widened together; other words stay apart")
    func actorNamedByWords() throws {
        let index = try QueryTestIndex()
        let named = try index.compile("Vladimir Putin talks", actors: TestActors())
        #expect(named.positive?.rawValue == #"(("vladimir" AND "putin") OR "putin" OR "poutine" OR "путин") AND "talks""#)
        #expect(named.expansions == [TermExpansion(term: "vladimir putin", aliases: ["putin", "poutine", "путин"])])
        // Two actors side by side name no one together: each is widened on its own.
        let two = try index.compile("putin nato", actors: TestActors())
        #expect(two.expansions.map(\.term) == ["putin", "nato"])
        let exact = try index.compile("Vladimir Putin", actors: TestActors(), exact: true)
        #expect(exact.positive?.rawValue == #""vladimir" AND "putin""#)
    }

    @Test("actor: filters are resolved to canonical names when known")
    func actorFilter() throws {
        let compiled = try QueryTestIndex().compile("actor:poutine actor:\"Someone Else\"", actors: TestActors())
        #expect(compiled.filters.actors == ["poutine", "Someone Else"])
        #expect(compiled.actors == ["Vladimir Putin", "Someone Else"])
    }
}
