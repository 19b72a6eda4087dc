import GRDB
import NewsIndex

/// Where a query matched in one article's lede and body, as token ranges (token `k` is the
/// `k`-th token the table's tokenizer cuts from the column): what a snippet marks.
struct MatchPositions: Sendable, Equatable {
    /// Matched token ranges in the lede.
    var lede: [Range<Int>] = []
    /// Matched token ranges in the body.
    var body: [Range<Int>] = []

    /// The positions of the current row of a full-text query (`xInst`: what the index matched,
    /// column filters and NEAR groups included).
    init(_ row: FTS5Row) throws {
        for index in 0..<(try row.instanceCount()) {
            let (phrase, column, offset) = try row.instance(index)
            add(offset..<(offset + max(1, row.tokens(inPhrase: phrase))), column: column)
        }
    }

    /// The positions of the phrases whose cursors are on a row (in phrase order), ordered as
    /// `xInst` orders them: by column, then offset, then phrase.
    init(_ cursors: some Sequence<PhraseCursor>) {
        var instances: [(column: Int, offset: Int, phrase: Int, tokens: Int)] = []
        for (phrase, var cursor) in cursors.enumerated() {
            for (column, offset) in cursor.withList(PositionList.positions) {
                instances.append((column, offset, phrase, cursor.tokens))
            }
        }
        instances.sort { ($0.column, $0.offset, $0.phrase) < ($1.column, $1.offset, $1.phrase) }
        for instance in instances { add(instance.offset..<(instance.offset + instance.tokens), column: instance.column) }
    }

    /// Records a matched range of `column` (the title's are not shown in snippets).
    private mutating func add(_ range: Range<Int>, column: Int) {
        switch column {
        case Self.ledeColumn: lede.append(range)
        case Self.bodyColumn: body.append(range)
        default: break
        }
    }

    /// The columns of `articles_fts` (title, lede, body).
    static let ledeColumn = 1
    static let bodyColumn = 2
}

/// The match positions of chosen rows of a query, for pages not ranked by ``RankedScan``
/// (which records them as it goes): one pass over the query's matches.
final class PositionScan: FTS5RowVisitor {
    /// The positions found, by article rowid.
    private(set) var positions: [Int64: MatchPositions] = [:]

    /// Creates an empty scan.
    init() {}

    /// Records the positions of the rows `ids` among the matches of `match`.
    ///
    /// `+rowid` keeps FTS5 from seeking each id: a seek re-opens every segment of every term
    /// (about 0.1 ms each at 100,000 articles), where walking a query's matches is cheaper.
    func run(_ db: Database, match: String, ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        try FTS5RowVisit.run(
            db, visitor: self, condition: "articles_fts MATCH ? AND +rowid IN (\(marks))",
            arguments: StatementArguments([match]) + StatementArguments(ids))
    }

    func visit(_ row: FTS5Row) throws {
        positions[row.rowid] = try MatchPositions(row)
    }
}
