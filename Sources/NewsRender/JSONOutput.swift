import Foundation

/// Encodes the contract's JSON shapes: one object, keys sorted (a stable order), no escaped slashes.
package enum JSONOutput {
    /// The JSON text for `value`, followed by a newline.
    package static func encode<T: Encodable>(_ value: T, pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
