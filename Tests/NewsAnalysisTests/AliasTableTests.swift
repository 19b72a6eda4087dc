import Foundation
import Testing
@testable import NewsAnalysis

/// Loading the gazetteer format, errors with line numbers, and the user overlay.
@Suite struct AliasTableTests {
    let table = TestSupport.miniTable

    @Test("any alias, in any case or accent, names the canonical actor", arguments: [
        ("Poutine", "Vladimir Putin"), ("путин", "Vladimir Putin"), ("ZELENSKYY", "Volodymyr Zelensky"),
        ("Sergei Lavrov", "Sergei Lavrov"), ("serguei lavrov", "Sergei Lavrov"), ("Koursk", "Kursk"),
        ("Saint Petersburg", "Saint Petersburg"), ("St. Petersburg", "Saint Petersburg"),
        ("Elysee Palace", "Elysee"), ("u.s.", "United States"),
    ])
    func actorNamed(alias: String, canonical: String) {
        #expect(table.actor(named: alias)?.name == canonical)
    }

    @Test("built-in gazetteer names without the article and in French", arguments: [
        ("Democratic Republic of Congo", "Democratic Republic of the Congo"), ("Caire", "Cairo"),
        ("Le Caire", "Cairo"),
    ])
    func builtInSpellings(alias: String, canonical: String) throws {
        #expect(try AliasTable.builtIn().actor(named: alias)?.name == canonical)
    }

    @Test("line endings: LF, CRLF and CR all end a line, and line numbers count them once")
    func lineEndings() throws {
        for newline in ["\n", "\r\n", "\r"] {
            let text = ["# comment", "Kursk\tplace\tKoursk", "", "Bad"].joined(separator: newline)
            #expect(throws: AliasTableError.columnCount(file: "a.tsv", line: 4, found: 1)) {
                try AliasTable(tsv: text, file: "a.tsv")
            }
            let table = try AliasTable(tsv: text.replacingOccurrences(of: "Bad", with: ""), file: "a.tsv")
            #expect(table.actor(named: "koursk")?.name == "Kursk")
        }
    }

    @Test("unknown names are nil")
    func unknown() {
        #expect(table.actor(named: "Jan Kowalczyk") == nil)
        #expect(table.actor(named: "") == nil)
    }

    @Test("aliases lists every spelling, canonical first")
    func aliases() {
        #expect(table.aliases(of: "Kursk") == ["Kursk", "Koursk"])
        #expect(table.aliases(of: "vladimir putin").first == "Vladimir Putin")
        #expect(table.aliases(of: "Nobody") == [])
    }

    @Test("actors lists canonical names and kinds in file order")
    func actors() {
        #expect(table.actors.count == 17)
        #expect(table.actors.first == Actor(name: "Vladimir Putin", kind: .person))
        #expect(table.actors.contains(Actor(name: "Kremlin", kind: .org)))
    }

    @Test("header, comments, blank lines, CRLF and bare bars are accepted")
    func lenientFormat() throws {
        let tsv = "# comment\r\n\r\ncanonical\tkind\taliases\r\nNATO\torg\tOTAN|Nato\r\nRiga\tplace\r\n"
        let table = try AliasTable(tsv: tsv)
        #expect(table.actor(named: "otan") == Actor(name: "NATO", kind: .org))
        #expect(table.actor(named: "Riga")?.kind == .place)
        #expect(table.actors.count == 2)
    }

    @Test("format errors name the file and line", arguments: [
        ("Vladimir Putin\tpersn\tPutin", "aliases.tsv:1: unknown kind 'persn' (expected person, org or place)"),
        ("# c\nNATO", "aliases.tsv:2: expected 2 to 4 tab-separated columns (canonical, kind, aliases, context), found 1"),
        ("a\tplace\tb\tc\td", "aliases.tsv:1: expected 2 to 4 tab-separated columns (canonical, kind, aliases, context), found 5"),
        ("Riga\tplace\n \tplace", "aliases.tsv:2: empty canonical name"),
        ("Donald Trump\tperson\t-Trumpp", "aliases.tsv:1: cannot remove 'Trumpp': not an alias of 'Donald Trump'"),
    ])
    func errors(tsv: String, message: String) {
        #expect(throws: AliasTableError.self) { try AliasTable(tsv: tsv, file: "aliases.tsv") }
        do {
            _ = try AliasTable(tsv: tsv, file: "aliases.tsv")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("file errors say what is wrong")
    func fileErrors() {
        #expect(AliasTableError.unreadable(file: "/x/aliases.tsv", reason: "no such file").description
            == "/x/aliases.tsv: cannot read alias file: no such file")
        #expect(AliasTableError.notUTF8(file: "aliases.tsv").description
            == "aliases.tsv: not valid UTF-8 (save the alias file as UTF-8)")
    }

    @Test("a user line for a new canonical adds an actor")
    func overlayAdds() throws {
        let table = try table.overlaid(with: "Jan Kowalczyk\tperson\tKowalczyk\n")
        #expect(table.actor(named: "kowalczyk") == Actor(name: "Jan Kowalczyk", kind: .person))
        #expect(table.actors.count == 18)
    }

    @Test("a user line for an existing canonical extends it and may change its kind")
    func overlayExtends() throws {
        let table = try table.overlaid(with: "kremlin\tplace\tKremlin Palace | Кремль\n")
        #expect(table.actor(named: "Кремль") == Actor(name: "Kremlin", kind: .place))
        #expect(table.aliases(of: "Kremlin") == ["Kremlin", "Kremlin Palace", "Кремль"])
        #expect(table.actors.count == 17)
    }

    @Test("a -alias removes that spelling, and the text no longer matches it")
    func overlayRemoves() throws {
        let table = try table.overlaid(with: "Donald Trump\tperson\t-Trump\n")
        #expect(table.actor(named: "Trump") == nil)
        #expect(table.actor(named: "Donald Trump")?.name == "Donald Trump")
        #expect(!TestSupport.names("Trump spoke.", table: table).contains("Donald Trump"))
    }

    @Test("a user alias claimed by another actor moves to the user's actor")
    func overlayClaims() throws {
        let table = try table.overlaid(with: "Kursk Oblast\tplace\tKursk\n")
        #expect(table.actor(named: "Kursk")?.name == "Kursk Oblast")
    }

    @Test("load reads the user file over the built-in table")
    func loadUserFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aliases-\(UUID()).tsv")
        try "Jan Kowalczyk\tperson\tKowalczyk\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let table = try AliasTable.load(userFile: url)
        #expect(table.actor(named: "Kowalczyk")?.name == "Jan Kowalczyk")
        #expect(table.actor(named: "Poutine")?.name == "Vladimir Putin")
    }

    @Test("load reports a missing user file")
    func loadMissing() {
        let url = URL(fileURLWithPath: "/nonexistent/aliases.tsv")
        #expect(throws: AliasTableError.unreadable(file: "/nonexistent/aliases.tsv", reason: "no such file")) {
            try AliasTable.load(userFile: url)
        }
    }

    @Test("the default user file honours XDG_CONFIG_HOME, else ~/.config")
    func defaultPath() {
        #expect(AliasTable.defaultUserFilePath(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"]).path
            == "/cfg/newsearch/aliases.tsv")
        #expect(AliasTable.defaultUserFilePath(environment: ["HOME": "/home/u"]).path
            == "/home/u/.config/newsearch/aliases.tsv")
        #expect(AliasTable.defaultUserFile(environment: ["HOME": "/nonexistent"]) == nil)
    }

    @Test("the built-in gazetteer loads and knows the French spellings")
    func builtIn() throws {
        let table = try AliasTable.builtIn()
        #expect(table.actors.count > 100)
        #expect(table.actor(named: "Vladimir Poutine")?.name == "Vladimir Putin")
        #expect(table.actor(named: "Koursk")?.name == "Kursk")
    }
}
