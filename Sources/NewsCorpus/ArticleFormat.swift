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
        let ext = Self.fileExtension(path)
        switch ext {
        case "txt": self = .text
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }

    /// The lowercased text after the last dot of the file name, or nil (none, or a dot file).
    /// Scans bytes from the end: the walk calls this for every file of the archive.
    private static func fileExtension(_ path: String) -> String? {
        let bytes = path.utf8
        var index = bytes.endIndex
        while index > bytes.startIndex {
            let previous = bytes.index(before: index)
            switch bytes[previous] {
            case UInt8(ascii: "/"): return nil
            case UInt8(ascii: "."):
                guard previous > bytes.startIndex, bytes[bytes.index(before: previous)] != UInt8(ascii: "/"),
                    index < bytes.endIndex
                else { return nil }
                return String(decoding: bytes[index...], as: UTF8.self).lowercased()
            default: index = previous
            }
        }
        return nil
    }
}
