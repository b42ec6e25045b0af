import Glibc

/// Values a process keeps until it exits, when the system reclaims their memory at once.
enum ProcessEnd {
    private final class Kept: Sendable {
        let value: any Sendable
        init(_ value: any Sendable) { self.value = value }
    }

    /// Keeps `value` alive, and everything it holds, until the process exits.
    static func keep(_ value: some Sendable) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    /// The most memory the process has had resident so far, in bytes.
    static var peakResidentBytes: Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return usage.ru_maxrss * 1024
    }
}
