/// One parsed line of an alias file (gazetteer format; see `gazetteer.tsv`'s header).
struct AliasRecord: Sendable, Equatable {
    /// 1-based line number in its file.
    var line: Int
    /// The canonical name as displayed: `Vladimir Putin`.
    var canonical: String
    /// Person, organisation or place.
    var kind: ActorKind
    /// Spellings to add (display form).
    var aliases: [String]
    /// Spellings to remove (written `-Trump` in the aliases column).
    var removals: [String]
    /// The subset of aliases that need supporting context.
    var context: [String]
}

/// Reads the tab-separated alias format into ``AliasRecord``s, with line-numbered errors.
///
/// Works on the UTF-8 bytes with index ranges and makes a `String` only for each finished
/// field: splitting `Character`s and `Substring`s made loading the built-in table (1,400 lines)
/// cost several milliseconds of every query's start-up.
enum AliasTSV {
    /// The optional header line's first column.
    static let headerCanonical = "canonical"
    /// A space byte.
    private static let space = UInt8(ascii: " ")
    /// A tab byte.
    private static let tab = UInt8(ascii: "\t")

    /// Parses a whole file; `file` names it in error messages (`aliases.tsv`).
    static func parse(_ text: String, file: String) throws(AliasTableError) -> [AliasRecord] {
        let bytes = Array(text.utf8)
        var records: [AliasRecord] = []
        records.reserveCapacity(bytes.count / 64)
        var seenContent = false
        var number = 0
        for line in lines(bytes) {
            number += 1
            if bytes[line].allSatisfy({ $0 == space || $0 == tab }) || bytes[line].first == UInt8(ascii: "#") {
                continue
            }
            let columns = split(bytes, line, at: tab)
            let first = !seenContent
            seenContent = true
            if first && string(bytes, columns[0]) == headerCanonical { continue }
            records.append(try record(bytes, columns, line: number, file: file))
        }
        return records
    }

    /// Builds one record from its columns.
    private static func record(
        _ bytes: [UInt8], _ columns: [Range<Int>], line: Int, file: String
    ) throws(AliasTableError) -> AliasRecord {
        guard (2...4).contains(columns.count) else {
            throw .columnCount(file: file, line: line, found: columns.count)
        }
        let canonical = string(bytes, columns[0])
        guard !canonical.isEmpty else { throw .emptyCanonical(file: file, line: line) }
        let kindText = string(bytes, columns[1])
        guard let kind = ActorKind(rawValue: kindText.lowercased()) else {
            throw .unknownKind(file: file, line: line, kind: kindText)
        }
        var result = AliasRecord(line: line, canonical: canonical, kind: kind, aliases: [], removals: [], context: [])
        for item in columns.count > 2 ? list(bytes, columns[2]) : [] {
            if bytes[item.lowerBound] == UInt8(ascii: "-") {
                result.removals.append(string(bytes, item.dropFirst()))
            } else {
                result.aliases.append(string(bytes, item))
            }
        }
        result.context = columns.count > 3 ? list(bytes, columns[3]).map { string(bytes, $0) } : []
        return result
    }

    /// The lines of a text, split at `\n`, `\r\n`, `\r`, vertical tab or form feed.
    static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            guard byte >= 0x0A && byte <= 0x0D else { continue }
            result.append(start..<(i - 1))
            if byte == 0x0D, i < bytes.count, bytes[i] == 0x0A { i += 1 }
            start = i
        }
        result.append(start..<bytes.count)
        return result
    }

    /// The fields of `range` between `separator` bytes, empty ones included.
    static func split(_ bytes: [UInt8], _ range: Range<Int>, at separator: UInt8) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where bytes[i] == separator {
            result.append(start..<i)
            start = i + 1
        }
        result.append(start..<range.upperBound)
        return result
    }

    /// The items of a ` | `-separated column (a bare `|` is accepted too), trimmed, empty
    /// ones dropped.
    static func list(_ bytes: [UInt8], _ column: Range<Int>) -> [Range<Int>] {
        split(bytes, column, at: UInt8(ascii: "|")).map { trimmed(bytes, $0) }.filter { !$0.isEmpty }
    }

    /// A range without its leading and trailing spaces and tabs.
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == space || bytes[lower] == tab { lower += 1 }
        while upper > lower, bytes[upper - 1] == space || bytes[upper - 1] == tab { upper -= 1 }
        return lower..<upper
    }

    /// The text of a range, trimmed of spaces and tabs.
    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[trimmed(bytes, range)], as: UTF8.self)
    }
}
