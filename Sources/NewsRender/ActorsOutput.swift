import NewsSearch

/// `newsearch actors --json`.
package enum ActorCountJSON {
    /// The JSON form of one actor.
    package static func value(_ actor: ActorCount) -> JSONValue {
        .object([
            ("name", .string(actor.name)),
            ("kind", .string(actor.kind.rawValue)),
            ("count", .int(actor.count)),
            ("aliases_seen", JSONValue(actor.aliasesSeen)),
        ])
    }
}

/// `newsearch actors` as text: count, name, kind, spellings.
package enum ActorsText {
    /// One line per actor, cut to the width.
    package static func render(_ actors: [ActorCount], width: Int) -> String {
        guard !actors.isEmpty else { return "no actors\n" }
        let countWidth = String(actors.map(\.count).max() ?? 0).count
        return actors.map { actor in
            let count = String(actor.count)
            let seen = actor.aliasesSeen.filter { $0 != actor.name }
            let line = String(repeating: " ", count: countWidth - count.count) + count + "  "
                + actor.name + " (\(actor.kind.rawValue))" + (seen.isEmpty ? "" : " — " + seen.joined(separator: ", "))
            return TextWrapping.cut(line, to: width - 1)
        }.joined(separator: "\n") + "\n"
    }
}
