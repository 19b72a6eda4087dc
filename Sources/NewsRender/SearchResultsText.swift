import NewsSearch

/// The text output of `newsearch query`: one block per hit, then the facets.
///
/// ```
///  1. 2025-03-18 · Politics
///     Trump and Putin agree to halt strikes on energy facilities
///     corpus/2025/03/trump-putin-call.txt
///     … accepted the American initiative for a 30-day ceasefire …
/// ```
package struct SearchResultsText {
    /// Terminal width in columns.
    package var width = 80
    /// Whether to use ANSI colour (terminal) or none (pipe).
    package var colour = false

    /// Creates a renderer.
    package init(width: Int, colour: Bool) {
        self.width = max(40, width)
        self.colour = colour
    }

    /// The whole output for one search.
    package func render(
        _ results: SearchResults, offset: Int, tookMilliseconds: Double,
        expansions: [(term: String, aliases: [String])]
    ) -> String {
        var out = ""
        for expansion in expansions {
            out += TextWrapping.cut("also matching for \(expansion.term): \(expansion.aliases.joined(separator: ", "))", to: width - 1) + "\n"
        }
        if !expansions.isEmpty { out += "\n" }
        guard results.total > 0 else { return out + "no results\n" }
        for (index, hit) in results.hits.enumerated() {
            out += block(hit, rank: offset + index + 1) + "\n"
        }
        let shown = results.hits.isEmpty
            ? "none shown (offset \(offset))"
            : "\(offset + 1)–\(offset + results.hits.count) shown"
        out += dim("\(results.total) result\(results.total == 1 ? "" : "s") · \(shown) · \(Self.milliseconds(tookMilliseconds))") + "\n"
        out += FacetsText(width: width, colour: colour).render(results.facets, total: results.total)
        return out
    }

    private func block(_ hit: SearchHit, rank: Int) -> String {
        let indent = "    "
        let number = "\(rank)."
        let meta = [hit.date ?? "undated", hit.section].compactMap { $0 }.joined(separator: " · ")
        var lines = [String(repeating: " ", count: max(0, 4 - number.count)) + number + " " + dim(meta)]
        lines.append(indent + bold(TextWrapping.cut(hit.title.isEmpty ? "(untitled)" : hit.title, to: width - 5)))
        let location = TextWrapping.cut(DisplayPath.relative(hit.path), to: width - 5 - 12)
        lines.append(indent + dim(location + " · " + String(hit.id.prefix(8))))
        let snippet = TextWrapping.wrap(hit.snippet, width: width - 6) { word, highlighted in
            highlighted && colour ? ANSI.highlight(word) : word
        }
        lines += snippet.prefix(4).enumerated().map { index, line in
            indent + line + (index == 3 && snippet.count > 4 && !line.hasSuffix("…") ? "…" : "")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func bold(_ text: String) -> String { colour ? ANSI.bold(text) : text }
    private func dim(_ text: String) -> String { colour ? ANSI.dim(text) : text }

    /// `3.2 ms`, `12 ms` (not `String(format:)`: its first use costs a process about a millisecond).
    static func milliseconds(_ value: Double) -> String {
        value < 9.95 ? String((value * 10).rounded() / 10) + " ms" : String(Int(value.rounded())) + " ms"
    }
}
