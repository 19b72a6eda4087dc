import Foundation
import NewsSearch

/// Word wrapping and cutting for terminal text, measured on the visible characters only.
package enum TextWrapping {
    /// `text` cut to `width` characters, ending in `…` when cut.
    package static func cut(_ text: String, to width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        var cut = String(text.prefix(width - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > width / 2 {
            cut = String(cut[..<space])
        }
        return cut + "…"
    }

    /// Highlighted text wrapped into lines of at most `width` visible characters; each line
    /// styled by `style(word, highlighted)`.
    package static func wrap(
        _ text: HighlightedText, width: Int, style: (String, Bool) -> String
    ) -> [String] {
        var lines: [String] = []
        var line = ""
        var visible = 0
        for (word, highlighted) in words(text) {
            let length = word.count
            if visible > 0 && visible + 1 + length > width {
                lines.append(line)
                line = ""
                visible = 0
            }
            if visible > 0 {
                line += " "
                visible += 1
            }
            line += style(word, highlighted)
            visible += length
        }
        if visible > 0 { lines.append(line) }
        return lines
    }

    /// The words of highlighted text, each with whether it is (partly) a match.
    private static func words(_ text: HighlightedText) -> [(String, Bool)] {
        var words: [(String, Bool)] = []
        var pendingJoin = false
        for segment in text.segments {
            let pieces = segment.text.split(separator: " ", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                let joinsPrevious = index == 0 && pendingJoin && !piece.isEmpty
                if piece.isEmpty { continue }
                let word = piece.replacingOccurrences(of: "\n", with: " ")
                if joinsPrevious, let last = words.popLast() {
                    words.append((last.0 + word, last.1 || segment.highlighted))
                } else {
                    words.append((word, segment.highlighted))
                }
            }
            pendingJoin = !(segment.text.last?.isWhitespace ?? true)
        }
        return words
    }
}
