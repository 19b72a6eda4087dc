import NewsCorpus

/// Reads the value of a `date:` filter (and of `--from`/`--to`) into a ``DateRange``.
///
/// | value | range |
/// | --- | --- |
/// | `2025` | 20250101...20251231 |
/// | `2025-02` | 20250201...20250228 |
/// | `2025-03-18` | 20250318...20250318 |
/// | `2025-03-01..2025-03-31` | 20250301...20250331 |
/// | `2025-03..` / `..2024-12` | from 20250301 / up to 20241231 |
package enum QueryDateParser {
    /// The range a `date:` value names; throws ``QueryError/invalidDate(_:)`` for anything else,
    /// including `..` alone and a range whose start is after its end.
    package static func range(_ value: String) throws(QueryError) -> DateRange {
        guard let range = parseRange(value) else { throw .invalidDate(value) }
        return range
    }

    /// The days one date (YYYY, YYYY-MM or YYYY-MM-DD) covers, or nil if it is not one.
    package static func span(_ text: Substring) -> DateRange? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = digits(parts[0]), year >= 1
        else { return nil }
        guard parts.count > 1 else { return DateRange(lower: year * 10000 + 101, upper: year * 10000 + 1231) }
        guard parts[1].count == 2, let month = digits(parts[1]), (1...12).contains(month) else { return nil }
        let first = year * 10000 + month * 100
        guard parts.count > 2 else {
            return DateRange(lower: first + 1, upper: first + PublicationDate.daysIn(month: month, year: year))
        }
        guard parts[2].count == 2, let day = digits(parts[2]),
            (1...PublicationDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return DateRange(lower: first + day, upper: first + day)
    }

    /// A single date or an `A..B` range with at most one open end.
    private static func parseRange(_ value: String) -> DateRange? {
        let text = Substring(value)
        guard let dots = text.indices.first(where: { text[$0...].hasPrefix("..") }) else { return span(text) }
        let start = text[..<dots], end = text[text.index(dots, offsetBy: 2)...]
        guard !(start.isEmpty && end.isEmpty) else { return nil }
        var range = DateRange(lower: nil, upper: nil)
        if !start.isEmpty {
            guard let lower = span(start)?.lower else { return nil }
            range.lower = lower
        }
        if !end.isEmpty {
            guard let upper = span(end)?.upper else { return nil }
            range.upper = upper
        }
        return range.isEmpty ? nil : range
    }

    /// The value of an all-ASCII-digit string, or nil.
    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }
}
