import ArgumentParser
import NewsAnalysis
import NewsIndex
import NewsRender
import NewsSearch

/// `newsearch actors`: the actor facet over the whole archive.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "List the actors of the archive by article count, with the spellings seen.")

    @OptionGroup var index: IndexOption

    @Option(help: ArgumentHelp("How many actors to list.", valueName: "n"))
    var top = 20

    @Option(help: ArgumentHelp("Only actors of this kind: person, org or place.", valueName: "kind"))
    var kind: ActorKind?

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be a positive number, not \(top)") }
    }

    func run() throws {
        let store = try Open.forReading(index.path)
        let actors: [ActorCount]
        do { actors = try ActorCount.top(top, kind: kind, in: store) } catch { throw CommandFailure(message: error.description, code: 1) }
        Terminal.output(json
            ? JSONValue.array(actors.map(ActorCountJSON.value)).text
            : ActorsText.render(actors, width: Terminal.width))
    }
}

extension ActorKind: ExpressibleByArgument {}
