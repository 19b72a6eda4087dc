import NewsSearch
import Testing

@testable import NewsRender

@Suite("TextWrapping: cut and wrap to a width")
struct TextWrappingTests {
    /// A snippet-like text with two matched words.
    static let snippet = HighlightedText([
        .init("… Ukraine has accepted the American initiative for a 30-day ", highlighted: false),
        .init("ceasefire", highlighted: true),
        .init(", while Moscow wants the strikes on energy ", highlighted: false),
        .init("facilities", highlighted: true),
        .init(" to stop first, officials in Kyiv and Washington said on Tuesday …", highlighted: false),
    ])

    @Test("text within the width is not cut")
    func shortTextKept() {
        #expect(TextWrapping.cut("Merz wins", to: 9) == "Merz wins")
        #expect(TextWrapping.cut("", to: 5) == "")
    }

    @Test("a cut ends in an ellipsis at a word boundary and fits the width", arguments: [10, 20, 33, 60])
    func cutFits(width: Int) {
        let title = "Trump and Putin agree to halt strikes on energy facilities for thirty days"
        let cut = TextWrapping.cut(title, to: width)
        #expect(cut.count <= width)
        #expect(cut.hasSuffix("…"))
        #expect(title.hasPrefix(String(cut.dropLast())))
        let kept = cut.dropLast()
        #expect(title[title.index(title.startIndex, offsetBy: kept.count)] == " ", "cut mid-word: \(cut)")
    }

    @Test("a single long word is cut mid-word rather than overflowing")
    func cutLongWord() {
        #expect(TextWrapping.cut("Donaudampfschifffahrtsgesellschaft", to: 10) == "Donaudamp…")
    }

    @Test("wrapped lines never exceed the width", arguments: [20, 35, 40, 75])
    func wrapFits(width: Int) {
        let lines = TextWrapping.wrap(Self.snippet, width: width) { word, _ in word }
        #expect(lines.count > 1)
        for line in lines { #expect(line.count <= width, "\(line.count) > \(width): \(line)") }
        #expect(lines.joined(separator: " ") == Self.snippet.plain.split(separator: " ").joined(separator: " "))
    }

    @Test("a word longer than the width is broken, not left to overflow")
    func wrapLongWord() {
        let url = "https://www.example.org/news/2025/03/18/trump-putin-call-energy-facilities-ceasefire"
        let text = HighlightedText([.init("see \(url) for details", highlighted: false)])
        let lines = TextWrapping.wrap(text, width: 30) { word, _ in word }
        for line in lines { #expect(line.count <= 30, "\(line.count) > 30: \(line)") }
        #expect(lines.joined().replacingOccurrences(of: " ", with: "").contains(url))
    }

    @Test("matched words get their style; words around them do not")
    func styledWords() {
        let lines = TextWrapping.wrap(Self.snippet, width: 200) { word, highlighted in
            highlighted ? "[\(word)]" : word
        }
        #expect(lines.count == 1)
        #expect(lines[0].contains("30-day [ceasefire,] while"))
        #expect(lines[0].contains("energy [facilities] to stop"))
    }

    @Test("styling does not count toward the width")
    func styleIsInvisible() {
        let plain = TextWrapping.wrap(Self.snippet, width: 40) { word, _ in word }
        let styled = TextWrapping.wrap(Self.snippet, width: 40) { word, highlighted in
            highlighted ? ANSI.highlight(word) : word
        }
        #expect(styled.map(ANSIText.stripped) == plain)
    }

    @Test("a match inside a word keeps the word whole")
    func matchInsideWord() {
        let text = HighlightedText([
            .init("a ", highlighted: false), .init("cease", highlighted: true), .init("-fire now", highlighted: false),
        ])
        let lines = TextWrapping.wrap(text, width: 80) { word, highlighted in highlighted ? "<\(word)>" : word }
        #expect(lines == ["a <cease-fire> now"])
    }

    @Test("line breaks inside the text become spaces")
    func newlines() {
        let text = HighlightedText([.init("first paragraph.\n\nSecond one", highlighted: false)])
        let lines = TextWrapping.wrap(text, width: 80) { word, _ in word }
        #expect(lines.count == 1)
        #expect(!lines[0].contains("\n"))
    }
}
