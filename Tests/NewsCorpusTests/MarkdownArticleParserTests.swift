import Foundation
import Testing

@testable import NewsCorpus

@Suite("MarkdownArticleParser")
struct MarkdownArticleParserTests {
    /// The front-matter fixture.
    func fixture() throws -> Article {
        let file = try ArticleFileParser.parse(
            try TestSupport.fixture("article.md"), path: "a.md", format: .markdown)
        return try #require(file.articles.first)
    }

    @Test("reads title, date, section, url and source from front matter")
    func frontMatter() throws {
        let article = try fixture()
        #expect(article.title == "Zelensky meets Trump: what's next")
        #expect(article.date == TestSupport.day(2025, 2, 28))
        #expect(article.section == "World")
        #expect(article.url == "https://example.org/zelensky")
        #expect(article.source == "Example Wire")
    }

    @Test("removes emphasis, links and images, and does not repeat the title")
    func inlineMarkup() throws {
        #expect(
            try fixture().lede == "The Oval Office meeting ended early, see the report and a photo."
        )
    }

    @Test("removes heading hashes, bullets, quote markers and fences, keeping their text")
    func blocks() throws {
        #expect(
            try fixture().body == """
                What was said

                The minerals deal was not signed.

                Talks may resume.

                1. Numbered points keep their number.

                A quoted line goes on.

                code_block stays as text

                Last paragraph with snake_case_name and 2  3 *literal*.
                """)
    }

    @Test("takes the first # heading as title without front matter")
    func headingTitle() throws {
        let article = try TestSupport.article(
            "Intro line.\n\n# The Title #\n\nFirst para\nwrapped.\n\nSecond.", .markdown)
        #expect(article.title == "The Title")
        #expect(article.lede == "Intro line.")
        #expect(article.body == "First para wrapped.\n\nSecond.")
        #expect(article.date == nil)
    }

    @Test("takes an ===-underlined line as title")
    func setextTitle() throws {
        let article = try TestSupport.article("The Title\n=========\n\nLede.", .markdown)
        #expect(article.title == "The Title")
        #expect(article.lede == "Lede.")
    }

    @Test("takes the first line as title when there is no heading")
    func plainTitle() throws {
        let article = try TestSupport.article("Just text\nand more.\n\nNext.", .markdown)
        #expect(article.title == "Just text")
        #expect(article.lede == "and more.")
        #expect(article.body == "Next.")
    }

    @Test("keeps a body heading that differs from the front-matter title")
    func differentHeading() throws {
        let article = try TestSupport.article(
            "---\ntitle: Front\ndate: \"3 février 2025\"\n---\n# Other\nText.", .markdown)
        #expect(article.title == "Front")
        #expect(article.date == TestSupport.day(2025, 2, 3))
        #expect(article.lede == "Other")
        #expect(article.body == "Text.")
    }
}
