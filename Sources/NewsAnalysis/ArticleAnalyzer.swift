import NewsCorpus

/// Turns an ``Article`` into an ``AnalyzedArticle``: tags it with its actors.
///
/// Over title, lede and body, in three passes: gazetteer aliases (longest match first, with
/// context rules for ambiguous ones), discovery of unknown people and organisations from role
/// cues, and linking of later surname-only mentions to the full name. Then the article's
/// declared actors are merged in. Pure and thread-safe: the indexer calls it from several
/// threads at once.
///
/// ```swift
/// let analyzer = ArticleAnalyzer(aliasTable: try .builtIn())
/// analyzer.analyze(article).actors.map(\.name)  // ["Vladimir Putin", "Kremlin", ...]
/// ```
package struct ArticleAnalyzer: Sendable {
    /// The alias table used for matching and for declared actors.
    package let aliasTable: AliasTable
    /// Whether to look for actors at all. Off only to measure what extraction costs an index
    /// run (`newsearch-bench --index TREE --without-extraction`): articles then carry no actors.
    package var extractsActors = true

    /// Creates an analyzer over the built-in gazetteer; should it fail to parse (a broken
    /// build) it matches no aliases but still discovers names. Prefer ``init(aliasTable:)``
    /// with ``AliasTable/load(userFile:)``, which reports that error.
    package init() {
        self.init(aliasTable: (try? AliasTable.builtIn()) ?? AliasTable(AliasTableBuilder()))
    }

    /// Creates an analyzer over an alias table.
    package init(aliasTable: AliasTable) {
        self.aliasTable = aliasTable
    }

    /// Analyzes one article: its actors, most mentioned first, then by name.
    package func analyze(_ article: Article) -> AnalyzedArticle {
        guard extractsActors else { return AnalyzedArticle(article: article, actors: []) }
        let index = aliasTable.extraction
        var extraction = Extraction(table: aliasTable, index: index, text: ArticleText(article, words: index.words))
        extraction.matchGazetteer()
        extraction.discover()
        extraction.linkSurnames()
        for declared in article.declaredActors {
            merge(declared, into: &extraction.tally)
        }
        return AnalyzedArticle(article: article, actors: extraction.tally.sorted())
    }

    /// Adds a declared actor (resolved through the table, else as declared) if not already found.
    private func merge(_ declared: DeclaredActor, into tally: inout ActorTally) {
        let name = ActorTally.tidy(declared.name)
        guard !TextFolding.fold(name).isEmpty else { return }
        let known = aliasTable.actor(named: name)
        let actor = known ?? Actor(name: name, kind: ActorKind(rawValue: declared.role.rawValue) ?? .org)
        if tally.contains(actor.name) { return }
        tally.add(name: actor.name, kind: actor.kind, spelling: name)
    }
}
