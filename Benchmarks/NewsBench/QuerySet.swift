import Foundation

/// One benchmark query and the class it belongs to.
///
/// ```
/// # class: common term (rank <= 100)
/// codices
/// ```
/// gives `BenchQuery(text: "codices", queryClass: "common term (rank <= 100)")`.
struct BenchQuery: Sendable, Equatable {
    /// The query exactly as a user would type it.
    var text: String
    /// The class named by the last `# class:` line above it ("" when there is none).
    var queryClass: String
}

/// Reading a query file: one query a line, `#` comments, `# class: NAME` starting a class.
enum QuerySet {
    /// The queries of `contents`, in file order.
    static func parse(_ contents: String) -> [BenchQuery] {
        var queries: [BenchQuery] = []
        var queryClass = ""
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") {
                if let name = className(line) { queryClass = name }
            } else if !line.isEmpty {
                queries.append(BenchQuery(text: line, queryClass: queryClass))
            }
        }
        return queries
    }

    /// The class name of a `# class: NAME` line, or nil for any other comment.
    private static func className(_ line: String) -> String? {
        let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
        guard body.hasPrefix("class:") else { return nil }
        return body.dropFirst("class:".count).trimmingCharacters(in: .whitespaces)
    }
}
