import Foundation
import PartnerbookKit
import XCTest

/// Runs `check` on every handbook under `Fixtures/check/<case>/` and compares its findings with
/// `expected.txt` (what `partnerbook check` prints) and `expected.json` (`--format json`), exactly.
/// Run with `RECORD_GOLDEN=1` to write the expected files from what the code does now.
final class CheckFixtureTests: XCTestCase {
    static let fixtures = Paths.fixtures.appendingPathComponent("check")
    /// Review dates in the fixtures are judged against this day.
    static let today = Day("2026-11-22")!

    func testEveryFixtureReportsExactlyItsExpectedFindings() throws {
        let cases = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(cases, ["clean", "front-matter", "links", "pages", "references"])
        for name in cases {
            try check(name)
        }
    }

    /// `build` runs the same checks; those that are errors in `check` are warnings there.
    func testBuildFindsWhatCheckFindsAsWarnings() throws {
        for name in ["links", "pages", "references"] {
            let folder = Self.fixtures.appendingPathComponent(name)
            var options = BuildOptions(source: folder, output: try Paths.temporaryFolder(self).appendingPathComponent("public"))
            options.today = Self.today
            let checked = Checker.check(options).diagnostics
            let built = Builder.build(options).diagnostics.filter { $0.location?.file.hasPrefix("content/") ?? false }
            XCTAssertFalse(checked.isEmpty, name)
            XCTAssertEqual(built.map(\.location), checked.map(\.location), name)
            XCTAssertEqual(built.map(\.code), checked.map(\.code), name)
            XCTAssertEqual(built.errors.map(\.code), [], name)
            XCTAssertEqual(Set(checked.errors.map(\.code)).subtracting(CheckPolicy.errorsInCheck), [], name)
        }
    }

    /// Links may lead to anything a build writes, the index pages it makes among them, so a page
    /// linking to every page and feed of a built site has no broken link.
    func testEveryPageAndFeedABuildWritesIsALinkThatResolves() throws {
        let handbook = try Paths.copyOfFixture("build/full-site/site", self)
        var options = BuildOptions(source: handbook, output: try Paths.temporaryFolder(self).appendingPathComponent("public"))
        options.today = Self.today
        options.baseURL = "/"
        XCTAssertTrue(Builder.build(options).succeeded)
        let written = FileTree.read(options.output).files.keys.filter {
            $0.hasSuffix(".html") || $0.hasSuffix(".xml") || $0 == "pages.json" || $0.hasPrefix("assets/")
        }
        let links = written.sorted().map { "/" + ($0.hasSuffix("index.html") ? String($0.dropLast("index.html".count)) : $0) }
        XCTAssertTrue(Set(["/partners/platform/", "/tags/", "/review/", "/search/", "/stories/", "/feed.xml"]).isSubset(of: links), "\(links)")

        let page = "# Every output\n\n" + links.map { "- [\($0)](\($0))\n" }.joined()
        try Data(page.utf8).write(to: handbook.appendingPathComponent("content/every-output.md"))
        let broken = Checker.check(options).diagnostics.filter { $0.location?.file == "content/every-output.md" && $0.code == "broken-link" }
        XCTAssertEqual(broken.map(\.formatted), [])
    }

    private func check(_ name: String) throws {
        let folder = Self.fixtures.appendingPathComponent(name)
        var options = BuildOptions(source: folder)
        options.today = Self.today
        let report = Checker.check(options)
        try Golden.assertText(report.text, matches: folder.appendingPathComponent("expected.txt"))
        try Golden.assertText(report.json, matches: folder.appendingPathComponent("expected.json"))

        let parsed = try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any]
        let findings = parsed?["findings"] as? [[String: Any]]
        XCTAssertEqual(findings?.count, report.diagnostics.count, "fixture '\(name)': the JSON holds every finding")
        XCTAssertEqual(findings?.map { $0["message"] as? String }, report.diagnostics.map(\.message), "fixture '\(name)'")
        XCTAssertEqual(parsed?["errors"] as? Int, report.diagnostics.errors.count, "fixture '\(name)'")
    }
}
