/// Measures terminal text as a person sees it.
enum ANSIText {
    /// `text` without ANSI escape sequences (`ESC [ … final letter`).
    static func stripped(_ text: String) -> String {
        var out = ""
        var state = 0  // 0 text, 1 after ESC, 2 inside the sequence
        for scalar in text.unicodeScalars {
            switch state {
            case 1: state = 2
            case 2: if (0x40...0x7E).contains(scalar.value) { state = 0 }
            default:
                if scalar == "\u{1B}" { state = 1 } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// The lines of `text` as seen, without escapes.
    static func visibleLines(_ text: String) -> [String] {
        stripped(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
