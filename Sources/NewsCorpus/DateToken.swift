/// One piece of a date line: a number, a word (lower-cased, accents removed) or a colon.
///
/// `DateToken.tokenize(Array("1er Mars, 2025".unicodeScalars))` is
/// `[.number(1, digits: 1), .word("mars"), .number(2025, digits: 4)]`.
enum DateToken: Equatable {
    /// A run of digits, with how many digits it had (so `03` and `3` both mean 3).
    case number(Int, digits: Int)
    /// A run of letters, lower-cased and without accents.
    case word(String)
    /// A `:` (inside a time).
    case colon

    /// Suffixes allowed right after a day number: `1st`, `2nd`, `3rd`, `4th`, `1er`, `1re`.
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "re", "e", "eme"]

    /// Splits a line into tokens; separators are white space and `, . / -`; nil for any
    /// other character.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [DateToken]? {
        var tokens: [DateToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ("0"..."9").contains(scalar) {
                var value = 0
                var digits = 0
                while index < scalars.count, ("0"..."9").contains(scalars[index]), digits < 9 {
                    value = value * 10 + Int(scalars[index].value - 48)
                    digits += 1
                    index += 1
                }
                tokens.append(.number(value, digits: digits))
                let suffix = word(in: scalars, from: &index)
                if !suffix.isEmpty {
                    guard ordinalSuffixes.contains(suffix), digits <= 2 else { return nil }
                }
            } else if isLetter(scalar) {
                tokens.append(.word(word(in: scalars, from: &index)))
            } else if scalar == ":" {
                tokens.append(.colon)
                index += 1
            } else if isSeparator(scalar) {
                index += 1
            } else {
                return nil
            }
        }
        return tokens
    }

    /// Reads the run of letters starting at `index`, lower-cased and without accents.
    static func word(in scalars: [Unicode.Scalar], from index: inout Int) -> String {
        var word = String.UnicodeScalarView()
        while index < scalars.count, isLetter(scalars[index]) {
            let scalar = scalars[index]
            if scalar.isASCII {
                word.append(Unicode.Scalar(UInt8(scalar.value) | 0x20))
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    word.append(DateWords.withoutAccent(lower))
                }
            }
            index += 1
        }
        return String(word)
    }

    /// A letter (ASCII checked without a Unicode property lookup).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    /// White space or one of `, . / -`.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", ",", ".", "/", "-": return true
        default: return !scalar.isASCII && scalar.properties.isWhitespace
        }
    }

    /// True when the tokens are empty or a time of day: `[at] 10:04[:12] [pm] [GMT]`.
    static func isTime(_ tokens: ArraySlice<DateToken>) -> Bool {
        var rest = tokens
        if rest.isEmpty { return true }
        if case .word(let w)? = rest.first, w == "at" || w == "a" { rest = rest.dropFirst() }
        guard case .number(_, let hl)? = rest.first, hl <= 2 else { return false }
        rest = rest.dropFirst()
        while rest.first == .colon, case .number(_, 2)? = rest.dropFirst().first {
            rest = rest.dropFirst(2)
        }
        return rest.allSatisfy { token in
            if case .word(let w) = token { return DateWords.timeWords.contains(w) }
            return false
        }
    }
}
