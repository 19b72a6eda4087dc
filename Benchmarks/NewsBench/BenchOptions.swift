/// The command line of `newsearch-bench`.
///
/// ```
/// newsearch-bench --db index.sqlite --queries queries.txt [--rounds 3] [--warmups 1]
/// newsearch-bench --extraction corpus/ [--rounds 3]
/// newsearch-bench --index corpus/ --db new.sqlite [--without-extraction]
/// ```
struct BenchOptions: Sendable, Equatable {
    /// The index to query.
    var database = ""
    /// The query file (`# class:` lines name classes).
    var queries = ""
    /// A tree to time actor extraction on, instead of timing queries.
    var extraction = ""
    /// A tree to index into the new index `database`, instead of timing queries.
    var index = ""
    /// With `index`: leave actor extraction out.
    var withoutExtraction = false
    /// Timed rounds per query (or over the whole tree with `--extraction`).
    var rounds = 3
    /// Untimed passes over all queries first.
    var warmups = 1

    /// The usage line printed on bad arguments.
    static let usage =
        """
        usage: newsearch-bench --db PATH --queries FILE [--rounds N] [--warmups N]
               newsearch-bench --extraction TREE [--rounds N]
               newsearch-bench --index TREE --db NEW_PATH [--without-extraction]
        """

    /// Parses `arguments` (without the program name).
    ///
    /// - Throws: ``BenchError/usage(_:)`` naming the argument at fault.
    static func parse(_ arguments: [String]) throws(BenchError) -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            if flag == "--without-extraction" {
                options.withoutExtraction = true
                continue
            }
            guard let value = rest.popFirst() else { throw .usage("\(flag) needs a value") }
            switch flag {
            case "--db": options.database = value
            case "--queries": options.queries = value
            case "--extraction": options.extraction = value
            case "--index": options.index = value
            case "--rounds": options.rounds = try count(value, flag, minimum: 1)
            case "--warmups": options.warmups = try count(value, flag, minimum: 0)
            default: throw .usage("unknown argument \(flag)")
            }
        }
        if !options.index.isEmpty {
            if options.database.isEmpty { throw .usage("--index needs --db, the new index's path") }
            if !options.extraction.isEmpty || !options.queries.isEmpty {
                throw .usage("--index goes with --db only, not with --extraction or --queries")
            }
        } else if options.withoutExtraction {
            throw .usage("--without-extraction goes with --index")
        } else if options.extraction.isEmpty && (options.database.isEmpty || options.queries.isEmpty) {
            throw .usage("--db and --queries are required")
        }
        return options
    }

    private static func count(_ value: String, _ flag: String, minimum: Int) throws(BenchError) -> Int {
        guard let number = Int(value), number >= minimum else {
            throw .usage("\(flag) must be a whole number >= \(minimum), not \(value)")
        }
        return number
    }
}

/// What can stop a benchmark run.
enum BenchError: Error, CustomStringConvertible {
    /// Bad command line.
    case usage(String)
    /// The query file cannot be read.
    case unreadableQueries(path: String)
    /// The query file holds no query.
    case noQueries(path: String)
    /// `--index` would overwrite an existing index.
    case indexExists(path: String)

    /// A lowercase one-line message.
    var description: String {
        switch self {
        case .usage(let reason): "\(reason)\n\(BenchOptions.usage)"
        case .unreadableQueries(let path): "\(path): cannot read the query file"
        case .noQueries(let path): "\(path): no query in the file"
        case .indexExists(let path): "\(path): already exists; --index builds a new index"
        }
    }
}
