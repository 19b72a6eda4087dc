/// The file formats the archive holds, recognised by extension.
package enum ArticleFormat: String, Sendable, CaseIterable {
    /// The archive's native text format (see FORMAT.md); plain text is accepted too.
    case text
    /// One JSON object, or an array of objects.
    case json
    /// One JSON object per line (`.jsonl`, `.ndjson`).
    case jsonLines
    /// A saved web page.
    case html
    /// Markdown with optional front matter.
    case markdown

    /// The format for a file name's extension, or nil for files the walk skips.
    ///
    /// `ArticleFormat(path: "a/b.NDJSON")` is `.jsonLines`.
    package init?(path: String) {
        let ext = path.split(separator: "/").last.flatMap { name -> Substring? in
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
            return name[name.index(after: dot)...]
        }?.lowercased()
        switch ext {
        case "txt": self = .text
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }
}
