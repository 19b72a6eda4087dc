import Foundation
import Testing

@testable import NewsCorpus

@Suite("TextDecoding")
struct TextDecodingTests {
    @Test("keeps valid UTF-8 as is")
    func utf8() throws {
        #expect(
            try TextDecoding.decode(Data("Élysée – Zelensky’s visit".utf8))
                == "Élysée – Zelensky’s visit")
    }

    @Test("drops a UTF-8 byte-order mark")
    func utf8Mark() throws {
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("Title".utf8))) == "Title")
    }

    @Test("decodes UTF-16 with either byte-order mark")
    func utf16() throws {
        let text = "Kyiv – Київ\r\nnext"
        let units = Array(text.utf16)
        let little: [UInt8] =
            [0xFF, 0xFE]
            + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] =
            [0xFE, 0xFF]
            + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try TextDecoding.decode(Data(little)) == "Kyiv – Київ\nnext")
        #expect(try TextDecoding.decode(Data(big)) == "Kyiv – Київ\nnext")
    }

    @Test("reads bytes that are not UTF-8 as Windows-1252, dropping none")
    func windows1252() throws {
        // “Élysée” – café, in Windows-1252, plus the undefined byte 0x81.
        let bytes: [UInt8] = [
            0x93, 0xC9, 0x6C, 0x79, 0x73, 0xE9, 0x65, 0x94, 0x20, 0x96, 0x20,
            0x63, 0x61, 0x66, 0xE9, 0x81,
        ]
        #expect(try TextDecoding.decode(Data(bytes)) == "“Élysée” – café\u{81}")
    }

    @Test("reads Latin-1 letters")
    func latin1() throws {
        let bytes =
            Array("Sergue".utf8) + [0xEF] + Array(" Lavrov, Fran".utf8) + [0xE7] + Array("ois".utf8)
        #expect(try TextDecoding.decode(Data(bytes)) == "Sergueï Lavrov, François")
    }

    @Test("turns CRLF and lone CR into LF")
    func lineEndings() throws {
        #expect(try TextDecoding.decode(Data("a\r\nb\rc\n\r\nd".utf8)) == "a\nb\nc\n\nd")
    }

    @Test("refuses NUL bytes and control-character junk as binary")
    func binary() {
        #expect(throws: CorpusError.binary) {
            try TextDecoding.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x41]))
        }
        let junk = Data((0..<400).map { UInt8($0 % 8 + 1) })
        #expect(throws: CorpusError.binary) { try TextDecoding.decode(junk) }
    }

    @Test("finds control bytes anywhere in the sniffed prefix, by the same 10% rule at any length")
    func binaryAgreesWithAPlainCount() {
        // A plain byte-by-byte count of the rule, against the word-wise scan, on texts whose
        // control bytes sit at every offset within and across 8-byte words.
        func plain(_ bytes: [UInt8]) -> Bool {
            let sample = bytes.prefix(TextDecoding.sniffLength)
            let controls = sample.filter { ($0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0)) || $0 == 0x7F }
            return sample.contains(0) || controls.count * 10 > sample.count
        }
        let text = Array("Le président Zelensky s’est rendu à Kyiv.\tFin.\n".utf8)
        for length in [1, 7, 8, 9, 31, 95, 1000, 8192, 9000] {
            for density in [0, 1, 9, 10, 11, 30] {
                var bytes = (0..<length).map { text[$0 % text.count] }
                let controlCount = length * density / 100
                let controls: [UInt8] = [0x01, 0x1B, 0x7F, 0x08]
                for k in 0..<controlCount {  // spread over every offset of the blocks
                    bytes[k * 7919 % length] = controls[k % controls.count]
                }
                #expect(
                    bytes.withUnsafeBufferPointer(TextDecoding.looksBinary) == plain(bytes),
                    "length \(length), \(density)% control bytes")
            }
            var withNul = (0..<length).map { text[$0 % text.count] }
            withNul[length - 1] = 0
            #expect(withNul.withUnsafeBufferPointer(TextDecoding.looksBinary) == (length <= TextDecoding.sniffLength))
        }
    }

    @Test(
        "refuses empty and white-space-only files",
        arguments: [
            [], [0x20, 0x0A, 0x09, 0x0D, 0x0A], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x0A],
            [0xFF, 0xFE, 0x20, 0x00],
        ] as [[UInt8]])
    func empty(bytes: [UInt8]) {
        #expect(throws: CorpusError.empty) { try TextDecoding.decode(Data(bytes)) }
    }

    @Test("checks the size before anything else")
    func tooLarge() {
        let data = Data(repeating: 0, count: 101)
        #expect(throws: CorpusError.tooLarge(bytes: 101, limit: 100)) {
            try TextDecoding.decode(data, sizeLimit: 100)
        }
    }
}
