import Foundation
import NewsIndex
import NewsRender

/// Draws the progress bar on stderr at most ten times a second, when stderr is a terminal.
final class ProgressReporter {
    /// Whether the bar is drawn at all.
    let enabled: Bool
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var drawn = false

    /// A reporter that draws only when `enabled`.
    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Redraws the bar if enough time has passed.
    func report(_ progress: IndexProgress) {
        guard enabled, ContinuousClock.now - lastDraw > .milliseconds(100) else { return }
        lastDraw = ContinuousClock.now
        drawn = true
        Terminal.status("\r" + ProgressBar.line(progress, width: Terminal.width))
    }

    /// Erases the bar before the summary is printed.
    func clear() {
        guard drawn else { return }
        Terminal.status("\r" + String(repeating: " ", count: Terminal.width - 1) + "\r")
    }
}
