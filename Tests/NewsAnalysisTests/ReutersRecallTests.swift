import Foundation
import NewsCorpus
import Testing
@testable import NewsAnalysis

/// Discovery measured on Reuters-21578: do we find the people and organisations its editors
/// indexed, without being given them? (Most 1987 names are not in the gazetteer.)
@Suite struct ReutersRecallTests {
    /// One article's gold annotations.
    struct Gold {
        var people: [String]
        var orgs: [String]
    }

    /// The corpus path, relative to the package root.
    static let corpus = TestSupport.packageRoot.appendingPathComponent("../shared/corpora/reuters21578.jsonl.gz")

    @Test("Reuters-21578: at least 80% of indexed people and organisations are found")
    func recall() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus.path) else {
            Issue.record("Reuters corpus missing at \(Self.corpus.standardized.path)")
            return
        }
        let analyzer = ArticleAnalyzer(aliasTable: try AliasTable.builtIn())
        let lines = try TestSupport.gunzip(Self.corpus).split(separator: UInt8(ascii: "\n"))
        var people = (found: 0, total: 0)
        var orgs = (found: 0, total: 0)
        var missedPeople: [String: Int] = [:]
        var missedOrgs: [String: Int] = [:]
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
            let article = Article(
                sourcePath: "reuters", title: object["title"] as? String ?? "",
                body: object["body"] as? String ?? "")
            let gold = Gold(people: object["people"] as? [String] ?? [], orgs: object["orgs"] as? [String] ?? [])
            var actors: [ActorMention] = []
            elapsed += clock.measure { actors = analyzer.analyze(article).actors }
            for person in gold.people {
                people.total += 1
                if Self.foundPerson(person, in: actors) { people.found += 1 } else {
                    missedPeople[person, default: 0] += 1
                    if ProcessInfo.processInfo.environment["REUTERS_DEBUG"] != nil {
                        let surname = person.split(separator: " ").last!
                        let text = article.title + " || " + article.body
                        for range in text.ranges(of: surname).prefix(2) {
                            let lo = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
                            let hi = text.index(range.upperBound, offsetBy: 40, limitedBy: text.endIndex) ?? text.endIndex
                            print("MISS \(person): …\(text[lo..<hi].replacingOccurrences(of: "\n", with: " "))… [\(actors.map(\.name).prefix(6))]")
                        }
                    }
                }
            }
            for code in gold.orgs {
                orgs.total += 1
                if Self.foundOrg(code, in: actors, table: analyzer.aliasTable) { orgs.found += 1 } else {
                    missedOrgs[code, default: 0] += 1
                    if ProcessInfo.processInfo.environment["REUTERS_DEBUG"] != nil {
                        print("MISSORG \(code): \(article.title) | \(article.body.prefix(300).replacingOccurrences(of: "\n", with: " ")) [\(actors.filter { $0.kind == .org }.map(\.name).prefix(6))]")
                    }
                }
            }
        }
        let peopleRecall = Double(people.found) / Double(max(people.total, 1))
        let orgRecall = Double(orgs.found) / Double(max(orgs.total, 1))
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("reuters: \(lines.count) articles in \(String(format: "%.2f", seconds)) s "
            + "(\(Int(Double(lines.count) / seconds)) articles/s, \(String(format: "%.1f", seconds / Double(lines.count) * 1e6)) µs/article)")
        print("reuters: people recall \(String(format: "%.3f", peopleRecall)) (\(people.found)/\(people.total)), "
            + "org recall \(String(format: "%.3f", orgRecall)) (\(orgs.found)/\(orgs.total))")
        print("reuters: most missed people \(missedPeople.sorted { $0.value > $1.value }.prefix(25))")
        print("reuters: most missed orgs \(missedOrgs.sorted { $0.value > $1.value }.prefix(15))")
        #expect(peopleRecall >= 0.80)
        #expect(orgRecall >= 0.80)
    }

    /// A gold person is found when a person actor's last word folds to the gold's last word.
    static func foundPerson(_ gold: String, in actors: [ActorMention]) -> Bool {
        guard let surname = TextFolding.words(gold).last else { return false }
        return actors.contains { $0.kind == .person && TextFolding.words($0.name).last == surname }
    }

    /// A gold org code (`IMF`, `ICO-COFFEE`, `WORLDBANK`) is found when an org actor's name,
    /// alias or spelling folds to it (spaces ignored; for `ICO-COFFEE` the part before the
    /// hyphen), or the initials of its name spell it.
    static func foundOrg(_ code: String, in actors: [ActorMention], table: AliasTable) -> Bool {
        let squashed = TextFolding.fold(code).replacingOccurrences(of: " ", with: "")
        let head = TextFolding.words(code).first ?? ""
        let targets: Set<String> = [squashed, head]
        return actors.contains { actor in
            guard actor.kind == .org else { return false }
            let spellings = [actor.name] + actor.spellings + table.aliases(of: actor.name)
            return spellings.contains { spelling in
                let words = TextFolding.words(spelling)
                let initials = String(words.compactMap(\.first))
                return targets.contains(words.joined()) || (words.count > 1 && targets.contains(initials))
            }
        }
    }
}
