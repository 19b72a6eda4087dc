import NewsCorpus
import Testing
@testable import NewsAnalysis

/// Gazetteer matching, context rules and surname linking on small hand-written texts.
@Suite struct ArticleAnalyzerTests {
    /// The mention of `name`, if found.
    func mention(_ name: String, in body: String, title: String = "") -> ActorMention? {
        TestSupport.actors(body, title: title).first { $0.name == name }
    }

    @Test("the longest alias wins: Donald Trump Jr. is not Donald Trump")
    func longestMatch() {
        let names = TestSupport.names("Donald Trump Jr. spoke in Ohio. Later Donald Trump spoke too.")
        #expect(names.contains("Donald Trump Jr."))
        #expect(mention("Donald Trump", in: "Donald Trump Jr. spoke in Ohio.") == nil)
        #expect(mention("Donald Trump", in: "Donald Trump Jr. spoke. Donald Trump did not.")?.mentions == 1)
    }

    @Test("French and English spellings count as one actor, spellings in order of appearance")
    func spellings() {
        let body = "Vladimir Poutine a reçu Sergueï Lavrov. Putin later met Sergei Lavrov, and Poutine smiled."
        let putin = mention("Vladimir Putin", in: body)
        #expect(putin?.mentions == 3)
        #expect(putin?.spellings == ["Vladimir Poutine", "Putin", "Poutine"])
        #expect(mention("Sergei Lavrov", in: body)?.spellings == ["Sergueï Lavrov", "Sergei Lavrov"])
    }

    @Test("accents, hyphens and case do not matter", arguments: [
        "The forum in Saint-Pétersbourg opened.", "The forum in SAINT PETERSBURG opened.",
        "The forum in Saint petersburg opened.", "The forum in St Petersburg opened.",
    ])
    func variants(body: String) {
        #expect(TestSupport.names(body) == ["Saint Petersburg"])
    }

    @Test("a name written all in lower case is a word, not a mention", arguments: [
        ("It was supposed to serve as trump card in the talks.", "Donald Trump"),
        ("The offensive was meant as a trump card.", "Donald Trump"),
        ("Officials in the kremlin of Novgorod met.", "Kremlin"),
        ("They sold fine china and silver.", "China"),
        ("The forum in saint petersburg opened.", "Saint Petersburg"),
        ("Заявил путин вчера.", "Vladimir Putin"),
    ])
    func lowerCaseName(body: String, name: String) throws {
        #expect(!TestSupport.names(body, table: try .builtIn()).contains(name))
    }

    @Test("the same names written as names still count", arguments: [
        ("Trump said the talks were over.", "Donald Trump"),
        ("TRUMP SAYS TALKS ARE OVER", "Donald Trump"),
        ("A statement from the Kremlin said so.", "Kremlin"),
        ("Exports from China fell sharply.", "China"),
        ("Заявил Путин вчера.", "Vladimir Putin"),
        ("特斯拉 老板 马斯克 说", "Elon Musk"),  // no case in Chinese: the rule does not apply
    ])
    func capitalisedName(body: String, name: String) throws {
        #expect(TestSupport.names(body, table: try .builtIn()).contains(name))
    }

    @Test("Cyrillic spellings match")
    func cyrillic() {
        #expect(TestSupport.names("Заявление: Владимир Путин и Россия.") == ["Russia", "Vladimir Putin"])
    }

    @Test("a later surname links to the full gazetteer name", arguments: [
        "Volodymyr Zelenski arrived. Zelenski said the talks went well.",
        "Volodymyr Zelenskyy arrived. Zelenskyy's speech was short.",
    ])
    func surnameOfKnownPerson(body: String) {
        #expect(mention("Volodymyr Zelensky", in: body)?.mentions == 2)
    }

    @Test("poutine the dish is not Putin", arguments: [
        "We ate a plate of poutine in Quebec.",
        "Poutine is a dish from Quebec. The poutine there is good.",
        "The Poutine Festival opens in Quebec on Friday.",
    ])
    func poutineDish(body: String) {
        #expect(mention("Vladimir Putin", in: body) == nil)
    }

    @Test("Poutine is Putin with a title, a full name, or a speech verb among known actors", arguments: [
        "Le président Poutine a reçu des journalistes.",
        "Vladimir Poutine est arrivé. Poutine a parlé une heure.",
        "Le Kremlin a annoncé que Poutine a déclaré la fin des manoeuvres en Russie.",
    ])
    func poutinePerson(body: String) {
        #expect(mention("Vladimir Putin", in: body) != nil)
    }

    @Test("turkey the bird is not Turkey the country", arguments: [
        "We roasted a turkey for Thanksgiving.",
        "Turkey prices rose again this week, the farm survey found.",
    ])
    func turkeyBird(body: String) {
        #expect(mention("Turkey", in: body) == nil)
    }

    @Test("Turkey the country counts in running text once it is clearly a name")
    func turkeyCountry() {
        let body = "Ukraine asked for help. Talks with Turkey resumed. Turkey said it was ready."
        #expect(mention("Turkey", in: body)?.mentions == 2)
    }

    @Test("short all-caps aliases count only in capitals", arguments: [
        ("Let us go, they told us.", false), ("US officials said so.", true),
        ("Those who know say little.", false), ("The WHO said so.", true),
    ])
    func acronyms(body: String, found: Bool) {
        let names = TestSupport.names(body)
        #expect(names.contains("United States") || names.contains("World Health Organization") == found)
    }

    @Test("an initialism matches only with its letters written alike", arguments: [
        ("Talks in the U.S.A. resumed.", ["U.S.A"]), ("Talks in the U. S. A. resumed.", ["U. S. A"]),
        ("Trade with the U.S. A spokesman said so.", ["U.S"]), ("Sales in the U.S., A unit of it.", ["U.S"]),
    ])
    func initialisms(body: String, spellings: [String]) throws {
        let actors = TestSupport.actors(body, table: try AliasTable.builtIn())
        #expect(actors.first { $0.name == "United States" }?.spellings == spellings)
    }

    @Test("a capital code glued to a word by a dot names no actor: tickers")
    func tickerSuffix() throws {
        let table = try AliasTable.builtIn()
        let body = "Thomson-CSF <TCSF.PA> said it would bid. Israel and the PA met."
        let mentions = { (body: String) in
            TestSupport.actors(body, table: table).first { $0.name == "Palestinian Authority" }?.mentions
        }
        #expect(mentions(body) == 1)
        #expect(mentions("Thomson-CSF <TCSF.PA> said it would bid.") == nil)
    }

    @Test("former states, US agencies and international organisations, by their spellings", arguments: [
        ("Wheat sales to the USSR rose, the Soviet Union said.", "Soviet Union", 2),
        ("Bonn, the capital of West Germany, agreed with France.", "Germany", 1),
        ("Exports to the German Democratic Republic fell.", "East Germany", 1),
        ("The SEC said it would act. The Securities and Exchange Commission declined.",
         "Securities and Exchange Commission", 2),
        ("The USDA said the Agriculture Department had no plan.", "US Department of Agriculture", 2),
        ("The EC and the European Community are the same.", "European Community", 2),
        ("The Organisation of Petroleum Exporting Countries met. OPEC said so.", "OPEC", 2),
        ("GATT talks resumed. The General Agreement on Tariffs and Trade said so.", "GATT", 2),
        ("The International Rubber Organisation met. INRO said so.", "International Natural Rubber Organization", 2),
    ])
    func historicalAndAgencies(body: String, name: String, mentions: Int) throws {
        let actors = TestSupport.actors(body, table: try AliasTable.builtIn())
        #expect(actors.first { $0.name == name }?.mentions == mentions)
    }

    @Test("foreign country names that are English words or names are not countries", arguments: [
        ("A late drive allowed Franca to score for Leverkusen.", "France"),
        ("Grenade attacks hit the town on Monday.", "Grenada"),
        ("Ministers met in Nicosia. Cipro sales rose in the US.", "Cyprus"),
    ])
    func translatedWords(body: String, country: String) throws {
        #expect(!TestSupport.names(body, table: try AliasTable.builtIn()).contains(country))
    }

    @Test("a wire headline in capitals still matches plain aliases")
    func shoutingTitle() {
        #expect(TestSupport.names("", title: "PUTIN SAYS RUSSIA WILL TALK").sorted() == ["Russia", "Vladimir Putin"])
    }

    @Test("a one-word alias that is a month needs context: In May is not Theresa May")
    func monthAlias() throws {
        let table = try AliasTable(
            tsv: "Theresa May\tperson\tMay\nUnited Kingdom\tplace\tUK\nRussia\tplace\nUkraine\tplace\nKyiv\tplace")
        #expect(TestSupport.names("In May the UK voted.", table: table) == ["United Kingdom"])
        #expect(!TestSupport.names("Russia and Ukraine met in Kyiv in May.", table: table).contains("Theresa May"))
        #expect(TestSupport.names("Theresa May spoke. May said the UK would leave.", table: table)
            .contains("Theresa May"))
    }

    @Test("a context surname glued to another name is not the known person")
    func harrisCounty() {
        #expect(mention("Kamala Harris", in: "Floods closed roads in Harris County on Tuesday.") == nil)
    }

    @Test("declared actors are resolved through the table and merged")
    func declared() {
        let article = Article(
            sourcePath: "a", title: "Talks", body: "Putin spoke.",
            declaredActors: [
                DeclaredActor(name: "Poutine", role: .person), DeclaredActor(name: "Koursk", role: .place),
                DeclaredActor(name: "Acme Corp", role: .org),
            ])
        let actors = ArticleAnalyzer(aliasTable: TestSupport.miniTable).analyze(article).actors
        #expect(actors.map(\.name) == ["Acme Corp", "Kursk", "Vladimir Putin"])
        #expect(actors.first { $0.name == "Vladimir Putin" }?.mentions == 1)
        #expect(actors.first { $0.name == "Kursk" }?.kind == .place)
        #expect(actors.first { $0.name == "Acme Corp" }?.kind == .org)
    }

    @Test("actors are sorted by mentions, then name")
    func sorting() {
        let names = TestSupport.names("Ukraine and Russia. Russia again. Kursk. Ukraine again. Russia.")
        #expect(names == ["Russia", "Ukraine", "Kursk"])
    }

    @Test("title, lede and body are all searched")
    func fields() {
        let article = Article(sourcePath: "a", title: "Kursk", lede: "Koursk", body: "Курск")
        let actors = ArticleAnalyzer(aliasTable: TestSupport.miniTable).analyze(article).actors
        #expect(actors.first?.spellings == ["Kursk", "Koursk"])
    }

    @Test("degenerate texts give no actors and do not crash", arguments: [
        "", "—", "...", "A", "(ABC)", "Mr.", "President", "Bank of", "said Mr", "HOUSTON —",
        "Chief Executive", "of the and", "’s ’s", "\u{0301}\u{0301}", "1987 2,000 3.5",
    ])
    func degenerate(body: String) {
        #expect(TestSupport.actors(body, title: body).isEmpty)
    }

    @Test("analysis gives the same result from many threads at once")
    func concurrent() async {
        let analyzer = ArticleAnalyzer(aliasTable: TestSupport.miniTable)
        let article = Article(sourcePath: "a", title: "T", body: "Finance Minister Jan Kowalczyk met Putin in Kursk.")
        let expected = analyzer.analyze(article)
        let results = await withTaskGroup(of: AnalyzedArticle.self) { group in
            for _ in 0..<16 { group.addTask { analyzer.analyze(article) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
