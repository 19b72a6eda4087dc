import Foundation

/// Paths as a person wants to read them: relative to the working folder when inside it.
///
/// With the working folder `/home/ana`, `/home/ana/corpus/a.txt` shows as `corpus/a.txt`.
package enum DisplayPath {
    /// The display form of an absolute path.
    package static func relative(_ path: String, to folder: String = FileManager.default.currentDirectoryPath) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
