import Foundation
import NewsCorpus
import Testing
@testable import NewsAnalysis

/// How long one 600-word article takes to analyse (the indexer's budget is ~100 µs in release).
@Suite struct SpeedTests {
    @Test("a 600-word article is analysed in well under the indexing budget")
    func sixHundredWords() throws {
        let cases = EvaluationTests.cases
        var body = ""
        var index = 0
        while body.split(separator: " ").count < 600 {
            body += cases[index % cases.count].body + "\n\n"
            index += 1
        }
        let words = body.split(whereSeparator: \.isWhitespace).count
        let article = Article(sourcePath: "speed", title: cases[0].title, body: body)
        let analyzer = EvaluationTests.analyzer
        let rounds = 50
        var actors = 0
        var micros = Double.infinity
        for _ in 0..<10 {  // the best of ten batches: the machine is shared
            let elapsed = ContinuousClock().measure {
                for _ in 0..<rounds { actors = analyzer.analyze(article).actors.count }
            }
            let batch = (Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12)
                / Double(rounds)
            micros = min(micros, batch)
        }
        print("speed: \(words)-word article, \(actors) actors, \(String(format: "%.1f", micros)) µs per analysis (best batch)")
        #expect(actors > 20)
        #expect(micros < 50_000)  // debug builds are ~20× slower; this catches quadratic blow-ups
    }
}
