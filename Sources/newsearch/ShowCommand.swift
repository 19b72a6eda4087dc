import ArgumentParser
import NewsIndex
import NewsRender
import NewsSearch

/// `newsearch show ID|PATH`: one article in full, with its actors.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one article in full (by id, or every article of a file by path).")

    @OptionGroup var index: IndexOption

    @Argument(help: ArgumentHelp("A document id from query results, or a file path.", valueName: "id|path"))
    var key: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let store = try Open.forReading(index.path)
        let articles: [ArticleDetail]
        do { articles = try ArticleLookup.find(key, in: store) } catch { throw CommandFailure(message: error.description, code: 1) }
        guard !articles.isEmpty else {
            throw CommandFailure(message: "no article with id or path '\(key)' in the index", code: 1)
        }
        if json {
            let objects = articles.map(ArticleDetailJSON.value)
            Terminal.output((objects.count == 1 ? objects[0] : .array(objects)).text)
        } else {
            let pages = articles.map {
                ArticleDetailText.render($0, width: Terminal.width, colour: Terminal.stdoutIsTerminal)
            }
            Terminal.output(pages.joined(separator: "\n"))
        }
    }
}
