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
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            let first = !seenContent
            seenContent = true
            if first && columns.first.map(trimmed) == headerCanonical { continue }
            records.append(try record(columns, line: number, file: file))
        }
        return records
    }

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
        column.split(separator: "|").map(trimmed).filter { !$0.isEmpty }
    }

    /// Trims spaces and tabs at both ends.
    static func trimmed(_ s: Substring) -> String {
        var t = s
        while let c = t.first, c == " " || c == "\t" { t.removeFirst() }
        while let c = t.last, c == " " || c == "\t" { t.removeLast() }
        return String(t)
    }
}
