/// One actor an article is about, under its canonical name.
package struct ActorMention: Sendable, Equatable {
    /// The canonical name: "Vladimir Putin", whatever spelling the article used.
    package var name: String
    /// Person, organisation or place.
    package var kind: ActorKind
    /// How many times the article mentions the actor (any spelling).
    package var mentions: Int
    /// The spellings the article used, as written ("Poutine", "Vladimir Poutine").
    package var spellings: [String]

    /// Creates a mention.
    package init(name: String, kind: ActorKind, mentions: Int, spellings: [String]) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
        self.spellings = spellings
    }
}
