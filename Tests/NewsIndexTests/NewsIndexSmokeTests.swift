import Testing
@testable import NewsIndex
@Suite struct NewsIndexSmokeTests { @Test func builds() { #expect(Bool(true)) } }
