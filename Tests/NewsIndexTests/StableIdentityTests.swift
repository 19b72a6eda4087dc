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

    @Test("deflated text inflates back to the same text", arguments: ["", "ascii only", "Élysée — Зеленський — 普京\n\nsecond paragraph"])
    func compressionRoundTrip(text: String) throws {
        let deflated = TextCompression.deflate(text)
        #expect(TextCompression.inflate(deflated, expectedBytes: text.utf8.count) == text)
    }

    @Test("text that compresses well takes less room")
    func compressionShrinks() {
        let text = String(repeating: "The ceasefire talks resumed in Geneva on Tuesday. ", count: 100)
        #expect(TextCompression.deflate(text).count * 3 < text.utf8.count)
    }

    @Test("corrupt stored bytes inflate to nothing rather than garbage")
    func corruptBytes() {
        #expect(TextCompression.inflate(Data([1, 2, 3, 4]), expectedBytes: 10) == nil)
    }
}
