import ArgumentParser
import Foundation
import NewsAnalysis
import NewsIndex
import NewsRender

/// `newsearch index PATH...`: bring the index in line with the files under the paths.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Add new and changed articles to the index, and drop vanished ones.",
        discussion: """
            Safe to run again and again from cron: unchanged files are not re-read, a bad file \
            is reported and skipped, and a killed run leaves a consistent index.
            """
    )

    @OptionGroup var index: IndexOption

    @Argument(help: ArgumentHelp("Files or folders to index (folders are walked recursively).", valueName: "path"))
    var paths: [String]

    @Flag(help: "Re-parse every file, even unchanged ones (after changing the alias table).")
    var full = false

    @Flag(help: "Exit 1 when any file failed.")
    var strict = false

    @Flag(help: "Print only errors (for cron).")
    var quiet = false

    @Flag(help: "Print the summary as one JSON object.")
    var json = false

    @Option(help: ArgumentHelp("Wait up to this many seconds for another index run to finish.", valueName: "seconds"))
    var wait: Double = 0

    @Option(help: ArgumentHelp("A user alias file (default ~/.config/newsearch/aliases.tsv).", valueName: "file"))
    var aliases: String?

    func validate() throws {
        guard wait >= 0 else { throw ValidationError("--wait must not be negative") }
    }

    func run() throws {
        let path = index.path
        let analyzer = ArticleAnalyzer(aliasTable: try Aliases.load(aliases))
        do {
            let lock = try IndexLock(indexPath: path, wait: wait)
            let store = try IndexStore.openForWriting(at: path)
            let bar = ProgressReporter(enabled: !quiet && !json && Terminal.stderrIsTerminal)
            var indexer = Indexer(store: store, analyzer: analyzer)
            indexer.countsAhead = bar.enabled
            let summary = try indexer.run(paths: paths, full: full, progress: bar.report)
            bar.clear()
            withExtendedLifetime(lock) {}
            report(summary)
            if strict && summary.failed > 0 { throw ExitCode(1) }
        } catch let error as IndexError {
            throw CommandFailure(error)
        }
    }

    private func report(_ summary: IndexSummary) {
        for failure in summary.failures { Terminal.error(failure.description) }
        if json {
            Terminal.output(IndexSummaryJSON.value(summary).text)
        } else if !quiet {
            Terminal.output(summary.description + "\n")
        }
    }
}
