import Foundation
import PartnerbookKit
import XCTest

/// A rebuild that reuses the previous build's work writes exactly what a clean build writes,
/// through random sequences of edits, additions, deletions and renames: both the preview server's
/// rebuilds in one process and `build` runs that start anew from the build cache on disk.
final class RegenerationTests: XCTestCase {
    var handbook: URL!
    var random = SplitMix(state: 0)
    var log: [String] = []
    /// The paths the last edits touched, as the preview's watcher reports them.
    var changed: Set<String> = []

    func options(output: URL) -> BuildOptions {
        var options = BuildOptions(source: handbook, output: output)
        options.today = Day("2026-11-22")!
        return options
    }

    func markdownFiles() -> [String] {
        FileTree.read(handbook.appendingPathComponent("content")).files.keys.filter { $0.hasSuffix(".md") }.sorted()
    }

    func write(_ text: String, _ path: String) throws {
        changed.insert(path)
        let url = handbook.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: handbook.appendingPathComponent(path), encoding: .utf8)
    }

    /// One random change of the kinds writers make.
    func randomEdit(_ step: Int) throws {
        let pages = markdownFiles()
        let page = "content/" + pages.randomElement(using: &random)!
        switch Int.random(in: 0..<9, using: &random) {
        case 0, 1:
            try write(try read(page) + "\nA sentence added in step \(step), with the word zebra\(step).\n", page)
            log.append("append to \(page)")
        case 2:
            let text = try read(page)
            try write(text.replacingOccurrences(of: "title: ", with: "title: Renamed \(step) "), page)
            log.append("retitle \(page)")
        case 3:
            let section = ["chapters", "stories", "checklists", "practices", "guides"].randomElement(using: &random)!
            try write("---\ntitle: New page \(step)\ntags: [step\(step % 3)]\npartners: [Team \(step % 2)]\n---\n## Part \(step)\n\n- [ ] Task \(step)\n\nSee [the home page](../index.md) and [gone](missing-\(step).md).\n", "content/\(section)/new-\(step).md")
            log.append("add content/\(section)/new-\(step).md")
        case 4 where pages.count > 4 && page != "content/index.md":
            try FileManager.default.removeItem(at: handbook.appendingPathComponent(page))
            changed.insert(page)
            log.append("delete \(page)")
        case 5 where page != "content/index.md":
            let target = page.replacingOccurrences(of: ".md", with: "-moved\(step).md")
            try FileManager.default.moveItem(at: handbook.appendingPathComponent(page), to: handbook.appendingPathComponent(target))
            changed.formUnion([page, target])
            log.append("rename \(page) → \(target)")
        case 6:
            try write("---\ntitle: [broken\n---\nOops\n", page)
            log.append("break \(page)")
        case 7:
            let layout = "layouts/page.mustache"
            try write(try read(layout).replacingOccurrences(of: "<h1>", with: "<h1 data-step=\"\(step)\">"), layout)
            log.append("edit \(layout)")
        default:
            try write("## Only a heading \(step)\n\nBody text \(step) linking [a section](#only-a-heading-\(step)).\n", page)
            log.append("replace \(page)")
        }
    }

    func testRandomEditSequencesMatchCleanBuilds() throws {
        for seed: UInt64 in [1, 2, 3] {
            handbook = try Paths.copyOfFixture("build/full-site/site", self)
            random = SplitMix(state: seed)
            log = []
            let previewOutput = handbook.appendingPathComponent("preview")
            let regenerator = Regenerator(options: options(output: previewOutput))
            XCTAssertTrue(regenerator.rebuild().succeeded)
            let cachedOutput = handbook.appendingPathComponent("cached")
            var cached = options(output: cachedOutput)
            cached.cacheFolder = cached.handbookCacheFolder
            XCTAssertTrue(Builder.build(cached).succeeded)
            for step in 1...12 {
                try randomEdit(step)
                let incremental = regenerator.rebuild(changes: changed)
                changed = []
                let fromCache = Builder.build(cached)
                let cleanOutput = try Paths.temporaryFolder(self).appendingPathComponent("public")
                let clean = Builder.build(options(output: cleanOutput))
                let context = "seed \(seed), after: " + log.joined(separator: "; ")
                for (name, report) in [("preview", incremental), ("cached build", fromCache)] {
                    XCTAssertEqual(report.diagnostics.map(\.formatted), clean.diagnostics.map(\.formatted), "\(name), \(context)")
                    XCTAssertEqual(report.succeeded, clean.succeeded, "\(name), \(context)")
                }
                if clean.succeeded {
                    let want = FileTree.read(cleanOutput)
                    for (name, output) in [("preview", previewOutput), ("cached build", cachedOutput)] {
                        let got = FileTree.read(output)
                        XCTAssertEqual(Set(got.files.keys).sorted(), Set(want.files.keys).sorted(), "\(name), \(context)")
                        for (path, bytes) in want.files where got.files[path] != bytes {
                            XCTFail("\(name): \(path) differs from a clean build; \(context)")
                        }
                    }
                }
                if case let text = log.last!, text.hasPrefix("break ") {
                    let page = String(text.dropFirst("break ".count))
                    try write("---\ntitle: Fixed \(step)\n---\nFixed.\n", page)
                    log.append("fix \(page)")
                }
            }
        }
    }

    func testAnEditToOnePageRendersOnlyThatPageAgain() throws {
        handbook = try Paths.copyOfFixture("build/full-site/site", self)
        let output = handbook.appendingPathComponent("preview")
        let regenerator = Regenerator(options: options(output: output))
        XCTAssertTrue(regenerator.rebuild().succeeded)
        let page = "content/chapters/second.md"
        try write(try read(page) + "\nOne more sentence.\n", page)
        let report = regenerator.rebuild()
        XCTAssertTrue(report.succeeded)
        XCTAssertEqual(report.filesWritten, 4, "the chapter and the search shards of its new words one, more, sentence")
        XCTAssertTrue(try String(contentsOf: output.appendingPathComponent("chapters/keeping-in-touch/index.html"), encoding: .utf8)
            .contains("One more sentence."))
    }
}
