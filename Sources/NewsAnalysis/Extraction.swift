/// One article's actor extraction in progress: the text, which tokens are taken, the tally.
///
/// The passes run in order — gazetteer (``matchGazetteer()``), discovery (``discover()``),
/// surname linking (``linkSurnames()``) — each on the tokens the earlier ones left.
struct Extraction {
    /// A gazetteer alias found in the text.
    struct Found {
        /// The actor's entry in the table.
        var entry: Int32
        /// Tokens it covers.
        var range: Range<Int>
        /// The alias needs supporting context.
        var needsContext: Bool
        /// How it must be written.
        var caseRule: CaseRule
    }

    /// The alias table.
    let table: AliasTable
    /// The table's matcher and word tables.
    let index: ExtractionIndex
    /// The article's text and tokens.
    let text: ArticleText
    /// Tokens already part of a counted mention.
    var covered: [Bool]
    /// Counted mentions.
    var tally = ActorTally()
    /// Gazetteer mentions that were counted (to tell discovery what is known).
    var counted: [Found] = []
    /// Person mentions by position: token index of the name's first word → canonical name.
    var personAt: [(position: Int, name: String, words: [UInt64])] = []
    /// Single names introduced by a title (`Minister Subroto`), resolved at linking time.
    var singles: [Int] = []
    /// Ambiguous person aliases supported only by a title or a speech verb (`Mr Harris`):
    /// counted after linking, unless a person named in full in the article claims them.
    var weak: [Found] = []
    /// Untitled full names (`Ronald Reagan has…`) kept until their surname appears alone.
    var pendingNames: [Range<Int>] = []
    /// Acronyms defined in the text (`(ICCO)`) → the organisation's name.
    var acronyms: [UInt64: String] = [:]
    /// Gazetteer people already registered in ``personAt`` under their canonical name.
    var peopleSeen: Set<Int32> = []

    /// Prepares an extraction.
    init(table: AliasTable, index: ExtractionIndex, text: ArticleText) {
        self.table = table
        self.index = index
        self.text = text
        self.covered = [Bool](repeating: false, count: text.tokens.count)
    }

    /// Marks tokens as taken.
    mutating func cover(_ range: Range<Int>) {
        for i in range { covered[i] = true }
    }

    /// Whether token `i`'s word is used in lower case somewhere in the article (so it is a
    /// common word), or is a stopword.
    func isCommonWord(_ i: Int) -> Bool {
        if text.has(i, .stopword) { return true }
        return text.hasLowercase(hash: text.tokens[i].hash)
    }

    /// The next token is a speech verb (`said`, `a déclaré`) in the same sentence.
    func speechAfter(_ end: Int) -> Bool {
        let tokens = text.tokens
        guard end < tokens.count, tokens[end].gap == .space, tokens[end].field == tokens[end - 1].field
        else { return false }
        if text.has(end, .speech) && !tokens[end].isCapitalized { return true }
        return text.isWord(end, "a") && end + 1 < tokens.count && text.has(end + 1, .speech)
    }

    /// The previous token is a title or role (`President`, `spokesman`, `Mr.`) right before.
    func titleBefore(_ start: Int) -> String? {
        guard start > 0 else { return nil }
        let previous = text.tokens[start - 1]
        guard previous.field == text.tokens[start].field else { return nil }
        let gap = text.tokens[start].gap
        let abbreviation = text.has(start - 1, .honorific) || text.has(start - 1, .abbreviation)
        guard gap == .space || gap == .sentence && abbreviation else { return nil }
        return text.has(start - 1, .title) ? text.folded(start - 1) : nil
    }

    /// `Name, the finance minister` / `Name, president of …`: a role noun follows a comma.
    func appositiveAfter(_ end: Int) -> Bool {
        let tokens = text.tokens
        guard end < tokens.count, tokens[end].gap == .punct,
            text.separator(before: end).contains(UInt8(ascii: ","))
        else { return false }
        for j in end..<min(end + 6, tokens.count) {
            if j > end && tokens[j].gap != .space && tokens[j].gap != .joiner { return false }
            if text.has(j, .appositiveRole) { return true }
        }
        return false
    }
}
