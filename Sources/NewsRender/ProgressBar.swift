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
        let barWidth = max(10, min(40, width - tail.count - 12))
        let filled = progress.found > 0 ? barWidth * progress.done / progress.found : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
        let line = "indexing [\(bar)]\(tail)"
        return line.count < width ? line + String(repeating: " ", count: width - 1 - line.count) : line
    }
}
