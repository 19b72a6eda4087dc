import ArgumentParser

/// `newsearch show` (being built).
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Not yet available.")
    @OptionGroup var index: IndexOption
}
