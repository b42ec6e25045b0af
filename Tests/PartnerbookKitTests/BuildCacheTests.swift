import Foundation
import PartnerbookKit
import XCTest

/// `partnerbook build` reuses the previous build's layout from `.partnerbook-cache/`: it renders
/// exactly the HTML files whose template or values changed, and writes what a clean build writes.
/// Each `Builder.build` call starts with no memory, as a new process does.
final class BuildCacheTests: XCTestCase {
    var handbook: URL!
    var output: URL { handbook.appendingPathComponent("public") }

    override func setUpWithError() throws {
        handbook = try Paths.copyOfFixture("build/full-site/site", self)
    }

    func build(cache: Bool = true) -> BuildReport {
        var options = BuildOptions(source: handbook, output: output)
        options.today = Day("2026-11-22")!
        if cache { options.cacheFolder = options.handbookCacheFolder }
        let report = Builder.build(options)
        XCTAssertTrue(report.succeeded, report.diagnostics.map(\.formatted).joined(separator: "\n"))
        return report
    }

    /// How many HTML files a build rendered rather than took from the previous build.
    func rendered(_ report: BuildReport) -> Int { BuiltSite.htmlFiles(in: output).count - report.layoutsReused }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = handbook.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    func assertSameAsCleanBuild(file: StaticString = #filePath, line: UInt = #line) throws {
        var options = BuildOptions(source: handbook, output: try Paths.temporaryFolder(self).appendingPathComponent("clean"))
        options.today = Day("2026-11-22")!
        XCTAssertTrue(Builder.build(options).succeeded, file: file, line: line)
        XCTAssertEqual(FileTree.read(output), FileTree.read(options.output), "the cached build differs from a clean one", file: file, line: line)
    }

    func testAnUnchangedHandbookRendersNothingAgain() throws {
        XCTAssertEqual(build().layoutsReused, 0)
        let pages = BuiltSite.htmlFiles(in: output).count
        XCTAssertGreaterThan(pages, 20)
        XCTAssertEqual(build().layoutsReused, pages)
        try assertSameAsCleanBuild()
        let ignore = try String(contentsOf: handbook.appendingPathComponent(".partnerbook-cache/.gitignore"), encoding: .utf8)
        XCTAssertTrue(ignore.hasSuffix("\n*\n"), "the cache folder keeps itself out of git")
    }

    func testAnEditToOnePagesTextRendersOnlyThatPage() throws {
        _ = build()
        try edit("content/chapters/second.md") { $0 + "\nOne more sentence.\n" }
        XCTAssertEqual(rendered(build()), 1)
        XCTAssertTrue(try BuiltSite.text(output, "chapters/keeping-in-touch/index.html").contains("One more sentence."))
        try assertSameAsCleanBuild()
    }

    func testANewTitleRendersThePagesThatShowIt() throws {
        _ = build()
        try edit("content/chapters/second.md") { $0.replacingOccurrences(of: "# Keeping in touch", with: "# Staying in touch") }
        let count = rendered(build())
        XCTAssertGreaterThan(count, 3, "the chapter, its neighbours' pagers, the sidebar of its section, the home page…")
        XCTAssertLessThan(count, BuiltSite.htmlFiles(in: output).count, "not every page shows the chapter's title")
        try assertSameAsCleanBuild()
    }

    func testATemplateChangeRendersThePagesThatUseIt() throws {
        _ = build()
        try edit("layouts/story.mustache") { _ in "<p data-edited>{{page.title}}</p>\n" }
        XCTAssertEqual(rendered(build()), 2, "the two stories, and nothing else")
        XCTAssertTrue(try BuiltSite.text(output, "stories/kickoff/index.html").contains("data-edited"))
        try assertSameAsCleanBuild()
    }

    func testAnAssetChangeRendersNoPage() throws {
        _ = build()
        let asset = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: handbook.appendingPathComponent("layouts/assets").path).sorted().first)
        try edit("layouts/assets/" + asset) { $0 + "\n/* edited */\n" }
        let report = build()
        XCTAssertEqual(rendered(report), 0)
        XCTAssertEqual(report.filesWritten, 1, "only the asset")
        XCTAssertTrue(try BuiltSite.text(output, "assets/" + asset).hasSuffix("/* edited */\n"))
        try assertSameAsCleanBuild()
    }

    func testAFileChangedByHandIsRenderedAgain() throws {
        _ = build()
        let page = output.appendingPathComponent("chapters/keeping-in-touch/index.html")
        try Data("changed by hand".utf8).write(to: page)
        XCTAssertEqual(rendered(build()), 1)
        try assertSameAsCleanBuild()
    }

    func testADamagedCacheOnlyCostsSpeed() throws {
        _ = build()
        let folder = handbook.appendingPathComponent(".partnerbook-cache")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("layout-") {
            try Data("partnerbook build cache 1\nnot what was written\nffff 1,2,3 index.html\n".utf8)
                .write(to: folder.appendingPathComponent(name))
        }
        XCTAssertEqual(build().layoutsReused, 0)
        try assertSameAsCleanBuild()
        XCTAssertGreaterThan(build().layoutsReused, 20, "the next build has a good cache again")
    }

    func testAPreviewStartsFromTheCacheOfTheLastPreview() throws {
        var options = BuildOptions(source: handbook, output: handbook.appendingPathComponent(".partnerbook-cache/preview-site"))
        options.today = Day("2026-11-22")!
        options.cacheFolder = options.handbookCacheFolder
        let first = Regenerator(options: options)
        XCTAssertEqual(first.rebuild().layoutsReused, 0)
        try edit("content/chapters/second.md") { $0 + "\nOne more sentence.\n" }
        XCTAssertTrue(first.rebuild(changes: ["content/chapters/second.md"]).succeeded)
        let pages = BuiltSite.htmlFiles(in: options.output).count
        XCTAssertEqual(Regenerator(options: options).rebuild().layoutsReused, pages - 1,
                       "the next preview renders only the page the last one changed after it started")
        let cache = try FileManager.default.contentsOfDirectory(atPath: options.handbookCacheFolder.path)
        XCTAssertFalse(cache.contains { $0.hasPrefix("snapshot-") }, "the preview keeps its memory, not a snapshot: \(cache)")
    }

    func testWithoutTheCacheEveryPageIsRendered() throws {
        _ = build()
        XCTAssertEqual(build(cache: false).layoutsReused, 0)
    }

    func testTheCommandLineSaysWhatItReused() throws {
        let first = try PartnerbookCLI.run(["build", "--verbose"], in: handbook)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertFalse(first.stdout.contains("reused"), first.stdout)
        let second = try PartnerbookCLI.run(["build", "--verbose"], in: handbook)
        let pages = BuiltSite.htmlFiles(in: output).count
        XCTAssertTrue(second.stdout.contains("\n  \(pages) HTML files reused from the previous build\n"), second.stdout)
        let uncached = try PartnerbookCLI.run(["build", "--verbose", "--no-cache"], in: handbook)
        XCTAssertEqual(uncached.status, 0, uncached.stderr)
        XCTAssertFalse(uncached.stdout.contains("reused"), uncached.stdout)
    }
}
