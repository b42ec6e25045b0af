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
        let new = shown.replace(with: diagnostics)
        var repeated = 0
        for diagnostic in diagnostics {
            if diagnostic.severity == .warning, new.isEmpty || !new.contains(diagnostic.formatted) { repeated += 1; continue }
            error(diagnostic.formatted)
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
    private var lastFindings: [Diagnostic] = []

    /// Remembers the warnings among `findings` and returns those that were not there last time,
    /// as printed. Findings the same as last time's, as most rebuilds after a save find, are told
    /// without printing them all again.
    func replace(with findings: [Diagnostic]) -> Set<String> {
        lock.withLock {
            if findings == lastFindings { return [] }
            lastFindings = findings
            let warnings = Set(findings.warnings.map(\.formatted))
            defer { last = warnings }
            return warnings.subtracting(last)
        }
    }
}
