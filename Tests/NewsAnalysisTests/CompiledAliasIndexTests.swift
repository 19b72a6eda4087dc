import Foundation
import Testing

@testable import NewsAnalysis

/// The alias lookups compiled into the binary answer exactly as the table built from the
/// gazetteer, and are its current image.
@Suite("the compiled alias index")
struct CompiledAliasIndexTests {
    /// Also the generator: with `NEWSEARCH_WRITE_ALIAS_INDEX=PATH` it writes the Swift file
    /// computed here to PATH first (`scripts/gen-aliasindex`).
    @Test("the compiled-in index is the image of the bundled gazetteer")
    func imageMatchesGazetteer() throws {
        let table = try AliasTable.builtIn()
        if let path = ProcessInfo.processInfo.environment["NEWSEARCH_WRITE_ALIAS_INDEX"] {
            try AliasIndexText.swiftSource(table).write(to: URL(fileURLWithPath: path), atomically: true, encoding: .utf8)
            return
        }
        let (entries, keys) = AliasIndexText.texts(table)
        let compiledEntries = CompiledAliasIndex.builtInEntries.withUTF8Buffer { Array($0) }
        let compiledKeys = CompiledAliasIndex.builtInKeys.withUTF8Buffer { Array($0) }
        #expect(compiledEntries == Array(entries.utf8), "the gazetteer changed: run scripts/gen-aliasindex")
        #expect(compiledKeys == Array(keys.utf8), "the gazetteer changed: run scripts/gen-aliasindex")
    }

    @Test("every spelling, folded key and stranger gets the table's answer")
    func sameAnswers() throws {
        let table = try AliasTable.builtIn()
        let compiled = CompiledAliasIndex.builtIn
        let probes = table.entries.flatMap(\.aliases) + table.aliasIndex.keys.map(\.text)
            + ["POUTINE", "poutine", "Vladimir Poutine", "zelenski", "Koursk", "us", "US", "Nobody Atall", "", "  ", "ß", "\t"]
        var known = 0
        for probe in probes {
            #expect(compiled.actor(named: probe) == table.actor(named: probe), "\(probe)")
            let expected = table.unambiguousActor(named: probe)
            let answer = compiled.unambiguousActor(named: probe)
            #expect(answer?.actor == expected?.actor && answer?.spellings == expected?.spellings, "\(probe)")
            if answer != nil { known += 1 }
        }
        #expect(known > 5_000)
        #expect(compiled.actor(named: "Poutine")?.name == "Vladimir Putin")
        #expect(compiled.unambiguousActor(named: "poutine") == nil)
    }

    @Test("a small table's texts answer the same, first and last keys included")
    func smallTable() throws {
        let table = try AliasTable(tsv: "NATO\torg\tOTAN | Alliance\t\nAaron Able\tperson\tAble\tAble\nZoe Zed\tperson\t\t\n")
        let (entries, keys) = AliasIndexText.texts(table)
        let compiled = CompiledAliasIndex(entries: Array(entries.utf8), keys: Array(keys.utf8))
        for probe in ["otan", "alliance", "nato", "aaron able", "able", "zoe zed", "zz", "a", ""] {
            #expect(compiled.actor(named: probe) == table.actor(named: probe), "\(probe)")
            #expect(compiled.unambiguousActor(named: probe)?.spellings == table.unambiguousActor(named: probe)?.spellings)
        }
        #expect(compiled.actor(named: "Zoe Zed")?.kind == .person)
        #expect(compiled.unambiguousActor(named: "able") == nil)
    }
}
