import NewsSearch

/// `newsearch show` output: the contract's JSON object, or a readable text page.
package struct ArticleDetailJSON: Encodable {
    struct Actor: Encodable {
        let name: String
        let kind: String
        let mentions: Int
        let aliases_seen: [String]
    }

    let id: String
    let path: String
    let record_key: String
    let title: String
    let date: String?
    let section: String?
    let url: String?
    let source: String?
    let lede: String
    let body: String
    let actors: [Actor]

    enum CodingKeys: String, CodingKey {
        case id, path, record_key, title, date, section, url, source, lede, body, actors
    }

    /// The JSON form of an article.
    package init(_ detail: ArticleDetail) {
        id = detail.id
        path = DisplayPath.relative(detail.path)
        record_key = detail.recordKey
        title = detail.title
        date = detail.date
        section = detail.section
        url = detail.url
        source = detail.source
        lede = detail.lede
        body = detail.body
        actors = detail.actors.map {
            Actor(name: $0.name, kind: $0.kind.rawValue, mentions: $0.mentions, aliases_seen: $0.aliasesSeen)
        }
    }

    package func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(path, forKey: .path)
        try container.encode(record_key, forKey: .record_key)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(section, forKey: .section)
        try container.encode(url, forKey: .url)
        try container.encode(source, forKey: .source)
        try container.encode(lede, forKey: .lede)
        try container.encode(body, forKey: .body)
        try container.encode(actors, forKey: .actors)
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
