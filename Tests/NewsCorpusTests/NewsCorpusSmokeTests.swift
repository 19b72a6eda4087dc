import Testing
@testable import NewsCorpus
@Suite struct NewsCorpusSmokeTests { @Test func builds() { #expect(Bool(true)) } }
