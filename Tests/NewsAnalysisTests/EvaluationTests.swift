import Foundation
import NewsCorpus
import Testing
@testable import NewsAnalysis

/// Extraction quality on the hand-annotated evaluation set (`Fixtures/eval/articles.jsonl`):
/// 45 short original articles, each with the actors a careful reader would tag.
@Suite struct EvaluationTests {
    /// One annotated article.
    struct Case: Decodable {
        var id: String
        var title: String
        var lede: String
        var body: String
        var gold: [String]
    }

    /// The evaluation set.
    static let cases: [Case] = {
        let data = try! Data(contentsOf: TestSupport.fixture("eval/articles.jsonl"))
        return data.split(separator: UInt8(ascii: "\n")).map { try! JSONDecoder().decode(Case.self, from: Data($0)) }
    }()

    /// The analyzer over the built-in gazetteer.
    static let analyzer = ArticleAnalyzer(aliasTable: try! AliasTable.builtIn())

    /// Actors found in one case.
    static func found(_ item: Case) -> [ActorMention] {
        analyzer.analyze(Article(sourcePath: item.id, title: item.title, lede: item.lede, body: item.body)).actors
    }

    @Test("micro precision is at least 0.90 and recall at least 0.85 over the evaluation set")
    func precisionAndRecall() {
        #expect(Self.cases.count >= 40)
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        for item in Self.cases {
            let gold = Set(item.gold.map { TextFolding.fold($0) })
            let found = Self.found(item)
            let names = Set(found.map { TextFolding.fold($0.name) })
            truePositives += gold.intersection(names).count
            let extra = found.filter { !gold.contains(TextFolding.fold($0.name)) }.map(\.name)
            let missed = item.gold.filter { !names.contains(TextFolding.fold($0)) }
            falsePositives += extra.count
            falseNegatives += missed.count
            if !extra.isEmpty || !missed.isEmpty {
                print("eval \(item.id): extra \(extra), missed \(missed)")
            }
        }
        let precision = Double(truePositives) / Double(max(truePositives + falsePositives, 1))
        let recall = Double(truePositives) / Double(max(truePositives + falseNegatives, 1))
        print("eval: \(Self.cases.count) articles, precision \(String(format: "%.3f", precision)), "
            + "recall \(String(format: "%.3f", recall)) (tp \(truePositives), fp \(falsePositives), fn \(falseNegatives))")
        #expect(precision >= 0.90)
        #expect(recall >= 0.85)
    }

    @Test("the poutine food article is not about Vladimir Putin")
    func poutineIsFood() throws {
        let item = try #require(Self.cases.first { $0.id == "food-poutine" })
        #expect(!Self.found(item).contains { $0.name == "Vladimir Putin" })
    }

    @Test("the turkey farming article is not about Turkey the country")
    func turkeyIsABird() throws {
        let item = try #require(Self.cases.first { $0.id == "turkey-bird" })
        #expect(!Self.found(item).contains { $0.name == "Turkey" })
    }
}
