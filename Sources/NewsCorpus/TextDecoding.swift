import Foundation

/// Turns a file's bytes into text: byte-order marks, UTF-8, UTF-16, Windows-1252, line endings.
///
/// Every parser starts here, so every format gets the same rules:
/// - a UTF-8 byte-order mark is dropped; UTF-16 (LE or BE, with a mark) is decoded;
/// - valid UTF-8 is taken as is; anything else is read as Windows-1252 (nothing is dropped);
/// - CRLF and lone CR become LF;
/// - binary data, empty files and files over the size limit are refused.
///
/// `try TextDecoding.decode(Data("a\r\nb".utf8))` is `"a\nb"`.
package enum TextDecoding {
    /// How many leading bytes are inspected for signs of binary data.
    static let sniffLength = 8192

    /// Decodes a whole file.
    ///
    /// - Throws: ``CorpusError/tooLarge(bytes:limit:)`` (checked first, before any decoding),
    ///   ``CorpusError/empty`` for no text or only white space, ``CorpusError/binary``.
    package static func decode(
        _ data: Data, sizeLimit: Int = ArticleFileParser.sizeLimit
    ) throws(CorpusError) -> String {
        guard data.count <= sizeLimit else { throw .tooLarge(bytes: data.count, limit: sizeLimit) }
        let result: Result<String, CorpusError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(CorpusError) { return .success(try decode(bytes: bytes)) } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Decodes bytes already known to be within the size limit.
    static func decode(bytes: UnsafeBufferPointer<UInt8>) throws(CorpusError) -> String {
        if let utf16 = UTF16Text.byteOrder(of: bytes) {
            let text = normalizingLineEndings(UTF16Text.decode(bytes, bigEndian: utf16))
            guard !isBlank(text.utf8) else { throw .empty }
            return text
        }
        let hasUTF8Mark =
            bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let body = UnsafeBufferPointer(rebasing: bytes[(hasUTF8Mark ? 3 : 0)...])
        guard !isBlank(body) else { throw .empty }
        guard !looksBinary(body) else { throw .binary }
        if let base = body.baseAddress, memchr(base, 0x0D, body.count) != nil {
            return text(fromBytes: normalizedLineEndings(body))
        }
        return text(fromBytes: body)
    }

    /// UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    static func text(fromBytes bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return Windows1252.decode(bytes)
    }

    /// UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    static func text(fromBytes bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { text(fromBytes: $0) }
    }

    /// True when the bytes hold nothing but ASCII white space.
    static func isBlank<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    }

    /// True when the first few KB hold a NUL byte or more than 10% control characters.
    ///
    /// Text has no control bytes at all in most 8-byte words, so each word is first tested as a
    /// whole (two bit tricks) and only a word that has one is counted byte by byte: counting
    /// every byte was a quarter of parsing a plain-text article.
    static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let sample = UnsafeBufferPointer(rebasing: bytes.prefix(sniffLength))
        guard let base = sample.baseAddress else { return false }
        var controls = 0
        var nuls = 0
        var index = 0
        while index + 8 <= sample.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if hasByteBelowSpace(word) || hasZeroByte(word ^ 0x7F7F_7F7F_7F7F_7F7F) {
                count(UnsafeBufferPointer(start: base + index, count: 8), controls: &controls, nuls: &nuls)
            }
            index += 8
        }
        count(UnsafeBufferPointer(rebasing: sample[index...]), controls: &controls, nuls: &nuls)
        return nuls > 0 || controls * 10 > sample.count
    }

    /// Whether some byte of `word` is below 0x20 (exact: a borrow can only start at such a byte).
    @inline(__always)
    private static func hasByteBelowSpace(_ word: UInt64) -> Bool {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether some byte of `word` is zero.
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Adds up the control bytes (below 0x20 other than tab, LF, form feed and CR; and DEL)
    /// and the NUL bytes of `bytes`.
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>, controls: inout Int, nuls: inout Int) {
        // bit n set: byte n is a control byte that text does not contain
        let controlMask: UInt32 = ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D)
        for byte in bytes {
            let value = UInt32(byte)
            let isLow = value < 0x20 ? (controlMask >> (value & 31)) & 1 : 0
            controls &+= Int(isLow | (value == 0x7F ? 1 : 0))
            nuls &+= value == 0 ? 1 : 0
        }
    }

    /// A copy of the bytes with CRLF and lone CR turned into LF.
    static func normalizedLineEndings(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// The text with CRLF and lone CR turned into LF.
    static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer {
            String(decoding: normalizedLineEndings($0), as: UTF8.self)
        }
    }
}

/// UTF-16 files, recognised by their byte-order mark.
enum UTF16Text {
    /// `false` for a little-endian mark (FF FE), `true` for big-endian (FE FF), nil for none.
    static func byteOrder(of bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return false }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return true }
        return nil
    }

    /// Decodes the bytes after the mark; unpaired surrogates become U+FFFD.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
