/// HTML character references: `&eacute;`, `&#233;`, `&#x2019;`.
///
/// Covers the named entities news pages use (Latin-1 letters and symbols, typographic
/// quotes and dashes, a few Greek letters and arrows); an unknown name is kept as written.
/// `&nbsp;` becomes a plain space, since text is indexed, not laid out.
enum HTMLEntities {
    /// Named entities → code points.
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0x20,
        "ensp": 0x20, "emsp": 0x20, "thinsp": 0x20, "zwnj": 0x200C, "zwj": 0x200D, "shy": 0xAD,
        "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
        "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB,
        "lsaquo": 0x2039, "rsaquo": 0x203A, "hellip": 0x2026, "bull": 0x2022, "middot": 0xB7,
        "prime": 0x2032, "Prime": 0x2033, "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7,
        "divide": 0xF7, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup1": 0xB9,
        "sup2": 0xB2, "sup3": 0xB3, "micro": 0xB5, "para": 0xB6, "sect": 0xA7, "cent": 0xA2,
        "pound": 0xA3, "euro": 0x20AC, "yen": 0xA5, "curren": 0xA4, "iexcl": 0xA1,
        "iquest": 0xBF, "ordf": 0xAA, "ordm": 0xBA, "not": 0xAC, "macr": 0xAF, "acute": 0xB4,
        "cedil": 0xB8, "uml": 0xA8, "brvbar": 0xA6, "minus": 0x2212, "larr": 0x2190,
        "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "harr": 0x2194, "infin": 0x221E,
        "ne": 0x2260, "le": 0x2264, "ge": 0x2265, "asymp": 0x2248, "alpha": 0x3B1,
        "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4, "pi": 0x3C0, "mu": 0x3BC,
        "sigma": 0x3C3, "omega": 0x3C9, "Delta": 0x394, "Omega": 0x3A9,
        "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4,
        "Aring": 0xC5, "AElig": 0xC6, "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9,
        "Ecirc": 0xCA, "Euml": 0xCB, "Igrave": 0xCC, "Iacute": 0xCD, "Icirc": 0xCE,
        "Iuml": 0xCF, "ETH": 0xD0, "Ntilde": 0xD1, "Ograve": 0xD2, "Oacute": 0xD3,
        "Ocirc": 0xD4, "Otilde": 0xD5, "Ouml": 0xD6, "Oslash": 0xD8, "Ugrave": 0xD9,
        "Uacute": 0xDA, "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD, "THORN": 0xDE,
        "szlig": 0xDF, "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3,
        "auml": 0xE4, "aring": 0xE5, "aelig": 0xE6, "ccedil": 0xE7, "egrave": 0xE8,
        "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "igrave": 0xEC, "iacute": 0xED,
        "icirc": 0xEE, "iuml": 0xEF, "eth": 0xF0, "ntilde": 0xF1, "ograve": 0xF2,
        "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "oslash": 0xF8,
        "ugrave": 0xF9, "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD,
        "thorn": 0xFE, "yuml": 0xFF, "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160,
        "scaron": 0x161, "Yuml": 0x178, "Zcaron": 0x17D, "zcaron": 0x17E, "fnof": 0x192,
        "circ": 0x2C6, "tilde": 0x2DC,
    ]

    /// Decodes the reference starting at `start` (the `&`) into `out`; returns the index after
    /// it, or nil (nothing written) when the text there is not a reference.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, into out: inout [UInt8]
    ) -> Int? {
        var index = start + 1
        guard index < end else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            return decodeNumeric(bytes, at: index + 1, end: end, into: &out)
        }
        let nameStart = index
        while index < end, index - nameStart < 10, isAlphanumeric(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: ";"), index > nameStart else { return nil }
        let name = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
        guard let value = named[name] ?? named[name.lowercased()] else { return nil }
        append(value, to: &out)
        return index + 1
    }

    /// Decodes `233;` or `x2019;` (the `;` may be missing); bytes 128–159 as Windows-1252.
    static func decodeNumeric(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, into out: inout [UInt8]
    ) -> Int? {
        var index = start
        let hex = index < end && (bytes[index] | 0x20) == UInt8(ascii: "x")
        if hex { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < end, let digit = digitValue(bytes[index], hex: hex), index - digitsStart < 8 {
            value = value * (hex ? 16 : 10) + digit
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < end && bytes[index] == UInt8(ascii: ";") { index += 1 }
        if value >= 0x80 && value < 0xA0 {
            value = Windows1252.scalar(for: UInt8(value)).value
        }
        append(Unicode.Scalar(value) == nil || value == 0 ? 0xFFFD : value, to: &out)
        return index
    }

    /// Appends the UTF-8 bytes of a code point.
    static func append(_ value: UInt32, to out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        out.append(contentsOf: UTF8.encode(scalar)!)
    }

    /// The value of a decimal or hexadecimal digit, or nil.
    static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - 87)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - 55)
        default: return nil
        }
    }

    /// ASCII letter or digit.
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
