import Foundation

/// What a build did: the one line printed at its end, and the findings above it.
public struct BuildReport: Sendable {
    public var pages = 0
    public var draftsSkipped = 0
    public var filesWritten = 0
    public var filesUnchanged = 0
    public var filesRemoved = 0
    /// HTML files taken from the previous build because neither their template nor their values changed.
    public var layoutsReused = 0
    public var diagnostics: [Diagnostic] = []
    /// Seconds per stage, in the order the stages ran.
    public var stageTimes: [(stage: String, seconds: Double)] = []
    public var seconds: Double = 0
    /// The most memory the process had resident at any time up to the end of the build, in
    /// bytes, for `--verbose`; nil where the build ran among others in one process (the preview).
    public var peakMemory: Int?

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// `Built 42 pages (1 draft skipped), 0 warnings, 0 errors in 0.31 s`.
    public var summary: String {
        let verb = succeeded ? "Built" : "Build failed:"
        let drafts = draftsSkipped > 0 ? " (\(plural(draftsSkipped, "draft")) skipped)" : ""
        return "\(verb) \(plural(pages, "page"))\(drafts), \(plural(diagnostics.warnings.count, "warning")), "
            + "\(plural(diagnostics.errors.count, "error")) in \(formatSeconds(seconds))"
    }

    /// One line per stage with its time, for `--verbose`, and how much of the layout was reused.
    public var timings: String {
        let stages = stageTimes.map { "  \($0.stage.padding(toLength: 8, withPad: " ", startingAt: 0)) \(formatStageTime($0.seconds))" }
        let reuse = layoutsReused > 0 ? ["  \(plural(layoutsReused, "HTML file")) reused from the previous build"] : []
        let memory = peakMemory.map { ["  peak memory \(($0 + (1 << 19)) >> 20) MB"] } ?? []
        return (stages + reuse + memory).joined(separator: "\n")
    }

    public init() {}
}

func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

/// A stage's time: under a second in milliseconds with a tenth (a rebuild's stages take a few
/// each), otherwise in seconds.
func formatStageTime(_ seconds: Double) -> String {
    guard seconds < 0.9995 else { return formatSeconds(seconds) }
    let tenths = Int((seconds * 10_000).rounded())
    return "\(tenths / 10).\(tenths % 10) ms"
}

func formatSeconds(_ seconds: Double) -> String {
    let hundredths = Int((seconds * 100).rounded())
    return "\(hundredths / 100).\(String(hundredths % 100).leftPadded(to: 2)) s"
}
