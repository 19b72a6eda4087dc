import NewsSearch

/// Loading the alias table for the commands that use it.
enum Aliases {
    /// The built-in table plus the user's file, as the query compiler's vocabulary.
    static func load(_ file: String?) throws -> (any ActorVocabulary)? {
        nil
    }
}
