/// What a word is to the extraction rules: a title, a stopword, an organisation word …
///
/// Computed once per token by one lookup in ``WordTable`` instead of one set lookup per rule.
struct WordFlags: OptionSet, Sendable {
    /// The bits.
    let rawValue: UInt32

    /// ``CueWords/stopwords``.
    static let stopword = WordFlags(rawValue: 1 << 0)
    /// ``CueWords/titles``.
    static let title = WordFlags(rawValue: 1 << 1)
    /// ``CueWords/honorifics``.
    static let honorific = WordFlags(rawValue: 1 << 2)
    /// ``CueWords/speech``.
    static let speech = WordFlags(rawValue: 1 << 3)
    /// ``CueWords/appositiveRoles``.
    static let appositiveRole = WordFlags(rawValue: 1 << 4)
    /// ``CueWords/particles``.
    static let particle = WordFlags(rawValue: 1 << 5)
    /// ``CueWords/orgSuffixes``.
    static let orgSuffix = WordFlags(rawValue: 1 << 6)
    /// ``CueWords/weakOrgSuffixes``.
    static let weakOrgSuffix = WordFlags(rawValue: 1 << 7)
    /// ``CueWords/orgPrefixes``.
    static let orgPrefix = WordFlags(rawValue: 1 << 8)
    /// ``CueWords/orgNouns``.
    static let orgNoun = WordFlags(rawValue: 1 << 9)
    /// ``CueWords/placeSuffixes``.
    static let placeSuffix = WordFlags(rawValue: 1 << 10)
    /// ``CueWords/portfolios``.
    static let portfolio = WordFlags(rawValue: 1 << 11)
    /// ``CueWords/demonyms`` and the adjectives derived from the gazetteer's places.
    static let demonym = WordFlags(rawValue: 1 << 12)
    /// ``CueWords/nonOrgAcronyms``.
    static let nonOrgAcronym = WordFlags(rawValue: 1 << 13)
    /// ``CueWords/acronymLeads``.
    static let acronymLead = WordFlags(rawValue: 1 << 14)
    /// ``CueWords/institutionNouns``.
    static let institutionNoun = WordFlags(rawValue: 1 << 15)
    /// ``CueWords/connectors``.
    static let connector = WordFlags(rawValue: 1 << 16)
    /// ``CueWords/orgLinks``.
    static let orgLink = WordFlags(rawValue: 1 << 17)
    /// ``CueWords/abbreviations``.
    static let abbreviation = WordFlags(rawValue: 1 << 18)
    /// ``CueWords/nameOpeners``.
    static let nameOpener = WordFlags(rawValue: 1 << 19)

    /// The closed word lists of ``CueWords`` with the flag each sets.
    static let lists: [(Set<String>, WordFlags)] = [
        (CueWords.stopwords, .stopword), (CueWords.titles, .title), (CueWords.honorifics, .honorific),
        (CueWords.speech, .speech), (CueWords.appositiveRoles, .appositiveRole),
        (CueWords.particles, .particle), (CueWords.orgSuffixes, .orgSuffix),
        (CueWords.weakOrgSuffixes, .weakOrgSuffix), (CueWords.orgPrefixes, .orgPrefix),
        (CueWords.orgNouns, .orgNoun), (CueWords.placeSuffixes, .placeSuffix),
        (CueWords.portfolios, .portfolio), (CueWords.demonyms, .demonym),
        (CueWords.nonOrgAcronyms, .nonOrgAcronym), (CueWords.acronymLeads, .acronymLead),
        (CueWords.institutionNouns, .institutionNoun), (CueWords.connectors, .connector),
        (CueWords.orgLinks, .orgLink), (CueWords.abbreviations, .abbreviation),
        (CueWords.nameOpeners, .nameOpener),
    ]
}

/// An open-addressing hash table from a folded word to its alias-trie id and its flags,
/// keyed by the FNV-1a hash the tokenizer computes anyway.
///
/// Each slot holds the hash itself next to the payload, so a probe reads one cache line; the
/// slot comes from the high bits of a multiplicative mix of the hash (FNV-1a's low bits are
/// weak: bit 0 is the parity of the bytes' low bits), and the table is at most a quarter
/// full, so a word that is not in it (most of an article) costs about one probe.
///
/// Probes first read a parallel array of 16-bit fingerprints (from other bits of the mix, never
/// 0, 0 marking an empty slot), an eighth of the slots' size: it stays in the core's cache where
/// the slots do not, and a word that is not in the table is turned away without reading a slot.
/// The slot's load had been a seventh of tokenizing an article, most of it waiting for memory.
struct WordTable: Sendable {
    /// One slot: a word's hash (0: empty) and what the table knows about the word.
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var aliasID: Int32 = -1
        var flags: WordFlags = []
    }

    /// The slots, a power of two of them.
    private var slots: [Slot]
    /// Each slot's fingerprint (see ``fingerprint(_:)``), 0 for an empty slot.
    private var fingerprints: [UInt16]
    /// `64 - log2(slots.count)`: the shift that turns a mixed hash into a slot.
    private let shift: UInt64

    /// Builds the table from alias words (with their trie ids) and flagged words.
    init(aliasWords: [String: Int32], flagged: [String: WordFlags]) {
        var bits: UInt64 = 4
        while 1 << bits < (aliasWords.count + flagged.count) * 4 { bits += 1 }
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        fingerprints = [UInt16](repeating: 0, count: 1 << bits)
        shift = 64 - bits
        for (word, id) in aliasWords { update(word) { $0.aliasID = id } }
        for (word, flags) in flagged { update(word) { $0.flags.formUnion(flags) } }
    }

    /// A hash spread over all 64 bits (Fibonacci hashing): its high bits pick the slot, and
    /// ``ArticleText`` takes its filter bits from it.
    @inline(__always)
    static func mix(_ hash: UInt64) -> UInt64 {
        hash &* 0x9E37_79B9_7F4A_7C15
    }

    /// Finds or adds a word and changes its entry.
    private mutating func update(_ word: String, _ change: (inout Slot) -> Void) {
        let hash = Self.hash(word.utf8) | 1  // never 0, the empty mark
        var slot = Int(truncatingIfNeeded: Self.mix(hash) >> shift)
        while slots[slot].hash != 0 && slots[slot].hash != hash {
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot].hash = hash
        fingerprints[slot] = Self.fingerprint(Self.mix(hash))
        change(&slots[slot])
    }

    /// The alias id and flags of a word, by its hash (64-bit FNV-1a: collisions between
    /// the few thousand table words and an article's words are not a practical concern).
    @inline(__always)
    func lookup(hash: UInt64) -> (aliasID: Int32, flags: WordFlags) {
        let key = hash | 1
        let mask = slots.count - 1
        let mixed = Self.mix(key)
        let wanted = Self.fingerprint(mixed)
        return fingerprints.withUnsafeBufferPointer { fingerprints in
            slots.withUnsafeBufferPointer { slots in
                var slot = Int(truncatingIfNeeded: mixed >> shift)
                while fingerprints[slot] != 0 {
                    if fingerprints[slot] == wanted && slots[slot].hash == key {
                        return (slots[slot].aliasID, slots[slot].flags)
                    }
                    slot = (slot + 1) & mask
                }
                return (-1, [])
            }
        }
    }

    /// A slot's fingerprint: bits 32–47 of the mixed hash, never 0. Up to 2^16 slots they are
    /// apart from the bits that pick the slot; a larger table (a very large user alias file)
    /// shares some, which only makes the fingerprints filter less.
    @inline(__always)
    private static func fingerprint(_ mixed: UInt64) -> UInt16 {
        UInt16(truncatingIfNeeded: mixed >> 32) | 1
    }

    /// FNV-1a offset basis.
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a prime.
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a over UTF-8 bytes.
    @inline(__always)
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = fnvOffset
        for byte in bytes { h = (h ^ UInt64(byte)) &* fnvPrime }
        return h
    }
}
