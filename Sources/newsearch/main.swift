import ArgumentParser
import Foundation

/// The entry point: parse, run, and map every outcome to the contract's exit codes
/// (0 success, 1 failure, 2 bad usage or query, 75 index locked).
signal(SIGPIPE, SIG_IGN)
do {
    var command = try Newsearch.parsedCommand()
    try command.run()
    exit(0)
} catch let failure as CommandFailure {
    Terminal.error(failure.message)
    exit(failure.code)
} catch let error as ExitCode {
    exit(error.rawValue)
} catch {
    let code = Newsearch.exitCode(for: error)
    if code == .success {
        print(Newsearch.fullMessage(for: error))
        exit(0)
    }
    Terminal.error(Newsearch.message(for: error) + " (see 'newsearch help')")
    exit(2)
}
