import Foundation

/// Turns one decoded JSON object into an ``Article``.
///
/// Missing keys are allowed; a record needs a title or some text. Without a `lede`, the
/// first paragraph of `body` becomes the lede. `date` may be an ISO date or timestamp or any
/// spelling ``DateParser`` reads.
enum JSONRecord {
    /// The article, or why the object is not one.
    static func article(
        _ object: [String: Any], path: String, fallbackKey: String
    ) -> Result<Article, JSONReason> {
        let title = TextLines.normalized(string(object["title"]) ?? "")
        var paragraphs = TextLines.paragraphs(of: string(object["body"]) ?? "")
        let lede = TextLines.normalized(string(object["lede"]) ?? "")
        if !lede.isEmpty { paragraphs.insert(lede, at: 0) }
        guard !title.isEmpty || !paragraphs.isEmpty else {
            return .failure(JSONReason("record has no title and no text"))
        }
        let (ledeText, body) = paragraphs.ledeAndBody
        return .success(
            Article(
                sourcePath: path, recordKey: key(object["id"]) ?? fallbackKey, title: title,
                lede: ledeText, body: body, section: nonEmpty(object["section"]),
                date: string(object["date"]).flatMap(DateParser.parse),
                url: nonEmpty(object["url"]),
                source: nonEmpty(object["source"]), declaredActors: actors(object)))
    }

    /// The names under `people`, `orgs` and `places`, in that order.
    static func actors(_ object: [String: Any]) -> [DeclaredActor] {
        let lists: [(String, DeclaredActor.Role)] = [
            ("people", .person), ("orgs", .org), ("places", .place),
        ]
        return lists.flatMap { key, role in
            names(object[key]).map { DeclaredActor(name: $0, role: role) }
        }
    }

    /// An array of strings (non-strings and blanks skipped), or a lone string.
    static func names(_ value: Any?) -> [String] {
        if let single = nonEmpty(value) { return [single] }
        guard let array = value as? [Any] else { return [] }
        return array.compactMap(nonEmpty)
    }

    /// A string value, or nil for anything else.
    static func string(_ value: Any?) -> String? { value as? String }

    /// A string value trimmed, or nil when missing or blank.
    static func nonEmpty(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = TextLines.normalized(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The `id` as text: a string as is, a whole number in decimal (not `true`/`false`).
    static func key(_ value: Any?) -> String? {
        if let text = nonEmpty(value) { return text }
        // Foundation bridges JSON booleans and numbers alike; booleans have type code "c".
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else {
            return nil
        }
        return (value as? Int).map(String.init)
    }
}

extension TextLines {
    /// The paragraphs of a free text (CR and CRLF accepted), hard-wrapped lines joined.
    static func paragraphs(of text: String) -> [String] {
        var text = text
        if text.utf8.contains(0x0D) { text = TextDecoding.normalizingLineEndings(text) }
        return text.withUTF8 { TextLines($0).paragraphs(from: 0) }
    }

    /// A one-paragraph text: lines joined with spaces, trimmed.
    static func normalized(_ text: String) -> String {
        paragraphs(of: text).joined(separator: " ")
    }
}
