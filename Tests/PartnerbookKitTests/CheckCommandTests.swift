import Foundation
import XCTest

/// `partnerbook check` and `build` run as a user runs them: the built binary, its output and exit code.
final class CheckCommandTests: XCTestCase {
    func testTheRepositoryHandbookPassesStrictCheck() throws {
        let run = try partnerbook(["check", "--strict", "--source", Paths.repository.path])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("Checked "), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix(": 0 errors, 0 warnings\n"), run.stdout)
        XCTAssertEqual(run.stderr, "")
    }

    func testAPlantedBrokenLinkAndAnchorAreReportedAtTheirPlace() throws {
        let handbook = try plantedHandbook()
        let run = try partnerbook(["check", "--source", handbook.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, """
            content/chapters/guide.md:9:21: error: link 'aligning.md' leads to no page or file under content/
            content/chapters/guide.md:10:5: error: '#check-in' names no heading on content/chapters/next.md
              hint: did you mean '#check-ins'?
            Checked 3 pages: 2 errors, 0 warnings

            """)
    }

    func testJSONCarriesTheSameFindings() throws {
        let handbook = try plantedHandbook()
        let run = try partnerbook(["check", "--format", "json", "--source", handbook.path])
        XCTAssertEqual(run.status, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["severity"]!) \($0["code"]!)" }, [
            "content/chapters/guide.md:9:21 error broken-link",
            "content/chapters/guide.md:10:5 error broken-anchor",
        ])
        XCTAssertEqual(findings[1]["hint"] as? String, "did you mean '#check-ins'?")
        XCTAssertNil(findings[0]["hint"])
        XCTAssertEqual(object["errors"] as? Int, 2)
        XCTAssertEqual(object["warnings"] as? Int, 0)
    }

    func testBuildWarnsAboutTheSameFindingsAndStillWritesTheSite() throws {
        let handbook = try plantedHandbook()
        let output = handbook.appendingPathComponent("public")
        let run = try partnerbook(["build", "--source", handbook.path, "--output", output.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr, """
            content/chapters/guide.md:9:21: warning: link 'aligning.md' leads to no page or file under content/
            content/chapters/guide.md:10:5: warning: '#check-in' names no heading on content/chapters/next.md
              hint: did you mean '#check-ins'?

            """)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("chapters/guide/index.html").path))

        let strict = try partnerbook(["build", "--strict", "--source", handbook.path, "--output", output.path])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.hasPrefix("content/chapters/guide.md:9:21: error: link 'aligning.md'"), strict.stderr)
    }

    func testStrictTurnsWarningsIntoErrors() throws {
        let handbook = try plantedHandbook(brokenLinks: false)
        try write("# Notes\n\nNothing links here.\n", to: handbook.appendingPathComponent("content/notes.md"))
        let lenient = try partnerbook(["check", "--source", handbook.path])
        XCTAssertEqual(lenient.status, 0, lenient.stdout)
        XCTAssertTrue(lenient.stdout.hasPrefix("content/notes.md:1:1: warning: no other page links to this page"), lenient.stdout)
        XCTAssertTrue(lenient.stdout.hasSuffix("Checked 4 pages: 0 errors, 1 warning\n"), lenient.stdout)

        let strict = try partnerbook(["check", "--strict", "--source", handbook.path])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stdout.hasPrefix("content/notes.md:1:1: error: no other page links to this page"), strict.stdout)
        XCTAssertTrue(strict.stdout.hasSuffix("Checked 4 pages: 1 error, 0 warnings\n"), strict.stdout)
    }

    func testReviewsFallDueAgainstPartnerbookToday() throws {
        let handbook = try plantedHandbook(brokenLinks: false)
        let onTime = try partnerbook(["check", "--source", handbook.path], today: "2027-01-09")
        XCTAssertEqual(onTime.stdout, "Checked 3 pages: 0 errors, 0 warnings\n")
        let late = try partnerbook(["check", "--source", handbook.path], today: "2027-01-10")
        XCTAssertEqual(late.status, 0)
        XCTAssertEqual(late.stdout, """
            content/chapters/next.md:4:1: warning: review was due on 2027-01-10 (last reviewed 2026-10-10, every 3 months); ask Mei Chen to review it
              hint: once the page is checked, set 'last_reviewed' to the day of the review
            Checked 3 pages: 0 errors, 1 warning

            """)
    }

    func testAFolderWithoutContentIsAnErrorInCheckButNotInBuild() throws {
        let empty = try Paths.temporaryFolder(self)
        let check = try partnerbook(["check", "--source", empty.path])
        XCTAssertEqual(check.status, 1)
        XCTAssertEqual(check.stdout, """
            error: no content/ folder in \(empty.path): the site has no pages
              hint: create content/index.md, or run `partnerbook init`
            Checked 0 pages: 1 error, 0 warnings

            """)
        let build = try partnerbook(["build", "--quiet", "--source", empty.path])
        XCTAssertTrue(build.stderr.hasPrefix("warning: no content/ folder"), build.stderr)
    }

    // MARK: Helpers

    /// A small handbook in a fresh folder; with `brokenLinks`, one link leads nowhere and one anchor is misspelt.
    private func plantedHandbook(brokenLinks: Bool = true) throws -> URL {
        let root = try Paths.temporaryFolder(self)
        try write("# Home\n\nStart with [the guide](chapters/guide.md).\n", to: root.appendingPathComponent("content/index.md"))
        try write("""
            ---
            title: The guide
            ---

            ## Aligning

            Read on.

            The next step is in \(brokenLinks ? "[aligning](aligning.md)" : "[aligning](#aligning)").
            See [check-ins](next.md#check-in\(brokenLinks ? "" : "s")) for the rhythm that follows.

            """, to: root.appendingPathComponent("content/chapters/guide.md"))
        try write("""
            ---
            title: Next
            owner: Mei Chen
            last_reviewed: 2026-10-10
            review_every: 3 months
            ---

            ## Check-ins

            Every week.

            """, to: root.appendingPathComponent("content/chapters/next.md"))
        return root
    }

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    private func partnerbook(_ arguments: [String], today: String = "2026-11-22") throws -> CommandResult {
        try PartnerbookCLI.run(arguments, environment: ["PARTNERBOOK_TODAY": today])
    }
}
