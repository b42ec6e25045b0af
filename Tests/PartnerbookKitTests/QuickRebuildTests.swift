import Foundation
import PartnerbookKit
import XCTest

/// A preview rebuild after a save that changed only a page's own text takes the short way
/// (`Builder.quickBuild`): no route stage shows in its timings (`serve --verbose`). Whichever way
/// a rebuild goes, its files and findings are those of a clean build.
final class QuickRebuildTests: XCTestCase {
    var handbook: URL!
    var preview: URL!
    var regenerator: Regenerator!

    override func setUpWithError() throws {
        handbook = try Paths.copyOfFixture("build/full-site/site", self)
        preview = handbook.appendingPathComponent("preview")
        regenerator = Regenerator(options: options(output: preview))
        XCTAssertTrue(regenerator.rebuild().succeeded)
    }

    func options(output: URL) -> BuildOptions {
        var options = BuildOptions(source: handbook, output: output)
        options.today = Day("2026-11-22")!
        return options
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = handbook.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url, options: .atomic)
    }

    /// Rebuilds after `changes` and checks the preview against a clean build; returns whether the rebuild took the short way.
    @discardableResult
    func rebuild(_ changes: Set<String>, _ context: String, file: StaticString = #filePath, line: UInt = #line) throws -> Bool {
        let report = regenerator.rebuild(changes: changes)
        let cleanOutput = try Paths.temporaryFolder(self).appendingPathComponent("public")
        let clean = Builder.build(options(output: cleanOutput))
        XCTAssertTrue(clean.succeeded, context, file: file, line: line)
        XCTAssertEqual(report.diagnostics.map(\.formatted), clean.diagnostics.map(\.formatted), context, file: file, line: line)
        XCTAssertEqual(report.pages, clean.pages, context, file: file, line: line)
        XCTAssertEqual(report.draftsSkipped, clean.draftsSkipped, context, file: file, line: line)
        let want = FileTree.read(cleanOutput)
        let got = FileTree.read(preview)
        XCTAssertEqual(got.files.keys.sorted(), want.files.keys.sorted(), context, file: file, line: line)
        for (path, bytes) in want.files where got.files[path] != bytes {
            XCTFail("\(path) differs from a clean build; \(context)", file: file, line: line)
        }
        return !report.stageTimes.contains { $0.stage == "route" }
    }

    func testABodyEditTakesTheShortWayAndWritesWhatACleanBuildWrites() throws {
        try edit("content/chapters/second.md") { $0 + "\nA sentence about zebras and quokkas.\n" }
        XCTAssertTrue(try rebuild(["content/chapters/second.md"], "after a body edit"))
        XCTAssertTrue(try String(contentsOf: preview.appendingPathComponent("chapters/keeping-in-touch/index.html"), encoding: .utf8)
            .contains("A sentence about zebras and quokkas."))
        XCTAssertTrue(try String(contentsOf: preview.appendingPathComponent("search/terms/7a65.json"), encoding: .utf8)
            .contains("\"zebras\""), "the new word's search shard is written")

        try edit("content/chapters/second.md") { $0.replacingOccurrences(of: "zebras and ", with: "") }
        XCTAssertTrue(try rebuild(["content/chapters/second.md"], "after taking the word out again"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: preview.appendingPathComponent("search/terms/7a65.json").path),
                       "a shard no word needs any more is removed")
    }

    func testAShardAQuickRebuildMadeIsRemovedByAFullOne() throws {
        try edit("content/chapters/second.md") { $0 + "\nA sentence about zebras.\n" }
        XCTAssertTrue(try rebuild(["content/chapters/second.md"], "after a body edit with a new word"))
        try edit("content/chapters/second.md") {
            $0.replacingOccurrences(of: "A sentence about zebras.", with: "").replacingOccurrences(of: "# Keeping in touch", with: "# Staying in touch")
        }
        XCTAssertFalse(try rebuild(["content/chapters/second.md"], "after a title edit that takes the word out"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: preview.appendingPathComponent("search/terms/7a65.json").path))
    }

    func testAFullRebuildAfterATitleEditUpdatesOnlyThatPagesSearchWords() throws {
        try edit("content/chapters/second.md") { $0.replacingOccurrences(of: "# Keeping in touch", with: "# Keeping in touch with wombats") }
        XCTAssertFalse(try rebuild(["content/chapters/second.md"], "after a title edit with a new word"))
        XCTAssertTrue(try String(contentsOf: preview.appendingPathComponent("search/terms/776f.json"), encoding: .utf8)
            .contains("\"wombats\""), "the title's new word is searchable")
        try edit("content/chapters/second.md") { $0.replacingOccurrences(of: " with wombats", with: "") }
        XCTAssertFalse(try rebuild(["content/chapters/second.md"], "after taking the word out of the title"))
    }

    func testATitleEditGoesTheFullWay() throws {
        try edit("content/chapters/second.md") { $0.replacingOccurrences(of: "# Keeping in touch", with: "# Staying in touch") }
        XCTAssertFalse(try rebuild(["content/chapters/second.md"], "after a title edit"))
        try edit("content/chapters/second.md") { $0 + "\nThen a body edit.\n" }
        XCTAssertTrue(try rebuild(["content/chapters/second.md"], "after a body edit that follows a title edit"))
    }

    func testAFrontMatterOrSummaryEditGoesTheFullWay() throws {
        try edit("content/chapters/second.md") { $0.replacingOccurrences(of: "order: 2", with: "order: 3") }
        XCTAssertFalse(try rebuild(["content/chapters/second.md"], "after a front matter edit"))
        try edit("content/chapters/second.md") { $0.replacingOccurrences(of: "keep a partnership honest", with: "keep partners honest") }
        XCTAssertFalse(try rebuild(["content/chapters/second.md"], "after an edit of the first paragraph, the summary"))
    }

    func testMovingABrokenLinkMovesItsWarning() throws {
        let page = try XCTUnwrap(markdownPages().first { try String(contentsOf: handbook.appendingPathComponent($0), encoding: .utf8)
            .contains("missing") }, "the fixture has a page with a broken link")
        let before = regenerator.rebuild(changes: [])
        XCTAssertTrue(before.diagnostics.contains { $0.location?.file == page && $0.severity == .warning })
        try edit(page) { text in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let broken = lines.firstIndex { $0.contains("missing") }!
            return (lines[..<broken] + ["", "A paragraph pushed in above the link.", ""] + lines[broken...]).joined(separator: "\n")
        }
        XCTAssertTrue(try rebuild([page], "after moving a broken link down"))
    }

    func testEditsToSeveralPagesAtOnce() throws {
        try edit("content/chapters/second.md") { $0 + "\nMore about cadence.\n" }
        try edit("content/stories/kickoff.md") { $0 + "\nMore about the kickoff.\n" }
        XCTAssertTrue(try rebuild(["content/chapters/second.md", "content/stories/kickoff.md"], "after two body edits"))
        try edit("content/chapters/second.md") { $0 + "\nEven more.\n" }
        try edit("layouts/page.mustache") { $0.replacingOccurrences(of: "<h1>", with: "<h1 class=\"edited\">") }
        XCTAssertFalse(try rebuild(["content/chapters/second.md", "layouts/page.mustache"], "after a body and a template edit"))
    }

    func testAFullRebuildAfterQuickOnesKeepsWhatTheyChanged() throws {
        try edit("content/stories/kickoff.md") { $0 + "\nA line the next rebuild must keep.\n" }
        XCTAssertTrue(try rebuild(["content/stories/kickoff.md"], "after a body edit"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]).write(to: handbook.appendingPathComponent("content/img/diagram.png"))
        XCTAssertFalse(try rebuild(["content/img/diagram.png"], "after an image changed"))
        XCTAssertTrue(try String(contentsOf: preview.appendingPathComponent("stories/kickoff/index.html"), encoding: .utf8)
            .contains("A line the next rebuild must keep."))
    }

    func testTheShortWayAfterAFirstBuildFromTheBuildCache() throws {
        var cached = options(output: preview)
        cached.cacheFolder = cached.handbookCacheFolder
        XCTAssertTrue(Builder.build(cached).succeeded)
        regenerator = Regenerator(options: cached)
        XCTAssertTrue(regenerator.rebuild().succeeded)
        try edit("content/stories/kickoff.md") { $0 + "\nA line after the cached start.\n" }
        XCTAssertTrue(try rebuild(["content/stories/kickoff.md"], "after a body edit that follows a build from the cache"))
    }

    func testASaveThatChangesNothingWritesNothing() throws {
        try edit("content/chapters/second.md") { $0 }
        let report = regenerator.rebuild(changes: ["content/chapters/second.md"])
        XCTAssertTrue(report.succeeded)
        XCTAssertEqual(report.filesWritten, 0)
        XCTAssertTrue(try rebuild([], "after an empty save"))
        XCTAssertTrue(try rebuild(["content/chapters/4913", "content/chapters/second.md~"], "after an editor's files came and went"))
        try FileManager.default.removeItem(at: handbook.appendingPathComponent("content/chapters/second.md"))
        XCTAssertFalse(try rebuild(["content/chapters/second.md"], "after a page went"))
    }

    func markdownPages() -> [String] {
        FileTree.read(handbook.appendingPathComponent("content")).files.keys.filter { $0.hasSuffix(".md") }.sorted().map { "content/" + $0 }
    }
}
