import Foundation
import XCTest

/// A build killed with SIGKILL at any moment leaves the output folder holding exactly the old site
/// or exactly the new one, never a mix. Two generated handbooks of 1,200 pages
/// (every page differs between them, and some come and go) are built in turn into one folder, and
/// each build is killed at a random moment, mostly while it writes.
final class KilledBuildTests: XCTestCase {
    static let tries = 6
    let fm = FileManager.default

    /// A handbook of `sections` × `pages` small pages with a plain theme, so laying out stays cheap and
    /// most of a build's time goes to writing. `version` changes every page's text and which pages exist.
    func makeHandbook(at root: URL, version: Int, sections: Int = 12, pages: Int = 100) throws {
        let layouts = root.appendingPathComponent("layouts")
        try fm.createDirectory(at: layouts, withIntermediateDirectories: true)
        try Data("<!doctype html><title>{{page.title}}</title>\n{{$main}}{{/main}}\n".utf8)
            .write(to: layouts.appendingPathComponent("base.mustache"))
        for section in 0..<sections {
            let folder = root.appendingPathComponent("content/s\(section)")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            for page in (version * 5)..<(pages + version * 5) {
                let text = "---\ntitle: Page \(section)-\(page)\n---\nVersion \(version) of page \(page).\n\n## Notes\n\nSome words.\n"
                XCTAssertTrue(fm.createFile(atPath: folder.appendingPathComponent("p\(page).md").path, contents: Data(text.utf8)))
            }
        }
        try Data("# Home, version \(version)\n".utf8).write(to: root.appendingPathComponent("content/index.md"))
    }

    func testABuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOne() throws {
        let work = try Paths.temporaryFolder(self)
        let sources = [work.appendingPathComponent("one"), work.appendingPathComponent("two")]
        for (version, source) in sources.enumerated() { try makeHandbook(at: source, version: version) }

        // The two complete sites, each with a file Partnerbook did not write, which must survive.
        var expected: [FileTree] = []
        var seconds = 0.0, writeSeconds = 0.0
        for (version, source) in sources.enumerated() {
            let reference = work.appendingPathComponent("reference-\(version)")
            let start = Date()
            let result = try PartnerbookCLI.run(["build", "--verbose", "--source", source.path, "--output", reference.path], timeout: 120)
            seconds = max(seconds, Date().timeIntervalSince(start))
            XCTAssertEqual(result.status, 0, result.stderr)
            // `  write    412.3 ms`, or `  write    1.52 s` from a second on.
            if let line = result.stdout.split(separator: "\n").first(where: { $0.hasPrefix("  write") }) {
                let words = line.split(separator: " ")
                let value = try XCTUnwrap(Double(words[1]), String(line))
                writeSeconds = max(writeSeconds, words[2] == "ms" ? value / 1000 : value)
            }
            try Data("handbook.example\n".utf8).write(to: reference.appendingPathComponent("CNAME"))
            expected.append(FileTree.read(reference))
        }
        XCTAssertNotEqual(expected[0], expected[1])

        let output = work.appendingPathComponent("public")
        try fm.copyItem(at: work.appendingPathComponent("reference-0"), to: output)
        var current = 0
        var killedWhileWriting = 0
        var generator = SystemRandomNumberGenerator()
        for attempt in 1...Self.tries {
            let next = 1 - current
            // Most kills land in the last stretch of the build, where it writes.
            let window = max(writeSeconds * 2, 0.2)
            let delay = max(0, seconds - window) + Double.random(in: 0...(window * 1.1), using: &generator)
            try buildAndKill(source: sources[next], output: output, after: delay)
            if fm.fileExists(atPath: work.appendingPathComponent(".public.partnerbook-staging").path) { killedWhileWriting += 1 }

            let tree = FileTree.read(output)
            if tree == expected[next] {
                current = next
            } else if tree != expected[current] {
                let differing = Set(tree.files.keys).symmetricDifference(expected[current].files.keys).sorted().prefix(5)
                return XCTFail("kill \(attempt) after \(delay) s left a mix of both sites; paths that differ: \(Array(differing))")
            }
        }
        print("KilledBuildTests: \(Self.tries) builds killed, \(killedWhileWriting) of them while writing")

        let last = try PartnerbookCLI.run(["build", "--quiet", "--source", sources[1 - current].path, "--output", output.path], timeout: 120)
        XCTAssertEqual(last.status, 0, last.stderr)
        XCTAssertEqual(FileTree.read(output), expected[1 - current])
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix(".") }, [], "left beside the output folder")
    }

    func buildAndKill(source: URL, output: URL, after delay: Double) throws {
        let process = Process()
        process.executableURL = PartnerbookCLI.executable
        process.arguments = ["build", "--quiet", "--source", source.path, "--output", output.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["PARTNERBOOK_TODAY": "2026-11-22"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
