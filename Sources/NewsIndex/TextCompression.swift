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

    /// The compressed UTF-8 of `text` (a Zstandard frame). To compress several, use one
    /// ``TextCompressor``.
    package static func compress(_ text: String) -> Data {
        TextCompressor().compress(text)
    }

    /// The text of compressed bytes (a Zstandard frame, or zlib data from an older index), or nil
    /// when they are neither, or do not decompress to `expectedBytes`. To decompress several,
    /// use one ``TextDecompressor``.
    package static func decompress(_ data: Data, expectedBytes: Int) -> String? {
        data.withUnsafeBytes { TextDecompressor().text($0, expectedBytes: expectedBytes) }
    }

    /// The first four bytes of a Zstandard frame, read little-endian.
    static let zstdMagic: UInt32 = 0xFD2F_B528
}
