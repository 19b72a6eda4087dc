import CZlib
import CZstd
import Foundation

/// The stored article bodies, compressed with Zstandard: news text shrinks about twofold, and
/// only the ten bodies of a result page are ever decompressed again (for snippets).
///
/// Zstandard's level 1 against zlib's (which indexes written before 2026-11-26 hold, and which
/// ``decompress(_:expectedBytes:)`` still reads): 158 against 43 MB/s to compress the benchmark
/// archive, 2.15× against 2.05× smaller. Compression had been a fifth of an index run's CPU.
package enum TextCompression {
    /// Zstandard's fastest regular level.
    static let level: Int32 = 1

    /// The compressed UTF-8 of `text` (a Zstandard frame).
    package static func compress(_ text: String) -> Data {
        var text = text
        return text.withUTF8 { source -> Data in
            var output = Data(count: ZSTD_compressBound(source.count))
            let written = output.withUnsafeMutableBytes { target in
                ZSTD_compress(target.baseAddress, target.count, source.baseAddress, source.count, level)
            }
            precondition(ZSTD_isError(written) == 0, "zstd compression failed: \(written)")
            output.count = written
            return output
        }
    }

    /// The text of compressed bytes (a Zstandard frame, or zlib data from an older index), or nil
    /// when they are neither, or do not decompress to `expectedBytes`.
    package static func decompress(_ data: Data, expectedBytes: Int) -> String? {
        var output = [UInt8](repeating: 0, count: max(expectedBytes, 1))
        let size: Int? = data.withUnsafeBytes { source in
            if source.count >= 4, source.loadUnaligned(as: UInt32.self).littleEndian == zstdMagic {
                let written = ZSTD_decompress(&output, output.count, source.baseAddress, source.count)
                return ZSTD_isError(written) == 0 ? written : nil
            }
            var size = uLongf(output.count)
            let status = uncompress(&output, &size, source.bindMemory(to: Bytef.self).baseAddress, uLong(source.count))
            return status == Z_OK ? Int(size) : nil
        }
        guard let size, size == expectedBytes else { return nil }
        return String(decoding: output[..<size], as: UTF8.self)
    }

    /// The first four bytes of a Zstandard frame, read little-endian.
    private static let zstdMagic: UInt32 = 0xFD2F_B528
}
