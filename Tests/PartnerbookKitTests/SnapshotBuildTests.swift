import Foundation
@testable import PartnerbookKit
import XCTest

/// A `partnerbook build` in a new process after edits to the text of pages alone starts from the
/// snapshot the last build left in `.partnerbook-cache/` and reads, renders and lays out only the
/// edited pages; anything else goes the full way. Either way the site and the findings are a clean
/// build's. Each `Builder.build` starts with no memory, as a new process does.
final class SnapshotBuildTests: XCTestCase {
    var handbook: URL!
    var output: URL { handbook.appendingPathComponent("public") }
    let fm = FileManager.default

    /// The fixture's files dated an hour back, as files edited long before a build are: a file
    /// written within the last second is compared by its bytes, not its stamp.
    override func setUpWithError() throws {
        handbook = try Paths.copyOfFixture("build/full-site/site", self)
        let past = Date().addingTimeInterval(-3600)
        for case let path as String in fm.enumerator(atPath: handbook.path)! {
            try fm.setAttributes([.modificationDate: past], ofItemAtPath: handbook.appendingPathComponent(path).path)
        }
    }

    var options: BuildOptions {
        var options = BuildOptions(source: handbook, output: output)
        options.today = Day("2026-11-22")!
        options.cacheFolder = options.handbookCacheFolder
        return options
    }

    func build() -> BuildReport { Builder.build(options) }

    /// Whether the build took the quick way: that way has no route stage.
    func wentQuickly(_ report: BuildReport) -> Bool { !report.stageTimes.map(\.stage).contains("route") }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = handbook.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    /// The report and the output folder are a clean build's.
    func assertLikeCleanBuild(_ report: BuildReport, file: StaticString = #filePath, line: UInt = #line) throws {
        var clean = options
        clean.output = try Paths.temporaryFolder(self).appendingPathComponent("clean")
        clean.cacheFolder = nil
        let expected = Builder.build(clean)
        XCTAssertEqual(report.diagnostics, expected.diagnostics, "findings", file: file, line: line)
        XCTAssertEqual(report.pages, expected.pages, file: file, line: line)
        XCTAssertEqual(report.draftsSkipped, expected.draftsSkipped, file: file, line: line)
        XCTAssertEqual(FileTree.read(output), FileTree.read(clean.output), "the site differs from a clean build's", file: file, line: line)
    }

    func testEditsToTheTextOfPagesTakeTheQuickWay() throws {
        XCTAssertFalse(wentQuickly(build()))
        let unchanged = build()
        XCTAssertTrue(wentQuickly(unchanged), "nothing changed")
        XCTAssertEqual(unchanged.filesWritten, 0)
        try assertLikeCleanBuild(unchanged)

        try edit("content/chapters/second.md") { $0 + "\nOne more sentence, with a zebrafish.\n" }
        let first = build()
        XCTAssertTrue(wentQuickly(first))
        XCTAssertEqual(BuiltSite.htmlFiles(in: output).count - first.layoutsReused, 1, "only the edited page is laid out")
        XCTAssertTrue(try BuiltSite.text(output, "chapters/keeping-in-touch/index.html").contains("zebrafish"))
        try assertLikeCleanBuild(first)

        try edit("content/stories/kickoff.md") { $0 + "\nA later note.\n" }
        try edit("content/chapters/second.md") { $0.replacingOccurrences(of: "zebrafish", with: "heron") }
        let second = build()
        XCTAssertTrue(wentQuickly(second), "two pages at once, one of them edited twice in a row")
        try assertLikeCleanBuild(second)
    }

    /// A quick build records what it changed in a journal beside the snapshot, not the whole rest
    /// again; each later journal still carries the earlier edits, until a full build starts afresh.
    func testQuickBuildsKeepAJournalOfTheirChanges() throws {
        _ = build()
        let folder = handbook.appendingPathComponent(".partnerbook-cache")
        let rest = try XCTUnwrap(try fm.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("snapshot-") && !$0.hasSuffix("-site") })
        let restBytes = try Data(contentsOf: folder.appendingPathComponent(rest))
        let journal = folder.appendingPathComponent(rest + "-journal")

        // A blank line moves the page's findings down a line, and a new word touches a search shard.
        try edit("content/chapters/aligning-goals.md") {
            $0.replacingOccurrences(of: "\nRead [the kickoff", with: "\n\nRead [the kickoff") + "\nA zebrafish.\n"
        }
        let movedLink = "content/chapters/aligning-goals.md:23:35: warning: link 'nowhere.md' leads to no page or file under content/"
        let first = build()
        XCTAssertTrue(wentQuickly(first))
        XCTAssertTrue(first.diagnostics.contains { $0.formatted.hasPrefix(movedLink) })
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(rest)), restBytes, "the rest is not written again")
        XCTAssertTrue(fm.fileExists(atPath: journal.path))

        try edit("content/stories/kickoff.md") { $0 + "\nZebras too.\n" }
        let second = build()
        XCTAssertTrue(wentQuickly(second))
        try assertLikeCleanBuild(second)
        let unchanged = build()
        XCTAssertTrue(wentQuickly(unchanged))
        XCTAssertEqual(BuiltSite.htmlFiles(in: output).count, unchanged.layoutsReused, "the edited pages' new stamps are in the journal")
        XCTAssertTrue(unchanged.diagnostics.contains { $0.formatted.hasPrefix(movedLink) }, "the first edit's findings are still in the journal")
        try assertLikeCleanBuild(unchanged)

        try Data("not a journal".utf8).write(to: journal)
        try edit("content/chapters/second.md") { $0 + "\nOne more.\n" }
        let damaged = build()
        XCTAssertFalse(wentQuickly(damaged), "a damaged journal")
        try assertLikeCleanBuild(damaged)
        XCTAssertFalse(fm.fileExists(atPath: journal.path), "a full build starts the journal afresh")
        try edit("content/chapters/second.md") { $0 + "\nAnd one more.\n" }
        XCTAssertTrue(wentQuickly(build()))
        try assertLikeCleanBuild(build())
    }

    /// A file written just before a build is recorded by its bytes, its stamp being too fresh to
    /// tell a later change; once the stamp has settled, the next build records the stamp instead,
    /// so later builds need not read the file again.
    func testAFileRecordedByItsBytesIsStampedOnceItSettles() throws {
        let path = "content/chapters/second.md"
        try fm.setAttributes([.modificationDate: Date()], ofItemAtPath: handbook.appendingPathComponent(path).path)
        _ = build()
        func recorded() throws -> String? {
            let cache = BuildCache(folder: try XCTUnwrap(options.cacheFolder), output: output)
            return cache.loadSnapshot(source: handbook, output: output)?.snapshot.rest.inputs.files[path]
        }
        XCTAssertEqual(try recorded()?.first, "#", "recorded by its bytes")
        Thread.sleep(forTimeInterval: FileCache.settlingSeconds + 0.1)
        XCTAssertTrue(wentQuickly(build()))
        let folder = handbook.appendingPathComponent(".partnerbook-cache")
        XCTAssertTrue(try fm.contentsOfDirectory(atPath: folder.path).contains { $0.hasSuffix("-journal") },
                      "a build that wrote nothing still records the settled stamp")
        XCTAssertNotEqual(try recorded()?.first, "#", "recorded by its stamp")
        try edit(path) { $0 + "\nA settled sentence.\n" }
        let edited = build()
        XCTAssertTrue(wentQuickly(edited))
        XCTAssertTrue(try BuiltSite.text(output, "chapters/keeping-in-touch/index.html").contains("settled sentence"))
        try assertLikeCleanBuild(edited)
    }

    func testWhatOtherPagesShowGoesTheFullWay() throws {
        _ = build()
        try edit("content/chapters/second.md") { $0.replacingOccurrences(of: "# Keeping in touch", with: "# Staying in touch") }
        let retitled = build()
        XCTAssertFalse(wentQuickly(retitled), "a new title")
        try assertLikeCleanBuild(retitled)

        try Data("---\ntitle: Brand new\n---\nA page that did not exist.\n".utf8).write(to: handbook.appendingPathComponent("content/chapters/third.md"))
        let added = build()
        XCTAssertFalse(wentQuickly(added), "a new page")
        try assertLikeCleanBuild(added)

        try edit("layouts/story.mustache") { _ in "<p data-edited>{{page.title}}</p>\n" }
        let restyled = build()
        XCTAssertFalse(wentQuickly(restyled), "a template")
        try assertLikeCleanBuild(restyled)
        XCTAssertTrue(wentQuickly(build()), "the full way leaves a snapshot too")
    }

    func testAnOutputFileChangedByHandGoesTheFullWay() throws {
        _ = build()
        try Data("changed by hand".utf8).write(to: output.appendingPathComponent("index.html"))
        try edit("content/chapters/second.md") { $0 + "\nOne more sentence.\n" }
        let report = build()
        XCTAssertFalse(wentQuickly(report))
        try assertLikeCleanBuild(report)
    }

    func testADamagedSnapshotOnlyCostsSpeed() throws {
        _ = build()
        let folder = handbook.appendingPathComponent(".partnerbook-cache")
        let names = try fm.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("snapshot-") }
        XCTAssertEqual(names.count, 2, "the site, and the rest")
        for name in names {
            let snapshot = folder.appendingPathComponent(name)
            let bytes = try Data(contentsOf: snapshot)
            for damaged in [bytes.prefix(bytes.count / 2), bytes + Data([1, 2, 3]), Data("partnerbook snapshot 1".utf8), Data()] {
                try damaged.write(to: snapshot)
                let report = build()
                XCTAssertFalse(wentQuickly(report), name)
                try assertLikeCleanBuild(report)
            }
        }
        try edit("content/chapters/second.md") { $0 + "\nOne more sentence.\n" }
        XCTAssertTrue(wentQuickly(build()), "a quick build keeps the site half")
        let site = try XCTUnwrap(names.first { $0.hasSuffix("-site") })
        let siteBytes = try Data(contentsOf: folder.appendingPathComponent(site))
        try edit("content/chapters/second.md") { $0.replacingOccurrences(of: "# Keeping in touch", with: "# Staying in touch") }
        XCTAssertFalse(wentQuickly(build()))
        try siteBytes.write(to: folder.appendingPathComponent(site))
        try edit("content/stories/kickoff.md") { $0 + "\nAnd another.\n" }
        let mixed = build()
        XCTAssertFalse(wentQuickly(mixed), "the site half of an older build is not read with a newer rest")
        try assertLikeCleanBuild(mixed)
    }

    func testAnEditThatBreaksAPageFailsAndKeepsTheSite() throws {
        _ = build()
        let before = FileTree.read(output)
        try edit("content/chapters/second.md") { "---\ntitle: [unclosed\n---\n" + $0 }
        let broken = build()
        XCTAssertFalse(broken.succeeded)
        XCTAssertTrue(broken.diagnostics.contains { $0.severity == .error && $0.location?.file == "content/chapters/second.md" },
                      broken.diagnostics.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(FileTree.read(output), before, "a failed build writes nothing")
        try edit("content/chapters/second.md") { String($0.dropFirst("---\ntitle: [unclosed\n---\n".count)) + "\nFixed.\n" }
        let fixed = build()
        XCTAssertTrue(fixed.succeeded)
        try assertLikeCleanBuild(fixed)
    }

    func testAnotherDayOrOtherOptionsGoTheFullWay() throws {
        _ = build()
        var later = options
        later.today = Day("2026-11-23")!
        XCTAssertFalse(wentQuickly(Builder.build(later)), "review dates are judged against another day")
        var drafts = options
        drafts.includeDrafts = true
        XCTAssertFalse(wentQuickly(Builder.build(drafts)))
        XCTAssertTrue(wentQuickly(Builder.build(drafts)))
    }
}
