/// Something in the query text that the parser repaired rather than refused.
///
/// For `"energy facilities` the parser searches the phrase as if the quote were closed
/// and reports `QueryIssue(position: 0, message: "unclosed quote closed at the end of the query")`.
package struct QueryIssue: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem starts, counted in Unicode scalars from the start of the query (0-based).
    package let position: Int
    /// A lowercase fragment saying what was wrong and what was done about it.
    package let message: String

    /// Creates an issue at `position` with `message`.
    package init(position: Int, message: String) {
        self.position = position
        self.message = message
    }

    /// `position N: message`, with N 1-based as editors count columns.
    package var description: String { "position \(position + 1): \(message)" }
}
