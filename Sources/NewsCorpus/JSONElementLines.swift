/// Finds the line on which each element of a top-level JSON array starts, so that a skipped
/// element of a `.json` array can be reported by line like a JSON Lines record.
///
/// The text must already be known to be valid JSON with an array at the top.
/// `JSONElementLines.lines(of: "[\n {\"a\": 1},\n 2\n]")` is `[2, 3]`.
enum JSONElementLines {
    /// The 1-based start line of each top-level array element, in order.
    static func lines(of text: String) -> [Int] {
        var text = text
        return text.withUTF8 { lines(of: $0) }
    }

    /// The 1-based start line of each top-level array element, in order.
    static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var result: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var expecting = false
        for byte in bytes {
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { continue }
            if depth == 1 && expecting && byte != UInt8(ascii: "]") {
                result.append(line)
                expecting = false
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth == 1 { expecting = true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ","): if depth == 1 { expecting = true }
            default: break
            }
        }
        return result
    }
}
