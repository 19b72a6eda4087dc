import NewsAnalysis

/// The alias table is the query compiler's actor vocabulary: `actor:` filters resolve through
/// it, and search terms that name an actor unambiguously are widened to its other spellings.
extension AliasTable: ActorVocabulary {
    package func expansion(for words: String) -> ActorExpansion? {
        unambiguousActor(named: words).map { ActorExpansion(canonical: $0.actor.name, aliases: $0.spellings) }
    }

    package func canonicalName(for name: String) -> String? {
        actor(named: name)?.name
    }
}
