/// How `partnerbook check` weighs the findings a build only warns about.
///
/// A build warns, so a broken link never stops a preview. `check` exists to keep the handbook
/// true, so the findings that mean a page is wrong (a link that leads nowhere, a reference to a
/// practice or a partner that does not exist, a page missing what its kind requires) are errors
/// there, and so is a folder without `content/`, which checks nothing and is surely a wrong path. Findings that depend on the calendar or on taste (a review falling due, a page nothing
/// links to) stay warnings; `--strict` makes them errors in both commands.
public enum CheckPolicy {
    /// The codes that are errors in `check` and warnings in `build`.
    public static let errorsInCheck: Set<String> = [
        "broken-link", "broken-anchor",
        "unknown-practice", "unknown-partner",
        "story-without-date", "story-without-partners", "checklist-without-tasks", "practice-without-summary",
        "duplicate-title",
        "no-content",
    ]

    /// The findings as `check` reports them: the warnings named above raised to errors.
    public static func forCheck(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.severity == .warning, errorsInCheck.contains(diagnostic.code) else { return diagnostic }
            var raised = diagnostic
            raised.severity = .error
            return raised
        }
    }
}
