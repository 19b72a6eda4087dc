import Foundation
import Testing

@testable import NewsRender

/// JSONValue writes what `JSONEncoder` wrote before it (sorted keys, slashes as they are), so
/// the contract's output did not change; `JSONEncoder` is the oracle.
@Suite("JSON text")
struct JSONValueTests {
    /// What `JSONEncoder`, configured as the output once was, writes for `value`.
    private func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    @Test("strings: quotes, backslashes and control characters escaped, the rest as it is")
    func strings() throws {
        let strings = [
            "", "a/b", "q\"uo\\te", "tab\tnl\ncr\rbs\u{8}ff\u{c}", "ctl\u{0}\u{1}\u{1f}\u{7f}",
            "é ü 日本 \u{2028} 😀 e\u{301}", "<mark>&amp;</mark>", "\r\n",
        ]
        #expect(JSONValue(strings).text == (try encoded(strings)))
        for code in 0..<0x80 {
            let text = "x" + String(UnicodeScalar(UInt8(code))) + "y"
            #expect(JSONValue.string(text).text == (try encoded([text])).dropFirst().dropLast(2) + "\n", "\(code)")
        }
    }

    @Test("numbers: the shortest form, without a trailing .0")
    func numbers() throws {
        let doubles = [2.0, 1.5, -0.125, 1e-7, 123_456_789.0, 1e20, 0.1, -3.0, 12.345, 1e16, Double.leastNonzeroMagnitude, 0.0, -0.0, 1_234_567.891]
        #expect(JSONValue.array(doubles.map(JSONValue.double)).text == (try encoded(doubles)))
        let ints = [0, -42, Int.max, Int.min]
        #expect(JSONValue.array(ints.map(JSONValue.int)).text == (try encoded(ints)))
    }

    @Test("objects: keys sorted however they were given, null kept, nesting")
    func objects() throws {
        struct Shape: Encodable {
            let took_ms: Double
            let total: Int
            let date: String?
            let results: [[String: Int]]
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(took_ms, forKey: .took_ms)
                try container.encode(total, forKey: .total)
                try container.encode(date, forKey: .date)
                try container.encode(results, forKey: .results)
            }
            enum CodingKeys: String, CodingKey { case took_ms, total, date, results }
        }
        let value = JSONValue.object([
            ("total", .int(3)), ("results", .array([.object([("b", .int(2)), ("a", .int(1))]), .object([])])),
            ("took_ms", .double(1.25)), ("date", JSONValue(nil as String?)),
        ])
        #expect(value.text == (try encoded(Shape(took_ms: 1.25, total: 3, date: nil, results: [["b": 2, "a": 1], [:]]))))
    }
}
