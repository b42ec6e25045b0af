/// `partnerbook check`: every finding a build reports about `content/` and the settings, the
/// whole-site checks among them, without laying out or writing a page. Templates are left to
/// `build`, which reports their errors on every preview.
public enum Checker {
    public static func check(_ options: BuildOptions) -> CheckReport {
        var loader = HandbookLoader(root: options.source)
        let handbook = loader.load()
        return check(handbook, options: options, loadProblems: loader.diagnostics)
    }

    /// The pure part: the findings for a handbook already read, with what reading it reported.
    public static func check(_ handbook: Handbook, options: BuildOptions, loadProblems: [Diagnostic] = []) -> CheckReport {
        var clock = StageClock()
        var memory = BuildMemory()
        var report = Builder.analyse(handbook, options: options, memory: &memory, clock: &clock).report
        report.diagnostics = CheckPolicy.forCheck(loadProblems + report.diagnostics)
        report = Builder.finish(report, strict: options.strict)
        return CheckReport(pages: report.pages, draftsSkipped: report.draftsSkipped, diagnostics: report.diagnostics)
    }
}
