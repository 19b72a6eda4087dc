import ArgumentParser

/// `newsearch actors` (being built).
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "Not yet available.")
    @OptionGroup var index: IndexOption
}
