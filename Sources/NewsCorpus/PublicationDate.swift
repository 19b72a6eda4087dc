/// A calendar day with no time zone: what a news article's dateline means.
///
/// `PublicationDate(year: 2025, month: 3, day: 18).iso` is `"2025-03-18"`.
package struct PublicationDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2025.
    package let year: Int
    /// The month, 1...12.
    package let month: Int
    /// The day of the month, 1...31.
    package let day: Int

    /// Creates a date, or nil when the parts do not name a real day.
    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...PublicationDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    package var iso: String { Self.dashed(year: year, month: month, day: day) }

    /// `YYYY-MM`, or `YYYY-MM-DD` with a day: the fields (not negative) in decimal, zero-padded
    /// to 4, 2 and 2 digits. Written as bytes: `String(format:)` through Foundation cost a
    /// thirtieth of a whole `newsearch query` process for ten dates, and joining `String(value)`
    /// pieces 570 instructions a field (a twentieth of a rare word's search, for the months of
    /// its date facet).
    package static func dashed(year: Int, month: Int, day: Int? = nil) -> String {
        String(unsafeUninitializedCapacity: 64) { bytes in
            var end = 0
            // Digits from the last: as many as the value needs, at least `width`.
            func field(_ value: Int, width: Int) {
                var length = 1
                var rest = value / 10
                while rest > 0 {
                    length += 1
                    rest /= 10
                }
                length = max(length, width)
                rest = value
                for index in (end..<(end + length)).reversed() {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                end += length
            }
            field(year, width: 4)
            bytes[end] = UInt8(ascii: "-")
            end += 1
            field(month, width: 2)
            if let day {
                bytes[end] = UInt8(ascii: "-")
                end += 1
                field(day, width: 2)
            }
            return end
        }
    }

    /// The date as a sortable integer, e.g. 20250318.
    package var ordinal: Int { year * 10000 + month * 100 + day }

    /// Re-creates a date from ``ordinal``.
    package init?(ordinal: Int) {
        self.init(year: ordinal / 10000, month: (ordinal / 100) % 100, day: ordinal % 100)
    }

    package var description: String { iso }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The number of days in a month, leap years included.
    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
