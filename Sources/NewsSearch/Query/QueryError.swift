/// A query the parser cannot repair: the CLI reports it and exits 2.
///
/// Almost everything a user types is searchable after a repair (see ``QueryIssue``);
/// only a `date:` value that names no date is refused, because guessing a date
/// would silently search the wrong period.
package enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A `date:` value (or a `--from`/`--to` value) that is not YYYY, YYYY-MM, YYYY-MM-DD or A..B.
    ///
    /// `QueryError.invalidDate("yesterday").description` is
    /// `invalid date 'yesterday' in date: filter (expected YYYY, YYYY-MM, YYYY-MM-DD or A..B)`.
    case invalidDate(String)
    /// A `--from` or `--to` value that is not YYYY, YYYY-MM or YYYY-MM-DD.
    ///
    /// `QueryError.invalidOption(option: "--from", value: "May").description` is
    /// `invalid date 'May' for --from (expected YYYY, YYYY-MM or YYYY-MM-DD)`.
    case invalidOption(option: String, value: String)
    /// `--from` later than `--to`.
    ///
    /// `QueryError.reversedRange(from: "2025", to: "2024").description` is
    /// `--from 2025 is later than --to 2024`.
    case reversedRange(from: String, to: String)

    /// A lowercase one-line message, without the `newsearch: ` prefix.
    package var description: String {
        switch self {
        case .invalidDate(let value):
            "invalid date '\(value)' in date: filter (expected YYYY, YYYY-MM, YYYY-MM-DD or A..B)"
        case .invalidOption(let option, let value):
            "invalid date '\(value)' for \(option) (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        case .reversedRange(let from, let to):
            "--from \(from) is later than --to \(to)"
        }
    }
}
