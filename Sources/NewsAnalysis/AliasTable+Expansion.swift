extension AliasTable {
    /// The actor a spelling names *unambiguously*, with all its spellings (canonical first).
    ///
    /// Nil for unknown spellings and for context-dependent ones ("poutine", "turkey", "us"),
    /// which name the actor only when the text around them says so — a query has no such text.
    /// `unambiguousActor(named: "Putin")?.spellings` is `["Vladimir Putin", "Putin", "Poutine", …]`.
    package func unambiguousActor(named spelling: String) -> (actor: Actor, spellings: [String])? {
        let folded = TextFolding.fold(spelling)
        guard let index = aliasIndex[FoldedKey(folded)], !entries[index].context.contains(folded) else { return nil }
        let entry = entries[index]
        return (Actor(name: entry.canonical, kind: entry.kind), entry.aliases)
    }
}
