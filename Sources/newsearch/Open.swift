import NewsIndex

/// Opening the index for the read-only commands, with the contract's messages and codes.
enum Open {
    /// The index at `path`, or a ``CommandFailure`` (exit 1) saying why not.
    static func forReading(_ path: String) throws -> IndexStore {
        do { return try IndexStore.openForReading(at: path) } catch { throw CommandFailure(error) }
    }
}
