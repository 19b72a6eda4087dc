import Foundation

/// Parses `.json` (one object, or an array of objects) and `.jsonl`/`.ndjson` (one object per
/// line) into articles.
///
/// Keys (all optional): `id`, `title`, `date`, `section`, `lede`, `body`, `url`, `source`,
/// `people`, `orgs`, `places`. A JSON Lines line that is not a JSON object is reported as a
/// ``RecordError`` with its line number and skipped; the other lines are kept.
///
/// `{"id": "a1", "title": "Talks", "body": "First.\n\nSecond."}` gives an article with
/// record key `a1`, lede `First.` and body `Second.`.
enum JSONArticleParser {
    /// Parses a `.json` file: one object, or an array of objects.
    ///
    /// - Throws: ``CorpusError/malformed(_:)`` when the text is not JSON or holds neither an
    ///   object nor an array of objects.
    static func parseDocument(_ text: String, path: String) throws(CorpusError) -> ParsedFile {
        let value: Any
        switch jsonValue(Data(text.utf8)) {
        case .success(let parsed): value = parsed
        case .failure(let reason): throw .malformed(reason.description)
        }
        if let object = value as? [String: Any] {
            return ParsedFile(articles: [try single(object, path: path)])
        }
        guard let array = value as? [Any], array.contains(where: { $0 is [String: Any] }) else {
            throw .malformed("expected an object or an array of objects")
        }
        var file = ParsedFile(articles: [])
        var startLines: [Int]?
        for (index, element) in array.enumerated() {
            let key = "#\(index + 1)"
            switch record(element, path: path, fallbackKey: key) {
            case .success(let article): file.articles.append(article)
            case .failure(let reason):
                if startLines == nil { startLines = JSONElementLines.lines(of: text) }
                let line = startLines.flatMap { index < $0.count ? $0[index] : nil } ?? 1
                file.recordErrors.append(
                    RecordError(line: line, reason: "record \(key): \(reason)"))
            }
        }
        return file
    }

    /// Parses a `.jsonl`/`.ndjson` file; blank lines are skipped.
    static func parseLines(_ text: String, path: String) -> ParsedFile {
        var text = text
        var file = ParsedFile(articles: [])
        text.withUTF8 { bytes in
            var start = 0
            var lineNumber = 1
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if !TextDecoding.isBlank(line) {
                    let key = "line:\(lineNumber)"
                    let result = jsonValue(Data(line)).flatMap {
                        record($0, path: path, fallbackKey: key)
                    }
                    switch result {
                    case .success(let article): file.articles.append(article)
                    case .failure(let reason):
                        file.recordErrors.append(
                            RecordError(line: lineNumber, reason: reason.description))
                    }
                }
                start = end + 1
                lineNumber += 1
            }
        }
        return file
    }

    /// The single object of a `.json` file as an article (record key: its `id`, else empty).
    static func single(_ object: [String: Any], path: String) throws(CorpusError) -> Article {
        switch JSONRecord.article(object, path: path, fallbackKey: "") {
        case .success(let article): return article
        case .failure: throw .noArticle
        }
    }

    /// One element or line as an article, or why it cannot be one.
    static func record(_ value: Any, path: String, fallbackKey: String) -> Result<
        Article, JSONReason
    > {
        guard let object = value as? [String: Any] else {
            return .failure(JSONReason("not a JSON object"))
        }
        return JSONRecord.article(object, path: path, fallbackKey: fallbackKey)
    }

    /// Parses JSON text, or says where it is broken.
    static func jsonValue(_ data: Data) -> Result<Any, JSONReason> {
        do {
            return .success(
                try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        } catch {
            return .failure(JSONReason("invalid JSON (\(describe(error as NSError)))"))
        }
    }

    /// Foundation's parse error as a lowercase fragment: "unexpected end of file".
    static func describe(_ error: NSError) -> String {
        var text = (error.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "cannot parse"
        while text.hasSuffix(".") { text.removeLast() }
        guard let first = text.first else { return "cannot parse" }
        return first.lowercased() + text.dropFirst()
    }
}

/// A short lowercase reason why a JSON text or record was refused.
struct JSONReason: Error, Equatable, CustomStringConvertible {
    /// The reason.
    let description: String

    /// Creates a reason.
    init(_ description: String) { self.description = description }
}
