import ArgumentParser
import NewsIndex

/// The root command: `newsearch index|query|show|actors|stats`.
struct Newsearch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsearch",
        abstract: "Local full-text search for news archives.",
        discussion: """
            Index a folder of saved articles, then search it:
              newsearch index corpus/
              newsearch query "ceasefire NATO"
              newsearch query 'actor:putin date:2025-03' --json
            The index lives at --db, else $NEWSEARCH_DB, else
            $XDG_DATA_HOME/newsearch/index.sqlite (~/.local/share/newsearch/index.sqlite).
            """,
        version: "newsearch 0.1.0",
        subcommands: [IndexCommand.self, QueryCommand.self, ShowCommand.self, ActorsCommand.self, StatsCommand.self]
    )
}

extension Newsearch {
    /// The command the process's arguments ask for. `newsearch query …` is read without
    /// ArgumentParser in its common forms (``QueryArgumentsReader``), else parsed as the query
    /// command alone when it parses: building the whole command tree, whose every property
    /// type ArgumentParser looks up through the runtime's conformance scans, was a third of a
    /// rare word's query process. Help (which parses alone as a help command, not a
    /// query), versions and errors go through the root command, so every message stays the same.
    static func parsedCommand() throws -> any ParsableCommand {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == QueryCommand.configuration.commandName {
            let rest = Array(arguments.dropFirst())
            if let query = QueryArgumentsReader.command(rest) ?? (try? QueryCommand.parseAsRoot(rest) as? QueryCommand) {
                return query
            }
        }
        return try parseAsRoot()
    }
}

/// The `--db` option every subcommand takes.
struct IndexOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The index file.", valueName: "path"))
    var db: String?

    /// The resolved index path.
    var path: String { IndexLocation.resolve(explicit: db) }
}
