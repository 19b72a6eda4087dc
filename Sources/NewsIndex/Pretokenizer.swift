import GRDB
import GRDBSQLite

/// Tokenizes articles for the full-text index on a parsing thread, with SQLite's own FTS5
/// tokenizer (``IndexSchema/tokenizer``), so the writer replays the tokens (``TokenReplay``)
/// instead of tokenizing: stemming and folding were a fifth of the writer's time.
///
/// One per thread: it holds its own in-memory SQLite connection, whose FTS5 tokenizer it calls.
final class Pretokenizer {
    private let connection: DatabaseQueue
    private let tokenizer: any FTS5Tokenizer

    /// Creates the connection and the tokenizer.
    init() throws {
        connection = try DatabaseQueue()
        let descriptor = FTS5TokenizerDescriptor(components: IndexSchema.tokenizer.split(separator: " ").map(String.init))
        tokenizer = try connection.inDatabase { db in try db.makeTokenizer(descriptor) }
    }

    /// The tokens of title, lede and body, or nil if the tokenizer failed (the writer then
    /// tokenizes the article itself).
    func tokens(title: String, lede: String, body: String) -> TokenStream? {
        var stream = TokenStream(tokenizer: IndexSchema.tokenizer)
        for var column in [title, lede, body] {
            let code = column.withUTF8 { bytes in
                withUnsafeMutablePointer(to: &stream) { pointer in
                    bytes.withMemoryRebound(to: CChar.self) { characters in
                        guard let start = characters.baseAddress, !characters.isEmpty else { return SQLITE_OK }  // no tokens
                        return tokenizer.tokenize(
                            context: pointer, tokenization: .document, pText: start, nText: Int32(characters.count)
                        ) { context, flags, token, length, start, end in
                            let stream = context!.assumingMemoryBound(to: TokenStream.self)
                            if let token, length > 0 {
                                token.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                                    stream.pointee.text.append(contentsOf: UnsafeBufferPointer(start: $0, count: Int(length)))
                                }
                            }
                            stream.pointee.tokens.append(TokenStream.Token(
                                textEnd: Int32(stream.pointee.text.count), start: start, end: end, flags: flags))
                            return SQLITE_OK
                        }
                    }
                }
            }
            guard code == SQLITE_OK else { return nil }
            stream.columnEnds.append(stream.tokens.count)
        }
        return stream
    }
}
