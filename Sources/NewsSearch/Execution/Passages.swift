import GRDB
import GRDBSQLite
import NewsIndex

/// Builds a hit's snippet from its ``MatchPositions`` and its text: the window of
/// ``Snippets/tokens`` tokens that covers the most matches, in the lede or the body, cut
/// where the table's own tokenizer cuts (so marks fall exactly on what the index matched,
/// stems and prefixes included; its word tokenizer, since only the boundaries matter, not the
/// stems) and tokenized only up to the window's end.
///
/// FTS5's `snippet()` tokenized every searched column of every hit in full, twice: 2 ms of a
/// 4 ms query at 100,000 articles.
struct Passages {
    private let tokenizer: any FTS5Tokenizer

    /// A builder using the index's word tokenizer on `db`.
    init(_ db: Database) throws {
        tokenizer = try db.makeTokenizer(
            FTS5TokenizerDescriptor(components: IndexSchema.wordTokenizer.split(separator: " ").map(String.init)))
    }

    /// The passage of an article: the column with more marks, the lede on a tie; with none
    /// (only the title matched), the opening of the lede, or of the body when the lede is
    /// empty; nil when both are empty.
    func passage(_ positions: MatchPositions, lede: String, body: String) -> HighlightedText? {
        let ledeWindow = Self.window(positions.lede)
        let bodyWindow = Self.window(positions.body)
        if bodyWindow.marks > ledeWindow.marks || (ledeWindow.marks == 0 && lede.isEmpty) {
            return body.isEmpty ? nil : passage(body, from: bodyWindow.start, marking: positions.body)
        }
        return lede.isEmpty ? nil : passage(lede, from: ledeWindow.start, marking: positions.lede)
    }

    /// Tokens shown before the first match of a passage.
    private static let leadIn = 4

    /// The start of the window that covers the most matches (a few tokens of lead-in before
    /// the first), and how many it covers.
    private static func window(_ hits: [Range<Int>]) -> (start: Int, marks: Int) {
        let sorted = hits.sorted { $0.lowerBound < $1.lowerBound }
        var best = (start: 0, marks: 0)
        for (index, first) in sorted.enumerated() {
            let start = max(0, first.lowerBound - leadIn)
            let marks = sorted[index...].prefix { $0.upperBound <= start + Snippets.tokens }.count
            if marks > best.marks { best = (start, marks) }
        }
        return best
    }

    /// The window's text with marks around matched tokens, parsed; an ellipsis where text was
    /// cut before or after it.
    private func passage(_ text: String, from start: Int, marking hits: [Range<Int>]) -> HighlightedText {
        var text = text
        return text.withUTF8 { bytes in
            let ranges = tokenRanges(bytes, limit: start + Snippets.tokens + 1)
            let end = min(ranges.count, start + Snippets.tokens)
            guard start < end else { return HighlightedText([]) }
            let covered = { (token: Int) in hits.contains { $0.contains(token) } }
            let string = { (range: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var marked = start > 0 ? "…" : ""
            for token in start..<end {
                if token > start { marked += string(ranges[token - 1].upperBound..<ranges[token].lowerBound) }
                let isHit = covered(token)
                if isHit && (token == start || !covered(token - 1)) { marked.append(Snippets.open) }
                marked += string(ranges[token])
                if isHit && (token == end - 1 || !covered(token + 1)) { marked.append(Snippets.close) }
            }
            // More tokens: cut. None: the text's end (closing punctuation included).
            marked += ranges.count > end ? "…" : string(ranges[end - 1].upperBound..<bytes.count)
            return Snippets.parse(marked)
        }
    }

    /// The byte ranges of the first `limit` tokens of `bytes`, as the index's tokenizer cuts them.
    private func tokenRanges(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [Range<Int>] {
        guard let base = bytes.baseAddress, limit > 0 else { return [] }
        var collector = TokenCollector(limit: limit)
        withUnsafeMutablePointer(to: &collector) { pointer in
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
                _ = tokenizer.tokenize(
                    context: pointer, tokenization: .document, pText: characters, nText: Int32(bytes.count)
                ) { context, flags, _, _, start, end in
                    let collector = context!.assumingMemoryBound(to: TokenCollector.self)
                    guard flags & FTS5_TOKEN_COLOCATED == 0 else { return SQLITE_OK }
                    collector.pointee.ranges.append(Int(start)..<Int(end))
                    return collector.pointee.ranges.count >= collector.pointee.limit ? SQLITE_DONE : SQLITE_OK
                }
            }
        }
        return collector.ranges
    }
}

/// The tokens a tokenizer callback has seen, up to a limit.
private struct TokenCollector {
    let limit: Int
    var ranges: [Range<Int>] = []
}
