import ArgumentParser
import NewsCorpus
import NewsIndex
import NewsRender
import NewsSearch

/// `newsearch stats`: what the index holds and how the last run ended.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Show article and actor counts, the date range, size and last run.")

    @OptionGroup var index: IndexOption

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let store = try Open.forReading(index.path)
        let stats: IndexStatistics
        do { stats = try IndexStatistics.read(store) } catch { throw CommandFailure(message: error.description, code: 1) }
        Terminal.output(json
            ? IndexStatisticsJSON.value(stats, path: SourceWalker.absolutePath(store.path)).text
            : IndexStatisticsText.render(stats, path: SourceWalker.absolutePath(store.path)))
    }
}
