import Foundation
import PartnerbookKit
import XCTest

/// Whole fixture sites built and compared with their recorded output, file by file.
final class BuildGoldenTests: XCTestCase {
    static let today = Day("2026-11-22")!

    /// Builds a fixture handbook and returns the tree written and the findings as a user reads them.
    func build(_ fixture: String, configure: (inout BuildOptions) -> Void = { _ in }) throws -> (FileTree, String, BuildReport) {
        let source = Paths.fixtures.appendingPathComponent(fixture)
        let output = try Paths.temporaryFolder(self).appendingPathComponent("public")
        var options = BuildOptions(source: source, output: output)
        options.today = Self.today
        configure(&options)
        let report = Builder.build(options)
        let tree = FileTree.read(output) { path in
            path == ".partnerbook-manifest" || (path.hasPrefix("assets/") && path != "assets/site.css")
        }
        return (tree, report.diagnostics.map(\.formatted).joined(separator: "\n") + "\n", report)
    }

    func testFullSiteMatchesItsRecordedOutput() throws {
        let (tree, findings, report) = try build("build/full-site/site")
        XCTAssertTrue(report.succeeded, findings)
        XCTAssertEqual(report.pages, 11)
        XCTAssertEqual(report.draftsSkipped, 1)
        try Golden.assertTree(tree, matches: Paths.fixtures.appendingPathComponent("build/full-site/expected"))
        try Golden.assertText(findings, matches: Paths.fixtures.appendingPathComponent("build/full-site/expected-findings.txt"))
    }

    func testDraftsAreBuiltWhenAskedFor() throws {
        let (tree, _, report) = try build("build/full-site/site") { $0.includeDrafts = true }
        XCTAssertEqual(report.draftsSkipped, 0)
        let chapter = try XCTUnwrap(tree.files["chapters/draft/index.html"])
        XCTAssertTrue(String(decoding: chapter, as: UTF8.self).contains("Half written."))
    }

    func testStrictTurnsWarningsIntoErrorsAndWritesNothing() throws {
        let (tree, findings, report) = try build("build/full-site/site") { $0.strict = true }
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.diagnostics.allSatisfy { $0.severity == .error }, findings)
        XCTAssertTrue(findings.contains("content/chapters/aligning-goals.md:22:35: error: link 'nowhere.md' leads to no page or file under content/"), findings)
        XCTAssertEqual(tree.files, [:])
    }

    func testBaseURLFromTheCommandLineWins() throws {
        let (tree, _, _) = try build("build/full-site/site") { $0.baseURL = "http://localhost:8000/" }
        let home = String(decoding: try XCTUnwrap(tree.files["index.html"]), as: UTF8.self)
        XCTAssertTrue(home.contains(#"<a href="/chapters/aligning-goals/">the first chapter</a>"#), home)
        XCTAssertFalse(home.contains("/handbook/"), home)
    }
}
