/// One file found under the paths given to `newsearch index`, with what change detection needs.
package struct SourceFile: Sendable, Equatable {
    /// The absolute, standardised path: the file's identity in the index.
    package var path: String
    /// The size in bytes.
    package var size: Int64
    /// The modification time, in nanoseconds since 1970.
    package var modified: Int64
    /// How to parse it: by extension, or plain text for a file named explicitly.
    package var format: ArticleFormat

    /// Creates a source file description.
    package init(path: String, size: Int64, modified: Int64, format: ArticleFormat) {
        self.path = path
        self.size = size
        self.modified = modified
        self.format = format
    }
}
