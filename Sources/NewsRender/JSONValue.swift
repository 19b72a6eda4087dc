/// A JSON value, written as the contract's shapes are: keys sorted, slashes not escaped, no
/// spaces; numbers as Swift prints them, without a trailing `.0`.
///
/// Written by hand rather than by `JSONEncoder`, whose generic encoding asks the Swift runtime
/// about protocol conformances for each type it meets: each first question scans all of the
/// binary's conformance records, and together they were a tenth of a `newsearch query --json`
/// process.
package indirect enum JSONValue {
    case null
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// Members in any order; they are written sorted by key.
    case object([(key: String, value: JSONValue)])

    /// A string, or `null` for nil.
    package init(_ string: String?) {
        self = string.map(JSONValue.string) ?? .null
    }

    /// An array of strings.
    package init(_ strings: [String]) {
        self = .array(strings.map(JSONValue.string))
    }

    /// The JSON text, followed by a newline.
    package var text: String {
        var out: [UInt8] = []
        write(to: &out)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    private func write(to out: inout [UInt8]) {
        switch self {
        case .null: out += "null".utf8
        case .int(let value): out += String(value).utf8
        case .double(let value): out += Self.number(value).utf8
        case .string(let value): Self.quote(value, to: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                element.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.quote(member.key, to: &out)
                out.append(UInt8(ascii: ":"))
                member.value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// `2` for 2.0, `1.5`, `1e-07`: Swift's shortest form without a trailing `.0`, as
    /// `JSONEncoder` writes numbers (JSON has no infinity or NaN: they become `null`).
    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `value` in quotes, with quotes, backslashes (0x5C) and control characters escaped (as
    /// `JSONEncoder` escapes them; everything else, `/` included, is written as it is). The runs
    /// between escapes are copied whole: appended byte by byte, snippets and paths were most of
    /// the writing.
    private static func quote(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                escape(byte, to: &out)
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A quote, a backslash or a control character, escaped.
    private static func escape(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out += #"\""#.utf8
        case UInt8(ascii: "\\"): out += #"\\"#.utf8
        case 0x08: out += #"\b"#.utf8
        case 0x0C: out += #"\f"#.utf8
        case UInt8(ascii: "\n"): out += #"\n"#.utf8
        case UInt8(ascii: "\r"): out += #"\r"#.utf8
        case UInt8(ascii: "\t"): out += #"\t"#.utf8
        default: out += (#"\u00"# + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)).utf8
        }
    }
}
