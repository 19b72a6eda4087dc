/// How an alias must be written in the text to count.
enum CaseRule: UInt8, Sendable {
    /// Any case (an alias spelled in lower case, or in a script without case).
    case any
    /// Not all lower case: `Trump`, `TRUMP`, not `trump card`; a longer acronym such as
    /// `NATO` may be written `Nato`, not `nato`.
    case notLower
    /// Exactly in capitals: short acronyms `US`, `UN`, `WHO` (else they are ordinary words).
    case exactCaps
}

/// What a matched alias token sequence stands for.
struct AliasHit: Sendable {
    /// Index of the actor in the table.
    var entry: Int32
    /// The alias needs supporting context (gazetteer `context` column).
    var needsContext: Bool
    /// How it must be written.
    var caseRule: CaseRule
}

/// A token trie over every folded alias: finds the longest alias starting at a token with one
/// dictionary lookup per token, however many aliases the table holds.
struct AliasMatcher: Sendable {
    /// Folded word → word id (only words that occur in some alias).
    private(set) var vocabulary: [String: Int32] = [:]
    /// (node << 32 | word id) → child node; node 0 is the root.
    private var children: [UInt64: Int32] = [:]
    /// Alias ending at a node.
    private var terminals: [Int32: AliasHit] = [:]
    /// Number of nodes allocated.
    private var nodeCount: Int32 = 1

    /// Adds an alias given as folded words; a later insertion of the same words replaces it.
    mutating func insert(words: [String], hit: AliasHit) {
        guard !words.isEmpty else { return }
        var node: Int32 = 0
        for word in words {
            let id = vocabularyID(word)
            let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))
            if let next = children[key] {
                node = next
            } else {
                children[key] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        terminals[node] = hit
    }

    /// The id of a word, allocating one if new.
    private mutating func vocabularyID(_ word: String) -> Int32 {
        if let id = vocabulary[word] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[word] = id
        return id
    }

    /// The longest alias starting at `start` that `accepts` (given token count and hit).
    func longestMatch(
        ids: [Int32], tokens: [Token], from start: Int, accepts: (Int, AliasHit) -> Bool
    ) -> (length: Int, hit: AliasHit)? {
        var node: Int32 = 0
        var best: (length: Int, hit: AliasHit)? = nil
        var i = start
        while i < ids.count, ids[i] >= 0 {
            if i > start && !Self.continuesPhrase(tokens[i - 1], tokens[i]) { break }
            let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(ids[i]))
            guard let next = children[key] else { break }
            node = next
            i += 1
            if let hit = terminals[node], accepts(i - start, hit) { best = (i - start, hit) }
        }
        return best
    }

    /// A token continues a phrase across spaces, joiners, or the dot after an initial
    /// (`U.S.`, `George W. Bush`).
    static func continuesPhrase(_ previous: Token, _ token: Token) -> Bool {
        switch token.gap {
        case .space, .joiner: return true
        case .sentence: return previous.end - previous.start == 1 && previous.isCapitalized
        case .start, .punct: return false
        }
    }
}
