import NewsIndex

/// The one-line progress bar `newsearch index` shows on a terminal.
///
/// `ProgressBar.line(IndexProgress(found: 200, done: 50, totalKnown: true), width: 60)` is
/// `"indexing [#######.....................]  50/200 files  25%"`, padded to the width.
package enum ProgressBar {
    /// The bar for a progress report, fitted to `width` columns (no newline).
    package static func line(_ progress: IndexProgress, width: Int) -> String {
        let counts = progress.totalKnown
            ? "\(progress.done)/\(progress.found) files"
            : "\(progress.done)/\(progress.found)+ files"
        let percent = progress.found > 0 ? progress.done * 100 / progress.found : 0
        let tail = " \(counts) \(progress.totalKnown ? "\(percent)%" : "…")"
        let barWidth = min(40, width - 1 - tail.count - 11)
        guard barWidth >= 5 else { return String(("indexing" + tail).prefix(max(0, width - 1))) }
        let filled = progress.found > 0 ? min(barWidth, barWidth * progress.done / progress.found) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
        let line = "indexing [\(bar)]\(tail)"
        return line + String(repeating: " ", count: max(0, width - 1 - line.count))
    }
}
