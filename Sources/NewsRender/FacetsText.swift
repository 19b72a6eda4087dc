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
    func render(_ facets: Facets) -> String {
        var out = ""
        if !facets.dates.isEmpty {
            out += "\nby month" + (facets.dates.count > months ? " (newest \(months) of \(facets.dates.count))" : "") + "\n"
            let shown = facets.dates.prefix(months)
            let largest = shown.map(\.count).max() ?? 1
            let barRoom = max(10, min(40, width - 20))
            for bucket in shown {
                let length = max(1, bucket.count * barRoom / max(1, largest))
                out += "  \(bucket.value)  " + String(repeating: "█", count: length) + " \(bucket.count)\n"
            }
        }
        out += line("sections", facets.sections)
        out += line("actors", facets.actors)
        return out
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
