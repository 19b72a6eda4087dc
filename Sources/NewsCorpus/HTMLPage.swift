/// What one scan of an HTML page collects: metadata, headings and text, page-wide and
/// inside the first `<article>`.
struct HTMLPage {
    /// The page's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// `<meta>` contents by lower-cased `property`, `name` or `itemprop` (first one wins).
    var metas: [String: String] = [:]
    /// `<link rel="canonical" href>`.
    var canonical: String?
    /// The first `<time datetime>` (one inside the article preferred).
    var timeDate: PublicationDate?
    /// The text of `<title>`.
    var titleTag: String?
    /// The first `<h1>` inside the article.
    var articleHeading: String?
    /// The first `<h1>` outside the article.
    var firstHeading: String?
    /// Whether the page has an `<article>` element.
    var articleSeen = false
    /// The text inside the first `<article>`.
    var articleText = HTMLText()
    /// The text of the whole page (collected only until an article is seen).
    var pageText = HTMLText()
    /// The texts of `<time>` elements: a paragraph that is only one of them is a dateline.
    var timeTexts: Set<String> = []

    /// How many skipped elements (script, nav, …) are open.
    private var skipDepth = 0
    /// The byline or dateline element being skipped: its name and how deep it is nested.
    private var byline: (name: String, depth: Int)?
    /// How many `<header>` elements are open.
    private var headerDepth = 0
    /// How many `<article>` elements are open inside the first one.
    private var articleDepth = 0
    /// Whether the first article has closed.
    private var articleDone = false
    /// Whether the scan is inside `<head>`, `<title>`.
    private var inHead = false, inTitle = false
    /// Whether the `<time>` date came from inside the article.
    private var timeInArticle = false
    /// The heading being captured, and whether it belongs to the article.
    private var heading: (text: HTMLText, inArticle: Bool)?
    /// The text of the `<time>` element being read, if any.
    private var timeText: HTMLText?

    /// Creates an empty collection for the page.
    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Takes in one token.
    mutating func handle(_ token: HTMLScanner.Token) {
        switch token {
        case .open(let name, let attributes): open(name, attributes)
        case .close(let name): close(name)
        case .text(let range): text(range)
        }
    }

    /// An opening tag.
    private mutating func open(_ name: String, _ attributes: Range<Int>) {
        switch name {
        case "meta": meta(HTMLAttributes.parse(bytes, attributes))
        case "link": link(HTMLAttributes.parse(bytes, attributes))
        case "time":
            time(HTMLAttributes.parse(bytes, attributes))
            timeText = HTMLText()
        case "title": inTitle = true
        case "head": inHead = true
        case "body": inHead = false
        case "article" where !articleDone:
            articleDepth += 1
            articleSeen = true
        case "h1" where heading == nil && (skipDepth == 0 || inArticleHeader):
            let inArticle = articleDepth > 0
            if inArticle ? articleHeading == nil : firstHeading == nil {
                heading = (HTMLText(), inArticle)
            }
        default: break
        }
        if HTMLArticleParser.skipped.contains(name) { skipDepth += 1 }
        if name == "header" { headerDepth += 1 }
        openByline(name, attributes)
        if HTMLArticleParser.blocks.contains(name) { breakParagraph() }
    }

    /// A closing tag.
    private mutating func close(_ name: String) {
        switch name {
        case "title": inTitle = false
        case "head": inHead = false
        case "article" where articleDepth > 0:
            articleDepth -= 1
            articleDone = articleDepth == 0
        case "h1": finishHeading()
        case "time":
            if let text = timeText?.finish().joined(separator: " ") { timeTexts.insert(text) }
            timeText = nil
        default: break
        }
        if HTMLArticleParser.skipped.contains(name) { skipDepth = max(0, skipDepth - 1) }
        if name == "header" { headerDepth = max(0, headerDepth - 1) }
        closeByline(name)
        if HTMLArticleParser.blocks.contains(name) { breakParagraph() }
    }

    /// A run of text.
    private mutating func text(_ range: Range<Int>) {
        if inTitle {
            if titleTag == nil && skipDepth == 0 { titleTag = HTMLText.plain(bytes, range) }
            return
        }
        if heading != nil {
            if skipDepth == 0 || inArticleHeader { heading!.text.append(bytes, range) }
            return
        }
        guard skipDepth == 0, !inHead else { return }
        timeText?.append(bytes, range)
        if articleDepth > 0 {
            articleText.append(bytes, range)
        } else if !articleSeen {
            pageText.append(bytes, range)
        }
    }

    /// Ends the paragraph being collected.
    private mutating func breakParagraph() {
        guard heading == nil else { return }
        if articleDepth > 0 {
            articleText.breakParagraph()
        } else if !articleSeen {
            pageText.breakParagraph()
        }
    }

    /// Stores the captured `<h1>` text.
    private mutating func finishHeading() {
        guard var captured = heading else { return }
        heading = nil
        let text = captured.text.finish().joined(separator: " ")
        guard !text.isEmpty else { return }
        if captured.inArticle { articleHeading = text } else { firstHeading = text }
    }

    /// True inside an article's `<header>` and nothing else skipped: its `<h1>` is the title.
    private var inArticleHeader: Bool { articleDepth > 0 && skipDepth == headerDepth }

    /// Starts skipping an element whose attributes mark it as a byline or dateline.
    private mutating func openByline(_ name: String, _ attributes: Range<Int>) {
        if let current = byline {
            if current.name == name { byline = (name, current.depth + 1) }
            return
        }
        guard !attributes.isEmpty, !HTMLArticleParser.voidElements.contains(name),
            Self.bylineMarkers.contains(where: { contains($0, in: attributes) })
        else { return }
        byline = (name, 1)
        skipDepth += 1
    }

    /// Stops skipping the byline element when it closes.
    private mutating func closeByline(_ name: String) {
        guard let current = byline, current.name == name else { return }
        if current.depth > 1 {
            byline = (name, current.depth - 1)
        } else {
            byline = nil
            skipDepth = max(0, skipDepth - 1)
        }
    }

    /// Attribute words that mark a byline or dateline (`class="byline"`).
    static let bylineMarkers: [[UInt8]] = [Array("byline".utf8), Array("dateline".utf8)]

    /// True when the lower-case ASCII `needle` occurs in the range, in any case.
    private func contains(_ needle: [UInt8], in range: Range<Int>) -> Bool {
        guard range.count >= needle.count else { return false }
        for start in range.lowerBound...(range.upperBound - needle.count)
        where needle.indices.allSatisfy({ bytes[start + $0] | 0x20 == needle[$0] }) {
            return true
        }
        return false
    }

    /// Records a `<meta>` value.
    private mutating func meta(_ attributes: [String: String]) {
        guard let content = attributes["content"],
            let key = attributes["property"] ?? attributes["name"] ?? attributes["itemprop"]
        else { return }
        let lowered = key.lowercased()
        if metas[lowered] == nil { metas[lowered] = content }
    }

    /// Records a canonical `<link>`.
    private mutating func link(_ attributes: [String: String]) {
        guard attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"],
            !href.isEmpty, canonical == nil
        else { return }
        canonical = href
    }

    /// Records a `<time datetime>` date, preferring the article's.
    private mutating func time(_ attributes: [String: String]) {
        guard let value = attributes["datetime"], let date = DateParser.parse(value) else { return }
        let inArticle = articleDepth > 0
        guard timeDate == nil || (inArticle && !timeInArticle) else { return }
        timeDate = date
        timeInArticle = inArticle
    }
}
