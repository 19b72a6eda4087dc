import GRDB
@testable import NewsSearch

/// A throwaway FTS5 index with the production tokenizer, for running compiled queries.
struct QueryTestIndex {
    /// The in-memory database.
    let dbQueue: DatabaseQueue

    /// Articles of the default fixture: (title, lede, body).
    static let articles: [(String, String, String)] = [
        ("Cease-fire holds in Gaza", "A fragile cease-fire held overnight.", "Mediators in Cairo said the truce was holding."),
        ("Negotiations resume in Geneva", "Diplomats are negotiating a new text.", "The negotiator said talks would go on."),
        ("Macron receives Zelensky at the Élysée", "The French president met his guest.", "Talks at l'Élysée lasted two hours."),
        ("Summit at the Elysee palace", "Leaders gathered.", "NATO allies discussed a NATO-led mission."),
        ("Putin speaks to Trump", "Vladimir Putin and Donald Trump talked.", "Poutine a parlé à Trump, dit le Kremlin."),
        ("Ministers meet", "The ministry confirmed the ministerial meeting.", "COVID-19 rules and e-mail leaks: $5bn at stake in the U.S. budget."),
    ]

    /// A fresh index holding `articles`.
    init(articles: [(String, String, String)] = QueryTestIndex.articles) throws {
        dbQueue = try DatabaseQueue()
        try dbQueue.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE articles_fts USING fts5(title, lede, body,
                    tokenize='porter unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');
                """)
            for (index, article) in articles.enumerated() {
                try db.execute(
                    sql: "INSERT INTO articles_fts(rowid, title, lede, body) VALUES (?, ?, ?, ?)",
                    arguments: [index + 1, article.0, article.1, article.2])
            }
        }
    }

    /// Parses and compiles `text` against this index's vocabulary.
    func compile(_ text: String, actors: (any ActorVocabulary)? = nil, exact: Bool = false) throws -> CompiledQuery {
        let parsed = try QueryParser.parse(text)
        return try dbQueue.read { db in
            QueryCompiler.compile(parsed, actors: actors, prefixes: FTS5PrefixVocabulary(db: db), exact: exact)
        }
    }

    /// Row ids (1-based positions in `articles`) the compiled query selects, as the Searcher would.
    func search(_ query: CompiledQuery) throws -> [Int] {
        try dbQueue.read { db in
            var sql = "SELECT rowid FROM articles_fts WHERE 1"
            var arguments: StatementArguments = []
            if let positive = query.positive {
                sql += " AND rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                arguments += [positive.rawValue]
            }
            if let excluded = query.excluded {
                sql += " AND rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                arguments += [excluded.rawValue]
            }
            return try Int.fetchAll(db, sql: sql + " ORDER BY rowid", arguments: arguments)
        }
    }

    /// Parses, compiles and runs `text`.
    func search(_ text: String, actors: (any ActorVocabulary)? = nil, exact: Bool = false) throws -> [Int] {
        try search(compile(text, actors: actors, exact: exact))
    }

    /// How many rows `expression` matches (throws on any SQLite error).
    func count(matching expression: MatchExpression) throws -> Int {
        try dbQueue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                             arguments: [expression.rawValue]) ?? 0
        }
    }
}

/// A small alias table standing in for NewsAnalysis's.
struct TestActors: ActorVocabulary {
    /// Spellings by folded key.
    static let table: [String: ActorExpansion] = {
        let putin = ActorExpansion(canonical: "Vladimir Putin", aliases: ["Putin", "Poutine", "Путин", "POUTINE"])
        let nato = ActorExpansion(canonical: "NATO", aliases: ["OTAN", "North Atlantic Treaty Organization"])
        return ["putin": putin, "vladimir putin": putin, "poutine": putin, "nato": nato, "otan": nato]
    }()

    func expansion(for words: String) -> ActorExpansion? { Self.table[QueryTokenizer.folded(words)] }

    func canonicalName(for name: String) -> String? {
        expansion(for: QueryTokenizer.tokens(in: name).joined(separator: " "))?.canonical
    }
}
