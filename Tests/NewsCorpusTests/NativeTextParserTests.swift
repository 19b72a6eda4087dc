import Foundation
import Testing

@testable import NewsCorpus

@Suite("NativeTextParser")
struct NativeTextParserTests {
    @Test("reads the full header, title, lede and body")
    func fullFormat() throws {
        let file = try ArticleFileParser.parse(
            try TestSupport.fixture("native-full.txt"), path: "f.txt", format: .text)
        let article = try #require(file.articles.first)
        #expect(article.title == "Central Bank Holds Rates As Inflation Eases")
        #expect(article.section == "Economy")
        #expect(article.date == TestSupport.day(2025, 2, 3))
        #expect(article.lede == "The bank kept its main rate at 3% and signalled a cut in spring.")
        #expect(
            article.body == """
                The decision was announced on February 12, 2025, after a two-day meeting.

                "We are not there yet," the governor said.
                """)
        #expect(article.recordKey == "")
        #expect(file.recordErrors.isEmpty)
    }

    @Test("falls back to the save date when there is no publication date")
    func saveDateOnly() throws {
        let article = try TestSupport.article(
            "Today : Feb 5, 2025\nEconomy\n\nTitle Here\n\nLede.\n")
        #expect(article.date == TestSupport.day(2025, 2, 5))
        #expect(article.section == "Economy")
        #expect(article.title == "Title Here")
        #expect(article.lede == "Lede.")
    }

    @Test("takes the publication date without a Today line or section")
    func dateOnly() throws {
        let article = try TestSupport.article("3 févr. 2025\n\nPoutine et Zelensky\n\nLede.\n")
        #expect(article.date == TestSupport.day(2025, 2, 3))
        #expect(article.section == nil)
        #expect(article.title == "Poutine et Zelensky")
    }

    @Test("reads a section followed by a date without a Today line")
    func sectionAndDate() throws {
        let article = try TestSupport.article("World\n03/02/2025\n\nTitle\n\nLede.\n\nBody.")
        #expect(article.section == "World")
        #expect(article.date == TestSupport.day(2025, 2, 3))
        #expect(article.title == "Title")
        #expect(article.body == "Body.")
    }

    @Test("reads a Today line followed directly by the publication date")
    func todayThenDate() throws {
        let article = try TestSupport.article(
            "Today : Feb 5, 2025\n1er mars 2025\n\nTitle\n\nLede.")
        #expect(article.date == TestSupport.day(2025, 3, 1))
        #expect(article.section == nil)
        #expect(article.title == "Title")
    }

    @Test("does not take a short title followed by a blank line as a section")
    func shortTitleNoHeader() throws {
        let article = try TestSupport.article(
            "Ceasefire Talks\n\nThe talks resumed on 3 February 2025.\n\nMore.")
        #expect(article.title == "Ceasefire Talks")
        #expect(article.section == nil)
        #expect(article.date == nil)
        #expect(article.lede == "The talks resumed on 3 February 2025.")
        #expect(article.body == "More.")
    }

    @Test("never takes a date inside a paragraph, and never today")
    func noDate() throws {
        let article = try TestSupport.article(
            "Title\n\nOn 3 February 2025 the bank met.\n\n3 February 2025\n")
        #expect(article.date == nil)
        #expect(article.body == "3 February 2025")
    }

    @Test("indexes plain text: title is the first non-empty line")
    func plainText() throws {
        let article = try TestSupport.article(
            "\n\n  BBC: Ad sales boost Time Warner profit  \nQuarterly profits at US media giant rose\nto $1.13bn.\n\nThe firm said.\n"
        )
        #expect(article.title == "BBC: Ad sales boost Time Warner profit")
        #expect(article.lede == "Quarterly profits at US media giant rose to $1.13bn.")
        #expect(article.body == "The firm said.")
        #expect(article.section == nil)
    }

    @Test("joins hard-wrapped lines, folds tabs, skips extra blank lines")
    func wrapping() throws {
        let text =
            "Title\t \n\n\n\tFirst line of lede\n\tsecond line\t\n\n\n\nBody one\nwrapped.\n\n\n\nBody two.   \n\n\n"
        let article = try TestSupport.article(text)
        #expect(article.title == "Title")
        #expect(article.lede == "First line of lede second line")
        #expect(article.body == "Body one wrapped.\n\nBody two.")
    }

    @Test("accepts a title with no body")
    func titleOnly() throws {
        let article = try TestSupport.article(
            "Today : Feb 3, 2025\nPolitics\n3 February 2025\n\nJust A Headline\n")
        #expect(article.title == "Just A Headline")
        #expect(article.section == "Politics")
        #expect(article.lede == "")
        #expect(article.body == "")
    }

    @Test("a short line after the Today line with nothing after it is the title")
    func todayAndTitle() throws {
        let article = try TestSupport.article("Today : Feb 3, 2025\nMarkets Rally\n")
        #expect(article.title == "Markets Rally")
        #expect(article.section == nil)
        #expect(article.date == TestSupport.day(2025, 2, 3))
    }

    @Test("a sentence after the Today line is not a section")
    func sentenceNotSection() throws {
        let article = try TestSupport.article(
            "Today : Feb 3, 2025\nMarkets rallied on Monday, traders said.\n\nMore.")
        #expect(article.title == "Markets rallied on Monday, traders said.")
        #expect(article.section == nil)
        #expect(article.lede == "More.")
    }

    @Test("reads CRLF, a byte-order mark and Windows-1252 in the native format")
    func encodings() throws {
        let text =
            "Today : Feb 3, 2025\r\nWorld\r\n3 f\u{E9}vrier 2025\r\n\r\nL'\u{C9}lys\u{E9}e r\u{E9}pond\r\n\r\nLede.\r\n"
        let bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let utf8 = try ArticleFileParser.parse(Data(bytes), path: "p", format: .text).articles[0]
        #expect(utf8.title == "L'Élysée répond")
        #expect(utf8.date == TestSupport.day(2025, 2, 3))
        let latin = Data(text.unicodeScalars.map { UInt8($0.value) })
        let cp1252 = try ArticleFileParser.parse(latin, path: "p", format: .text).articles[0]
        #expect(cp1252 == utf8)
    }

    @Test(
        "accepts every date spelling in the header",
        arguments: [
            "3 February 2025", "Feb 3, 2025", "February 3, 2025", "2025-02-03", "3 févr. 2025",
            "03/02/2025", "Monday, 3 February 2025",
        ])
    func headerDates(date: String) throws {
        let article = try TestSupport.article(
            "Today : Jan 1, 2020\nEconomy\n\(date)\n\nTitle\n\nLede.")
        #expect(article.date == TestSupport.day(2025, 2, 3))
        #expect(article.section == "Economy")
        #expect(article.title == "Title")
    }
}
