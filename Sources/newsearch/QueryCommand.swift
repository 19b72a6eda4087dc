import ArgumentParser

/// `newsearch query` (being built).
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "query", abstract: "Not yet available.")
    @OptionGroup var index: IndexOption
}
