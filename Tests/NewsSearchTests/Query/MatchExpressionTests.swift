import Testing
@testable import NewsSearch

@Suite("MatchExpression")
struct MatchExpressionTests {
    /// A token that must exist.
    static func tok(_ text: String) -> MatchExpression { MatchExpression.token(text)! }

    @Test("a token is quoted, inner quotes doubled, control characters removed")
    func quoting() {
        #expect(Self.tok("nato").rawValue == #""nato""#)
        #expect(Self.tok(#"say "hi""#).rawValue == #""say ""hi""""#)
        #expect(Self.tok("a\u{0}b\u{7}").rawValue == #""ab""#)
        #expect(Self.tok("NEAR(a OR b)").rawValue == #""NEAR(a OR b)""#)
        #expect(MatchExpression.token("\u{0}\u{1B}") == nil)
        #expect(MatchExpression.token("") == nil)
    }

    @Test("composition helpers parenthesize composite operands only")
    func composition() {
        let a = Self.tok("a"), b = Self.tok("b"), c = Self.tok("c")
        let ab = MatchExpression.or([a, b])!
        #expect(ab.rawValue == #""a" OR "b""#)
        #expect(MatchExpression.and([ab, c])!.rawValue == #"("a" OR "b") AND "c""#)
        #expect(MatchExpression.not(c, excluding: ab).rawValue == #""c" NOT ("a" OR "b")"#)
        #expect(MatchExpression.column(.lede, ab).rawValue == #"{lede} : ("a" OR "b")"#)
        #expect(MatchExpression.column(.body, a).rawValue == #"{body} : "a""#)
        #expect(MatchExpression.phrase(["u", "s"])!.rawValue == #""u" + "s""#)
        #expect(MatchExpression.phrase(["energy", "fac"], prefix: true)!.rawValue == #""energy" + "fac"*"#)
        #expect(MatchExpression.prefix("minist")!.rawValue == #""minist"*"#)
    }

    @Test("AND and OR of one part are the part; of none, nil; OR drops duplicates")
    func degenerateGroups() {
        let a = Self.tok("a")
        #expect(MatchExpression.and([a]) == a)
        #expect(MatchExpression.or([]) == nil)
        #expect(MatchExpression.or([a, a, Self.tok("b"), a])!.rawValue == #""a" OR "b""#)
    }

    @Test("every helper's output is accepted by FTS5, even around hostile tokens")
    func acceptedByFTS5() throws {
        let index = try QueryTestIndex()
        let hostile = ["\"", "*", "NEAR(", ")", "{title}", ":", "^", "+", "'; DROP TABLE articles; --", "AND"]
        // the quoted "AND" is the word, found in articles 5 and 6; nothing else matches
        #expect(try index.count(matching: MatchExpression.or(hostile.compactMap(MatchExpression.token))!) == 2)
        let tokens = hostile.compactMap(MatchExpression.token)
        let all = MatchExpression.and(tokens)!, any = MatchExpression.or(tokens)!
        for expression in [all, any, MatchExpression.not(any, excluding: all), MatchExpression.column(.title, any),
                           MatchExpression.phrase(hostile, prefix: true)!, MatchExpression.prefix("\"*")!] {
            #expect(throws: Never.self, "\(expression)") { try index.count(matching: expression) }
        }
    }
}

/// The shape the ranking walks: an AND of ORs of phrases, in FTS5's phrase numbering.
@Suite("MatchExpression phrase groups")
struct MatchExpressionPhraseGroupTests {
    static func tok(_ text: String) -> MatchExpression { MatchExpression.token(text)! }

    @Test("tokens, phrases and prefixes are one group of one phrase each; AND joins groups, OR joins phrases")
    func shapes() {
        let a = Self.tok("a"), b = Self.tok("b"), c = Self.tok("c")
        let phrase = MatchExpression.phrase(["energy", "facilities"])!
        #expect(a.phraseGroups == [[["a"]]])
        #expect(phrase.phraseGroups == [[["energy", "facilities"]]])
        #expect(MatchExpression.and([a, phrase])!.phraseGroups == [[["a"]], [["energy", "facilities"]]])
        #expect(MatchExpression.or([a, phrase, b])!.phraseGroups == [[["a"], ["energy", "facilities"], ["b"]]])
        let nested = MatchExpression.and([MatchExpression.or([a, b])!, MatchExpression.and([c, a])!])!
        #expect(nested.phraseGroups == [[["a"], ["b"]], [["c"]], [["a"]]])
        #expect(nested.phraseGroups!.joined().count == nested.phraseTexts.count, "one phrase per FTS5 phrase")
        let prefix = MatchPhrase(["minist"], isPrefix: true)
        #expect(MatchExpression.prefix("minist")!.phraseGroups == [[prefix]])
        #expect(MatchExpression.phrase(["minist"], prefix: true)!.phraseGroups == [[prefix]])
        #expect(MatchExpression.and([a, MatchExpression.prefix("minist")!])!.phraseGroups == [[["a"]], [prefix]])
    }

    @Test("prefix phrases of several strings, NOT, columns and an AND inside an OR have no groups")
    func unwalkable() {
        let a = Self.tok("a"), b = Self.tok("b")
        #expect(MatchExpression.phrase(["energy", "fac"], prefix: true)!.phraseGroups == nil)
        #expect(MatchExpression.not(a, excluding: b).phraseGroups == nil)
        #expect(MatchExpression.column(.title, a).phraseGroups == nil)
        #expect(MatchExpression.or([MatchExpression.and([a, b])!, Self.tok("c")])!.phraseGroups == nil)
    }
}
