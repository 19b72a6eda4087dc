/// The lines of a decoded text as byte ranges, trimmed of spaces and tabs at both ends.
///
/// Works on UTF-8 bytes so that the per-article hot path never walks `Character`s; lines
/// are split at LF only (``TextDecoding`` has already turned CR and CRLF into LF).
struct TextLines {
    /// The text's UTF-8 bytes; valid for as long as the text they came from.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Each line's trimmed byte range; an empty range is a blank line.
    private(set) var ranges: [Range<Int>] = []

    /// Splits the bytes into lines.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var start = 0
        ranges.reserveCapacity(bytes.count / 64 + 1)
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            ranges.append(Self.trimmed(bytes, start..<end))
            start = end + 1
        }
    }

    /// The number of lines.
    var count: Int { ranges.count }

    /// True when line `index` is blank (or past the end).
    func isBlank(_ index: Int) -> Bool { index >= ranges.count || ranges[index].isEmpty }

    /// Line `index` as a string.
    func string(_ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[ranges[index]]), as: UTF8.self)
    }

    /// The index of the first non-blank line at or after `index`, or ``count``.
    func nextNonBlank(from index: Int) -> Int {
        var index = index
        while index < ranges.count && ranges[index].isEmpty { index += 1 }
        return index
    }

    /// The paragraphs from line `index` on: runs of non-blank lines, each joined with spaces.
    func paragraphs(from index: Int) -> [String] {
        var result: [String] = []
        var line = nextNonBlank(from: index)
        while line < ranges.count {
            var end = line
            while end < ranges.count && !ranges[end].isEmpty { end += 1 }
            result.append(joined(line..<end))
            line = nextNonBlank(from: end)
        }
        return result
    }

    /// Lines `lines` joined with single spaces, tabs turned into spaces.
    func joined(_ lines: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + ranges[$1].count + 1 })
        for line in lines {
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[ranges[line]]))
        }
        for index in out.indices where out[index] == 0x09 { out[index] = 0x20 }
        return String(decoding: out, as: UTF8.self)
    }

    /// The range without leading and trailing spaces, tabs, form feeds and vertical tabs.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && isSpace(bytes[lower]) { lower += 1 }
        while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Space, tab, vertical tab, form feed or a stray CR.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D
    }
}

extension Array where Element == String {
    /// The first element as lede and the rest joined by blank lines as body.
    var ledeAndBody: (lede: String, body: String) {
        guard let first else { return ("", "") }
        return (first, dropFirst().joined(separator: "\n\n"))
    }
}
