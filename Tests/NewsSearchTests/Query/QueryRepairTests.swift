import Testing
@testable import NewsSearch

@Suite("QueryParser: repairs and their messages")
struct QueryRepairTests {
    /// Input, expected tree, expected issues (position, message).
    static let repairs: [(String, QueryNode?, [QueryIssue])] = [
        ("\"energy facilities", .phrase(["energy", "facilities"], prefix: false),
         [QueryIssue(position: 0, message: "unclosed quote closed at the end of the query")]),
        ("\"", nil, [QueryIssue(position: 0, message: "unclosed quote closed at the end of the query")]),
        ("a) b", .and([.term("a"), .term("b")]), [QueryIssue(position: 1, message: "unmatched ')' ignored")]),
        ("(a OR b", .or([.term("a"), .term("b")]),
         [QueryIssue(position: 0, message: "unclosed '(' closed at the end of the query")]),
        ("(", nil, [QueryIssue(position: 0, message: "unclosed '(' closed at the end of the query")]),
        ("NOT", .term("not"), [QueryIssue(position: 0, message: "'NOT' is missing an operand; searched as a word")]),
        ("ceasefire NOT", .and([.term("ceasefire"), .term("not")]),
         [QueryIssue(position: 10, message: "'NOT' is missing an operand; searched as a word")]),
        ("Élysée 😀 OR", .and([.term("élysée"), .term("or")]),
         [QueryIssue(position: 9, message: "'OR' is missing an operand; searched as a word")]),
        ("OR truce", .and([.term("or"), .term("truce")]),
         [QueryIssue(position: 0, message: "'OR' is missing an operand; searched as a word")]),
        ("truce OR", .and([.term("truce"), .term("or")]),
         [QueryIssue(position: 6, message: "'OR' is missing an operand; searched as a word")]),
        ("AND OR", .and([.term("and"), .term("or")]), [
            QueryIssue(position: 0, message: "'AND' is missing an operand; searched as a word"),
            QueryIssue(position: 4, message: "'OR' is missing an operand; searched as a word"),
        ]),
        ("title:", .term("title"), [QueryIssue(position: 0, message: "'title:' has no value; searched as a word")]),
        ("title: ceasefire", .and([.term("title"), .term("ceasefire")]),
         [QueryIssue(position: 0, message: "'title:' has no value; searched as a word")]),
        ("actor:\"\"", .term("actor"), [QueryIssue(position: 0, message: "'actor:' has no value; searched as a word")]),
        ("a OR -b", .term("a"),
         [QueryIssue(position: 5, message: "exclusion inside OR has nothing to exclude from; ignored")]),
        ("-section:sport nato", .term("nato"),
         [QueryIssue(position: 1, message: "excluding by section: is not supported; filter ignored")]),
        ("date:2024 date:2025", nil,
         [QueryIssue(position: 10, message: "date filters do not overlap; nothing can match")]),
    ]

    @Test("each repair gives its tree and its message", arguments: repairs)
    func repair(input: String, tree: QueryNode?, issues: [QueryIssue]) throws {
        let parsed = try QueryParser.parse(input)
        #expect(parsed.root == tree)
        #expect(parsed.issues == issues)
    }

    @Test("an issue prints its 1-based position")
    func issueDescription() {
        #expect(QueryIssue(position: 4, message: "unmatched ')' ignored").description == "position 5: unmatched ')' ignored")
    }

    @Test("a pasted article is cut at the token budget, with one issue")
    func tokenBudget() throws {
        let words = (0..<300).map { "w\($0)" }.joined(separator: " ")
        let parsed = try QueryParser.parse(words)
        guard case .and(let parts) = parsed.root else { Issue.record("not an AND"); return }
        #expect(parts.count == QueryParser.maxTokens)
        #expect(parsed.issues.map(\.message) == ["query longer than 256 words; the rest is ignored"])
    }

    @Test("parentheses nested beyond the limit are ignored, not recursed into")
    func deepNesting() throws {
        let parsed = try QueryParser.parse(String(repeating: "(", count: 5000) + "a")
        #expect(parsed.root == .term("a"))
        #expect(parsed.issues.contains(QueryIssue(position: 16, message: "parentheses nested too deeply; '(' ignored")))
    }
}
