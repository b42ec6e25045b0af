import Foundation
import PartnerbookKit
import XCTest

/// Invalid handbooks: every problem of every page is reported in one run, at its place, and nothing is written.
final class BuildErrorTests: XCTestCase {
    func assertFindings(_ fixture: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = Paths.fixtures.appendingPathComponent("build-errors/\(fixture)")
        let output = try Paths.temporaryFolder(self).appendingPathComponent("public")
        let result = try PartnerbookCLI.run(["build", "--no-cache", "--source", folder.path, "--output", output.path])
        XCTAssertEqual(result.status, 1, file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "a failed build wrote \(output.path)", file: file, line: line)
        let seen = result.stderr + "--- stdout\n" + PartnerbookCLI.normalized(result.stdout)
        try Golden.assertText(seen, matches: folder.appendingPathComponent("expected.txt"), file: file, line: line)
    }

    func testFrontMatterProblemsOfEveryPageInOneRun() throws { try assertFindings("front-matter") }
    func testTwoPagesClaimingOneURL() throws { try assertFindings("duplicate-url") }
    func testTemplateSyntaxErrorsAndMissingPartials() throws { try assertFindings("template") }
}
