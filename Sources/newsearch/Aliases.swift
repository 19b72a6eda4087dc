import Foundation
import NewsAnalysis

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
}
