import Foundation
import NewsCorpus
import Testing
@testable import NewsAnalysis

/// The one definition of "same word".
@Suite struct TextFoldingTests {
    @Test("folds case, diacritics, hyphens, apostrophes and dots", arguments: [
        ("Sergueï Lavrov", "serguei lavrov"),
        ("Saint-Pétersbourg", "saint petersbourg"),
        ("U.S.", "u s"),
        ("  Zelenskyy's   visit ", "zelenskyy s visit"),
        ("Łódź", "lodz"),
        ("Ørsted", "orsted"),
        ("Straße", "strasse"),
        ("Élysée", "elysee"),
        ("Владимир Путин", "владимир путин"),
        ("ВЛАДИМИР", "владимир"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("İstanbul", "istanbul"),
        ("Cœur", "coeur"),
        ("2,000 tonnes", "2 000 tonnes"),
        ("Ocasio–Cortez", "ocasio cortez"),
        ("---", ""),
        ("서울 東京", "서울 東京"),
    ])
    func folds(input: String, expected: String) {
        #expect(TextFolding.fold(input) == expected)
    }

    @Test("decomposed accents fold like composed ones")
    func decomposed() {
        #expect(TextFolding.fold("Zelenski\u{0301}") == TextFolding.fold("Zelenskí"))
        #expect(TextFolding.fold("e\u{0301}lyse\u{0301}e") == "elysee")
    }

    @Test("words splits the folded form")
    func words() {
        #expect(TextFolding.words("Donald Trump Jr.") == ["donald", "trump", "jr"])
        #expect(TextFolding.words("") == [])
    }

    @Test("substrings fold like strings")
    func substrings() {
        let text = "Hello Zelenskyy!"
        #expect(TextFolding.fold(text.dropFirst(6)) == "zelenskyy")
    }

    @Test("the tokenizer folds every word exactly as TextFolding does, in every script")
    func tokenizerAgrees() {
        let body = "Sergueï Lavrov, Straße Łódź; Владимир Путин — Ελλάδα 東京 서울 Ørsted e\u{301}lyse\u{301}e ǅemal"
        let text = ArticleText(NewsCorpus.Article(sourcePath: "t", title: "", body: body), words: WordTable(aliasWords: [:], flagged: [:]))
        #expect(text.tokens.indices.map(text.folded) == TextFolding.words(body))
        #expect(text.tokens.map(\.hash) == TextFolding.words(body).map { WordTable.hash($0.utf8) })
    }

    /// Also the generator of the table: with `NEWSEARCH_WRITE_FOLD_TABLE=PATH` it writes the
    /// table computed here to PATH first (`scripts/gen-foldtable`).
    @Test("the compiled-in fold table equals folding each scalar from its Unicode properties")
    func tableMatchesScalars() throws {
        let computed = (0..<FoldTable.limit).map(FoldTable.computeFold)
        if let path = ProcessInfo.processInfo.environment["NEWSEARCH_WRITE_FOLD_TABLE"] {
            try Data(FoldTable.encode(computed)).write(to: URL(fileURLWithPath: path))
            return
        }
        let mismatches = (0..<Int(FoldTable.limit)).filter { FoldTable.table[$0] != computed[$0] }
        #expect(FoldTable.table.count == Int(FoldTable.limit))
        #expect(mismatches.isEmpty, "run scripts/gen-foldtable: \(mismatches.prefix(5).map { String($0, radix: 16) })")
    }
}
