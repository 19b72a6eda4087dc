#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// The lock that keeps two `newsearch index` runs off one index.
///
/// An OS-level `flock` on `<index>.lock`: the kernel releases it when the process ends, however
/// it ends (SIGKILL included), so a stale lock can never block cron. Queries never take it.
package final class IndexLock {
    private let descriptor: Int32

    /// Takes the lock, polling until `wait` seconds have passed.
    ///
    /// - Throws: ``IndexError/locked(path:waited:)`` when another run still holds it.
    package init(indexPath: String, wait: Double) throws(IndexError) {
        try IndexLocation.createFolder(for: indexPath)
        let lockPath = indexPath + ".lock"
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .cannotOpen(path: lockPath, reason: String(cString: strerror(errno)).lowercased())
        }
        let deadline = Date().addingTimeInterval(max(0, wait))
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(fd)
                throw .locked(path: indexPath, waited: wait)
            }
            usleep(100_000)
        }
        descriptor = fd
    }

    /// Whether some process holds the lock on the index at `indexPath` right now.
    package static func isHeld(indexPath: String) -> Bool {
        let fd = open(indexPath + ".lock", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return true
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
