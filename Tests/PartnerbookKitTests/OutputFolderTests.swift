import Foundation
import PartnerbookKit
import XCTest

/// What a build does to the output folder: writes the site, keeps what it did not write,
/// removes what it no longer builds, and changes nothing when it fails.
final class OutputFolderTests: XCTestCase {
    var handbook: URL!
    var output: URL { handbook.appendingPathComponent("public") }

    override func setUpWithError() throws {
        handbook = try Paths.copyOfFixture("build/full-site/site", self)
    }

    func build(_ extra: [String] = []) throws -> CommandResult {
        try PartnerbookCLI.run(["build"] + extra, in: handbook)
    }

    func write(_ text: String, to path: String) throws {
        let url = handbook.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testBuildPrintsOneSummaryLineAndTheWarnings() throws {
        let result = try build()
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(PartnerbookCLI.normalized(result.stdout), "Built 11 pages (1 draft skipped), 8 warnings, 0 errors in X s\n")
        XCTAssertEqual(result.stderr, try String(contentsOf: Paths.fixtures.appendingPathComponent("build/full-site/expected-findings.txt"), encoding: .utf8))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("chapters/aligning-goals/index.html").path))
    }

    func testQuietPrintsNothingButFindingsAndVerbosePrintsStageTimesAndPeakMemory() throws {
        XCTAssertEqual(try build(["--quiet"]).stdout, "")
        let verbose = try build(["--verbose"]).stdout
        for stage in ["load", "parse", "render", "index", "layout", "write"] {
            XCTAssertTrue(verbose.contains("  \(stage) "), "no time for \(stage) in:\n\(verbose)")
        }
        let peak = verbose.split(separator: "\n").first { $0.hasPrefix("  peak memory ") }
        let megabytes = peak.flatMap { Int($0.dropFirst("  peak memory ".count).dropLast(" MB".count)) }
        XCTAssertGreaterThan(megabytes ?? 0, 0, "no peak memory in:\n\(verbose)")
    }

    func testFilesPartnerbookDidNotWriteSurviveAndRemovedPagesGo() throws {
        XCTAssertEqual(try build().status, 0)
        try Data("handbook.example\n".utf8).write(to: output.appendingPathComponent("CNAME"))
        try Data("deploy".utf8).write(to: output.appendingPathComponent("chapters/deploy.sh"))
        try FileManager.default.removeItem(at: handbook.appendingPathComponent("content/guides/deep/nested.md"))

        XCTAssertEqual(try build().status, 0)
        let tree = FileTree.read(output)
        XCTAssertEqual(tree.files["CNAME"].map { String(decoding: $0, as: UTF8.self) }, "handbook.example\n")
        XCTAssertNotNil(tree.files["chapters/deploy.sh"])
        XCTAssertNil(tree.files["guides/deep/nested/index.html"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("guides/deep").path),
                       "the folders a removed page leaves empty go too")
    }

    func testAFailedBuildChangesNothingInTheOutput() throws {
        XCTAssertEqual(try build().status, 0)
        let before = FileTree.read(output)
        try write("---\ntitle: Broken\ndate: soon\n---\nNew text\n", to: "content/chapters/aligning-goals.md")
        try write("# A new page\n", to: "content/new.md")

        let result = try build()
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("content/chapters/aligning-goals.md:3:7: error: 'date' must be a date written YYYY-MM-DD, got \"soon\""), result.stderr)
        XCTAssertEqual(FileTree.read(output), before)
    }

    func testUnchangedFilesAreNotRewritten() throws {
        XCTAssertEqual(try build().status, 0)
        let page = output.appendingPathComponent("about/index.html")
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: page.path)
        try write("---\ntitle: Changed\n---\nOnly this page changes.\n", to: "content/checklists/start.md")
        XCTAssertEqual(try build().status, 0)
        let modified = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
        XCTAssertEqual(modified, past)
    }

    func testRefusesOutputFoldersThatWouldHarmTheHandbook() throws {
        for (folder, reason) in [(".", "it is the handbook folder itself"), ("content/site", "it lies inside content/"),
                                 ("layouts", "it lies inside layouts/"), ("/", "it is the root of the file system")] {
            let result = try build(["--output", folder])
            XCTAssertEqual(result.status, 1, folder)
            XCTAssertTrue(result.stderr.contains("error: refusing to write the site to"), result.stderr)
            XCTAssertTrue(result.stderr.contains(reason), result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: handbook.appendingPathComponent("content/site").path))
    }

    func testOutputDoesNotDependOnTheOrderFilesAreListed() throws {
        var options = BuildOptions(source: handbook)
        options.today = Day("2026-11-22")!
        var loader = HandbookLoader(root: handbook)
        var handbookValue = loader.load()
        let (forward, _) = Builder.generate(handbookValue, options: options)
        handbookValue.pages.reverse()
        handbookValue.files.reverse()
        let (backward, _) = Builder.generate(handbookValue, options: options)
        XCTAssertEqual(forward, backward)
        XCTAssertFalse(forward.isEmpty)
    }
}
