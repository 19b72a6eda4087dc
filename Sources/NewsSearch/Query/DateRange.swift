/// An inclusive range of days as YYYYMMDD integers, either end possibly open.
///
/// `date:2025-03` is `DateRange(lower: 20250301, upper: 20250331)`;
/// `date:..2024-12` is `DateRange(lower: nil, upper: 20241231)`.
package struct DateRange: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The first day included, or nil for no lower bound.
    package var lower: Int?
    /// The last day included, or nil for no upper bound.
    package var upper: Int?

    /// Creates a range from its bounds (YYYYMMDD).
    package init(lower: Int?, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    /// True when no day can satisfy both bounds (after intersecting disjoint ranges).
    package var isEmpty: Bool {
        guard let lower, let upper else { return false }
        return lower > upper
    }

    /// Whether the day `yyyymmdd` falls in the range.
    package func contains(_ yyyymmdd: Int) -> Bool {
        (lower.map { yyyymmdd >= $0 } ?? true) && (upper.map { yyyymmdd <= $0 } ?? true)
    }

    /// The days in both ranges: the later lower bound and the earlier upper bound.
    package func intersection(_ other: DateRange) -> DateRange {
        DateRange(lower: Self.pick(lower, other.lower, max), upper: Self.pick(upper, other.upper, min))
    }

    /// `20250301..20250331`, with an empty side for an open end.
    package var description: String {
        "\(lower.map(String.init) ?? "")..\(upper.map(String.init) ?? "")"
    }

    /// Combines two optional bounds, a missing one yielding to the other.
    private static func pick(_ a: Int?, _ b: Int?, _ choose: (Int, Int) -> Int) -> Int? {
        guard let a else { return b }
        guard let b else { return a }
        return choose(a, b)
    }
}
