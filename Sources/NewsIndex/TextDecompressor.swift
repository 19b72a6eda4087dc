import CZlib
import CZstd

/// Decompresses stored bodies one after another with one Zstandard context, straight into the
/// string's storage: `ZSTD_decompress` creates and frees a context on every call, which costs
/// more than decompressing a news article does.
package final class TextDecompressor {
    private let context: OpaquePointer

    /// A decompressor with a context of its own (not to be shared between threads).
    package init() {
        context = ZSTD_createDCtx()
    }

    deinit {
        ZSTD_freeDCtx(context)
    }

    /// The text of compressed bytes (a Zstandard frame, or zlib data from an older index), or
    /// nil when they are neither, or do not decompress to `expectedBytes`.
    package func text(_ compressed: UnsafeRawBufferPointer, expectedBytes: Int) -> String? {
        var intact = true
        let text = String(unsafeUninitializedCapacity: max(expectedBytes, 1)) { output in
            let size = decompress(compressed, into: output)
            intact = size == expectedBytes
            return intact ? expectedBytes : 0
        }
        return intact ? text : nil
    }

    /// Decompresses into `output`; the bytes written, or nil on failure.
    private func decompress(_ source: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        if source.count >= 4, source.loadUnaligned(as: UInt32.self).littleEndian == TextCompression.zstdMagic {
            let written = ZSTD_decompressDCtx(context, output.baseAddress, output.count, source.baseAddress, source.count)
            return ZSTD_isError(written) == 0 ? written : nil
        }
        var size = uLongf(output.count)
        let status = uncompress(output.baseAddress, &size, source.bindMemory(to: Bytef.self).baseAddress, uLong(source.count))
        return status == Z_OK ? Int(size) : nil
    }
}
