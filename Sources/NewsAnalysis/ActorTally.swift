/// Counts mentions per canonical actor and remembers the spellings seen, in order.
struct ActorTally {
    /// Canonical name → position in ``mentions``.
    private var positions: [String: Int] = [:]
    /// One entry per actor, in order of first mention.
    private(set) var mentions: [ActorMention] = []

    /// Counts `count` mentions of an actor written as `spelling` (nil: no new spelling).
    mutating func add(name: String, kind: ActorKind, spelling: String?, count: Int = 1) {
        let position: Int
        if let existing = positions[name] {
            position = existing
        } else {
            position = mentions.count
            positions[name] = position
            mentions.append(ActorMention(name: name, kind: kind, mentions: 0, spellings: []))
        }
        mentions[position].mentions += count
        if let spelling = spelling.map(Self.tidy), !mentions[position].spellings.contains(spelling) {
            mentions[position].spellings.append(spelling)
        }
    }

    /// Removes mentions of an actor (a place that turned out to be part of an org's name).
    mutating func retract(name: String, spelling: String) {
        guard let position = positions[name] else { return }
        mentions[position].mentions -= 1
    }

    /// Whether an actor has been counted, under this name in any case or accents.
    func contains(_ name: String) -> Bool {
        if positions[name] != nil { return true }
        let folded = TextFolding.fold(name)
        return mentions.contains { TextFolding.fold($0.name) == folded }
    }

    /// The actors, most mentioned first, then by name; actors retracted to zero are dropped.
    func sorted() -> [ActorMention] {
        mentions.filter { $0.mentions > 0 }.sorted {
            $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.name < $1.name
        }
    }

    /// Collapses line breaks and runs of spaces in a spelling.
    static func tidy(_ s: String) -> String {
        var previousSpace = false
        let messy = s.utf8.contains { byte in
            defer { previousSpace = byte == 32 }
            return byte == 10 || byte == 13 || byte == 9 || byte == 32 && previousSpace
        }
        guard messy else { return s }
        return s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }
}
