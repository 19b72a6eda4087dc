/// The YAML-style front matter of a Markdown file: `key: value` lines between `---` lines.
///
/// Only flat scalar keys are read; values may be quoted with `"` or `'`. Lines that are not
/// `key: value` (lists, nested maps) are ignored.
///
/// ```
/// ---
/// title: "Talks resume"
/// date: 2025-02-03
/// ---
/// ```
struct MarkdownFrontMatter {
    /// The values by lower-cased key.
    private(set) var values: [String: String] = [:]
    /// The index of the first line after the closing `---` (0 when there is no front matter).
    private(set) var bodyStart = 0

    /// Reads the front matter at the top of `lines`, if any.
    init(lines: [Substring]) {
        guard let first = lines.first, first.trimmingSpaces == "---" else { return }
        guard
            let close = lines.dropFirst().firstIndex(where: {
                $0.trimmingSpaces == "---" || $0.trimmingSpaces == "..."
            })
        else { return }
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":"), line.first != " ", line.first != "-" else {
                continue
            }
            let key = line[..<colon].trimmingSpaces.lowercased()
            let value = Self.unquoted(line[line.index(after: colon)...].trimmingSpaces)
            if !key.isEmpty && !value.isEmpty && values[key] == nil { values[key] = value }
        }
        bodyStart = close + 1
    }

    /// The first of `keys` that has a value.
    func value(_ keys: String...) -> String? {
        keys.lazy.compactMap { values[$0] }.first
    }

    /// The value without surrounding quotes.
    static func unquoted(_ value: Substring) -> String {
        guard value.count >= 2, let first = value.first, first == value.last,
            first == "\"" || first == "'"
        else { return String(value) }
        return String(value.dropFirst().dropLast())
    }
}

extension Substring {
    /// The text without spaces and tabs at either end.
    var trimmingSpaces: Substring {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 {
            start = bytes.index(after: start)
        }
        while start < end, case let before = bytes.index(before: end),
            bytes[before] == 0x20 || bytes[before] == 0x09
        {
            end = before
        }
        return self[start..<end]
    }
}
