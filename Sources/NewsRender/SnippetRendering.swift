import NewsSearch

/// Turns a highlighted snippet into what each output shows.
package enum SnippetRendering {
    /// Safe HTML: the article's own text escaped, matches wrapped in `<mark>…</mark>`.
    package static func html(_ text: HighlightedText) -> String {
        text.segments.map { segment in
            let escaped = HTMLEscaping.escape(segment.text)
            return segment.highlighted ? "<mark>\(escaped)</mark>" : escaped
        }.joined()
    }

    /// Terminal text: matches in bold yellow when `colour`, plain otherwise.
    package static func terminal(_ text: HighlightedText, colour: Bool) -> String {
        text.segments.map { segment in
            segment.highlighted && colour ? ANSI.highlight(segment.text) : segment.text
        }.joined()
    }
}

/// The few ANSI styles the text output uses.
package enum ANSI {
    /// Bold yellow, for matched words.
    package static func highlight(_ text: String) -> String { "\u{1B}[1;33m\(text)\u{1B}[0m" }
    /// Bold, for titles.
    package static func bold(_ text: String) -> String { "\u{1B}[1m\(text)\u{1B}[0m" }
    /// Dim, for paths and metadata.
    package static func dim(_ text: String) -> String { "\u{1B}[2m\(text)\u{1B}[0m" }
}
