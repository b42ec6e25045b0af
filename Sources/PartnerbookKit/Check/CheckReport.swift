/// What `partnerbook check` found, and the two ways it prints it.
public struct CheckReport: Sendable {
    public var pages: Int
    public var draftsSkipped: Int
    /// Sorted by file, line and column, with `--strict` applied.
    public var diagnostics: [Diagnostic]

    public init(pages: Int, draftsSkipped: Int, diagnostics: [Diagnostic]) {
        self.pages = pages
        self.draftsSkipped = draftsSkipped
        self.diagnostics = diagnostics
    }

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// `Checked 30 pages (1 draft skipped): 2 errors, 1 warning`.
    public var summary: String {
        let drafts = draftsSkipped > 0 ? " (\(plural(draftsSkipped, "draft")) skipped)" : ""
        return "Checked \(plural(pages, "page"))\(drafts): \(plural(diagnostics.errors.count, "error")), "
            + "\(plural(diagnostics.warnings.count, "warning"))"
    }

    /// Every finding in the compiler style, then the summary line.
    public var text: String {
        (diagnostics.map(\.formatted) + [summary]).joined(separator: "\n") + "\n"
    }
}
