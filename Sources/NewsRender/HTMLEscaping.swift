/// HTML escaping and `<mark>` for snippets in JSON: escape first, then mark.
package enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` escaped.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
