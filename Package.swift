// swift-tools-version: 6.1
import PackageDescription

/// newsearch: local full-text search for news archives.
///
/// One library target per pipeline stage; data flows one way:
/// NewsCorpus ◀─ NewsAnalysis ◀─ NewsIndex ◀─ NewsSearch ◀─ NewsRender ◀─ newsearch
let package = Package(
    name: "newsearch",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsearch", targets: ["newsearch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .target(name: "NewsCorpus"),
        .target(
            name: "NewsAnalysis",
            dependencies: ["NewsCorpus"],
            // Compiled into the binary: an installed `newsearch` needs no file beside it.
            resources: [.embedInCode("Resources/gazetteer.tsv"), .embedInCode("Resources/foldtable.bin")]
        ),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CZstd", providers: [.apt(["libzstd-dev"])]),
        .target(
            name: "NewsIndex",
            dependencies: [
                "NewsCorpus", "NewsAnalysis", "CZlib", "CZstd", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "NewsSearch",
            dependencies: [
                "NewsCorpus", "NewsAnalysis", "NewsIndex",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "NewsRender", dependencies: ["NewsCorpus", "NewsAnalysis", "NewsIndex", "NewsSearch"]),
        .executableTarget(
            name: "newsearch",
            dependencies: [
                "NewsCorpus", "NewsAnalysis", "NewsIndex", "NewsSearch", "NewsRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark only (scripts/bench): kept out of the newsearch binary.
        .executableTarget(
            name: "newsearch-bench",
            dependencies: ["NewsCorpus", "NewsAnalysis", "NewsIndex", "NewsSearch"],
            path: "Benchmarks/NewsBench"
        ),
        .testTarget(name: "NewsCorpusTests", dependencies: ["NewsCorpus"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NewsAnalysisTests", dependencies: ["NewsCorpus", "NewsAnalysis"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "NewsIndexTests",
            dependencies: ["NewsCorpus", "NewsAnalysis", "NewsIndex", "CZlib", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "NewsSearchTests",
            dependencies: ["NewsCorpus", "NewsAnalysis", "NewsIndex", "NewsSearch", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "NewsRenderTests", dependencies: ["NewsIndex", "NewsSearch", "NewsRender"]),
        .testTarget(
            name: "CLITests",
            dependencies: ["newsearch", "NewsIndex", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]  // RelevanceTests reads them from the source tree
        ),
    ]
)
