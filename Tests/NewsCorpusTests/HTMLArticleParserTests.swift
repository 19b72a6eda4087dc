import Foundation
import Testing

@testable import NewsCorpus

@Suite("HTMLArticleParser")
struct HTMLArticleParserTests {
    /// The saved page fixture.
    func page() throws -> Article {
        let file = try ArticleFileParser.parse(
            try TestSupport.fixture("page.html"), path: "p.html", format: .html)
        return try #require(file.articles.first)
    }

    @Test("takes the title from the article's h1, not <title>, and does not repeat it")
    func title() throws {
        let article = try page()
        #expect(article.title == "Talks in Riyadh: Lavrov & Rubio meet")
        #expect(!article.lede.contains("Talks in Riyadh"))
    }

    @Test("reads date, section, url and source from meta tags in any attribute style")
    func metadata() throws {
        let article = try page()
        #expect(article.date == TestSupport.day(2025, 2, 18))
        #expect(article.section == "Politics")
        #expect(article.url == "https://example.org/talks")
        #expect(article.source == "World News")
    }

    @Test("decodes named and numeric entities")
    func entities() throws {
        let article = try page()
        #expect(
            article.lede
                == "Sergueï Lavrov and Marco Rubio met in Riyadh on Tuesday — the first such meeting since 2022…"
        )
        #expect(article.body.hasPrefix("“It was useful,” he said – ’quote’ été, <tag> \"q\" 'a'."))
    }

    @Test("drops scripts, styles, navigation, asides, header, footer, comments and CDATA")
    func stripping() throws {
        let article = try page()
        let text = article.lede + "\n" + article.body
        for hidden in [
            "not text", "document.write", "color: red", "Home", "Sport", "Related",
            "Copyright", "hidden comment", "raw cdata", "Site Banner",
        ] {
            #expect(!text.contains(hidden), "\(hidden)")
        }
    }

    @Test("turns block tags and <br> into paragraph breaks")
    func blocks() throws {
        let article = try page()
        #expect(article.body.hasSuffix("\n\nLine one\n\nLine two\n\nFirst point\n\nSecond point"))
    }

    @Test("falls back to <title> and <body> without an <article>, and to <time datetime>")
    func fallbacks() throws {
        let html = """
            <html><head><TITLE>Plain page</TITLE></head><BODY>
            <time datetime='2025-03-18T10:00:00Z'>today</time>
            <P>First para.<P>Second para.
            <footer>foot</footer></BODY></html>
            """
        let article = try TestSupport.article(html, .html)
        #expect(article.title == "Plain page")
        #expect(article.date == TestSupport.day(2025, 3, 18))
        #expect(article.lede == "First para.")
        #expect(article.body == "Second para.")
    }

    @Test("keeps a <time> inside a sentence but drops a dateline paragraph")
    func timeInSentence() throws {
        let html =
            "<article><h1>T</h1><p><time datetime=2025-02-03>3 Feb</time></p><p>Met on <time datetime=2025-02-04>Tuesday</time> in Riyadh.</p></article>"
        let article = try TestSupport.article(html, .html)
        #expect(article.lede == "Met on Tuesday in Riyadh.")
        #expect(article.date == TestSupport.day(2025, 2, 3))
    }

    @Test("takes the h1 from the article's <header> but not the byline around it")
    func articleHeader() throws {
        let html = """
            <header><h1>Site Name</h1></header>
            <article><header><h1>Real <script>x()</script>Title</h1><p class="byline">By A. Writer</p></header>
            <p>Lede text.</p><p>Body text.</p></article>
            """
        let article = try TestSupport.article(html, .html)
        #expect(article.title == "Real Title")
        #expect(article.section == nil)
        #expect(article.lede == "Lede text.")
        #expect(article.body == "Body text.")
    }

    @Test("drops a byline but keeps its date")
    func byline() throws {
        let html = """
            <article><h1>T</h1>
            <p class="byline">By our staff &middot; <time datetime="2024-11-06T09:42:00+00:00">November 6</time></p>
            <div class=Dateline><span>WASHINGTON</span> <div>nested</div></div>
            <p>Lede.</p><p class="lede">Body.</p></article>
            """
        let article = try TestSupport.article(html, .html)
        #expect(article.lede == "Lede.")
        #expect(article.body == "Body.")
        #expect(article.date == TestSupport.day(2024, 11, 6))
    }

    @Test("drops the body's h1 when it repeats the <title>")
    func bodyHeading() throws {
        let html = "<title>Big News | Site</title><body><h1>Big News</h1><p>Text.</p></body>"
        let article = try TestSupport.article(html, .html)
        #expect(article.title == "Big News | Site")
        #expect(article.lede == "Text.")
    }

    @Test("reads a page with no markup around the text")
    func bare() throws {
        let article = try TestSupport.article(
            "<h1>Only &eacute;t&eacute;</h1> some < loose & text", .html)
        #expect(article.title == "Only été")
        #expect(article.lede == "some < loose & text")
    }
}
