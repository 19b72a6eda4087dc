import Foundation
import Testing

/// Exit codes and messages of `newsearch query`, `show` and `stats` when something is wrong.
@Suite("query errors: exit codes and exact messages")
struct QueryErrorTests {
    @Test("no index: exit 1 with a one-line message naming the path", arguments: [
        ["query", "ceasefire"], ["query", "--json"], ["show", "abc"], ["stats"], ["stats", "--json"],
    ])
    func noIndex(arguments: [String]) throws {
        let cli = try CLI()
        let result = try cli.run(arguments)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "newsearch: no index at \(cli.db); run 'newsearch index PATH' first\n")
        #expect(!FileManager.default.fileExists(atPath: cli.db), "a read must not create the index")
    }

    @Test("a date that names no day is refused with exit 2 and says what was expected", arguments: [
        ("date:2025-13", "invalid date '2025-13' in date: filter (expected YYYY, YYYY-MM, YYYY-MM-DD or A..B)"),
        ("ceasefire date:2025-02-30", "invalid date '2025-02-30' in date: filter (expected YYYY, YYYY-MM, YYYY-MM-DD or A..B)"),
        ("date:yesterday", "invalid date 'yesterday' in date: filter (expected YYYY, YYYY-MM, YYYY-MM-DD or A..B)"),
    ])
    func badDate(query: String, message: String) throws {
        let result = try SampleIndex.cli().run(["query", query])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "newsearch: \(message)\n")
    }

    @Test("--from and --to take YYYY, YYYY-MM or YYYY-MM-DD only", arguments: [
        (["--from", "May"], "invalid date 'May' for --from (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
        (["--to", "2025-13"], "invalid date '2025-13' for --to (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
        (["--from", "2025-01..2025-02"], "invalid date '2025-01..2025-02' for --from (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    ])
    func badOptionDate(arguments: [String], message: String) throws {
        let result = try SampleIndex.cli().run(["query", "ceasefire"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr == "newsearch: \(message)\n")
    }

    @Test("bad usage exits 2 with one newsearch: line", arguments: [
        ["query", "ceasefire", "--bogus"], ["query", "--sort", "best", "x"], ["query", "x", "--limit", "lots"],
        ["query", "x", "--limit", "10001"], ["query", "x", "--offset=-1"], ["frobnicate"], ["show"],
    ])
    func badUsage(arguments: [String]) throws {
        let result = try SampleIndex.cli().run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("newsearch: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "one line: \(result.stderr)")
    }

    @Test("the unknown option is named in the message")
    func unknownOptionNamed() throws {
        let result = try SampleIndex.cli().run(["query", "ceasefire", "--bogus"])
        #expect(result.stderr.contains("'--bogus'"))
    }

    @Test("a leading -word is an exclusion, not an unknown option", arguments: [["-trump"], ["ceasefire", "-trump"], ["-NATO", "--limit", "1"]])
    func dashWordIsExclusion(arguments: [String]) throws {
        let result = try SampleIndex.cli().run(["query"] + arguments + ["--json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try CLI.json(result.stdout)
        #expect((object["total"] as? Int ?? 0) > 0)
        #expect(object["query"] as? String == arguments.filter { !$0.hasPrefix("--") && $0 != "1" }.joined(separator: " "))
    }

    @Test("a repaired query still runs, and says on stderr what was repaired", arguments: [
        ("trump -section:world", "position 8: excluding by section: is not supported; filter ignored"),
        ("\"energy facilities", "position 1: unclosed quote closed at the end of the query"),
        ("date:2025-03 date:2024", "position 14: date filters do not overlap; nothing can match"),
    ])
    func repairNotes(query: String, note: String) throws {
        let result = try SampleIndex.cli().run(["query", query, "--json"])
        #expect(result.status == 0)
        #expect(result.stderr == "newsearch: note: \(note)\n")
        #expect(try CLI.json(result.stdout)["total"] is Int)
    }

    /// Queries a user can type that are not well formed.
    static let weird = [
        "\"", "NOT", "AND OR", "title:", "*", "(", ")", "NEAR(", "a:b:c", "'; DROP TABLE articles; --",
        "\"unbalanced phrase", "title:(", "date:", "section:", "^", "NEAR(a b, 3)", "col:foo", "x AND",
        "ceasefire OR", "OR OR OR", "((((ceasefire", "-", "\"\"", "*ceasefire", "cease*fire",
        "\u{E000}marked\u{E001}", "Путин", "🙂", String(repeating: "x", count: 10_000),
        String(repeating: "ceasefire ", count: 1_000),
    ]

    @Test("weird queries exit 0 or 2 and never show SQL", arguments: weird)
    func weirdQuery(query: String) throws {
        for format in [[], ["--json"]] {
            let result = try SampleIndex.cli().run(["query", query] + format)
            #expect(result.status == 0 || result.status == 2, "exit \(result.status): \(result.stderr)")
            let stderr = result.stderr.lowercased()
            for word in ["sql", "fts5", "syntax error", "database error"] {
                #expect(!stderr.contains(word), "\(word) in: \(result.stderr)")
            }
            if result.status == 0 && !format.isEmpty {
                let object = try CLI.json(result.stdout)
                #expect(object["total"] is Int)
            }
            if result.status == 2 { #expect(result.stderr.hasPrefix("newsearch: ")) }
        }
    }
}
