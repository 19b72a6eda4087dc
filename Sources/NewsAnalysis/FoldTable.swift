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
    ///
    /// Read from `Resources/foldtable.bin`, compiled into the binary: computing it from the
    /// Unicode properties took 3 ms, a sixth of a query process's start. A test checks it
    /// against ``computeFold(_:)`` for every scalar; `scripts/gen-foldtable` rewrites it when
    /// a new Swift toolchain brings new Unicode data.
    static let table: [UInt32] = decode(PackageResources.foldtable_bin)

    /// The table's file format: one little-endian `UInt16` per scalar below ``limit``.
    static func encode(_ table: [UInt32]) -> [UInt8] {
        table.flatMap { value -> [UInt8] in
            precondition(value <= UInt16.max, "fold of a scalar below the limit above U+FFFF")
            return [UInt8(value & 0xFF), UInt8(value >> 8)]
        }
    }

    /// Reads ``encode(_:)``'s format.
    static func decode(_ bytes: [UInt8]) -> [UInt32] {
        (0..<bytes.count / 2).map { UInt32(bytes[2 * $0]) | UInt32(bytes[2 * $0 + 1]) << 8 }
    }

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

    /// Computes the fold of one scalar from Unicode properties (slow; `scripts/gen-foldtable`
    /// builds the table with it).
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
