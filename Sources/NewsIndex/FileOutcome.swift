import NewsAnalysis
import NewsCorpus

/// A file the walk found that needs reading: new, or changed in size or modification time.
struct FileJob: Sendable {
    /// The file on disk.
    var file: SourceFile
    /// What the index knew of it, if anything.
    var known: KnownFile?
    /// Re-parse even when the content hash is unchanged (`--full`).
    var force: Bool
}

/// What reading one file produced, on its way to the writer.
enum FileOutcome: Sendable {
    /// The content hash is unchanged: only size and modification time need recording.
    case touched(FileJob, hash: UInt64)
    /// Parsed and analysed: the file's articles replace whatever the index had for it.
    case parsed(FileJob, hash: UInt64, articles: [StoredArticle], recordErrors: [RecordError])
    /// The file could not be used; the index keeps what it had for it.
    case failed(FileJob, reason: String)
}
