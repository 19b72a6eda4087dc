/// Parses a saved article page (`.html`, `.htm`) with a hand-written scanner.
///
/// - title: the first `<h1>` inside `<article>`, else `<title>`, else the first `<h1>`;
/// - date: `<meta property="article:published_time">` (or a similar meta), else
///   `<time datetime>`;
/// - section: `<meta property="article:section">`; url: canonical link or `og:url`;
///   source: `og:site_name`;
/// - text: the first `<article>` (else the whole page) without `<script>`, `<style>`,
///   `<nav>`, `<header>`, `<footer>`, `<aside>` and the like; block tags end paragraphs;
///   the heading used as title is not repeated in the text, nor are bylines and datelines
///   (an element whose attributes say `byline` or `dateline`, a paragraph that is only a
///   `<time>` element or a date).
enum HTMLArticleParser {
    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "script", "style", "nav", "footer", "header", "aside", "noscript", "template",
        "svg", "iframe", "button", "select", "textarea",
    ]
    /// Elements that have no content and no closing tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ]
    /// Elements that start or end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
        "h6", "blockquote", "pre", "table", "tr", "td", "th", "section", "article", "main",
        "figure", "figcaption", "hr", "address", "center", "form", "fieldset", "details",
        "summary", "body",
    ]
    /// `<meta>` names or properties that give the publication date, best first.
    static let dateMetas = [
        "article:published_time", "og:published_time", "datepublished", "pubdate",
        "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created",
    ]

    /// The article the page holds.
    ///
    /// - Throws: ``CorpusError/noArticle`` when the page has neither title nor text.
    static func parse(_ text: String, path: String) throws(CorpusError) -> Article {
        var text = text
        let page = text.withUTF8 { bytes in
            var page = HTMLPage(bytes: bytes)
            HTMLScanner(bytes: bytes).scan { page.handle($0) }
            return page
        }
        return try article(from: page, path: path)
    }

    /// Chooses title, text and metadata from what the scan collected.
    static func article(from page: HTMLPage, path: String) throws(CorpusError) -> Article {
        var page = page
        let useArticle = page.articleSeen
        let heading = useArticle ? page.articleHeading : nil
        let title = heading ?? page.titleTag ?? page.firstHeading ?? ""
        var paragraphs = useArticle ? page.articleText.finish() : page.pageText.finish()
        if !useArticle, let first = page.firstHeading, !title.contains(first) {
            paragraphs.insert(first, at: 0)
        }
        paragraphs.removeAll { page.timeTexts.contains($0) || DateParser.parse($0) != nil }
        if paragraphs.first == title { paragraphs.removeFirst() }
        guard !title.isEmpty || !paragraphs.isEmpty else { throw .noArticle }
        let (lede, body) = paragraphs.ledeAndBody
        let date = dateMetas.lazy.compactMap { page.metas[$0].flatMap(DateParser.parse) }.first
        return Article(
            sourcePath: path, title: title, lede: lede, body: body,
            section: page.metas["article:section"].flatMap { $0.isEmpty ? nil : $0 },
            date: date ?? page.timeDate, url: page.canonical ?? page.metas["og:url"],
            source: page.metas["og:site_name"])
    }
}
