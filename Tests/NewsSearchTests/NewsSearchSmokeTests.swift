import Testing
@testable import NewsSearch
@Suite struct NewsSearchSmokeTests { @Test func builds() { #expect(Bool(true)) } }
