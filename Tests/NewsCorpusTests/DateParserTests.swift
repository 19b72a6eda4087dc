import Testing

@testable import NewsCorpus

@Suite("DateParser")
struct DateParserTests {
    @Test(
        "reads the spellings news archives use",
        arguments: [
            ("3 February 2025", "2025-02-03"),
            ("Feb 3, 2025", "2025-02-03"),
            ("February 3, 2025", "2025-02-03"),
            ("Sept. 3, 2025", "2025-09-03"),
            ("Sep 30 2025", "2025-09-30"),
            ("2025-02-03", "2025-02-03"),
            ("2025/02/03", "2025-02-03"),
            ("2025-02-03T10:04:12Z", "2025-02-03"),
            ("2025-02-03T23:59:59+02:00", "2025-02-03"),
            ("2025-02-03T10:04:12.123-05:00", "2025-02-03"),
            ("1987-03-02T10:04:12", "1987-03-02"),
            ("3 févr. 2025", "2025-02-03"),
            ("3 fevr. 2025", "2025-02-03"),
            ("3 février 2025", "2025-02-03"),
            ("3 fevrier 2025", "2025-02-03"),
            ("1er mars 2025", "2025-03-01"),
            ("12 janv. 2025", "2025-01-12"),
            ("15 août 2024", "2024-08-15"),
            ("15 aout 2024", "2024-08-15"),
            ("2 avr. 2025", "2025-04-02"),
            ("9 mai 2025", "2025-05-09"),
            ("20 juin 2025", "2025-06-20"),
            ("14 juil. 2025", "2025-07-14"),
            ("7 oct. 2025", "2025-10-07"),
            ("11 nov. 2025", "2025-11-11"),
            ("25 déc. 2025", "2025-12-25"),
            ("25 décembre 2025", "2025-12-25"),
            ("03/02/2025", "2025-02-03"),
            ("3.2.2025", "2025-02-03"),
            ("12/31/2025", "2025-12-31"),
            ("Monday, 3 February 2025", "2025-02-03"),
            ("Mon, Feb 3, 2025", "2025-02-03"),
            ("lundi 3 février 2025", "2025-02-03"),
            ("3rd February 2025", "2025-02-03"),
            ("3 FEBRUARY 2025", "2025-02-03"),
            ("  3 February 2025  ", "2025-02-03"),
            ("3 February 2025 10:04 GMT", "2025-02-03"),
            ("Feb 29, 2024", "2024-02-29"),
        ])
    func reads(input: String, iso: String) {
        #expect(DateParser.parse(input)?.iso == iso)
    }

    @Test("the ISO form pads year, month and day with zeros")
    func isoPadsWithZeros() {
        #expect(PublicationDate(year: 987, month: 1, day: 5)?.iso == "0987-01-05")
        #expect(PublicationDate(year: 2025, month: 12, day: 31)?.iso == "2025-12-31")
        #expect(PublicationDate(year: 1, month: 10, day: 10)?.iso == "0001-10-10")
        #expect(PublicationDate.dashed(year: 12345, month: 7) == "12345-07")
        #expect(PublicationDate.dashed(year: 0, month: 0, day: 0) == "0000-00-00")
    }

    @Test(
        "refuses what is not a whole date line",
        arguments: [
            "31 February 2025",
            "Feb 29, 2025",
            "32/01/2025",
            "2025-13-01",
            "The first call took place on February 12, 2025",
            "February 12, 2025, officials said",
            "Economy",
            "",
            "3 Smarch 2025",
            "2025",
            "Feb 2025",
            "2025-02-03T10:04 and more",
        ])
    func refuses(input: String) {
        #expect(DateParser.parse(input) == nil)
    }

    @Test("takes a substring")
    func substring() {
        let line = "Today : Feb 3, 2025"
        #expect(DateParser.parse(line.dropFirst(8)) == TestSupport.day(2025, 2, 3))
    }
}
