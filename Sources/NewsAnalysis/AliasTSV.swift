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
enum AliasTSV {
    /// The optional header line's first column.
    static let headerCanonical = "canonical"

    /// Parses a whole file; `file` names it in error messages (`aliases.tsv`).
    static func parse(_ text: String, file: String) throws(AliasTableError) -> [AliasRecord] {
        var records: [AliasRecord] = []
        var seenContent = false
        var number = 0
        for line in lines(text) {
            number += 1
            let bytes = line.utf8
            if bytes.allSatisfy({ $0 == space || $0 == tab }) || bytes.first == UInt8(ascii: "#") { continue }
            let columns = bytes.split(separator: tab, omittingEmptySubsequences: false).map(Substring.init)
            let first = !seenContent
            seenContent = true
            if first && columns.first.map(trimmed) == headerCanonical { continue }
            records.append(try record(columns, line: number, file: file))
        }
        return records
    }

    /// The lines of a text, split at `\n`, `\r\n`, `\r`, vertical tab or form feed, on bytes
    /// (splitting `Character`s made loading the built-in table several times slower).
    static func lines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var result: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            let byte = utf8[i]
            utf8.formIndex(after: &i)
            guard byte >= 0x0A && byte <= 0x0D else { continue }
            result.append(Substring(utf8[start..<utf8.index(before: i)]))
            if byte == 0x0D, i < utf8.endIndex, utf8[i] == 0x0A { utf8.formIndex(after: &i) }
            start = i
        }
        result.append(Substring(utf8[start..<utf8.endIndex]))
        return result
    }

    /// A space byte.
    private static let space = UInt8(ascii: " ")
    /// A tab byte.
    private static let tab = UInt8(ascii: "\t")

    /// Builds one record from its columns.
    private static func record(
        _ columns: [Substring], line: Int, file: String
    ) throws(AliasTableError) -> AliasRecord {
        guard (2...4).contains(columns.count) else {
            throw .columnCount(file: file, line: line, found: columns.count)
        }
        let canonical = trimmed(columns[0])
        guard !canonical.isEmpty else { throw .emptyCanonical(file: file, line: line) }
        let kindText = trimmed(columns[1])
        guard let kind = ActorKind(rawValue: kindText.lowercased()) else {
            throw .unknownKind(file: file, line: line, kind: kindText)
        }
        let listed = columns.count > 2 ? list(columns[2]) : []
        let context = columns.count > 3 ? list(columns[3]) : []
        return AliasRecord(
            line: line, canonical: canonical, kind: kind,
            aliases: listed.filter { !$0.hasPrefix("-") },
            removals: listed.filter { $0.hasPrefix("-") }.map { trimmed($0.dropFirst()) },
            context: context)
    }

    /// Splits a ` | `-separated column (a bare `|` is accepted too), dropping empty items.
    static func list(_ column: Substring) -> [String] {
        column.utf8.split(separator: UInt8(ascii: "|")).map { trimmed(Substring($0)) }.filter { !$0.isEmpty }
    }

    /// Trims spaces and tabs at both ends.
    static func trimmed(_ s: Substring) -> String {
        let utf8 = s.utf8
        guard let first = utf8.firstIndex(where: { $0 != space && $0 != tab }),
            let last = utf8.lastIndex(where: { $0 != space && $0 != tab })
        else { return "" }
        return String(Substring(utf8[first...last]))
    }
}
