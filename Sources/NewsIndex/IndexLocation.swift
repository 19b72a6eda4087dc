import Foundation

/// Where the index lives: `--db`, else `NEWSEARCH_DB`, else the XDG data folder.
///
/// A cron job and an interactive shell therefore find the same index whatever their working
/// folder: `IndexLocation.resolve(explicit: nil, environment: ["HOME": "/home/ana"])` is
/// `/home/ana/.local/share/newsearch/index.sqlite`.
package enum IndexLocation {
    /// The index path for the given `--db` value and environment.
    package static func resolve(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["NEWSEARCH_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/newsearch/index.sqlite"
    }

    /// Creates the folder that holds the index (and its lock), as on first use.
    ///
    /// - Throws: ``IndexError/cannotOpen(path:reason:)`` naming the folder.
    package static func createFolder(for path: String) throws(IndexError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path, reason: "cannot create folder \(folder)")
        }
    }
}
