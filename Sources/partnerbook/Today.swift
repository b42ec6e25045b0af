import ArgumentParser
import Foundation
import PartnerbookKit

/// The day Partnerbook takes as today: the clock's, or `PARTNERBOOK_TODAY` when a test fixes it.
enum Today {
    /// The fixed day, or nil when none is set.
    static func fixed() throws -> Day? {
        guard let text = ProcessInfo.processInfo.environment["PARTNERBOOK_TODAY"] else { return nil }
        guard let day = Day(text) else { throw ValidationError("PARTNERBOOK_TODAY must be YYYY-MM-DD, got \"\(text)\"") }
        return day
    }

    static func value() throws -> Day { try fixed() ?? .today() }
}
