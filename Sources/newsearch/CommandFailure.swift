import NewsIndex

/// An error the CLI reports as one line on stderr, with the exit code the contract gives it.
struct CommandFailure: Error {
    /// The message, without the `newsearch: ` prefix.
    var message: String
    /// The process exit code.
    var code: Int32

    /// Exit code for bad usage or a bad query.
    static let usageCode: Int32 = 2

    /// Maps an index error: a held lock is 75 (EX_TEMPFAIL), the rest 1.
    init(_ error: IndexError) {
        message = error.description
        if case .locked = error { code = 75 } else { code = 1 }
    }

    /// A failure with an explicit code.
    init(message: String, code: Int32) {
        self.message = message
        self.code = code
    }
}
