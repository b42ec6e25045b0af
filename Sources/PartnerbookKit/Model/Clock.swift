import Foundation

/// The one place that reads the wall clock, so builds can be given a fixed "today" in tests.
enum Clock {
    static func secondsSince1970() -> Double { Date().timeIntervalSince1970 }

    /// Monotonic seconds, for timing stages.
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
