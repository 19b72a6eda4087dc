import Testing
@testable import NewsRender
@Suite struct NewsRenderSmokeTests { @Test func builds() { #expect(Bool(true)) } }
