/// The spellings of a known actor, as the alias table knows them.
///
/// For `putin`: `ActorExpansion(canonical: "Vladimir Putin", aliases: ["Poutine", "Путин", "Putin"])`.
package struct ActorExpansion: Equatable, Hashable, Sendable {
    /// The actor's canonical display name.
    package var canonical: String
    /// Other spellings (translations, transliterations, short forms).
    package var aliases: [String]

    /// Creates an expansion from the canonical name and its other spellings.
    package init(canonical: String, aliases: [String]) {
        self.canonical = canonical
        self.aliases = aliases
    }
}

/// What the query compiler needs to know about actors (the alias table conforms).
package protocol ActorVocabulary: Sendable {
    /// The actor that the words (lowercase tokens joined by spaces, e.g. `vladimir putin`)
    /// name, with all its spellings; nil when they name no known actor.
    func expansion(for words: String) -> ActorExpansion?
    /// The canonical name of the actor a typed name (`putin`, `Poutine`) refers to, or nil.
    func canonicalName(for name: String) -> String?
}

/// A searched term that was widened to an actor's other spellings, reported to the user.
///
/// JSON: `{"term": "putin", "aliases": ["poutine", "путин"]}`.
package struct TermExpansion: Equatable, Hashable, Sendable {
    /// The term or phrase as searched (lowercase tokens joined by spaces).
    package var term: String
    /// The spellings added to it (lowercase tokens joined by spaces), in alias-table order.
    package var aliases: [String]

    /// Creates a report entry.
    package init(term: String, aliases: [String]) {
        self.term = term
        self.aliases = aliases
    }
}
