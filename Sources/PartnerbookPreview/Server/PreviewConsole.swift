import Foundation
import PartnerbookKit

/// What the preview prints in the terminal. After the first build, a warning already printed is
/// not printed again on every save (a large handbook can have thousands); errors always are.
public struct PreviewConsole: Sendable {
    public var out: @Sendable (String) -> Void
    public var error: @Sendable (String) -> Void
    /// Print the time of each stage after every build.
    public var verbose = false
    private let shown = ShownWarnings()

    public init(out: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.error = error
    }

    /// One rebuild: its new findings, then its summary with what started it.
    func show(_ outcome: RebuildCoordinator.Outcome) {
        let diagnostics = outcome.report.diagnostics
        let new = shown.replace(with: Set(diagnostics.warnings.map(\.formatted)))
        var repeated = 0
        for diagnostic in diagnostics {
            let text = diagnostic.formatted
            if diagnostic.severity == .warning, !new.contains(text) { repeated += 1; continue }
            error(text)
        }
        if repeated > 0 { error("(\(repeated) warning\(repeated == 1 ? "" : "s") printed before, not repeated)") }
        if verbose { out(outcome.report.timings) }
        let cause = Self.describe(outcome.changes)
        out(cause.isEmpty ? outcome.report.summary : "\(cause): \(outcome.report.summary)")
    }

    /// `content/x.md changed`, `3 files changed`, or nothing for the first build.
    static func describe(_ changes: Set<String>) -> String {
        switch changes.count {
        case 0: return ""
        case 1: return "\(changes.first!) changed"
        default: return "\(changes.count) files changed"
        }
    }
}

/// The warnings of the last build, to tell which of the next build's are new.
private final class ShownWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var last: Set<String> = []

    /// Remembers `warnings` and returns those that were not there last time.
    func replace(with warnings: Set<String>) -> Set<String> {
        lock.withLock {
            defer { last = warnings }
            return warnings.subtracting(last)
        }
    }
}
