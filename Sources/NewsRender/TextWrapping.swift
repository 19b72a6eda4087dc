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

    /// The words of highlighted text (split at any white space, line breaks included), each
    /// with whether it is (partly) a match; a word split across segments stays one word.
    private static func words(_ text: HighlightedText) -> [(String, Bool)] {
        var words: [(String, Bool)] = []
        var joinsPrevious = false
        for segment in text.segments {
            var first = true
            for piece in segment.text.split(whereSeparator: \.isWhitespace) {
                let startsSegment = piece.startIndex == segment.text.startIndex
                if first && joinsPrevious && startsSegment, let last = words.popLast() {
                    words.append((last.0 + piece, last.1 || segment.highlighted))
                } else {
                    words.append((String(piece), segment.highlighted))
                }
                first = false
            }
            joinsPrevious = !(segment.text.last?.isWhitespace ?? true) && !(segment.text.isEmpty)
        }
        return words
    }
}
