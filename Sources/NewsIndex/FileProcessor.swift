import Foundation
import NewsAnalysis
import NewsCorpus

/// Reads, hashes, parses and analyses one file: the work the parsing threads share.
struct FileProcessor: Sendable {
    /// The analysis stage.
    let analyzer: ArticleAnalyzer

    /// Turns a job into an outcome, compressing bodies with the calling thread's `compressor`;
    /// never throws: failures become `.failed`.
    func process(_ job: FileJob, compressor: TextCompressor) -> FileOutcome {
        let limit = ArticleFileParser.sizeLimit
        if job.file.size > Int64(limit) {
            let error = CorpusError.tooLarge(bytes: Int(job.file.size), limit: limit)
            return .failed(job, reason: error.description)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: job.file.path), options: .uncached)
        } catch {
            return .failed(job, reason: CorpusError.unreadable(Self.reason(error)).description)
        }
        let hash = data.withUnsafeBytes { StableHash.hash($0) }
        if !job.force, let known = job.known, known.hash == hash {
            return .touched(job, hash: hash)
        }
        do {
            let parsed = try ArticleFileParser.parse(data, path: job.file.path, format: job.file.format)
            let stored = parsed.articles.map { StoredArticle(analyzer.analyze($0), compressor: compressor) }
            return .parsed(job, hash: hash, articles: stored, recordErrors: parsed.recordErrors)
        } catch {
            return .failed(job, reason: error.description)
        }
    }

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        switch underlying?.code ?? (error as NSError).code {
        case Int(EACCES), NSFileReadNoPermissionError: return "permission denied"
        case Int(ENOENT), NSFileReadNoSuchFileError: return "no such file"
        case Int(EISDIR): return "is a directory"
        default: return "input/output error"
        }
    }
}
