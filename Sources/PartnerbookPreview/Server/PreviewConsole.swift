/// Where the server writes what a user at the terminal reads: progress to `out`, findings and
/// failures to `error`.
public struct PreviewConsole: Sendable {
    public var out: @Sendable (String) -> Void
    public var error: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.error = error
    }

    /// One rebuild: its findings, then its summary with what started it.
    func show(_ outcome: RebuildCoordinator.Outcome) {
        for diagnostic in outcome.report.diagnostics { error(diagnostic.formatted) }
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
