import ArgumentParser
import NewsSearch

/// Reads `newsearch query`'s arguments in their common forms without ArgumentParser's parse,
/// which finds a command's options by reflection: its type lookups and the runtime's
/// conformance scans were 12.7 of a query process's 31 million instructions (4 ms of 11 on the
/// sample index). Anything else is left to ArgumentParser, so that its messages and rules
/// stay the only ones.
enum QueryArgumentsReader {
    /// Options that take a value, given once.
    private static let single: Set<String> = ["--db", "--from", "--to", "--sort", "--limit", "--offset", "--aliases"]
    /// Options that take a value, any number of times.
    private static let repeatable: Set<String> = ["--actor", "--section"]
    /// Flags, given once.
    private static let flags: Set<String> = ["--json", "--no-facets", "--exact"]

    /// The query command for `arguments` (those after `query`), or nil unless they are words
    /// that do not start with `-` and the options above, each as `--name value` with a value
    /// that does not start with `-`, with values ArgumentParser would accept and that pass
    /// the command's own validation.
    static func command(_ arguments: [String]) -> QueryCommand? {
        var words: [String] = []
        var values: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var set: Set<String> = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-") else {
                words.append(argument)
                continue
            }
            if flags.contains(argument) {
                guard set.insert(argument).inserted else { return nil }
                continue
            }
            guard single.contains(argument) || repeatable.contains(argument), index < arguments.count,
                !arguments[index].hasPrefix("-")
            else { return nil }
            let value = arguments[index]
            index += 1
            if repeatable.contains(argument) {
                lists[argument, default: []].append(value)
            } else if values.updateValue(value, forKey: argument) != nil {
                return nil
            }
        }
        var command = QueryCommand()
        var option = IndexOption()
        option.db = values["--db"]
        command.index = option
        command.words = words
        command.from = values["--from"]
        command.to = values["--to"]
        command.actor = lists["--actor"] ?? []
        command.section = lists["--section"] ?? []
        guard let sort = values["--sort"].map(SearchRequest.Sort.init(argument:)) ?? .relevance,
            let limit = values["--limit"].map(Int.init(argument:)) ?? 10,
            let offset = values["--offset"].map(Int.init(argument:)) ?? 0
        else { return nil }
        command.sort = sort
        command.limit = limit
        command.offset = offset
        command.json = set.contains("--json")
        command.noFacets = set.contains("--no-facets")
        command.exact = set.contains("--exact")
        command.aliases = values["--aliases"]
        guard (try? command.validate()) != nil else { return nil }
        return command
    }
}
