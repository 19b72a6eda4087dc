import Testing
@testable import NewsAnalysis

/// People and organisations the gazetteer does not know, found from cues.
@Suite struct DiscoveryTests {
    /// Discovered actors (kind and name) in `body`.
    func found(_ body: String) -> [Actor] {
        TestSupport.actors(body).map { Actor(name: $0.name, kind: $0.kind) }
    }

    @Test("a title or role before a name makes a person", arguments: [
        ("Finance Minister Jan Kowalczyk said the tax would fall.", "Jan Kowalczyk"),
        ("The talks were led by spokeswoman Anna Berg in the capital.", "Anna Berg"),
        ("Bundesbank President Karl Otto Poehl warned on Monday.", "Karl Otto Poehl"),
        ("Le président Jean Dupont a parlé.", "Jean Dupont"),
        ("La porte-parole Claire Martin a répondu.", "Claire Martin"),
        ("He met Chief Executive Rebecca Lin on Friday.", "Rebecca Lin"),
        ("Chancellor of the Exchequer Nigel Lawson presented the budget.", "Nigel Lawson"),
        ("Sheikh Ahmed bin Rashid al-Mansouri attended.", "Ahmed bin Rashid al-Mansouri"),
        ("The company was sold, said Willy de Clercq, who chairs it.", "Willy de Clercq"),
        ("After the match Sir Alex Ferguson said little.", "Alex Ferguson"),
    ])
    func titled(body: String, name: String) {
        #expect(found(body).contains(Actor(name: name, kind: .person)))
    }

    @Test("a speech verb or a role apposition after a name makes a person", arguments: [
        ("In the capital, Anna Lindqvist told reporters she was sad.", "Anna Lindqvist"),
        ("Shares fell, Tomas Novak said on Monday.", "Tomas Novak"),
        ("Pieter van Dam, the agriculture minister, said no.", "Pieter van Dam"),
        ("Its spokesman, Erik Holm, declined to comment.", "Erik Holm"),
    ])
    func speakers(body: String, name: String) {
        #expect(found(body).contains(Actor(name: name, kind: .person)))
    }

    @Test("an organisation word makes an organisation", arguments: [
        ("Baltic Freight Holdings Ltd said profits rose.", "Baltic Freight Holdings Ltd"),
        ("Analysts at Nordea Bank were surprised.", "Nordea Bank"),
        ("The Bank of Lithuania raised its forecast.", "Bank of Lithuania"),
        ("Economists at Bank Pekao expect a cut.", "Bank Pekao"),
        ("The mining company LKAB will pay.", "LKAB"),
        ("The International Grains Council (IGC) cut its forecast.", "International Grains Council"),
    ])
    func orgs(body: String, name: String) {
        #expect(found(body).contains(Actor(name: name, kind: .org)))
    }

    @Test("two organisations joined by 'and' stay two")
    func twoOrgs() {
        let actors = found("Standard Oil Co and BP North Star Inc said they would merge.")
        #expect(actors.contains(Actor(name: "Standard Oil Co", kind: .org)))
        #expect(actors.contains(Actor(name: "BP North Star Inc", kind: .org)))
    }

    @Test("an 'and' inside one organisation's name does not split it", arguments: [
        ("It filed with the Securities and Exchange Commission on Monday.", "Securities and Exchange Commission"),
        ("Analysts at Merrill Lynch and Co Inc were cautious.", "Merrill Lynch and Co Inc"),
        ("The deal was led by Bowne and Co Inc last week.", "Bowne and Co Inc"),
    ])
    func andInsideName(body: String, name: String) {
        let actors = found(body)
        #expect(actors == [Actor(name: name, kind: .org)])
    }

    @Test("a name after a known organisation's possessive is part of it; after a place's, its own")
    func possessive() throws {
        let table = try AliasTable.builtIn()
        let moodys = TestSupport.actors("Moody's Investors Service Inc said it may cut the rating.", table: table)
        #expect(moodys.map(\.name) == ["Moody's"])
        let britain = TestSupport.names("Britain's Conservative Alliance Ltd said so.", table: table)
        #expect(britain.contains("Conservative Alliance Ltd"))
    }

    @Test("a name opener (First, National…) before an organisation word stays in the name", arguments: [
        ("Shares rose. First Boston Corp said it was the first to sell. Boston was calm.", "First Boston Corp"),
        ("It was a national issue. National Harbour Bank said so.", "National Harbour Bank"),
        ("Analysts at the first Continental Widget Corp office agreed.", "Continental Widget Corp"),
    ])
    func nameOpener(body: String, name: String) throws {
        let names = TestSupport.names(body, table: try AliasTable.builtIn())
        #expect(names.contains(name))
    }

    @Test("other common words opening a sentence are not part of the name")
    func sentenceOpener() throws {
        let body = "He left yesterday. Yesterday Acme Holdings Ltd said no."
        let names = TestSupport.names(body, table: try AliasTable.builtIn())
        #expect(names == ["Acme Holdings Ltd"])
    }

    @Test("an organisation, a title and a name: the person is found", arguments: [
        ("Bank of Japan Governor Satoshi Sumita said rates would hold.", "Satoshi Sumita"),
        ("Helvetia Freight Holdings Chairman Urs Brenner said so.", "Urs Brenner"),
        ("Office of Management and Budget Director James Miller said so.", "James Miller"),
    ])
    func orgTitleName(body: String, name: String) throws {
        let actors = TestSupport.actors(body, table: try AliasTable.builtIn())
        #expect(actors.contains { $0.name == name && $0.kind == .person })
        #expect(actors.filter { $0.kind == .org }.count == 1)
    }

    @Test("two titled people joined by 'and', the second after an organisation")
    func twoTitledPeople() {
        let actors = found("Finance Minister Jan Kowalczyk and Bank of Lithuania Governor Anna Berg met.")
        #expect(actors.contains(Actor(name: "Jan Kowalczyk", kind: .person)))
        #expect(actors.contains(Actor(name: "Anna Berg", kind: .person)))
        #expect(actors.contains(Actor(name: "Bank of Lithuania", kind: .org)))
        #expect(!actors.contains { $0.kind == .org && $0.name.contains("Kowalczyk") })
    }

    @Test("a title word inside an organisation's name does not make a person", arguments: [
        ("The Office of the Secretary of Defense said so.", "Office of the Secretary of Defense"),
        ("The Association of Private Banks said so.", "Association of Private Banks"),
    ])
    func titleInsideOrg(body: String, name: String) {
        #expect(found(body) == [Actor(name: name, kind: .org)])
    }

    @Test("a defined acronym counts as its organisation")
    func acronym() {
        let igc = TestSupport.actors("The International Grains Council (IGC) met. The IGC said wheat was scarce.")
            .first { $0.name == "International Grains Council" }
        #expect(igc?.mentions == 2)
        #expect(igc?.spellings == ["International Grains Council", "IGC"])
    }

    @Test("a later surname or Mr + surname links to the discovered full name")
    func surnameLinking() {
        let body = "Chief executive Alan Harris said stores would close. Mr Harris said jobs would go. Harris left."
        let actors = TestSupport.actors(body)
        #expect(actors.first { $0.name == "Alan Harris" }?.mentions == 3)
        #expect(actors.first { $0.name == "Alan Harris" }?.spellings == ["Alan Harris", "Harris"])
        #expect(!actors.contains { $0.name == "Kamala Harris" })
    }

    @Test("an untitled full name counts once its surname stands alone")
    func pendingName() {
        #expect(found("Voters judged Ronald Reagan harshly. Reagan shrugged.").contains(Actor(name: "Ronald Reagan", kind: .person)))
        #expect(found("Voters judged Ronald Reagan harshly.").isEmpty)
    }

    @Test("no people from sentence starts, months, days or common words", arguments: [
        "Officials said the harvest would be late. Officials expect rain.",
        "On Monday, March figures said little.",
        "The Committee said nothing. However Analysts said more.",
        "In May the rain said enough.",
    ])
    func noNoise(body: String) {
        #expect(found(body).filter { $0.kind == .person }.isEmpty)
    }

    @Test("nationality adjectives and ambiguous titles do not make people", arguments: [
        "Fighters backed by Syrian Kurdish groups clashed. Kurdish leaders said talks had failed.",
        "The campaign for the General Election begins. Election officials said so.",
        "Voters backed British-Israeli candidates. Israeli voters said so.",
    ])
    func noAdjectivePeople(body: String) {
        #expect(found(body).filter { $0.kind == .person }.isEmpty)
    }

    @Test("a dateline names the place it was filed from")
    func dateline() {
        let actors = found("HOUSTON — Floods closed roads near Houston's airport.")
        #expect(actors.contains(Actor(name: "Houston", kind: .place)))
    }

    @Test("a wire dateline with a date names a place; an acronym opening a sentence does not")
    func datelineWithDate() {
        #expect(found("CLEVELAND, Feb 26 - Standard Oil Co said it would sell assets.")
            .contains(Actor(name: "Cleveland", kind: .place)))
        #expect(!found("IBM, the computer maker, said sales rose.").contains { $0.kind == .place })
    }

    @Test("a name ending in County is a place")
    func county() {
        #expect(found("Floods closed roads in Harris County on Tuesday.") == [Actor(name: "Harris County", kind: .place)])
    }

    @Test("abbreviates checks acronym letters in order", arguments: [
        ("gatt", ["general", "agreement", "tariffs", "trade"], true),
        ("icco", ["international", "cocoa", "organization"], true),
        ("imf", ["world", "bank"], false),
    ])
    func abbreviates(acronym: String, words: [String], expected: Bool) {
        #expect(Extraction.abbreviates(acronym, words) == expected)
    }
}
