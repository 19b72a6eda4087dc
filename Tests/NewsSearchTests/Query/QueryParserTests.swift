import Testing
@testable import NewsSearch

/// A term (shorthand for the tables).
private func t(_ s: String) -> QueryNode { .term(s) }
/// A phrase (shorthand for the tables).
private func p(_ s: String...) -> QueryNode { .phrase(s, prefix: false) }

@Suite("QueryParser: syntax forms")
struct QueryParserTests {
    static let forms: [(String, QueryNode?)] = [
        ("ceasefire NATO", .and([t("ceasefire"), t("nato")])),
        ("ceasefire AND NATO", .and([t("ceasefire"), t("nato")])),
        ("\"energy facilities\"", p("energy", "facilities")),
        ("\"Ceasefire\"", t("ceasefire")),
        ("ceasefire OR truce", .or([t("ceasefire"), t("truce")])),
        ("a b OR c", .and([t("a"), .or([t("b"), t("c")])])),
        ("a OR b c OR d", .and([.or([t("a"), t("b")]), .or([t("c"), t("d")])])),
        ("(ceasefire OR truce) Ukraine", .and([.or([t("ceasefire"), t("truce")]), t("ukraine")])),
        ("-NATO", .not(t("nato"))),
        ("NOT NATO", .not(t("nato"))),
        ("NOT a b", .and([.not(t("a")), t("b")])),
        ("NOT NOT a", t("a")),
        ("a -b", .and([t("a"), .not(t("b"))])),
        ("-\"energy facilities\"", .not(p("energy", "facilities"))),
        ("-(a OR b)", .not(.or([t("a"), t("b")]))),
        ("minist*", .prefix("minist")),
        ("Minist**", .prefix("minist")),
        ("\"energy fac\"*", .phrase(["energy", "fac"], prefix: true)),
        ("NATO-le*", .phrase(["nato", "le"], prefix: true)),
        ("title:ceasefire", .field(.title, t("ceasefire"))),
        ("lede:truce", .field(.lede, t("truce"))),
        ("BODY:truce", .field(.body, t("truce"))),
        ("title:\"a b\"", .field(.title, p("a", "b"))),
        ("title:(a OR b)", .field(.title, .or([t("a"), t("b")]))),
        ("title:minist*", .field(.title, .prefix("minist"))),
        ("title:(a OR b) -c", .and([.field(.title, .or([t("a"), t("b")])), .not(t("c"))])),
        ("-title:nato", .not(.field(.title, t("nato")))),
        ("not or and", .and([t("not"), t("or"), t("and")])),
        ("a:b:c", p("a", "b", "c")),
        ("http://x", p("http", "x")),
        ("foo:bar", p("foo", "bar")),
        ("NEAR(a b)", .and([t("near"), .and([t("a"), t("b")])])),
        ("", nil),
        ("  \t ", nil),
        ("* -- ;", nil),
        ("date:2025", nil),
    ]

    @Test("each syntax form parses to its tree", arguments: forms)
    func form(input: String, expected: QueryNode?) throws {
        let parsed = try QueryParser.parse(input)
        #expect(parsed.root == expected)
        #expect(parsed.issues.isEmpty)
    }

    static let newsForms: [(String, QueryNode)] = [
        ("NATO-led", p("nato", "led")),
        ("cease-fire", p("cease", "fire")),
        ("l'Élysée", t("élysée")),
        ("d’Estaing", t("estaing")),
        ("jusqu'ici", t("ici")),
        ("aujourd'hui", p("aujourd", "hui")),
        ("U.S.", p("u", "s")),
        ("U.K.", p("u", "k")),
        ("$5bn", t("5bn")),
        ("COVID-19", p("covid", "19")),
        ("e-mail", p("e", "mail")),
        ("don't", p("don", "t")),
        ("\"palais de l'Élysée\"", p("palais", "de", "l", "élysée")),
        ("\"l'Élysée palace\"", p("élysée", "palace")),
        ("Путин", t("путин")),
        ("e\u{301}te\u{301}", t("e\u{301}te\u{301}")),
    ]

    @Test("news spellings become the phrases the index holds", arguments: newsForms)
    func newsForm(input: String, expected: QueryNode) throws {
        #expect(try QueryParser.parse(input).root == expected)
    }

    @Test("an exclusion needs a word character, quote or parenthesis right after the dash")
    func dashIsPunctuationElsewhere() throws {
        #expect(try QueryParser.parse("- NATO").root == t("nato"))
        #expect(try QueryParser.parse("--NATO").root == t("nato"))
        #expect(try QueryParser.parse("a-b").root == p("a", "b"))
        #expect(try QueryParser.parse("1990-2000").root == p("1990", "2000"))
    }

    @Test("the polarity of a node says whether it selects or only removes")
    func polarity() {
        #expect(QueryNode.and([.not(t("a")), .not(t("b"))]).polarity == .negative)
        #expect(QueryNode.and([t("a"), .not(t("b"))]).polarity == .positive)
        #expect(QueryNode.not(.or([.not(t("a"))])).polarity == .positive)
        #expect(QueryNode.or([]).polarity == .empty)
    }
}
