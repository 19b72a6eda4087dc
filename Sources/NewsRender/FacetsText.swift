import NewsCorpus
import NewsSearch

/// The facets after the hits: a month histogram with bars, then sections and actors on a line each.
struct FacetsText {
    /// Terminal width in columns.
    let width: Int
    /// Whether to use ANSI colour.
    let colour: Bool
    /// The most months the histogram shows (the newest).
    var months = 12

    /// The facets block, or an empty string when there is none.
    func render(_ facets: Facets, total: Int) -> String {
        var out = ""
        if !facets.dates.isEmpty {
            let rows = continuousMonths(facets.dates)
            let undated = total - facets.dates.reduce(0) { $0 + $1.count }
            var notes: [String] = []
            if rows.count < monthSpan(facets.dates) { notes.append("newest \(rows.count) months") }
            if undated > 0 { notes.append("\(undated) undated") }
            out += "\nby month" + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")") + "\n"
            let largest = rows.map(\.count).max() ?? 1
            let barRoom = max(10, min(40, width - 20))
            for (month, count) in rows {
                let length = count == 0 ? 0 : max(1, count * barRoom / max(1, largest))
                out += "  \(month)  " + String(repeating: "█", count: length) + (length > 0 ? " " : "") + "\(count)\n"
            }
        }
        out += line("sections", facets.sections)
        out += line("actors", facets.actors)
        return out
    }

    /// The newest `months` calendar months from the newest bucket down, empty months included,
    /// so that the bars are a true time line.
    private func continuousMonths(_ dates: [FacetCount]) -> [(month: String, count: Int)] {
        let counts = Dictionary(dates.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        guard let newest = dates.first.flatMap({ Self.index(of: $0.value) }),
            let oldest = dates.last.flatMap({ Self.index(of: $0.value) })
        else { return dates.map { ($0.value, $0.count) } }
        return stride(from: newest, through: max(oldest, newest - months + 1), by: -1).map { index in
            let name = PublicationDate.dashed(year: index / 12, month: index % 12 + 1)
            return (name, counts[name] ?? 0)
        }
    }

    private func monthSpan(_ dates: [FacetCount]) -> Int {
        guard let newest = dates.first.flatMap({ Self.index(of: $0.value) }),
            let oldest = dates.last.flatMap({ Self.index(of: $0.value) })
        else { return dates.count }
        return newest - oldest + 1
    }

    /// `YYYY-MM` as a month count (year × 12 + month − 1).
    private static func index(of month: String) -> Int? {
        let parts = month.split(separator: "-").compactMap { Int($0) }
        return parts.count == 2 ? parts[0] * 12 + parts[1] - 1 : nil
    }

    private func line(_ label: String, _ buckets: [FacetCount]) -> String {
        guard !buckets.isEmpty else { return "" }
        let room = max(10, width - label.count - 4)
        var wrapped: [String] = []
        for item in buckets.map({ TextWrapping.cut("\($0.value) \($0.count)", to: room) }) {
            if let last = wrapped.last, last.count + 3 + item.count <= room {
                wrapped[wrapped.count - 1] = last + " · " + item
            } else {
                wrapped.append(item)
            }
        }
        let pad = String(repeating: " ", count: label.count + 3)
        return "\n" + "\(label):  " + wrapped.joined(separator: "\n" + pad) + "\n"
    }
}
