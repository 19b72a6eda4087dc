import CZlib
import Foundation

/// The stored article bodies, deflated with zlib: news text shrinks about twofold,
/// and only the ten bodies of a result page are ever inflated again (for snippets).
package enum TextCompression {
    /// zlib's fastest level: on news text it keeps 95% of the default level's gain (2.05× against
    /// 2.16× on the benchmark archive) for about half its time.
    static let level: Int32 = 1

    /// The deflated UTF-8 of `text`.
    package static func deflate(_ text: String) -> Data {
        var text = text
        return text.withUTF8 { source -> Data in
            var capacity = compressBound(uLong(source.count))
            var output = Data(count: Int(capacity))
            let status = output.withUnsafeMutableBytes { target in
                compress2(
                    target.bindMemory(to: Bytef.self).baseAddress, &capacity,
                    source.baseAddress, uLong(source.count), level)
            }
            precondition(status == Z_OK, "zlib compress2 failed: \(status)")
            output.count = Int(capacity)
            return output
        }
    }

    /// The text of deflated bytes, or nil when they are not zlib data of a known size.
    package static func inflate(_ data: Data, expectedBytes: Int) -> String? {
        var size = uLongf(max(expectedBytes, 1))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = data.withUnsafeBytes { source in
            uncompress(&output, &size, source.bindMemory(to: Bytef.self).baseAddress, uLong(data.count))
        }
        guard status == Z_OK else { return nil }
        return String(decoding: output[..<Int(size)], as: UTF8.self)
    }
}
