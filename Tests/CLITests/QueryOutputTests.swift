import Foundation
import Testing

/// What `newsearch query` prints: the contract's JSON object, and text for a pipe.
@Suite("query output: JSON shape and text on a pipe")
struct QueryOutputTests {
    @Test("the JSON object has exactly the contract's keys and types")
    func jsonShape() throws {
        let object = try SampleIndex.query(["ceasefire NATO", "--limit", "3"])
        #expect(Set(object.keys) == ["query", "total", "offset", "limit", "took_ms", "expansions", "results", "facets"])
        #expect(object["query"] as? String == "ceasefire NATO")
        #expect(object["total"] is Int)
        #expect(object["offset"] as? Int == 0)
        #expect(object["limit"] as? Int == 3)
        #expect((object["took_ms"] as? Double ?? -1) >= 0)
        #expect(object["expansions"] is [Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            #expect(Set(result.keys) == ["id", "path", "title", "date", "section", "score", "snippet", "actors"])
            #expect((result["id"] as? String)?.isEmpty == false)
            #expect((result["path"] as? String)?.hasPrefix("corpus/") == true)
            #expect((result["title"] as? String)?.isEmpty == false)
            let date = try #require(result["date"] as? String)
            #expect(date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
            #expect(result["section"] is String || result["section"] is NSNull)
            #expect(result["score"] is Double)
            #expect((result["snippet"] as? String)?.contains("<mark>") == true)
            #expect(result["actors"] is [String])
        }
        let facets = try #require(object["facets"] as? [String: Any])
        #expect(Set(facets.keys) == ["dates", "actors", "sections"])
        for name in ["dates", "sections"] {
            let buckets = try #require(facets[name] as? [[String: Any]])
            #expect(!buckets.isEmpty)
            for bucket in buckets {
                #expect(bucket["value"] is String)
                #expect(bucket["count"] is Int)
            }
        }
    }

    @Test("an article without a date has date null and no section has section null")
    func nullDate() throws {
        let result = QueryJSON(try SampleIndex.query(["title:kallas"]))
        let profile = try #require(result.results.first { $0["path"] as? String == "corpus/misc/profile-kaja-kallas.txt" })
        #expect(profile["date"] is NSNull)
        #expect(profile["section"] is NSNull)
    }

    @Test("JSON Lines records, HTML and Markdown files are found with their own titles and dates")
    func otherFormats() throws {
        let jsonl = QueryJSON(try SampleIndex.query(["Istanbul captives"]))
        #expect(jsonl.paths.first == "corpus/wire/2025-06-world-briefs.jsonl")
        #expect(jsonl.dates.first == "2025-06-02")
        let html = QueryJSON(try SampleIndex.query(["pope leo", "--limit", "1"]))
        #expect(html.paths == ["corpus/2025/05/pope-leo-elected.html"])
        #expect(html.dates == ["2025-05-08"])
        let markdown = QueryJSON(try SampleIndex.query(["Belem", "--limit", "1"]))
        #expect(markdown.paths == ["corpus/2025/11/cop30-belem-outcome.md"])
    }

    @Test("text on a pipe: rank, date, section, title, path, snippet, then totals and facets, no ANSI")
    func pipeText() throws {
        let result = try SampleIndex.cli().run(["query", "kursk incursion", "--limit", "2"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "  1. 2024-08-13 · World")
        #expect(lines[1] == "    Ukraine's Kursk Incursion Enters Second Week as Moscow Scrambles")
        #expect(lines[2] == "    corpus/2024/08/kursk-incursion.txt")
        #expect(lines[3].hasPrefix("    ") && lines[3].count > 20)
        #expect(lines.contains { $0.hasPrefix("1 result · 1–1 shown · ") })
        #expect(lines.contains("by month"))
        #expect(lines.contains("sections:  World 1"))
        for line in lines { #expect(line.count < 80, "\(line.count): \(line)") }
    }

    @Test("snippets on a pipe carry the matched words without escapes", arguments: ["ceasefire", "title:ceasefire", "minist*", "\"energy facilities\""])
    func pipeSnippets(query: String) throws {
        let result = try SampleIndex.cli().run(["query", query, "--no-facets"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{E000}") && !result.stdout.contains("\u{E001}"))
        #expect(!result.stdout.contains("<mark>"))
    }

    @Test("text on a pipe follows COLUMNS: no line reaches the width", arguments: [50, 80, 132])
    func columns(width: Int) throws {
        let result = try SampleIndex.cli().run(
            ["query", "ceasefire OR sanctions OR NATO", "--limit", "30"], environment: ["COLUMNS": String(width)])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > 100)
        for line in lines { #expect(line.count < width, "\(line.count): \(line)") }
        #expect(lines.contains { $0.count > width - 15 }, "the text uses the width")
    }

    @Test("--no-facets leaves the facets out of the text")
    func noFacets() throws {
        let result = try SampleIndex.cli().run(["query", "trump", "--no-facets"])
        #expect(!result.stdout.contains("by month"))
        #expect(!result.stdout.contains("sections:"))
    }

    @Test("an empty result exits 0 with no results, or total 0 in JSON")
    func emptyResult() throws {
        let cli = try SampleIndex.cli()
        let text = try cli.run(["query", "zymurgical quokkas"])
        #expect(text.status == 0)
        #expect(text.stdout == "no results\n")
        #expect(text.stderr == "")
        let json = try cli.queryJSON(["zymurgical quokkas"])
        #expect(json["total"] as? Int == 0)
        #expect((json["results"] as? [Any])?.isEmpty == true)
    }
}

/// Snippets in JSON are safe HTML, checked on articles that contain `&` and `<` themselves.
@Suite("query JSON snippets are escaped HTML")
struct SnippetEscapingTests {
    /// A native text article, an HTML page and a JSON record full of markup characters.
    static let files: [(String, String)] = [
        ("native.txt", """
            Today : Mar 2, 2025
            Markets
            1 March 2025

            Telecom merger talks resume

            Shares of AT&T rose after the merger talks with <Verizon> & partners resumed on Monday.

            Analysts said a merger would leave the new group with < 5% of the market & "no" rivals.
            """),
        ("page.html", """
            <html><head><title>Q&amp;A</title><meta name="date" content="2025-03-03"></head>
            <body><article><h1>Q&amp;A on the merger</h1>
            <p>Readers asked whether the merger of AT&amp;T means &lt;script&gt; tags &amp; prices go up.</p>
            </article></body></html>
            """),
        ("record.json", """
            {"id": "r1", "title": "Merger <b>bold</b> claims", "date": "2025-03-04", "section": "Markets",
             "lede": "A merger of R&D units: 3 < 4 & 5 > 2, officials said.", "body": "Nothing more."}
            """),
    ]

    @Test("the article's own <, > and & are escaped and matches are wrapped in <mark>")
    func escaped() throws {
        let cli = try CLI()
        let folder = cli.folder.appendingPathComponent("markup")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in Self.files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        #expect(try cli.run(["index", folder.path, "--quiet"]).status == 0)
        let result = QueryJSON(try cli.queryJSON(["merger", "--limit", "10"]))
        #expect(result.total == 3)
        let snippets = result.results.map { $0["snippet"] as? String ?? "" }
        for snippet in snippets {
            #expect(snippet.lowercased().contains("<mark>merger</mark>"), "\(snippet)")
            let unmarked = snippet.replacingOccurrences(of: "<mark>", with: "").replacingOccurrences(of: "</mark>", with: "")
            #expect(!unmarked.contains("<") && !unmarked.contains(">"), "raw markup in \(snippet)")
            #expect(!unmarked.contains("&") || unmarked.contains(/&(amp|lt|gt|quot);/), "\(snippet)")
            #expect(!unmarked.contains(/&(?!(amp|lt|gt|quot|#\d+);)/), "bare & in \(snippet)")
        }
        let all = snippets.joined(separator: "\n")
        #expect(all.contains("AT&amp;T"))
        #expect(all.contains("&lt;script&gt;") || all.contains("&lt;Verizon&gt;") || all.contains("3 &lt; 4"))
        for hit in result.results {
            let snippet = (hit["snippet"] as? String ?? "").replacingOccurrences(of: "<mark>", with: "")
                .replacingOccurrences(of: "</mark>", with: "")
            #expect(!snippet.hasPrefix(HTMLText.escaped(hit["title"] as? String ?? "")), "the snippet repeats the title: \(snippet)")
        }
        let titles = result.results.map { $0["title"] as? String ?? "" }
        #expect(titles.contains("Merger <b>bold</b> claims"), "titles are plain JSON strings, not HTML")
    }
}

/// The escaping the contract asks of snippets, written out independently of NewsRender.
enum HTMLText {
    /// `text` with `&`, `<`, `>` and `"` escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
