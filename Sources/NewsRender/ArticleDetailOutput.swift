import NewsSearch

/// `newsearch show --json`: the contract's object for one article.
package enum ArticleDetailJSON {
    /// The JSON form of an article.
    package static func value(_ detail: ArticleDetail) -> JSONValue {
        .object([
            ("id", .string(detail.id)),
            ("path", .string(DisplayPath.relative(detail.path))),
            ("record_key", .string(detail.recordKey)),
            ("title", .string(detail.title)),
            ("date", JSONValue(detail.date)),
            ("section", JSONValue(detail.section)),
            ("url", JSONValue(detail.url)),
            ("source", JSONValue(detail.source)),
            ("lede", .string(detail.lede)),
            ("body", .string(detail.body)),
            ("actors", .array(detail.actors.map { actor in
                .object([
                    ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)), ("mentions", .int(actor.mentions)),
                    ("aliases_seen", JSONValue(actor.aliasesSeen)),
                ])
            })),
        ])
    }
}

/// The text page of `newsearch show`.
package enum ArticleDetailText {
    /// The article as a person reads it: header, lede, body, then its actors.
    package static func render(_ detail: ArticleDetail, width: Int, colour: Bool) -> String {
        let bold = { (text: String) in colour ? ANSI.bold(text) : text }
        let dim = { (text: String) in colour ? ANSI.dim(text) : text }
        let title = detail.title.isEmpty ? "(untitled)" : detail.title
        var out = paragraphLines(title, width: width).map(bold).joined(separator: "\n") + "\n"
        let meta = [detail.date ?? "undated", detail.section, detail.source].compactMap { $0 }.joined(separator: " · ")
        out += dim(meta) + "\n"
        out += dim(DisplayPath.relative(detail.path) + (detail.recordKey.isEmpty ? "" : " [\(detail.recordKey)]") + " · id \(detail.id)") + "\n"
        if let url = detail.url { out += dim(url) + "\n" }
        for paragraph in ([detail.lede] + detail.body.components(separatedBy: "\n\n")) where !paragraph.isEmpty {
            out += "\n" + paragraphLines(paragraph, width: width).joined(separator: "\n") + "\n"
        }
        if !detail.actors.isEmpty {
            out += "\n" + bold("actors") + "\n"
            for actor in detail.actors {
                let seen = actor.aliasesSeen.filter { $0 != actor.name }
                out += "  \(actor.name) (\(actor.kind.rawValue), \(actor.mentions)×)"
                    + (seen.isEmpty ? "" : dim(" as " + seen.joined(separator: ", "))) + "\n"
            }
        }
        return out
    }

    private static func paragraphLines(_ paragraph: String, width: Int) -> [String] {
        TextWrapping.wrap(HighlightedText([.init(paragraph, highlighted: false)]), width: width - 1) { word, _ in word }
    }
}
