import Foundation
import XCTest
@testable import PartnerbookPreview

/// Each case runs against inotify and against polling: a change must arrive as a batch naming it.
final class HandbookWatcherTests: XCTestCase {
    private final class Watching {
        let batches = Collector<Set<String>>()
        let task: Task<Void, Error>
        let method: HandbookWatcher.Method

        init(_ handbook: TemporaryHandbook, polling: Bool) {
            let batches = batches
            let watcher = HandbookWatcher(root: handbook.root, polling: polling) { await batches.add($0) }
            method = watcher.method
            task = Task { try await watcher.run() }
        }

        /// Waits for a batch containing `path`; returns every path seen so far.
        @discardableResult
        func sees(_ path: String, file: StaticString = #filePath, line: UInt = #line) async -> Set<String> {
            await eventually("a change at \(path) is reported", file: file, line: line) {
                await batches.values.contains { $0.contains(path) }
            }
            return await batches.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        }

        deinit { task.cancel() }
    }

    private func check(polling: Bool, _ steps: (TemporaryHandbook, Watching) async throws -> Void) async throws {
        let handbook = try TemporaryHandbook(self)
        let watching = Watching(handbook, polling: polling)
        XCTAssertEqual(watching.method, polling ? .polling : .inotify)
        // Let the watcher take its first look before anything changes.
        try await Task.sleep(for: .milliseconds(polling ? 100 : 20))
        try await steps(handbook, watching)
        watching.task.cancel()
    }

    private func editsAndNewFiles(_ handbook: TemporaryHandbook, _ watching: Watching) async throws {
        try handbook.append("content/chapters/first.md", "\nAppended.\n")
        await watching.sees("content/chapters/first.md")
        try handbook.write("content/chapters/third.md", "---\ntitle: Third\n---\n")
        await watching.sees("content/chapters/third.md")
        try handbook.write("partnerbook.yml", "title: Renamed\n")
        await watching.sees("partnerbook.yml")
        try handbook.write("layouts/base.mustache", "{{{page.content}}}")
        await watching.sees("layouts/base.mustache")
    }

    private func saveByRenaming(_ handbook: TemporaryHandbook, _ watching: Watching) async throws {
        // What many editors do: write a new file beside the old one, then rename it over the old one.
        try handbook.write("content/chapters/.first.md.swp", "---\ntitle: First, saved\n---\n")
        try handbook.move("content/chapters/.first.md.swp", to: "content/chapters/first-tmp.md")
        try FileManager.default.removeItem(at: handbook.url("content/chapters/first.md"))
        try handbook.move("content/chapters/first-tmp.md", to: "content/chapters/first.md")
        let seen = await watching.sees("content/chapters/first.md")
        XCTAssertFalse(seen.contains { $0.contains(".swp") }, "hidden files are ignored: \(seen)")
    }

    private func foldersComeAndGo(_ handbook: TemporaryHandbook, _ watching: Watching) async throws {
        try handbook.write("content/guides/setup/intro.md", "---\ntitle: Intro\n---\n")
        await watching.sees("content/guides")
        // A file in the new folder, after it appeared, is seen too: the folder is watched.
        try await Task.sleep(for: .milliseconds(50))
        try handbook.write("content/guides/setup/later.md", "---\ntitle: Later\n---\n")
        await watching.sees("content/guides/setup/later.md")
        try handbook.move("content/guides", to: "content/manuals")
        await watching.sees("content/manuals")
        try handbook.write("content/manuals/setup/after-rename.md", "---\ntitle: After\n---\n")
        await watching.sees("content/manuals/setup/after-rename.md")
        try handbook.remove("content/manuals")
        try handbook.remove("content/chapters/second.md")
        await watching.sees("content/chapters/second.md")
    }

    func testInotifySeesEditsAndNewFiles() async throws { try await check(polling: false, editsAndNewFiles) }
    func testPollingSeesEditsAndNewFiles() async throws { try await check(polling: true, editsAndNewFiles) }
    func testInotifySeesSavesByRenaming() async throws { try await check(polling: false, saveByRenaming) }
    func testPollingSeesSavesByRenaming() async throws { try await check(polling: true, saveByRenaming) }
    func testInotifyFollowsFoldersThatComeAndGo() async throws { try await check(polling: false, foldersComeAndGo) }
    func testPollingFollowsFoldersThatComeAndGo() async throws { try await check(polling: true, foldersComeAndGo) }

    func testABurstOfSavesIsOneBatch() async throws {
        let batches = Collector<Set<String>>()
        let batcher = ChangeBatcher(quietPeriod: .seconds(1), longestWait: .seconds(10)) { await batches.add($0) }
        for name in ["a", "b", "c", "d"] { await batcher.add("content/\(name).md") }
        await eventually("the burst is delivered") { await batches.values.count == 1 }
        try await Task.sleep(for: .milliseconds(1100))
        let delivered = await batches.values
        XCTAssertEqual(delivered, [["content/a.md", "content/b.md", "content/c.md", "content/d.md"]])
    }

    func testOnlyWhatTheBuildReadsMatters() {
        XCTAssertTrue(WatchedPaths.matters("content/chapters/x.md"))
        XCTAssertTrue(WatchedPaths.matters("layouts/base.mustache"))
        XCTAssertTrue(WatchedPaths.matters("partnerbook.yml"))
        XCTAssertTrue(WatchedPaths.matters("content"))
        XCTAssertFalse(WatchedPaths.matters("public/index.html"))
        XCTAssertFalse(WatchedPaths.matters(".partnerbook-cache/preview-site/index.html"))
        XCTAssertFalse(WatchedPaths.matters("content/.x.md.swp"))
        XCTAssertFalse(WatchedPaths.matters("README.md"))
        XCTAssertFalse(WatchedPaths.matters("content-old/x.md"))
    }
}
