import Foundation
import GRDB
import NewsAnalysis
import NewsCorpus
import NewsIndex

/// Counts the months, sections and actors of the articles added to it, from their
/// ``FacetChunk`` slots, then names the top ones.
///
/// Per article it costs a few increments: section and actor ids are small and dense, so they
/// index buffers directly (``IDCounts``); months come in runs (archives are filed by date),
/// counted as runs before they reach a dictionary.
struct FacetTally {
    /// How many sections and actors to report.
    static let top = 10

    /// The largest section and actor ids of the index: how far the counts reach.
    struct Bounds {
        let sections: Int
        let actors: Int

        /// The bounds of the index `db` reads (two B-tree ends).
        init(_ db: Database) throws {
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT (SELECT max(id) FROM sections), (SELECT max(id) FROM actors)"))
            sections = row?[0] ?? 0
            actors = row?[1] ?? 0
        }
    }

    /// Articles added.
    private(set) var total = 0
    private var months: [UInt32: Int] = [:]
    private var runMonth: UInt32 = 0
    private var runLength = 0
    private let sections: IDCounts
    private let actors: IDCounts

    /// An empty tally for ids within `bounds`.
    init(_ bounds: Bounds) {
        sections = IDCounts(largest: bounds.sections)
        actors = IDCounts(largest: bounds.actors)
    }

    /// Counts one more article without its facets (when none are asked for).
    @inline(__always)
    mutating func count() {
        total += 1
    }

    /// Counts article `id`, whose slot is in `chunk`.
    @inline(__always)
    mutating func add(_ id: Int64, in chunk: FacetChunkView) {
        total += 1
        let month = chunk.month(ofArticle: id)
        if month == runMonth {
            runLength += 1
        } else {
            endRun()
            runMonth = month
            runLength = 1
        }
        sections.add(chunk.section(ofArticle: id))
        for actor in chunk.actors(ofArticle: id) { actors.add(actor) }
    }

    private mutating func endRun() {
        if runLength > 0 { months[runMonth, default: 0] += runLength }
        runLength = 0
    }

    /// The counts as facets: every month (newest first), the top sections and actors by count
    /// then name (id 0 and month 0 mean "none" and are not counted).
    mutating func facets(_ db: Database) throws -> Facets {
        endRun()
        months[0] = nil
        return Facets(
            dates: months.sorted { $0.key > $1.key }.map {
                FacetCount(value: Self.monthLabel($0.key), kind: nil, count: $0.value)
            },
            sections: try named(sections: sections.counted, db),
            actors: try named(actors: actors.counted, db))
    }

    /// `2025-03` for 202503.
    static func monthLabel(_ month: UInt32) -> String {
        PublicationDate.dashed(year: Int(month / 100), month: Int(month % 100))
    }

    /// The top sections by count (then name); spellings that differ only in case or accents
    /// (`World`, `world`) count as one section, shown in its alphabetically first spelling.
    private func named(sections counts: [(id: UInt32, count: Int)], _ db: Database) throws -> [FacetCount] {
        let statement = try db.cachedStatement(sql: "SELECT name FROM sections WHERE id = ?")
        var merged: [String: (name: String, count: Int)] = [:]
        for (id, count) in counts {
            guard let name = try String.fetchOne(statement, arguments: [Int64(id)]) else { continue }
            let key = QueryTokenizer.folded(name)
            merged[key] = (min(merged[key]?.name ?? name, name), (merged[key]?.count ?? 0) + count)
        }
        return merged.values.sorted { ($1.count, $0.name) < ($0.count, $1.name) }.prefix(Self.top).map {
            FacetCount(value: $0.name, kind: nil, count: $0.count)
        }
    }

    /// The top actors by count (then name), with their names and kinds. Names are looked up
    /// only for the actors that can make the list: those counted at least as often as the
    /// `top`-th — not for every actor of every match, which for a common term is thousands.
    private func named(actors counts: [(id: UInt32, count: Int)], _ db: Database) throws -> [FacetCount] {
        let byCount = counts.sorted { $0.count > $1.count }
        guard let cutoff = byCount.prefix(Self.top).last?.count else { return [] }
        var facets: [FacetCount] = []
        let statement = try db.cachedStatement(sql: "SELECT name, kind FROM actors WHERE id = ?")
        for (id, count) in byCount where count >= cutoff {
            guard let row = try Row.fetchOne(statement, arguments: [Int64(id)]) else { continue }
            facets.append(FacetCount(value: row[0], kind: ActorKind(rawValue: row[1]), count: count))
        }
        return Array(facets.sorted { ($1.count, $0.value) < ($0.count, $1.value) }.prefix(Self.top))
    }
}
