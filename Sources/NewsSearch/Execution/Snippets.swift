/// Snippets: the best passage of each hit, marked where the index matched (``Passages``), so
/// that stemmed and prefix matches are marked exactly as the index matched them.
enum Snippets {
    /// Marks put around matched tokens: private-use characters no article contains.
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"
    /// Tokens per snippet: about 25–40 words with punctuation.
    static let tokens = 32

    /// Splits marked text into segments.
    /// Runs of white space (paragraph breaks included) become one space: a snippet is one line
    /// of prose. Works on scalars, not characters: the marks are single scalars, and grapheme
    /// breaking cost a tenth of a rare query's time.
    static func parse(_ marked: String) -> HighlightedText {
        let open = Self.open.unicodeScalars.first!
        let close = Self.close.unicodeScalars.first!
        var segments: [HighlightedText.Segment] = []
        // UTF-8 bytes, not a scalar view: appending to a `String.UnicodeScalarView` took two
        // thirds of a snippet's time.
        var current: [UInt8] = []
        current.reserveCapacity(marked.utf8.count)
        var highlighted = false
        var lastWasSpace = false
        for scalar in marked.unicodeScalars {
            if scalar == open || scalar == close {
                if !current.isEmpty {
                    segments.append(.init(String(decoding: current, as: UTF8.self), highlighted: highlighted))
                    current.removeAll(keepingCapacity: true)
                }
                highlighted = scalar == open
            } else if scalar.value < 0x80 ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace
            {
                if !lastWasSpace { current.append(0x20) }
                lastWasSpace = true
                continue
            } else if scalar.value < 0x80 {
                current.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                current.append(contentsOf: scalar.utf8)
            }
            lastWasSpace = false
        }
        if !current.isEmpty { segments.append(.init(String(decoding: current, as: UTF8.self), highlighted: highlighted)) }
        return HighlightedText(segments)
    }

    /// The opening words of an article, for listings without search words.
    static func opening(lede: String, body: String) -> HighlightedText {
        let words = (lede.isEmpty ? body : lede).split(whereSeparator: \.isWhitespace)
        let text = words.prefix(30).joined(separator: " ") + (words.count > 30 ? "…" : "")
        return HighlightedText([.init(text, highlighted: false)])
    }
}
