import ArgumentParser
import Foundation
import NewsIndex
import NewsRender
import NewsSearch

/// `newsearch query [QUERY]`: ranked hits with snippets, then facets.
struct QueryCommand: ParsableCommand {
    /// The super-command name only matters when the command is parsed alone
    /// (``Newsearch/parsedCommand()``): ArgumentParser then skips its check for
    /// `--generate-completion-script`, two more commands' worth of reflection (32.5 → 31.0 M
    /// instructions of a query process). Under `newsearch` (help, errors, completions) the
    /// root's name is used.
    static let configuration = CommandConfiguration(
        commandName: "query",
        _superCommandName: "newsearch",
        abstract: "Search the index.",
        discussion: """
            Words are AND-ed, stemmed, case- and accent-insensitive. Also: "a phrase"; a OR b; -word or NOT word; prefix*; title:, lede: or body: before a word; actor:putin; section:politics; date:2025-03 (or 2025-03-18, or 2025-03-01..2025-03-31). Filters alone list the matching articles newest first.
            """
    )

    @OptionGroup var index: IndexOption

    /// The query words; `-word` is an exclusion, not an option, so unknown dash words are kept.
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp("The query; may be left out when filters are given.", valueName: "query"))
    var words: [String] = []

    @Option(help: ArgumentHelp("Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Tagged with this actor, any spelling (repeatable: all of them).", valueName: "name"))
    var actor: [String] = []

    @Option(help: ArgumentHelp("In this section (repeatable: any of them).", valueName: "name"))
    var section: [String] = []

    @Option(help: "Order: relevance, newest or oldest.")
    var sort: SearchRequest.Sort = .relevance

    @Option(help: "Hits per page.")
    var limit = 10

    @Option(help: "Hits to skip.")
    var offset = 0

    @Flag(help: "Print one JSON object.")
    var json = false

    @Flag(name: .customLong("no-facets"), help: "Skip the facet counts.")
    var noFacets = false

    @Flag(help: "Match only the spellings typed (no actor alias expansion).")
    var exact = false

    @Option(help: ArgumentHelp("A user alias file (default ~/.config/newsearch/aliases.tsv).", valueName: "file"))
    var aliases: String?

    func validate() throws {
        if let option = words.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("Unknown option '\(option)'")
        }
        guard (0...10_000).contains(limit) else { throw ValidationError("--limit must be between 0 and 10000, not \(limit)") }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
    }

    func run() throws {
        var options = SearchOptions()
        options.text = words.joined(separator: " ")
        options.from = from
        options.to = to
        options.actors = actor
        options.sections = section
        options.sort = sort
        options.limit = limit
        options.offset = offset
        options.facets = !noFacets
        options.exact = exact
        let service = SearchService(store: try Open.forReading(index.path), actors: try Aliases.vocabulary(aliases))
        let outcome: SearchOutcome
        do {
            outcome = try service.search(options)
        } catch let error as QueryError {
            throw CommandFailure(message: error.description, code: CommandFailure.usageCode)
        } catch let error as SearchError {
            throw CommandFailure(message: error.description, code: 1)
        }
        for issue in outcome.compiled.issues { Terminal.error("note: \(issue)") }
        let expansions = outcome.compiled.expansions.map { (term: $0.term, aliases: $0.aliases) }
        if json {
            Terminal.output(SearchResultsJSON.value(
                query: options.text, results: outcome.results, offset: offset, limit: limit,
                tookMilliseconds: outcome.milliseconds, expansions: expansions).text)
        } else {
            let text = SearchResultsText(width: Terminal.width, colour: Terminal.stdoutIsTerminal)
            Terminal.output(text.render(
                outcome.results, offset: offset, tookMilliseconds: outcome.milliseconds, expansions: expansions))
        }
    }
}

extension SearchRequest.Sort: ExpressibleByArgument {}
