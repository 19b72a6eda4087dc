/// The Windows-1252 code page, for archive files that are not UTF-8.
///
/// Bytes 0x80–0x9F map to the typographic characters Windows puts there (`0x92` is `’`);
/// the five bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are read as
/// Latin-1, so no byte is ever dropped. 0xA0–0xFF are Latin-1.
///
/// `Windows1252.decode([0x93, 0x63, 0x61, 0x66, 0xE9, 0x94])` is `"“café”"`.
enum Windows1252 {
    /// The code points of bytes 0x80...0x9F.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The Unicode scalar for one byte.
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte < 0xA0 {
            return Unicode.Scalar(high[Int(byte) - 0x80])!
        }
        return Unicode.Scalar(byte)
    }

    /// Decodes every byte; the result has exactly one scalar per byte.
    static func decode<C: Collection<UInt8>>(_ bytes: C) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes { out.append(scalar(for: byte)) }
        return String(out)
    }
}
