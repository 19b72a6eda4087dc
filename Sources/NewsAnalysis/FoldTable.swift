import Foundation

/// A lookup table from a Unicode scalar to its folded form: lowercased, diacritics removed.
///
/// Built once, lazily, for the scalars below U+3000 (Latin, Greek, Cyrillic, Arabic, Hebrew …);
/// scalars above are folded on the fly (CJK has no case or diacritics to speak of).
enum FoldTable {
    /// The scalar is not part of a word (space, punctuation, symbol).
    static let separator: UInt32 = 0
    /// The scalar is a combining mark: part of the word, but dropped.
    static let dropped: UInt32 = 1
    /// The scalar folds to more than one letter: see ``expansion(of:)``.
    static let expands: UInt32 = 2

    /// Size of the precomputed range.
    static let limit: UInt32 = 0x3000

    /// Folded scalar value for every scalar below ``limit`` (or one of the three markers).
    static let table: [UInt32] = buildTable()

    /// Letters that do not decompose under Unicode but have an obvious base letter.
    static let overrides: [UInt32: String] = [
        0x0141: "l", 0x0142: "l", 0x00D8: "o", 0x00F8: "o", 0x0110: "d", 0x0111: "d",
        0x0126: "h", 0x0127: "h", 0x0131: "i", 0x013F: "l", 0x0140: "l", 0x00DF: "ss",
        0x1E9E: "ss", 0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe", 0x00DE: "th",
        0x00FE: "th", 0x00D0: "d", 0x00F0: "d", 0x0132: "ij", 0x0133: "ij",
    ]

    /// The folded letters of a scalar marked ``expands``.
    static func expansion(of value: UInt32) -> String {
        overrides[value] ?? ""
    }

    /// Folds one scalar: the folded scalar value, or one of the markers.
    static func fold(_ value: UInt32) -> UInt32 {
        if value < limit { return table[Int(value)] }
        return computeFold(value)
    }

    /// Builds ``table``: the same values as ``computeFold(_:)`` for every scalar below ``limit``,
    /// but with one Foundation decomposition call for all letters instead of one per letter
    /// (the per-scalar calls made a cold start ~5 ms slower).
    static func buildTable() -> [UInt32] {
        var table = [UInt32](repeating: separator, count: Int(limit))
        var pending: [Int] = []
        var lowered = String.UnicodeScalarView()
        for value in 0..<limit {
            guard let (folded, decompose) = undecomposedFold(value) else { continue }
            table[Int(value)] = folded
            guard decompose, let scalar = Unicode.Scalar(folded) else { continue }
            pending.append(Int(value))
            lowered.append(scalar)
            lowered.append("\n")
        }
        var k = 0
        var atStart = true
        for scalar in String(lowered).decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == "\n" {
                atStart = true
                k += 1
            } else if atStart {
                table[pending[k]] = scalar.value
                atStart = false
            }
        }
        return table
    }

    /// The fold of a scalar before canonical decomposition, and whether it still needs one
    /// (a lowercased letter from U+00C0 to U+1FFF); nil for a separator.
    private static func undecomposedFold(_ value: UInt32) -> (UInt32, Bool)? {
        guard value >= 0x80, let scalar = Unicode.Scalar(value), overrides[value] == nil else {
            let folded = computeFold(value)
            return folded == separator ? nil : (folded, false)
        }
        let props = scalar.properties
        switch props.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return (dropped, false)
        case .decimalNumber, .letterNumber, .otherNumber: return (value, false)
        default: guard props.isAlphabetic else { return nil }
        }
        let lower = props.changesWhenLowercased ? props.lowercaseMapping.unicodeScalars.first?.value : value
        return (lower ?? value, value >= 0xC0 && value < 0x2000)
    }

    /// Computes the fold of one scalar from Unicode properties (slow; used to build the table).
    static func computeFold(_ value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return separator }
        if value < 0x80 { return asciiFold(UInt8(value)) }
        if let special = overrides[value] {
            return special.unicodeScalars.count == 1 ? special.unicodeScalars.first!.value : expands
        }
        let props = scalar.properties
        switch props.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return dropped
        case .decimalNumber, .letterNumber, .otherNumber:
            return value
        default:
            guard props.isAlphabetic else { return separator }
        }
        let lower = props.lowercaseMapping
        guard value < 0x2000 else { return (lower.unicodeScalars.first ?? scalar).value }  // no Hangul jamo split
        let base = lower.decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        return base.value
    }

    /// Folds an ASCII byte: letters lowercased, digits kept, everything else a separator.
    @inline(__always)
    static func asciiFold(_ byte: UInt8) -> UInt32 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt32(byte | 0x20)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return UInt32(byte)
        default: return separator
        }
    }
}
