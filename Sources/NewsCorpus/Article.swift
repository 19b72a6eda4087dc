/// One news article as read from the archive, before any analysis.
///
/// A file usually holds one article; JSON Lines and JSON arrays hold several, told apart by
/// ``recordKey``.
package struct Article: Sendable, Equatable {
    /// The path of the file the article came from, as given to the indexer.
    package var sourcePath: String
    /// Identifies the record inside a multi-record file (the JSON `id`, else `line:N`);
    /// empty for a single-article file.
    package var recordKey: String
    /// The headline.
    package var title: String
    /// The first paragraph (the standfirst); may be empty.
    package var lede: String
    /// The remaining paragraphs, separated by blank lines.
    package var body: String
    /// The section ("Politics", "Economy"), when the file names one.
    package var section: String?
    /// The publication date, when one could be parsed; never "today" by default.
    package var date: PublicationDate?
    /// The article's web address, when the file gives one.
    package var url: String?
    /// The outlet or wire service, when the file gives one.
    package var source: String?
    /// Actor names declared by the file itself (JSON `people`, `orgs`, `places`).
    package var declaredActors: [DeclaredActor]

    /// Creates an article; only the text fields are required.
    package init(
        sourcePath: String, recordKey: String = "", title: String, lede: String = "",
        body: String = "", section: String? = nil, date: PublicationDate? = nil,
        url: String? = nil, source: String? = nil, declaredActors: [DeclaredActor] = []
    ) {
        self.sourcePath = sourcePath
        self.recordKey = recordKey
        self.title = title
        self.lede = lede
        self.body = body
        self.section = section
        self.date = date
        self.url = url
        self.source = source
        self.declaredActors = declaredActors
    }
}

/// An actor name that a structured file lists for its article (JSON `people`, `orgs`, `places`).
package struct DeclaredActor: Sendable, Equatable {
    /// What the file says the name is.
    package enum Role: String, Sendable, Equatable { case person, org, place }
    /// The name as written in the file.
    package var name: String
    /// The list it came from.
    package var role: Role

    /// Creates a declared actor.
    package init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}
