import NewsSearch
import Testing

@testable import NewsRender

@Suite("HTML escaping and snippet rendering")
struct HTMLEscapingTests {
    /// Raw text and its escaped form.
    static let escapes: [(String, String)] = [
        ("plain words", "plain words"),
        ("AT&T", "AT&amp;T"),
        ("a < b > c", "a &lt; b &gt; c"),
        ("<script>alert(\"x\")</script>", "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"),
        ("&amp; already", "&amp;amp; already"),
        ("Élysée — «Путин» 5%", "Élysée — «Путин» 5%"),
        ("", ""),
    ]

    @Test("&, <, > and \" are escaped; everything else is kept", arguments: escapes)
    func escape(raw: String, escaped: String) {
        #expect(HTMLEscaping.escape(raw) == escaped)
    }

    @Test("html escapes the article's own text first, then wraps matches in <mark>")
    func escapeThenMark() {
        let text = HighlightedText([
            .init("Q&A: why 1 < 2 for ", highlighted: false),
            .init("<b>ceasefire</b>", highlighted: true),
            .init(" & more", highlighted: false),
        ])
        #expect(
            SnippetRendering.html(text)
                == "Q&amp;A: why 1 &lt; 2 for <mark>&lt;b&gt;ceasefire&lt;/b&gt;</mark> &amp; more")
    }

    @Test("html of text without matches has no <mark>")
    func noMarks() {
        let text = HighlightedText([.init("no match here", highlighted: false)])
        #expect(SnippetRendering.html(text) == "no match here")
    }

    @Test("terminal text highlights matches only when colour is on")
    func terminal() {
        let text = HighlightedText([.init("a ", highlighted: false), .init("truce", highlighted: true)])
        #expect(SnippetRendering.terminal(text, colour: false) == "a truce")
        #expect(SnippetRendering.terminal(text, colour: true) == "a \u{1B}[1;33mtruce\u{1B}[0m")
    }
}
