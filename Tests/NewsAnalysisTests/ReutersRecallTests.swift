import Foundation
import NewsCorpus
import Testing
@testable import NewsAnalysis

/// Discovery measured on Reuters-21578: do we find the people and organisations its editors
/// indexed, without being given them? (Most 1987 names are not in the gazetteer: this
/// measures discovery, and they must not be added to the gazetteer for it.)
@Suite struct ReutersRecallTests {
    /// Found/total counts for one kind of gold annotation, with the misses.
    struct Recall {
        var found = 0
        var total = 0
        var missed: [String: Int] = [:]

        /// Records one gold name.
        mutating func add(_ name: String, found hit: Bool) {
            total += 1
            if hit { found += 1 } else { missed[name, default: 0] += 1 }
        }

        /// found / total.
        var value: Double { Double(found) / Double(max(total, 1)) }

        /// `0.942 (1162/1233)`.
        var summary: String { String(format: "%.3f (%d/%d)", value, found, total) }

        /// The most missed names.
        var topMissed: String {
            missed.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(12).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
    }

    /// The corpus path, relative to the package root.
    static let corpus = TestSupport.packageRoot.appendingPathComponent("../shared/corpora/reuters21578.jsonl.gz")

    @Test("Reuters-21578: at least 80% of indexed people and organisations are found")
    func recall() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus.path) else {
            Issue.record("Reuters corpus missing at \(Self.corpus.standardized.path): the recall test cannot run")
            return
        }
        let analyzer = ArticleAnalyzer(aliasTable: try AliasTable.builtIn())
        let lines = try TestSupport.gunzip(Self.corpus).split(separator: UInt8(ascii: "\n"))
        var people = Recall()
        var orgs = Recall()
        var elapsed = Duration.zero
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
            let article = Article(
                sourcePath: "reuters", title: object["title"] as? String ?? "", body: object["body"] as? String ?? "")
            var actors: [ActorMention] = []
            elapsed += ContinuousClock().measure { actors = analyzer.analyze(article).actors }
            for name in object["people"] as? [String] ?? [] { people.add(name, found: Self.foundPerson(name, in: actors)) }
            for code in object["orgs"] as? [String] ?? [] {
                orgs.add(code, found: Self.foundOrg(code, in: actors, table: analyzer.aliasTable))
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("reuters: \(lines.count) articles analysed in \(String(format: "%.2f", seconds)) s, "
            + "\(Int(Double(lines.count) / seconds)) articles/s, \(String(format: "%.1f", seconds * 1e6 / Double(lines.count))) µs/article")
        print("reuters: people recall \(people.summary), org recall \(orgs.summary)")
        print("reuters: most missed people: \(people.topMissed)")
        print("reuters: most missed orgs: \(orgs.topMissed)")
        #expect(people.value >= 0.80)
        #expect(orgs.value >= 0.80)
    }

    /// A gold person is found when a person actor's last word folds to the gold's last word
    /// (`Karl Otto Poehl` is found by `Poehl`).
    static func foundPerson(_ gold: String, in actors: [ActorMention]) -> Bool {
        guard let surname = TextFolding.words(gold).last else { return false }
        return actors.contains { $0.kind == .person && TextFolding.words($0.name).last == surname }
    }

    /// A gold org code (`IMF`, `ICO-COFFEE`, `WORLDBANK`) is found when an org actor's name,
    /// alias or spelling folds to it (spaces ignored: `World Bank`; for hyphenated codes the
    /// part before the hyphen also counts: `ICO`), or the initials of a multi-word name spell it.
    static func foundOrg(_ code: String, in actors: [ActorMention], table: AliasTable) -> Bool {
        let squashed = TextFolding.fold(code).replacingOccurrences(of: " ", with: "")
        let targets: Set<String> = [squashed, TextFolding.words(code).first ?? ""]
        return actors.contains { actor in
            guard actor.kind == .org else { return false }
            return ([actor.name] + actor.spellings + table.aliases(of: actor.name)).contains { spelling in
                let words = TextFolding.words(spelling)
                return targets.contains(words.joined()) || words.count > 1 && targets.contains(String(words.compactMap(\.first)))
            }
        }
    }
}
