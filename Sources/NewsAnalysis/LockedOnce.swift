import Foundation

/// A value computed on first access, exactly once, whichever thread asks first; later
/// accesses take an uncontended lock and return it.
final class LockedOnce<Value: Sendable>: @unchecked Sendable {
    /// Guards ``stored``.
    private let lock = NSLock()
    /// The value once computed.
    private var stored: Value?
    /// Computes the value (dropped after the first call).
    private var make: (@Sendable () -> Value)?

    /// A box that will compute its value with `make` on first access.
    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value, computed now if this is the first access.
    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let value = make!()
        stored = value
        make = nil
        return value
    }
}
