import Foundation

extension AliasTable {
    /// The table from the bundled `gazetteer.tsv`, parsed once per process and shared.
    package static func builtIn() throws(AliasTableError) -> AliasTable {
        try cachedBuiltIn.get()
    }

    /// The parsed bundled gazetteer (or why it could not be parsed).
    private static let cachedBuiltIn = Result<AliasTable, AliasTableError> { () throws(AliasTableError) in
        try AliasTable(tsv: String(decoding: PackageResources.gazetteer_tsv, as: UTF8.self), file: "gazetteer.tsv")
    }

    /// The built-in table plus a user overlay: `userFile`, or when nil the default
    /// `$XDG_CONFIG_HOME/newsearch/aliases.tsv` (`~/.config/newsearch/aliases.tsv`) if it exists.
    package static func load(userFile: URL?) throws(AliasTableError) -> AliasTable {
        let table = try builtIn()
        guard let url = self.userFile(userFile) else { return table }
        return try table.overlaid(with: read(url), file: url.lastPathComponent)
    }

    /// The user file that applies: `explicit` if given, else the default one if it exists.
    package static func userFile(_ explicit: URL?) -> URL? {
        explicit ?? defaultUserFile()
    }

    /// The default user alias file, if it exists.
    static func defaultUserFile(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        let url = defaultUserFilePath(environment: environment)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Where the default user alias file lives, whether or not it exists.
    static func defaultUserFilePath(environment: [String: String]) -> URL {
        let base: URL
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config")
        }
        return base.appendingPathComponent("newsearch").appendingPathComponent("aliases.tsv")
    }

    /// Reads a file as UTF-8.
    static func read(_ url: URL) throws(AliasTableError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "permission denied" : "no such file"
            throw .unreadable(file: url.path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .notUTF8(file: url.lastPathComponent)
        }
        return text
    }
}
