/// Removes inline Markdown markup from one line, keeping the words.
///
/// Emphasis markers (`*`, `_` at word edges, `**`, `__`), code backticks, link and image
/// syntax (`[text](url)` → `text`, `![alt](src)` → `alt`, `[text][ref]` → `text`) and
/// backslash escapes. `MarkdownInline.plain("**Talks** [resume](http://x)")` is
/// `"Talks resume"`.
enum MarkdownInline {
    /// The line without inline markup.
    static func plain(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.contains(where: isMarkup) else { return line }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        clean(bytes[...], into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// True for the bytes that can start inline markup.
    static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["),
            UInt8(ascii: "\\"):
            return true
        default: return false
        }
    }

    /// Appends the cleaned bytes of `line` to `out`.
    static func clean(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            let next = index + 1 < line.endIndex ? line[index + 1] : 0
            switch byte {
            case UInt8(ascii: "\\") where next != 0 && isPunctuation(next):
                out.append(next)
                index += 2
            case UInt8(ascii: "!") where next == UInt8(ascii: "["):
                index += 1
            case UInt8(ascii: "["):
                index = link(line, at: index, into: &out)
            case UInt8(ascii: "`"):
                index += 1
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                let before = index > line.startIndex ? line[index - 1] : 0x20
                if isWordByte(before) && isWordByte(next) { out.append(byte) }
                index += 1
            default:
                out.append(byte)
                index += 1
            }
        }
    }

    /// Handles `[text](url)` or `[text][ref]` at `start`; returns the index after it.
    static func link(_ line: ArraySlice<UInt8>, at start: Int, into out: inout [UInt8]) -> Int {
        guard let close = line[start...].firstIndex(of: UInt8(ascii: "]")) else {
            out.append(line[start])
            return start + 1
        }
        let after = close + 1
        let opener = after < line.endIndex ? line[after] : 0
        let closer: UInt8 = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        guard opener == UInt8(ascii: "(") || opener == UInt8(ascii: "["),
            let end = line[after...].firstIndex(of: closer)
        else {
            out.append(line[start])
            return start + 1
        }
        clean(line[(start + 1)..<close], into: &out)
        return end + 1
    }

    /// ASCII punctuation that a backslash may escape.
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
            || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    /// A letter, digit or any non-ASCII byte (part of a word).
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
