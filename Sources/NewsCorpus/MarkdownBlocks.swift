/// Splits Markdown lines into paragraph-level blocks with their markup removed.
///
/// Blank lines, headings, list items, rules and code fences end a paragraph; list items and
/// headings are blocks of their own; reference definitions (`[1]: http://…`) are dropped.
enum MarkdownBlocks {
    /// The blocks of the lines, in order.
    static func split(_ lines: ArraySlice<Substring>) -> [MarkdownArticleParser.Block] {
        var splitter = Splitter()
        for line in lines { splitter.take(line) }
        splitter.flush()
        return splitter.blocks
    }

    /// The state of one pass over the lines.
    struct Splitter {
        /// The finished blocks.
        var blocks: [MarkdownArticleParser.Block] = []
        /// The lines of the paragraph being built.
        var current: [String] = []
        /// The fence that opened the code block being read (``` or ~~~), if any.
        var fence: Substring?

        /// Takes in one line.
        mutating func take(_ raw: Substring) {
            var line = raw.trimmingSpaces
            if let open = fence {
                if line.hasPrefix(open) {
                    fence = nil
                    flush()
                } else if !line.isEmpty {
                    current.append(String(line))
                }
                return
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush()
                fence = line.prefix(3)
                return
            }
            while line.hasPrefix(">") { line = line.dropFirst().trimmingSpaces }
            if line.isEmpty || isRule(line) { return flush() }
            if current.count == 1, line.allSatisfy({ $0 == "=" }) {
                return flush(asTitleHeading: true)
            }
            if let (level, text) = heading(line) {
                flush()
                current = [MarkdownInline.plain(text)]
                return flush(asTitleHeading: level == 1)
            }
            if isReferenceDefinition(line) { return }
            if let item = listItem(line) {
                flush()
                line = item
            }
            current.append(MarkdownInline.plain(String(line)))
        }

        /// Ends the paragraph being built.
        mutating func flush(asTitleHeading: Bool = false) {
            let lines = current.filter { !$0.isEmpty }
            current = []
            guard !lines.isEmpty else { return }
            blocks.append(.init(lines: lines, isTitleHeading: asTitleHeading))
        }

        /// `## Heading ##` → (2, "Heading").
        func heading(_ line: Substring) -> (Int, String)? {
            let level = line.prefix(while: { $0 == "#" }).count
            guard (1...6).contains(level) else { return nil }
            let rest = line.dropFirst(level)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            var text = rest.trimmingSpaces
            while text.last == "#" { text.removeLast() }
            return (level, String(text.trimmingSpaces))
        }

        /// `- item`, `* item`, `+ item` → `item`; numbered items keep their number.
        func listItem(_ line: Substring) -> Substring? {
            guard let first = line.first, first == "-" || first == "*" || first == "+" else {
                let digits = line.prefix(while: \.isASCII).prefix(while: \.isNumber)
                let rest = line.dropFirst(digits.count)
                guard !digits.isEmpty, rest.first == "." || rest.first == ")",
                    rest.dropFirst().first == " "
                else { return nil }
                return line
            }
            let rest = line.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            return rest.trimmingSpaces
        }

        /// A thematic break: three or more `-`, `*` or `_` (spaces allowed).
        func isRule(_ line: Substring) -> Bool {
            let marks = line.filter { $0 != " " }
            guard marks.count >= 3, let mark = marks.first, "-*_".contains(mark) else {
                return false
            }
            return marks.allSatisfy { $0 == mark }
        }

        /// `[id]: http://…`.
        func isReferenceDefinition(_ line: Substring) -> Bool {
            guard line.first == "[", let close = line.firstIndex(of: "]") else { return false }
            return line[line.index(after: close)...].first == ":"
        }
    }
}
