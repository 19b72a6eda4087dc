import NewsCorpus

/// How a field is written, which decides how much its capital letters tell us.
enum FieldStyle: Sendable {
    /// Ordinary running text: a capital mid-sentence marks a name.
    case normal
    /// Mostly capitals (wire headlines): case says nothing.
    case shouting
    /// Headline Title Case: most words capitalised, so case says little.
    case titleCase
}

/// An article's title, lede and body as one UTF-8 buffer with its tokens.
struct ArticleText {
    /// Title, lede and body joined by blank lines.
    let bytes: [UInt8]
    /// Every word, in order.
    let tokens: [Token]
    /// The folded forms of all tokens, back to back (see ``Token/foldedStart``).
    let foldedBytes: [UInt8]
    /// Style of each field (title, lede, body).
    let styles: [FieldStyle]
    /// Each token's id in the alias trie, or -1.
    let aliasIDs: [Int32]
    /// Each token's word flags.
    let flags: [WordFlags]
    /// A 4,096-bit filter of the hashes of words written in lower case somewhere in the article:
    /// a clear bit proves a word never is, without scanning the tokens.
    let lowercaseFilter: [UInt64]

    /// Tokenizes an article and looks each word up once in `words`.
    init(_ article: Article, words: WordTable) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(article.title.utf8.count + article.lede.utf8.count + article.body.utf8.count + 4)
        var ranges: [Range<Int>] = []
        for (index, field) in [article.title, article.lede, article.body].enumerated() {
            if index > 0 { bytes.append(contentsOf: [10, 10]) }
            let start = bytes.count
            bytes.append(contentsOf: field.utf8)
            ranges.append(start..<bytes.count)
        }
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let folded = FoldedBuffer(capacity: bytes.count + 16)
        bytes.withUnsafeBufferPointer { buffer in
            for (field, range) in ranges.enumerated() {
                Tokenizer.tokenize(buffer, range: range, field: field, into: &tokens, folded: folded)
            }
        }
        self.foldedBytes = folded.bytes
        self.bytes = bytes
        self.tokens = tokens
        self.styles = Self.styles(of: tokens)
        var aliasIDs = [Int32](repeating: -1, count: tokens.count)
        var flags = [WordFlags](repeating: [], count: tokens.count)
        var filter = [UInt64](repeating: 0, count: 64)
        for (i, token) in tokens.enumerated() {
            (aliasIDs[i], flags[i]) = words.lookup(hash: token.hash)
            if !token.isCapitalized {
                let bit = Self.filterBit(token.hash)
                filter[bit.word] |= bit.mask
            }
        }
        self.lowercaseFilter = filter
        self.aliasIDs = aliasIDs
        self.flags = flags
    }

    /// Whether some token with this hash is written in lower case (exact, filter first).
    func hasLowercase(hash: UInt64) -> Bool {
        let bit = Self.filterBit(hash)
        guard lowercaseFilter[bit.word] & bit.mask != 0 else { return false }
        return tokens.contains { !$0.isCapitalized && $0.hash == hash }
    }

    /// A word hash's bit in ``lowercaseFilter``, from the high bits of its mix.
    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> (word: Int, mask: UInt64) {
        let mixed = WordTable.mix(hash)
        return (Int(mixed >> 58), 1 << (mixed >> 52 & 63))
    }

    /// The text of tokens `range` as written (from the first token's start to the last's end).
    func spelling(_ range: Range<Int>) -> String {
        let slice = bytes[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]
        return String(decoding: slice, as: UTF8.self)
    }

    /// Decides each field's style from the case of its words (of four letters or more).
    static func styles(of tokens: [Token]) -> [FieldStyle] {
        var words = [0, 0, 0]
        var caps = [0, 0, 0]
        var capitalised = [0, 0, 0]
        for token in tokens where token.hasLetter && token.end - token.start > 3 {
            words[token.field] += 1
            if token.isAllCaps { caps[token.field] += 1 }
            if token.isCapitalized { capitalised[token.field] += 1 }
        }
        return (0..<3).map { field in
            guard words[field] >= 2 else { return field == 0 ? .titleCase : .normal }
            if caps[field] * 10 >= words[field] * 7 { return .shouting }
            if field == 0 && capitalised[field] * 10 >= words[field] * 6 { return .titleCase }
            return .normal
        }
    }

    /// The token is in running text (not a headline style where case carries no signal).
    func inRunningText(_ i: Int) -> Bool {
        styles[tokens[i].field] == .normal
    }

    /// The token may start a sentence: first of its field, or after `.`, `!`, `?` or a line
    /// break — unless the dot closes an abbreviation like `Mr.` or an initial.
    func startsSentence(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.gap == .sentence || token.gap == .start else { return false }
        guard i > 0, token.gap == .sentence else { return true }
        let previous = tokens[i - 1]
        if previous.end - previous.start == 1 && previous.isCapitalized { return false }
        return !flags[i - 1].contains(.honorific) && !flags[i - 1].contains(.abbreviation)
    }

    /// Token `i`'s folded form.
    func folded(_ i: Int) -> String {
        String(decoding: foldedBytes[Int(tokens[i].foldedStart)..<Int(tokens[i].foldedEnd)], as: UTF8.self)
    }

    /// Whether token `i`'s folded form is `word` (an ASCII literal such as `"of"`).
    @inline(__always)
    func isWord(_ i: Int, _ word: StaticString) -> Bool {
        let token = tokens[i]
        let count = Int(token.foldedEnd - token.foldedStart)
        guard count == word.utf8CodeUnitCount else { return false }
        let start = Int(token.foldedStart)
        let literal = word.utf8Start
        for k in 0..<count where foldedBytes[start + k] != literal[k] { return false }
        return true
    }

    /// The bytes between token `i - 1` and token `i`: spaces, punctuation, line breaks.
    func separator(before i: Int) -> ArraySlice<UInt8> {
        bytes[tokens[i - 1].end..<tokens[i].start]
    }

    /// Whether token `i` is the `s` of a possessive (`Icahn's`, `Moody's`).
    func isPossessive(_ i: Int) -> Bool {
        tokens[i].gap == .joiner && isWord(i, "s")
    }

    /// Whether token `i` carries a flag.
    @inline(__always)
    func has(_ i: Int, _ flag: WordFlags) -> Bool {
        flags[i].contains(flag)
    }

    /// Tokens `range` open a paragraph in capitals and are followed by a dash or comma:
    /// the wire dateline (`HOUSTON —`, `CLEVELAND, Feb 26 -`), which names a place.
    func isDateline(_ range: Range<Int>) -> Bool {
        let first = tokens[range.lowerBound]
        guard first.gap == .start || first.gap == .sentence && range.lowerBound > 0
            && separator(before: range.lowerBound).contains(10)
        else { return false }
        guard range.allSatisfy({ tokens[$0].isAllCaps || !tokens[$0].hasLetter }),
            range.upperBound < tokens.count
        else { return false }
        let gap = separator(before: range.upperBound)
        guard gap.count <= 6 else { return false }
        if gap.contains(UInt8(ascii: "-")) || gap.contains(0xE2) { return true }  // - – —
        return gap.contains(UInt8(ascii: ",")) && CueWords.months.contains(folded(range.upperBound))
    }

    /// The token is capitalised and continues the previous one within a phrase.
    func adjacentCapitalised(_ i: Int, _ j: Int) -> Bool {
        guard j >= 0, j < tokens.count, tokens[j].isCapitalized, tokens[j].hasLetter else { return false }
        let later = max(i, j)
        return AliasMatcher.continuesPhrase(tokens[later - 1], tokens[later])
    }
}
