/// Collects the visible text of an HTML page as paragraphs, decoding entities and folding
/// white space.
///
/// Runs of white space become one space; ``breakParagraph()`` (called at block tags) ends
/// the current paragraph. `&eacute;` and `&#233;` both become `é`.
struct HTMLText {
    /// The finished paragraphs, trimmed, none empty.
    private(set) var paragraphs: [String] = []
    /// The paragraph being built, as UTF-8.
    private var current: [UInt8] = []

    /// Appends a run of raw page text.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            var plainEnd = index
            while plainEnd < end, !Self.isSpecial(bytes[plainEnd]) { plainEnd += 1 }
            if plainEnd > index {
                current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<plainEnd]))
                index = plainEnd
                continue
            }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "&") {
                if let next = HTMLEntities.decode(bytes, at: index - 1, end: end, into: &current) {
                    index = next
                } else {
                    current.append(byte)
                }
            } else if let last = current.last, last != 0x20 {
                current.append(0x20)
            }
        }
    }

    /// White space or `&`: the bytes that are not copied as they are.
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte <= 0x20 && (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) || byte == 0x26
    }

    /// Ends the current paragraph.
    mutating func breakParagraph() {
        let text = Self.trimmed(current)
        current.removeAll(keepingCapacity: true)
        if !text.isEmpty { paragraphs.append(text) }
    }

    /// Ends the current paragraph and returns all of them.
    mutating func finish() -> [String] {
        breakParagraph()
        return paragraphs
    }

    /// The bytes as a string, without white space at either end (entities included).
    static func trimmed(_ bytes: [UInt8]) -> String {
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }

    /// Decodes entities and folds white space in a short text such as an attribute value.
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var text = HTMLText()
        text.append(bytes, range)
        return text.finish().joined(separator: " ")
    }
}

/// The attributes of one tag: lower-cased names → entity-decoded values.
enum HTMLAttributes {
    /// Parses `name="v"`, `name='v'`, `name=v` and bare `name`, in any order.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String: String]
    {
        var result: [String: String] = [:]
        var index = range.lowerBound
        let end = range.upperBound
        func isSpace(_ b: UInt8) -> Bool {
            b == 0x20 || (b >= 0x09 && b <= 0x0D) || b == UInt8(ascii: "/")
        }
        while index < end {
            while index < end && isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "=") {
                index += 1
            }
            guard index > nameStart else { break }
            let name = String(
                decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
            while index < end && bytes[index] == 0x20 { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: "=") else {
                result[name.lowercased()] = ""
                continue
            }
            index += 1
            while index < end && bytes[index] == 0x20 { index += 1 }
            let valueRange = value(bytes, from: &index, end: end)
            result[name.lowercased()] = HTMLText.plain(bytes, valueRange)
        }
        return result
    }

    /// The range of a quoted or bare value starting at `index`; moves `index` past it.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int, end: Int)
        -> Range<Int>
    {
        guard index < end else { return index..<index }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = index + 1
            index = start
            while index < end && bytes[index] != quote { index += 1 }
            defer { index = min(index + 1, end) }
            return start..<index
        }
        let start = index
        while index < end, bytes[index] != 0x20, !(bytes[index] >= 0x09 && bytes[index] <= 0x0D) {
            index += 1
        }
        return start..<index
    }
}
