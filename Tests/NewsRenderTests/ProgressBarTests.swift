import NewsIndex
import Testing

@testable import NewsRender

@Suite("ProgressBar: the indexing line on a terminal")
struct ProgressBarTests {
    @Test("the documented example")
    func example() {
        let line = ProgressBar.line(IndexProgress(found: 200, done: 50, walkFinished: true), width: 60)
        #expect(line.hasPrefix("indexing [#######......"))
        #expect(line.hasSuffix("] 50/200 files 25%"))
        #expect(line.count == 59)
    }

    @Test("the bar fills in proportion to the files done", arguments: [0, 1, 50, 99, 100])
    func proportional(done: Int) {
        let line = ProgressBar.line(IndexProgress(found: 100, done: done, walkFinished: true), width: 80)
        let bar = line.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }
        #expect(bar.count == 40)
        #expect(bar.filter { $0 == "#" }.count == 40 * done / 100)
        #expect(line.contains(" \(done)/100 files \(done)%"))
    }

    @Test("while the walk goes on the count is open-ended and there is no percentage")
    func walking() {
        let line = ProgressBar.line(IndexProgress(found: 300, done: 120, walkFinished: false), width: 80)
        #expect(line.contains("] 120/300+ files …"))
        #expect(!line.contains("%"))
    }

    @Test("nothing found yet shows an empty bar")
    func nothingFound() {
        let line = ProgressBar.line(IndexProgress(found: 0, done: 0, walkFinished: false), width: 80)
        #expect(line.hasPrefix("indexing [....."))
        #expect(!line.contains("#"))
    }

    @Test("the line stays short of the width, so the terminal never wraps it", arguments: [24, 30, 40, 60, 80, 200])
    func fits(width: Int) {
        for progress in [
            IndexProgress(found: 100_000, done: 99_999, walkFinished: true),
            IndexProgress(found: 81, done: 3, walkFinished: false),
        ] {
            let line = ProgressBar.line(progress, width: width)
            #expect(line.count < width, "\(line.count) ≥ \(width): \(line)")
            #expect(line.hasPrefix("indexing"))
        }
    }
}
