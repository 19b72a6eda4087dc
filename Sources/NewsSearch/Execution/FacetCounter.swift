import Foundation
import GRDB
import NewsAnalysis
import NewsIndex

/// Counts facets over every article that matches a filter: months, sections, actors.
///
/// One statement lists the matching ids (straight from FTS5 when the match is the only
/// condition); each id's month, section and actors are then read from its ``FacetChunk``,
/// loaded once per 4,096 ids, so a match costs array reads rather than two B-tree lookups.
/// The ids also give the exact total. Names are looked up only for the buckets reported.
struct FacetCounter {
    /// The read connection.
    let db: Database
    /// The request's match and filters.
    let filter: FilterClause
    /// Whether the full-text match is the only condition (ids come straight from FTS5).
    let matchOnly: Bool
    /// How many sections and actors to report.
    var top = 10

    /// The exact total and all three facets.
    func count() throws -> (total: Int, facets: Facets) {
        let matches = matchOnly
            ? "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
            : "SELECT a.id FROM articles a \(filter.sql)"
        let ids = try Int64.fetchCursor(db, sql: matches, arguments: filter.arguments)
        var total = 0
        var months: [UInt32: Int] = [:]
        var sections: [UInt32: Int] = [:]
        var actors: [UInt32: Int] = [:]
        var chunks: [Int64: FacetChunk] = [:]
        var chunk: FacetChunk?
        var chunkNumber: Int64 = -1
        while let id = try ids.next() {
            total += 1
            let number = id >> FacetChunk.shift
            if number != chunkNumber {
                if chunks[number] == nil { chunks[number] = try FacetChunk.fetch(db, number: number) }
                chunk = chunks[number]
                chunkNumber = number
            }
            guard let chunk else { continue }
            let month = chunk.month(ofArticle: id)
            if month != 0 { months[month, default: 0] += 1 }
            let section = chunk.section(ofArticle: id)
            if section != 0 { sections[section, default: 0] += 1 }
            for actor in chunk.actors(ofArticle: id) { actors[actor, default: 0] += 1 }
        }
        let facets = Facets(
            dates: months.sorted { $0.key > $1.key }.map {
                FacetCount(value: String(format: "%04d-%02d", $0.key / 100, $0.key % 100), kind: nil, count: $0.value)
            },
            sections: try named(sections: sections),
            actors: try named(actors: actors))
        return (total, facets)
    }

    /// The top sections by count (then name); spellings that differ only in case or accents
    /// (`World`, `world`) count as one section, shown in its alphabetically first spelling.
    private func named(sections counts: [UInt32: Int]) throws -> [FacetCount] {
        let statement = try db.cachedStatement(sql: "SELECT name FROM sections WHERE id = ?")
        var merged: [String: (name: String, count: Int)] = [:]
        for (id, count) in counts {
            guard let name = try String.fetchOne(statement, arguments: [Int64(id)]) else { continue }
            let key = QueryTokenizer.folded(name)
            merged[key] = (min(merged[key]?.name ?? name, name), (merged[key]?.count ?? 0) + count)
        }
        return merged.values.sorted { ($1.count, $0.name) < ($0.count, $1.name) }.prefix(top).map {
            FacetCount(value: $0.name, kind: nil, count: $0.count)
        }
    }

    /// The top actors by count (then name), with their names and kinds. Names are looked up
    /// only for the actors that can make the list: those counted at least as often as the
    /// `top`-th — not for every actor of every match, which for a common term is thousands.
    private func named(actors counts: [UInt32: Int]) throws -> [FacetCount] {
        let byCount = counts.sorted { $0.value > $1.value }
        guard let cutoff = byCount.prefix(top).last?.value else { return [] }
        var facets: [FacetCount] = []
        let statement = try db.cachedStatement(sql: "SELECT name, kind FROM actors WHERE id = ?")
        for (id, count) in byCount where count >= cutoff {
            guard let row = try Row.fetchOne(statement, arguments: [Int64(id)]) else { continue }
            facets.append(FacetCount(value: row[0], kind: ActorKind(rawValue: row[1]), count: count))
        }
        return Array(facets.sorted { ($1.count, $0.value) < ($0.count, $1.value) }.prefix(top))
    }
}
