/// Why an alias table (the built-in gazetteer or a user's `aliases.tsv`) could not be loaded.
///
/// Every message starts with the file name and, for content errors, the 1-based line number:
/// `aliases.tsv:12: unknown kind 'persn' (expected person, org or place)`.
package enum AliasTableError: Error, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file is not valid UTF-8.
    case notUTF8(file: String)
    /// A line has fewer than 2 or more than 4 tab-separated columns.
    case columnCount(file: String, line: Int, found: Int)
    /// The canonical name column is empty.
    case emptyCanonical(file: String, line: Int)
    /// The kind column is not `person`, `org` or `place`.
    case unknownKind(file: String, line: Int, kind: String)
    /// A `-alias` removal names an alias the actor does not have.
    case removalNotFound(file: String, line: Int, alias: String, canonical: String)

    /// The message shown to the user.
    package var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read alias file: \(reason)"
        case .notUTF8(let file):
            return "\(file): not valid UTF-8 (save the alias file as UTF-8)"
        case .columnCount(let file, let line, let found):
            return "\(file):\(line): expected 2 to 4 tab-separated columns "
                + "(canonical, kind, aliases, context), found \(found)"
        case .emptyCanonical(let file, let line):
            return "\(file):\(line): empty canonical name"
        case .unknownKind(let file, let line, let kind):
            return "\(file):\(line): unknown kind '\(kind)' (expected person, org or place)"
        case .removalNotFound(let file, let line, let alias, let canonical):
            return "\(file):\(line): cannot remove '\(alias)': not an alias of '\(canonical)'"
        }
    }
}
