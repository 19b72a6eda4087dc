import Foundation
import NewsAnalysis
import NewsSearch

/// Loading the alias table for the commands that use it.
enum Aliases {
    /// The built-in table plus the user's file (`--aliases FILE`, else
    /// `~/.config/newsearch/aliases.tsv` when it exists); a bad file is a usage error (exit 2).
    static func load(_ file: String?) throws -> AliasTable {
        do {
            return try AliasTable.load(userFile: file.map { URL(fileURLWithPath: $0) })
        } catch {
            throw CommandFailure(message: error.description, code: CommandFailure.usageCode)
        }
    }

    /// What a query resolves actor names with: the built-in lookups compiled into the binary
    /// when there is no user file (nothing to parse), else the table with the file applied.
    static func vocabulary(_ file: String?) throws -> any ActorVocabulary {
        let explicit = file.map { URL(fileURLWithPath: $0) }
        return AliasTable.userFile(explicit) == nil ? CompiledAliasIndex.builtIn : try load(file)
    }
}
