import Foundation
import NewsIndex

/// FTS5's bm25 for one query, computed from the same inputs with the same operations in the
/// same order as SQLite's `fts5Bm25Function`, so that a score equals
/// `bm25(articles_fts, 10, 4, 1)` to the last bit; only the document length comes from the
/// article's ``FacetChunk`` instead of a lookup in `articles_fts_docsize`.
///
/// For each phrase `i` of the query, with `f` its instances in the row, each weighted by its
/// column, `D` the row's tokens and `avgdl` the table's mean:
/// `score = Σ idf(i) · f·(k1 + 1) / (f + k1·(1 − b + b·D/avgdl))`, and
/// `idf(i) = ln((N − n(i) + 0.5) / (n(i) + 0.5))`, or 1e-6 when that is not positive.
struct BM25 {
    /// FTS5's constants.
    static let k1 = 1.2
    static let b = 0.75

    /// The weight of an instance in each column (title, lede, body).
    let weights: (Double, Double, Double)
    /// Each phrase's inverse document frequency.
    private let idf: [Double]
    /// Tokens per row, over the whole table.
    private let averageLength: Double

    /// Reads the table's statistics and each phrase's document frequency (one pass over each
    /// phrase's matches, as FTS5's bm25 does on its first row) unless `rowsContaining` gives
    /// it: phrase `i`'s count at index `i`, when there and not nil.
    init(_ row: FTS5Row, weights: (Double, Double, Double), rowsContaining counts: [Int64?] = []) throws {
        let hits = try (0..<row.phraseCount).map { phrase in
            try (phrase < counts.count ? counts[phrase] : nil) ?? row.rowsMatching(phrase: phrase)
        }
        self.init(rows: try row.tableRows(), tokens: try row.tableTokens(), weights: weights, rowsContaining: hits)
    }

    /// The scorer of a query whose phrase `i` is in `counts[i]` rows of a table of `rows` rows
    /// and `tokens` tokens (as FTS5 counts them: ``FTS5Totals``).
    init(rows: Int64, tokens: Int64, weights: (Double, Double, Double), rowsContaining counts: [Int64]) {
        averageLength = Double(tokens) / Double(rows)
        idf = counts.map { hits in
            let value = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
            return value <= 0 ? 1e-6 : value
        }
        self.weights = weights
    }

    /// The score of the current row, whose length in tokens is `length` (higher is better).
    func score(_ row: FTS5Row, length: UInt32) throws -> Double {
        var score = 0.0
        let norm = lengthNorm(length)
        for phrase in idf.indices {
            let instances = try row.weightedInstances(ofPhrase: phrase, weights: weights)
            score += term(phrase, frequency: instances, lengthNorm: norm)
        }
        return score
    }

    /// Phrase `phrase`'s part of the score of a row whose ``lengthNorm(_:)`` is `norm` and where
    /// the phrase's weighted instances are `frequency`: a row's score is these added up in
    /// phrase order from 0 (a phrase the row lacks adds exactly 0).
    @inline(__always)
    func term(_ phrase: Int, frequency: Double, lengthNorm norm: Double) -> Double {
        term(phrase, saturation: saturation(frequency, lengthNorm: norm))
    }

    /// Phrase `phrase`'s part of the score from its ``saturation(_:lengthNorm:)``: the same
    /// operations as ``term(_:frequency:lengthNorm:)``, so the same bits.
    @inline(__always)
    func term(_ phrase: Int, saturation: Double) -> Double {
        idf[phrase] * saturation
    }

    /// The score of a row of a one-phrase query from its ``saturation(_:lengthNorm:)``: the same
    /// operations as ``score(_:length:)``, so the same bits.
    func score(saturation: Double) -> Double {
        0.0 + idf[0] * saturation
    }

    /// `k1·(1 − b + b·D/avgdl)` for a row of `length` tokens: the part of every phrase's
    /// ``saturation(_:lengthNorm:)`` that depends on the row alone, computed once a row instead
    /// of once a phrase (the same operations, so the same bits: a division less per phrase,
    /// whose latency was a third of scoring an AND of three words).
    @inline(__always)
    func lengthNorm(_ length: UInt32) -> Double {
        let k1 = Self.k1
        let b = Self.b
        let length = Double(length)
        return k1 * (1 - b + b * length / averageLength)
    }

    /// A phrase's term of the score before its idf: `f·(k1 + 1) / (f + k1·(1 − b + b·D/avgdl))`,
    /// which grows with `f` and shrinks with the length `D` (`norm` is the row's
    /// ``lengthNorm(_:)``).
    @inline(__always)
    func saturation(_ frequency: Double, lengthNorm norm: Double) -> Double {
        (frequency * (Self.k1 + 1.0)) / (frequency + norm)
    }
}
