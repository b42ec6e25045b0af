import Foundation
import PartnerbookKit
import XCTest
@testable import PartnerbookPreview

/// What a writer sees in the terminal after each save: errors every time, a warning only the first
/// time it appears, and the stage times with `--verbose`.
final class PreviewConsoleTests: XCTestCase {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.withLock { lines.append(line) } }
        func take() -> [String] { lock.withLock { defer { lines = [] }; return lines } }
    }

    func outcome(_ diagnostics: [Diagnostic], changes: Set<String> = ["content/a.md"]) -> RebuildCoordinator.Outcome {
        var report = BuildReport()
        report.pages = 2
        report.diagnostics = diagnostics
        report.stageTimes = [("load", 0.01)]
        return RebuildCoordinator.Outcome(changes: changes, report: report)
    }

    func testAWarningIsPrintedOnceAndAnErrorEveryTime() {
        let lines = Lines()
        let console = PreviewConsole(out: { lines.add("out: " + $0) }, error: { lines.add("err: " + $0) })
        let old = Diagnostic.warning("broken-link", at: SourceLocation(file: "content/a.md", line: 3, column: 5), "old warning")
        let new = Diagnostic.warning("broken-link", at: SourceLocation(file: "content/b.md", line: 1, column: 1), "new warning")
        let error = Diagnostic.error("front-matter", at: SourceLocation(file: "content/c.md", line: 2, column: 1), "an error")

        console.show(outcome([old], changes: []))
        XCTAssertEqual(lines.take(), ["err: content/a.md:3:5: warning: old warning", "out: Built 2 pages, 1 warning, 0 errors in 0.00 s"])

        console.show(outcome([old, new, error]))
        XCTAssertEqual(lines.take(), [
            "err: content/b.md:1:1: warning: new warning",
            "err: content/c.md:2:1: error: an error",
            "err: (1 warning printed before, not repeated)",
            "out: content/a.md changed: Build failed: 2 pages, 2 warnings, 1 error in 0.00 s",
        ])

        console.show(outcome([old, error]))
        XCTAssertEqual(lines.take(), [
            "err: content/c.md:2:1: error: an error",
            "err: (1 warning printed before, not repeated)",
            "out: content/a.md changed: Build failed: 2 pages, 1 warning, 1 error in 0.00 s",
        ])

        console.show(outcome([old, error]))
        XCTAssertEqual(lines.take(), [
            "err: content/c.md:2:1: error: an error",
            "err: (1 warning printed before, not repeated)",
            "out: content/a.md changed: Build failed: 2 pages, 1 warning, 1 error in 0.00 s",
        ], "the same findings again")

        console.show(outcome([new]))
        XCTAssertEqual(lines.take(), ["err: content/b.md:1:1: warning: new warning",
                                      "out: content/a.md changed: Built 2 pages, 1 warning, 0 errors in 0.00 s"],
                       "a warning that went away and came back is new again")
    }

    func testVerbosePrintsTheStageTimes() {
        let lines = Lines()
        var console = PreviewConsole(out: { lines.add($0) }, error: { lines.add($0) })
        console.verbose = true
        console.show(outcome([]))
        XCTAssertEqual(lines.take(), ["  load     10.0 ms", "content/a.md changed: Built 2 pages, 0 warnings, 0 errors in 0.00 s"])
    }

    /// Under a second a stage reads in milliseconds with a tenth, from a second on in seconds.
    func testStageTimesReadInMillisecondsUnderASecond() {
        var report = BuildReport()
        report.stageTimes = [("load", 0.00004), ("parse", 0.0123), ("render", 0.99949), ("layout", 0.9996), ("write", 12.5)]
        XCTAssertEqual(report.timings.split(separator: "\n"), [
            "  load     0.0 ms", "  parse    12.3 ms", "  render   999.5 ms", "  layout   1.00 s", "  write    12.50 s",
        ])
    }
}
