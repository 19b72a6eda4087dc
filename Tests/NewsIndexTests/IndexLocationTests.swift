import Testing
@testable import NewsIndex

/// Where the index lives when `--db` is not given (CONTRACT.md).
@Suite("index location")
struct IndexLocationTests {
    @Test("--db wins, then NEWSEARCH_DB, then XDG_DATA_HOME, then ~/.local/share")
    func precedence() {
        let all = ["NEWSEARCH_DB": "/env/db.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"]
        #expect(IndexLocation.resolve(explicit: "/flag.sqlite", environment: all) == "/flag.sqlite")
        #expect(IndexLocation.resolve(explicit: nil, environment: all) == "/env/db.sqlite")
        #expect(IndexLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"])
            == "/xdg/newsearch/index.sqlite")
        #expect(IndexLocation.resolve(explicit: nil, environment: ["HOME": "/home/ana"])
            == "/home/ana/.local/share/newsearch/index.sqlite")
        #expect(IndexLocation.resolve(explicit: "", environment: ["NEWSEARCH_DB": "", "HOME": "/h"])
            == "/h/.local/share/newsearch/index.sqlite")
    }

    @Test("overlapping paths are walked once, from the outermost folder")
    func outermostRoots() {
        #expect(IndexWalk.outermost(["/a", "/a/b", "/c", "/a"]) == ["/a", "/c"])
        #expect(IndexWalk.outermost(["/a/b", "/ab"]) == ["/a/b", "/ab"])
    }

    @Test("the summary line reads as the contract shows it")
    func summaryLine() {
        var summary = IndexSummary()
        summary.added = 120
        summary.changed = 3
        summary.removed = 1
        summary.unchanged = 20457
        summary.failures = [.init(path: "a", reason: "x"), .init(path: "b", reason: "y")]
        summary.seconds = 1.26
        #expect(summary.description == "indexed 120 new, 3 changed, 1 removed, 20457 unchanged, 2 failed in 1.3 s")
    }
}
