import CZlib
import Foundation
import Testing
@testable import NewsIndex

/// Ids and hashes that must not change between runs or machines: cron compares them.
@Suite("stable ids, hashes and compression")
struct StableIdentityTests {
    @Test("content hashes are fixed values, not per-process ones")
    func fixedHashes() {
        #expect(StableHash.hex(StableHash.hash("")).count == 16)
        #expect(StableHash.hash("a") != StableHash.hash("b"))
        // Values computed once and written down: any change to the hash function would make
        // every file look changed, and re-index every archive on the next cron run.
        #expect(StableHash.hex(StableHash.hash("newsearch")) == "cd00ffe1e28638d2")
        #expect(StableHash.hex(StableHash.hash("a longer text, over eight bytes")) == "00386a6d078c3510")
    }

    @Test("a document id depends on the file and the record key only")
    func documentIDs() {
        let first = DocumentID.make(path: "/a/b.jsonl", recordKey: "7")
        #expect(first == DocumentID.make(path: "/a/b.jsonl", recordKey: "7"))
        #expect(first != DocumentID.make(path: "/a/b.jsonl", recordKey: "8"))
        #expect(first != DocumentID.make(path: "/a/c.jsonl", recordKey: "7"))
        #expect(first.allSatisfy(\.isHexDigit) && first.count == 16)
    }

    @Test("compressed text decompresses back to the same text", arguments: ["", "ascii only", "Élysée — Зеленський — 普京\n\nsecond paragraph"])
    func compressionRoundTrip(text: String) throws {
        let compressed = TextCompression.compress(text)
        #expect(compressed.prefix(4) == Data([0x28, 0xB5, 0x2F, 0xFD]), "a Zstandard frame")
        #expect(TextCompression.decompress(compressed, expectedBytes: text.utf8.count) == text)
    }

    @Test("one compressor used for many bodies, long and short, gives each its own whole frame")
    func compressorReuse() throws {
        let compressor = TextCompressor()
        let texts = [
            String(repeating: "Long report from the summit, paragraph after paragraph. ", count: 400),
            "short", "", "Élysée — Зеленський — 普京",
            String(repeating: "Another long wire copy, repeated. ", count: 900),
        ]
        let frames = texts.map { compressor.compress($0) }
        for (text, frame) in zip(texts, frames) {
            #expect(TextCompression.decompress(frame, expectedBytes: text.utf8.count) == text)
            #expect(frame == TextCompression.compress(text), "the same bytes as a fresh context's")
        }
    }

    @Test("bodies an older index stored zlib-deflated still read back")
    func zlibBodiesStillRead() throws {
        let text = "Élysée — Зеленський — 普京, stored before Zstandard"
        var size = uLongf(256)
        var deflated = [UInt8](repeating: 0, count: Int(size))
        let bytes = Array(text.utf8)
        #expect(compress2(&deflated, &size, bytes, uLong(bytes.count), 1) == Z_OK)
        let stored = Data(deflated[..<Int(size)])
        #expect(TextCompression.decompress(stored, expectedBytes: bytes.count) == text)
    }

    @Test("text that compresses well takes less room")
    func compressionShrinks() {
        let text = String(repeating: "The ceasefire talks resumed in Geneva on Tuesday. ", count: 100)
        #expect(TextCompression.compress(text).count * 3 < text.utf8.count)
    }

    @Test("corrupt stored bytes decompress to nothing rather than garbage")
    func corruptBytes() {
        #expect(TextCompression.decompress(Data([1, 2, 3, 4]), expectedBytes: 10) == nil)
        var frame = TextCompression.compress("a body of some length, long enough to be cut")
        frame.removeLast(3)
        #expect(TextCompression.decompress(frame, expectedBytes: 44) == nil)
        #expect(TextCompression.decompress(TextCompression.compress("twelve bytes"), expectedBytes: 20) == nil)
    }
}
