/// Splits UTF-8 text into folded ``Token``s in one pass, FTS5 `unicode61` style.
///
/// A token is a maximal run of letters and digits (combining marks stay inside the word and
/// are dropped). ASCII bytes take a fast path; other scalars go through ``FoldTable``.
enum Tokenizer {
    /// Tokenizes `bytes[range]`, appending to `tokens`; `field` is stored on each token.
    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, field: Int, into tokens: inout [Token],
        folded scratch: FoldedBuffer
    ) {
        var i = range.lowerBound
        var previousEnd = range.lowerBound
        var first = true
        while i < range.upperBound {
            let (value, width) = decode(bytes, at: i)
            let folded = value < 0x80 ? FoldTable.asciiFold(UInt8(value)) : FoldTable.fold(value)
            if folded == FoldTable.separator || folded == FoldTable.dropped {
                i += width
                continue
            }
            let foldedStart = Int32(scratch.count)
            let gapBefore = first ? Gap.start : gap(bytes, previousEnd..<i)
            let start = i
            let word = scanWord(bytes, from: &i, limit: range.upperBound, scratch: scratch)
            previousEnd = i
            first = false
            tokens.append(Token(
                start: start, end: i, foldedStart: foldedStart, foldedEnd: Int32(scratch.count), hash: word.hash,
                isCapitalized: word.isCapitalized, isAllCaps: word.isAllCaps, hasLetter: word.hasLetter,
                gap: gapBefore, field: field))
        }
    }

    /// What ``scanWord(_:from:limit:scratch:)`` learns about a word besides its folded bytes.
    private struct WordShape {
        /// FNV-1a of the folded bytes.
        var hash: UInt64
        /// The word has a letter (it is not a number).
        var hasLetter: Bool
        /// Its first letter is upper case.
        var isCapitalized: Bool
        /// It has letters, all upper case.
        var isAllCaps: Bool
    }

    /// Reads one word starting at `i` (moved past it), appending its folded bytes to `scratch`.
    /// Everything is kept in locals: the loop runs once per byte of the article.
    @inline(__always)
    private static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int, limit: Int, scratch: FoldedBuffer
    ) -> WordShape {
        var i = index
        var hash = WordTable.fnvOffset
        var hasLetter = false
        var isCapitalized = false
        var hasLower = false
        while i < limit {
            let byte = bytes[i]
            if byte < 0x80 {  // ASCII fast path: no decoding, no table
                let lower = byte | 0x20
                let isLetter = lower &- 0x61 < 26
                guard isLetter || byte &- 0x30 < 10 else { break }
                let folded = isLetter ? lower : byte
                scratch.append(folded)
                hash = (hash ^ UInt64(folded)) &* WordTable.fnvPrime
                i += 1
                if isLetter {
                    let isUpper = byte != lower
                    if !hasLetter { isCapitalized = isUpper }
                    hasLetter = true
                    hasLower = hasLower || !isUpper
                }
                continue
            }
            let (value, width) = decode(bytes, at: i)
            let folded = FoldTable.fold(value)
            if folded == FoldTable.separator { break }
            i += width
            if folded == FoldTable.dropped { continue }
            forEachFoldedByte(folded, original: value) { byte in
                scratch.append(byte)
                hash = (hash ^ UInt64(byte)) &* WordTable.fnvPrime
            }
            let (isLetter, isUpper) = caseOf(value)
            guard isLetter else { continue }
            if !hasLetter { isCapitalized = isUpper }
            hasLetter = true
            hasLower = hasLower || !isUpper
        }
        index = i
        return WordShape(
            hash: hash, hasLetter: hasLetter, isCapitalized: isCapitalized, isAllCaps: hasLetter && !hasLower)
    }

    /// Calls `body` with each UTF-8 byte of a folded scalar, or of its expansion when it is
    /// ``FoldTable/expands`` (`ß` → `ss`). Encoded by hand and inlined: a closure handed to
    /// the standard library's encoder slowed the tokenizer's whole word loop by a tenth.
    @inline(__always)
    static func forEachFoldedByte(_ folded: UInt32, original: UInt32, _ body: (UInt8) -> Void) {
        if folded == FoldTable.expands {
            for byte in FoldTable.expansion(of: original).utf8 { body(byte) }
            return
        }
        let count = utf8Count(folded)
        for k in 0..<count { body(utf8Byte(folded, k, of: count)) }
    }

    /// How many UTF-8 bytes a scalar takes.
    @inline(__always)
    static func utf8Count(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }

    /// Byte `k` of a scalar's `count`-byte UTF-8 encoding.
    @inline(__always)
    static func utf8Byte(_ value: UInt32, _ k: Int, of count: Int) -> UInt8 {
        let shifted = value >> UInt32(6 * (count - 1 - k))
        guard k == 0 else { return UInt8(0x80 | shifted & 0x3F) }
        switch count {
        case 1: return UInt8(truncatingIfNeeded: shifted)
        case 2: return UInt8(truncatingIfNeeded: 0xC0 | shifted)
        case 3: return UInt8(truncatingIfNeeded: 0xE0 | shifted)
        default: return UInt8(truncatingIfNeeded: 0xF0 | shifted)
        }
    }

    /// Whether a scalar is a letter, and whether it is upper case.
    @inline(__always)
    static func caseOf(_ value: UInt32) -> (isLetter: Bool, isUpper: Bool) {
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return (true, true) }
            return (value >= 0x61 && value <= 0x7A, false)
        }
        guard let scalar = Unicode.Scalar(value) else { return (false, false) }
        let props = scalar.properties
        if props.isUppercase { return (true, true) }
        return (props.isAlphabetic, false)
    }

    /// Classifies the bytes between two tokens.
    static func gap(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Gap {
        var onlySpace = true
        var punct = false
        for j in range {
            switch bytes[j] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0xC2, 0xA0: continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "."), UInt8(ascii: "!"),
                UInt8(ascii: "?"):
                return .sentence
            default:
                onlySpace = false
                punct = true
            }
        }
        if onlySpace { return .space }
        if punct && isJoiner(bytes, range) { return .joiner }
        return .punct
    }

    /// A lone hyphen or apostrophe (ASCII or typographic) glued to both words.
    private static func isJoiner(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if range.count == 1 {
            let b = bytes[range.lowerBound]
            return b == UInt8(ascii: "-") || b == UInt8(ascii: "'")
        }
        guard range.count == 3, bytes[range.lowerBound] == 0xE2, bytes[range.lowerBound + 1] == 0x80
        else { return false }
        let last = bytes[range.lowerBound + 2]
        return last == 0x99 || last == 0x90 || last == 0x91  // ’ ‐ ‑
    }

    /// Decodes the UTF-8 scalar at `i` (the input is valid UTF-8: it comes from a `String`).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 {
            return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0 {
            let v = ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6)
            return (v | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        let v = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
        return (v | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4)
    }
}
