import Testing
@testable import NewsAnalysis
@Suite struct NewsAnalysisSmokeTests { @Test func builds() { #expect(Bool(true)) } }
