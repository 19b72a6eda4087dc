/// Reads a whole line as a calendar date, in the spellings news archives use.
///
/// Accepted: `3 February 2025`, `Feb 3, 2025`, `Sept. 3, 2025`, `2025-02-03`,
/// `2025-02-03T10:04:12Z` (the date part), `3 févr. 2025`, `1er mars 2025`, `03/02/2025` and
/// `3.2.2025` (day first, unless only month first makes sense: `12/31/2025`), with an
/// optional weekday in front (`lundi 3 février 2025`) and an optional time after
/// (`3 February 2025 10:04 GMT`). Month names are English, French,
/// German or Spanish, full or abbreviated, with or without accents, in any case.
///
/// The whole string must be a date: `DateParser.parse("talks on 3 May 2025")` is nil,
/// and so is `DateParser.parse("31 February 2025")`.
package enum DateParser {
    /// Longer strings (in UTF-8 bytes) are never a date line.
    static let maxLength = 80

    /// The date the whole string spells, or nil.
    package static func parse<S: StringProtocol>(_ string: S) -> PublicationDate? {
        guard string.utf8.count <= maxLength else { return nil }
        let scalars = Array(string.unicodeScalars)
        if let date = isoTimestamp(scalars) { return date }
        guard let tokens = DateToken.tokenize(scalars) else { return nil }
        if let date = date(from: tokens[...]) { return date }
        if case .word(let word)? = tokens.first, DateWords.weekdays.contains(word) {
            return date(from: tokens.dropFirst())
        }
        return nil
    }

    /// `YYYY-MM-DD` followed by `T` or a space and a time with an optional zone.
    static func isoTimestamp(_ s: [Unicode.Scalar]) -> PublicationDate? {
        guard s.count > 10, s[4] == "-", s[7] == "-", s[10] == "T" || s[10] == " " || s[10] == "t",
            let year = number(s[0..<4]), let month = number(s[5..<7]), let day = number(s[8..<10])
        else { return nil }
        guard
            s[11...].allSatisfy({
                ("0"..."9").contains($0) || ":.+-Zz ".unicodeScalars.contains($0)
            })
        else {
            return nil
        }
        return PublicationDate(year: year, month: month, day: day)
    }

    /// The value of a run of ASCII digits, or nil.
    static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        var value = 0
        for scalar in digits {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return digits.isEmpty ? nil : value
    }

    /// A date from the tokens, which it must use up (a trailing time aside).
    static func date(from tokens: ArraySlice<DateToken>) -> PublicationDate? {
        var rest = tokens
        guard let (year, month, day) = dayMonthYear(&rest), DateToken.isTime(rest) else {
            return nil
        }
        return PublicationDate(year: year, month: month, day: day)
    }

    /// Takes year, month and day off the front of the tokens, in any of the accepted orders.
    static func dayMonthYear(_ t: inout ArraySlice<DateToken>) -> (Int, Int, Int)? {
        let parts = Array(t.prefix(4))
        func take(_ n: Int, _ ymd: (Int, Int, Int)) -> (Int, Int, Int) {
            t = t.dropFirst(n)
            return ymd
        }
        switch (
            parts.count > 0 ? parts[0] : nil, parts.count > 1 ? parts[1] : nil,
            parts.count > 2 ? parts[2] : nil, parts.count > 3 ? parts[3] : nil
        ) {
        case (.number(let d, let dl)?, .word("of")?, .word(let m)?, .number(let y, 4)?)
        where dl <= 2:
            guard let month = DateWords.months[m] else { return nil }
            return take(4, (y, month, d))
        case (.number(let d, let dl)?, .word(let m)?, .number(let y, 4)?, _) where dl <= 2:
            guard let month = DateWords.months[m] else { return nil }
            return take(3, (y, month, d))
        case (.word(let m)?, .number(let d, let dl)?, .number(let y, 4)?, _) where dl <= 2:
            guard let month = DateWords.months[m] else { return nil }
            return take(3, (y, month, d))
        case (.number(let y, 4)?, .word(let m)?, .number(let d, let dl)?, _) where dl <= 2:
            guard let month = DateWords.months[m] else { return nil }
            return take(3, (y, month, d))
        case (.number(let d, let dl)?, .number(let m, let ml)?, .number(let y, 4)?, _)
        where dl <= 2 && ml <= 2:
            // Day first; a "month" over 12 can only be a US-style month-first date.
            return take(3, m > 12 && d <= 12 ? (y, d, m) : (y, m, d))
        case (.number(let y, 4)?, .number(let m, let ml)?, .number(let d, let dl)?, _)
        where dl <= 2 && ml <= 2:
            return take(3, (y, m, d))
        default:
            return nil
        }
    }
}
