import GRDB
import NewsIndex

/// Finds each page hit's best passage from FTS5's own match positions (``FTS5RowVisit``) and
/// tokenizes only as far as the passage's end.
///
/// FTS5's `snippet()` tokenizes every searched column of every hit in full, twice (once to
/// find sentence starts, once to highlight): 2 ms of a 4 ms query at 100,000 articles. Here
/// the positions of the matches (`xInst`) choose the window, and the tokenizer, the table's
/// own, stops at its last token, so marks fall exactly on what the index matched (stems and
/// prefixes included).
final class SnippetScan: FTS5RowVisitor {
    /// The passages found, by article rowid.
    private(set) var passages: [Int64: HighlightedText] = [:]

    /// Creates an empty scan.
    init() {}

    /// Passages for the rows `ids` of the match `match`.
    func run(_ db: Database, match: String, ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        try FTS5RowVisit.run(
            db, visitor: self, condition: "articles_fts MATCH ? AND rowid IN (\(marks))",
            arguments: StatementArguments([match]) + StatementArguments(ids))
    }

    func visit(_ row: FTS5Row) throws {
        var hits: [[Range<Int>]] = Array(repeating: [], count: TextColumn.allCases.count)
        for index in 0..<(try row.instanceCount()) {
            let (phrase, column, offset) = try row.instance(index)
            guard column < hits.count else { continue }
            hits[column].append(offset..<(offset + max(1, row.tokens(inPhrase: phrase))))
        }
        let lede = Self.window(hits[TextColumn.lede.rawValue])
        let body = Self.window(hits[TextColumn.body.rawValue])
        // The column with more marks, the lede on a tie; with none (only the title matched),
        // the opening of the lede, or of the body when the lede is empty.
        var column = body.marks > lede.marks ? TextColumn.body : .lede
        var text = try row.text(ofColumn: column.rawValue)
        if lede.marks == 0 && body.marks == 0 && text.isEmpty {
            column = .body
            text = try row.text(ofColumn: column.rawValue)
        }
        guard !text.isEmpty else { return }
        let start = column == .body ? body.start : lede.start
        let ranges = try row.tokenRanges(of: text, limit: start + Snippets.tokens + 1)
        passages[row.rowid] = Self.passage(text, ranges, from: start, marking: hits[column.rawValue])
    }

    /// The columns of `articles_fts`, by index.
    private enum TextColumn: Int, CaseIterable {
        case title, lede, body
    }

    /// The start of the window of ``Snippets/tokens`` tokens that covers the most matched
    /// phrases (a few tokens of lead-in before the first), and how many it covers.
    private static func window(_ hits: [Range<Int>]) -> (start: Int, marks: Int) {
        let sorted = hits.sorted { $0.lowerBound < $1.lowerBound }
        var best = (start: 0, marks: 0)
        for (index, first) in sorted.enumerated() {
            let start = max(0, first.lowerBound - leadIn)
            let end = start + Snippets.tokens
            let marks = sorted[index...].prefix { $0.upperBound <= end }.count
            if marks > best.marks { best = (start, marks) }
        }
        return best
    }

    /// Tokens shown before the first match of a passage.
    private static let leadIn = 4

    /// The window's text with marks around matched tokens, parsed; an ellipsis where text was
    /// cut before or after it.
    private static func passage(
        _ text: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], from start: Int, marking hits: [Range<Int>]
    ) -> HighlightedText {
        let end = min(ranges.count, start + Snippets.tokens)
        guard start < end else { return HighlightedText([]) }
        let covered = { (token: Int) in hits.contains { $0.contains(token) } }
        let string = { (bytes: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: text[bytes]), as: UTF8.self) }
        var marked = start > 0 ? "…" : ""
        for token in start..<end {
            if token > start { marked += string(ranges[token - 1].upperBound..<ranges[token].lowerBound) }
            let isHit = covered(token)
            if isHit && (token == start || !covered(token - 1)) { marked.append(Snippets.open) }
            marked += string(ranges[token])
            if isHit && (token == end - 1 || !covered(token + 1)) { marked.append(Snippets.close) }
        }
        // More tokens: cut. None: the text's end (closing punctuation included).
        marked += ranges.count > end ? "…" : string(ranges[end - 1].upperBound..<text.count)
        return Snippets.parse(marked)
    }
}
