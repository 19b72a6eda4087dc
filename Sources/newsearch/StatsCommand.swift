import ArgumentParser

/// `newsearch stats` (being built).
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Not yet available.")
    @OptionGroup var index: IndexOption
}
