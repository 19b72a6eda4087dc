/// A small, forgiving HTML tokenizer over UTF-8 bytes: tags, attributes and text runs.
///
/// Comments, CDATA sections, doctypes and processing instructions are skipped. The contents
/// of `<script>`, `<style>`, `<textarea>` and `<title>` are raw text: no tag inside them is
/// seen. Attribute values may be double-quoted, single-quoted or bare, in any order.
struct HTMLScanner {
    /// One thing the scanner found.
    enum Token {
        /// An opening tag: lower-cased name, and the byte range of its attributes.
        case open(name: String, attributes: Range<Int>)
        /// A closing tag, lower-cased.
        case close(name: String)
        /// A run of text (entities not yet decoded).
        case text(Range<Int>)
    }

    /// Elements whose content is raw text, not markup.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    /// The page's bytes.
    let bytes: UnsafeBufferPointer<UInt8>

    /// Calls `visit` for each token, in order.
    func scan(_ visit: (Token) -> Void) {
        var index = 0
        let end = bytes.count
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                let start = index
                index = find(UInt8(ascii: "<"), from: index)
                visit(.text(start..<index))
                continue
            }
            index = markup(at: index, visit)
        }
    }

    /// Handles the markup starting at the `<` at `start`; returns the index after it.
    func markup(at start: Int, _ visit: (Token) -> Void) -> Int {
        let next = start + 1 < bytes.count ? bytes[start + 1] : 0
        if hasPrefix("<!--", at: start) { return after("-->", from: start + 4) }
        if hasPrefix("<![CDATA[", at: start) { return after("]]>", from: start + 9) }
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            return after(">", from: start + 2)
        }
        if next == UInt8(ascii: "/") {
            let (name, nameEnd) = tagName(from: start + 2)
            if !name.isEmpty { visit(.close(name: name)) }
            return after(">", from: nameEnd)
        }
        guard isLetter(next) else {
            visit(.text(start..<start + 1))
            return start + 1
        }
        let (name, nameEnd) = tagName(from: start + 1)
        let tagEnd = endOfTag(from: nameEnd)
        visit(.open(name: name, attributes: nameEnd..<tagEnd))
        let contentStart = min(tagEnd + 1, bytes.count)
        guard Self.rawTextElements.contains(name) else { return contentStart }
        let closeAt = findClosingTag(name, from: contentStart)
        visit(.text(contentStart..<closeAt))
        return closeAt
    }

    /// The lower-cased tag name starting at `start`, and the index after it.
    func tagName(from start: Int) -> (String, Int) {
        var index = start
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        let name = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return (name.lowercased(), index)
    }

    /// The index of the `>` that ends a tag, skipping quoted attribute values.
    func endOfTag(from start: Int) -> Int {
        var index = start
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return bytes.count
    }

    /// The index of the `<` of `</name` (any case), or the end of the page.
    func findClosingTag(_ name: String, from start: Int) -> Int {
        let target = Array("</\(name)".utf8)
        var index = find(UInt8(ascii: "<"), from: start)
        while index < bytes.count {
            if index + target.count <= bytes.count,
                (0..<target.count).allSatisfy({ bytes[index + $0] | 0x20 == target[$0] | 0x20 })
            {
                return index
            }
            index = find(UInt8(ascii: "<"), from: index + 1)
        }
        return bytes.count
    }

    /// The index of the first `byte` at or after `start`, or the end.
    func find(_ byte: UInt8, from start: Int) -> Int {
        var index = start
        while index < bytes.count && bytes[index] != byte { index += 1 }
        return index
    }

    /// The index just after the first `marker` at or after `start`, or the end.
    func after(_ marker: StaticString, from start: Int) -> Int {
        let count = marker.utf8CodeUnitCount
        var index = start
        while index + count <= bytes.count {
            if hasPrefix(marker, at: index) { return index + count }
            index += 1
        }
        return bytes.count
    }

    /// True when the bytes at `index` spell `marker` (ASCII, any case).
    func hasPrefix(_ marker: StaticString, at index: Int) -> Bool {
        let count = marker.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let start = marker.utf8Start
        for offset in 0..<count where bytes[index + offset] | 0x20 != start[offset] | 0x20 {
            return false
        }
        return true
    }

    /// ASCII letter.
    func isLetter(_ byte: UInt8) -> Bool {
        byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")
    }

    /// A byte that can be part of a tag name.
    func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }
}
