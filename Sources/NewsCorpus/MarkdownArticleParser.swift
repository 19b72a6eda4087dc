/// Parses a Markdown article (`.md`): optional front matter, then paragraphs.
///
/// Title: front matter `title:`, else the first `# ` heading (or `===`-underlined line),
/// else the first non-empty line. Date, section, url and source come from the front matter.
/// Markup is removed from the text: heading hashes, list bullets, block quote markers,
/// emphasis, link syntax; fenced code keeps its text. Lede = first paragraph after the title.
enum MarkdownArticleParser {
    /// A paragraph-level block: its cleaned lines, and whether it is a level-1 heading.
    struct Block {
        /// The lines, markup removed.
        var lines: [String]
        /// True for `# Heading` or a `===`-underlined line.
        var isTitleHeading: Bool
        /// The lines joined by spaces.
        var text: String { lines.joined(separator: " ") }
    }

    /// The article the file holds.
    ///
    /// - Throws: ``CorpusError/noArticle`` when there is no title and no text.
    static func parse(_ text: String, path: String) throws(CorpusError) -> Article {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { Substring($0) }
        let front = MarkdownFrontMatter(lines: lines)
        var blocks = MarkdownBlocks.split(lines[front.bodyStart...])
        var title = front.value("title").map(TextLines.normalized) ?? ""
        if let heading = blocks.firstIndex(where: \.isTitleHeading),
            title.isEmpty || blocks[heading].text == title
        {
            title = blocks.remove(at: heading).text
        } else if title.isEmpty, !blocks.isEmpty {
            title = blocks[0].lines.removeFirst()
            if blocks[0].lines.isEmpty { blocks.removeFirst() }
        }
        guard !title.isEmpty || !blocks.isEmpty else { throw .noArticle }
        let (lede, body) = blocks.map(\.text).ledeAndBody
        return Article(
            sourcePath: path, title: title, lede: lede, body: body,
            section: front.value("section", "category"),
            date: front.value("date", "published", "pubdate").flatMap(DateParser.parse),
            url: front.value("url", "link"), source: front.value("source", "publisher"))
    }
}
