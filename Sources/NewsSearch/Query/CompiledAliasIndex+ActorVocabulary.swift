import NewsAnalysis

/// The compiled built-in index answers like the table it was compiled from
/// (``AliasTable`` as ``ActorVocabulary``), without building it.
extension CompiledAliasIndex: ActorVocabulary {
    package func expansion(for words: String) -> ActorExpansion? {
        unambiguousActor(named: words).map { ActorExpansion(canonical: $0.actor.name, aliases: $0.spellings) }
    }

    package func canonicalName(for name: String) -> String? {
        actor(named: name)?.name
    }
}
