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

        /// `- item`, `* item`, `+ item` → `item`; numbered items (`1. item`) keep their number.
        func listItem(_ line: Substring) -> Substring? {
            let bytes = line.utf8
            guard let first = bytes.first else { return nil }
            if first == UInt8(ascii: "-") || first == UInt8(ascii: "*")
                || first == UInt8(ascii: "+")
            {
                let rest = line.dropFirst()
                guard rest.utf8.first == 0x20 || rest.utf8.first == 0x09 else { return nil }
                return rest.trimmingSpaces
            }
            let digits = bytes.prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count
            let rest = bytes.dropFirst(digits)
            guard (1...9).contains(digits),
                rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: ")"),
                rest.dropFirst().first == 0x20
            else { return nil }
            return line
        }

        /// A thematic break: three or more `-`, `*` or `_` (spaces allowed).
        func isRule(_ line: Substring) -> Bool {
            guard let mark = line.utf8.first,
                mark == UInt8(ascii: "-") || mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_")
            else { return false }
            var count = 0
            for byte in line.utf8 where byte != 0x20 {
                guard byte == mark else { return false }
                count += 1
            }
            return count >= 3
        }

        /// `[id]: http://…`.
        func isReferenceDefinition(_ line: Substring) -> Bool {
            guard line.first == "[", let close = line.firstIndex(of: "]") else { return false }
            return line[line.index(after: close)...].first == ":"
        }
    }
}
