import Foundation
import GRDB
import GRDBSQLite

/// Hands FTS5 the tokens a parsing thread already made (``TokenStream``) when the writer
/// indexes an article, instead of letting FTS5 tokenize it again on the writer's thread.
///
/// Installed on the writer's connection before FTS5 first opens `articles_fts` there, it stands
/// in for the `porter` tokenizer of that connection only. Every call it cannot prove it may
/// replay goes to the real `porter`, so the index is the same as without it, byte for byte
/// (tested): it replays only when the writer armed it for the statement being run
/// (``replaying(_:title:lede:body:_:)``), FTS5 asks for a document's tokens, the tokenizer
/// is the one the stream was made with, and the text FTS5 hands over is the very text the
/// stream was made from (compared byte for byte). Queries, deletions and anything else are
/// tokenized as usual.
final class TokenReplay: @unchecked Sendable {
    /// The real `porter`, as FTS5 registered it on this connection.
    fileprivate let original: fts5_tokenizer
    fileprivate let originalContext: UnsafeMutableRawPointer?
    /// What the statement being run may replay: a stream and the texts it was made from.
    fileprivate var armed: (stream: TokenStream, texts: [UnsafeBufferPointer<UInt8>], next: Int)?
    /// Columns replayed so far (the rest were tokenized by `porter`).
    private(set) var replayedColumns = 0

    private init(original: fts5_tokenizer, originalContext: UnsafeMutableRawPointer?) {
        self.original = original
        self.originalContext = originalContext
    }

    /// Runs `body` (which inserts the article into `articles_fts`) with `stream` armed for
    /// replay; the texts are the values the insert binds. Without a stream, just runs `body`.
    func replaying<T>(
        _ stream: TokenStream?, title: String, lede: String, body: String, _ run: () throws -> T
    ) rethrows -> T {
        guard let stream else { return try run() }
        var (title, lede, body) = (title, lede, body)
        return try title.withUTF8 { title in
            try lede.withUTF8 { lede in
                try body.withUTF8 { body in
                    armed = (stream, [title, lede, body], 0)
                    defer { armed = nil }
                    return try run()
                }
            }
        }
    }

    /// Replays the next column of the armed stream if `text` is its text; false otherwise.
    fileprivate func replay(
        text: UnsafePointer<CChar>?, count: Int32, tokenizer: String, context: UnsafeMutableRawPointer?,
        token emit: @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32) -> Int32,
        code: inout Int32
    ) -> Bool {
        guard let armed, armed.next < armed.texts.count else { return false }
        self.armed!.next += 1  // FTS5 tokenizes the columns in order, one call each
        let expected = armed.texts[armed.next]
        guard armed.stream.tokenizer == tokenizer, Int(count) == expected.count,
            count == 0 || (text.map { memcmp($0, expected.baseAddress!, Int(count)) == 0 } ?? false)
        else { return false }
        let stream = armed.stream
        replayedColumns += 1
        code = stream.text.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                for index in stream.columnTokens(armed.next) {
                    let token = stream.tokens[index]
                    let range = stream.tokenText(index)
                    let rc = emit(
                        context, token.flags, characters.baseAddress.map { $0 + range.lowerBound },
                        Int32(range.count), token.start, token.end)
                    if rc != SQLITE_OK { return rc }
                }
                return SQLITE_OK
            }
        }
        return true
    }

    // MARK: - Installation

    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed: [OpaquePointer: TokenReplay] = [:]

    /// The replay installed on `db`'s connection, if any.
    static func installed(on db: Database) -> TokenReplay? {
        lock.withLock { installed[db.sqliteConnection!] }
    }

    /// Puts a replaying `porter` in front of the real one on `db`'s connection. Must run before
    /// the connection first uses `articles_fts` (from `prepareDatabase`); later, FTS5 keeps the
    /// tokenizer it already made and nothing is replayed (which is slower, never wrong).
    static func install(on db: Database) throws {
        let api = FTS5.api(db)
        var original = fts5_tokenizer()
        var originalContext: UnsafeMutableRawPointer?
        let found = api.pointee.xFindTokenizer!(UnsafeMutablePointer(mutating: api), "porter", &originalContext, &original)
        guard found == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: found)) }
        let replay = TokenReplay(original: original, originalContext: originalContext)
        var methods = fts5_tokenizer(xCreate: createInstance, xDelete: deleteInstance, xTokenize: tokenize)
        let context = Unmanaged.passRetained(replay).toOpaque()
        let code = api.pointee.xCreateTokenizer!(
            UnsafeMutablePointer(mutating: api), "porter", context, &methods, destroy)
        guard code == SQLITE_OK else {
            Unmanaged<TokenReplay>.fromOpaque(context).release()
            throw DatabaseError(resultCode: ResultCode(rawValue: code))
        }
        let connection = db.sqliteConnection!
        lock.withLock { installed[connection] = replay }
        replay.connection = connection
    }

    /// The connection it is installed on, to leave the registry when FTS5 drops it.
    fileprivate var connection: OpaquePointer?

    fileprivate static func forget(_ replay: TokenReplay) {
        lock.withLock {
            if let connection = replay.connection, installed[connection] === replay { installed[connection] = nil }
        }
    }
}

/// One tokenizer made by the replaying `porter`: the real one with the same arguments, and the
/// `tokenize=` spelling they amount to.
private final class ReplayInstance {
    let replay: TokenReplay
    let inner: OpaquePointer?
    let tokenizer: String

    init(replay: TokenReplay, inner: OpaquePointer?, tokenizer: String) {
        self.replay = replay
        self.inner = inner
        self.tokenizer = tokenizer
    }
}

private func createInstance(
    context: UnsafeMutableRawPointer?, arguments: UnsafeMutablePointer<UnsafePointer<CChar>?>?, count: Int32,
    instance: UnsafeMutablePointer<OpaquePointer?>?
) -> Int32 {
    guard let context, let instance else { return SQLITE_ERROR }
    let replay = Unmanaged<TokenReplay>.fromOpaque(context).takeUnretainedValue()
    var inner: OpaquePointer?
    let code = replay.original.xCreate!(replay.originalContext, arguments, count, &inner)
    guard code == SQLITE_OK else { return code }
    let words = (0..<Int(count)).compactMap { arguments?[$0].map { String(cString: $0) } }
    let made = ReplayInstance(replay: replay, inner: inner, tokenizer: (["porter"] + words).joined(separator: " "))
    instance.pointee = OpaquePointer(Unmanaged.passRetained(made).toOpaque())
    return SQLITE_OK
}

private func deleteInstance(instance: OpaquePointer?) {
    guard let instance else { return }
    let made = Unmanaged<ReplayInstance>.fromOpaque(UnsafeRawPointer(instance)).takeRetainedValue()
    made.replay.original.xDelete?(made.inner)
}

private func tokenize(
    instance: OpaquePointer?, context: UnsafeMutableRawPointer?, flags: Int32, text: UnsafePointer<CChar>?,
    count: Int32,
    token: (@convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32) -> Int32)?
) -> Int32 {
    guard let instance, let token else { return SQLITE_ERROR }
    let made = Unmanaged<ReplayInstance>.fromOpaque(UnsafeRawPointer(instance)).takeUnretainedValue()
    var code = SQLITE_OK
    if flags == FTS5_TOKENIZE_DOCUMENT,
        made.replay.replay(
            text: text, count: count, tokenizer: made.tokenizer, context: context, token: token, code: &code)
    {
        return code
    }
    return made.replay.original.xTokenize!(made.inner, context, flags, text, count, token)
}

private func destroy(context: UnsafeMutableRawPointer?) {
    guard let context else { return }
    let replay = Unmanaged<TokenReplay>.fromOpaque(context).takeRetainedValue()
    TokenReplay.forget(replay)
}
