/// Parses the archive's native `.txt` format (see FORMAT.md), and plain text as a fallback.
///
/// ```
/// Today : Feb 3, 2025      ← save date (optional)
/// Economy                  ← section (optional)
/// 3 February 2025          ← publication date (optional; wins over the save date)
///
/// Central Bank Holds Rates ← title
///
/// The bank kept its rate.  ← lede (first paragraph)
///
/// Body paragraph …         ← body (the other paragraphs, joined by blank lines)
/// ```
///
/// Text without that header still gives an article: its first non-empty line is the title.
/// Dates inside paragraphs are never taken as the publication date.
enum NativeTextParser {
    /// Longest line, in bytes, that can be a section name.
    static let sectionMaxBytes = 60
    /// Most words a section name can have.
    static let sectionMaxWords = 6

    /// The article the text holds.
    ///
    /// - Throws: ``CorpusError/noArticle`` when nothing but header lines is found.
    static func parse(_ text: String, path: String) throws(CorpusError) -> Article {
        var text = text
        let article: Article? = text.withUTF8 { bytes in
            parse(lines: TextLines(bytes), path: path)
        }
        guard let article else { throw .noArticle }
        return article
    }

    /// The article from the lines, or nil when no title line is found.
    static func parse(lines: TextLines, path: String) -> Article? {
        var header = Header()
        let start = header.read(lines, from: lines.nextNonBlank(from: 0))
        let titleLine = lines.nextNonBlank(from: start)
        guard titleLine < lines.count else { return nil }
        let (lede, body) = lines.paragraphs(from: titleLine + 1).ledeAndBody
        return Article(
            sourcePath: path, title: lines.joined(titleLine..<titleLine + 1), lede: lede,
            body: body, section: header.section, date: header.publication ?? header.saved)
    }

    /// The header block: save date, section and publication date, each optional.
    struct Header {
        /// The date of the `Today :` line.
        var saved: PublicationDate?
        /// The section line.
        var section: String?
        /// The publication date line.
        var publication: PublicationDate?

        /// Reads the header lines starting at `line`; returns the first line after them.
        mutating func read(_ lines: TextLines, from start: Int) -> Int {
            var line = start
            if line < lines.count, let date = todayDate(lines.string(line)) {
                saved = date
                line += 1
            }
            let sawToday = line > start
            guard !lines.isBlank(line) else { return line }
            if let date = DateParser.parse(lines.string(line)) {
                publication = date
                return line + 1
            }
            guard NativeTextParser.isSectionLike(lines.string(line)) else { return line }
            if !lines.isBlank(line + 1), let date = DateParser.parse(lines.string(line + 1)) {
                section = lines.string(line)
                publication = date
                return line + 2
            }
            if sawToday && lines.nextNonBlank(from: line + 1) < lines.count {
                section = lines.string(line)
                return line + 1
            }
            return line
        }

        /// The date of a `Today : <date>` line (any case, any spacing around the colon).
        func todayDate(_ line: String) -> PublicationDate? {
            let utf8 = line.utf8
            guard utf8.count > 6, line.lowercased().hasPrefix("today"),
                let colon = utf8.firstIndex(of: UInt8(ascii: ":"))
            else { return nil }
            let between = line[line.index(line.startIndex, offsetBy: 5)..<colon]
            guard between.allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
            return DateParser.parse(line[line.index(after: colon)...].drop(while: { $0 == " " }))
        }
    }

    /// True for a short line without sentence punctuation, which may name a section.
    static func isSectionLike(_ line: String) -> Bool {
        let utf8 = line.utf8
        guard utf8.count <= sectionMaxBytes,
            utf8.count(where: { $0 == 0x20 }) < sectionMaxWords,
            !utf8.contains(where: {
                $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?")
                    || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":")
                    || $0 == UInt8(ascii: "\"")
            }),
            let last = utf8.last, last != UInt8(ascii: "."), last != UInt8(ascii: ",")
        else { return false }
        return true
    }
}
