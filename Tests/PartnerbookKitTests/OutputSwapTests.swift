import Foundation
import PartnerbookKit
import XCTest

/// `partnerbook build` swaps the whole site in at once: a failed or killed build leaves the previous
/// site exactly as it was, files Partnerbook did not write keep their identity, and what an
/// interrupted build left beside the output folder is cleaned up by the next one.
final class OutputSwapTests: XCTestCase {
    var handbook: URL!
    var output: URL { handbook.appendingPathComponent("public") }
    var staging: URL { handbook.appendingPathComponent(".public.partnerbook-staging") }
    var retired: URL { handbook.appendingPathComponent(".public.partnerbook-old") }
    let fm = FileManager.default

    override func setUpWithError() throws {
        handbook = try Paths.copyOfFixture("build/full-site/site", self)
    }

    func build() throws -> CommandResult {
        try PartnerbookCLI.run(["build", "--quiet"], in: handbook, timeout: 120)
    }

    /// Standard error from the first error on: the fixture's own warnings come before it.
    func errors(_ stderr: String) -> String {
        stderr.range(of: "\n/").map { String(stderr[stderr.index(after: $0.lowerBound)...]) } ?? stderr
    }

    func write(_ text: String, to path: String) throws {
        let url = handbook.appendingPathComponent(path)
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func identity(_ path: String) throws -> (inode: UInt64, modified: Date) {
        let attributes = try fm.attributesOfItem(atPath: output.appendingPathComponent(path).path)
        return ((attributes[.systemFileNumber] as! NSNumber).uint64Value, attributes[.modificationDate] as! Date)
    }

    func assertNothingLeftBeside(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(fm.fileExists(atPath: staging.path), "the staging folder is left", file: file, line: line)
        XCTAssertFalse(fm.fileExists(atPath: retired.path), "the old site is left", file: file, line: line)
    }

    // MARK: Failures

    func testAFileInTheWayFailsTheBuildAndLeavesTheSiteAsItWas() throws {
        XCTAssertEqual(try build().status, 0)
        try fm.removeItem(at: output.appendingPathComponent("chapters"))
        try Data("not a folder".utf8).write(to: output.appendingPathComponent("chapters"))
        let before = FileTree.read(output)

        let result = try build()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(errors(result.stderr), """
            \(output.path)/chapters: error: cannot write the site: this file was not written by Partnerbook, and the site needs a folder here
              hint: move it out of the output folder; \(output.path) still holds the previous site, unchanged; fix the cause and build again

            """)
        XCTAssertEqual(FileTree.read(output), before)
        assertNothingLeftBeside()
    }

    func testAnOutputFolderBelowAFileIsAnErrorNamingThePath() throws {
        try write("a file", to: "blocker")
        let result = try PartnerbookCLI.run(["build", "--quiet", "--output", "blocker/public"], in: handbook)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(errors(result.stderr), """
            \(handbook.path)/blocker: error: cannot write the site: not a directory
              hint: nothing was written; fix the cause and build again

            """)
    }

    /// A full disk, played by a limit on file size (2 MB: ThreadSanitizer's runtime needs some
    /// to start): copying a 3 MB file into the site fails with EFBIG.
    func testAWriteThatFailsHalfWayLeavesThePreviousSite() throws {
        XCTAssertEqual(try build().status, 0)
        let before = FileTree.read(output)
        try write(String(repeating: "0123456789abcdef", count: 3 << 16), to: "content/files/huge.bin")
        try write("---\ntitle: Changed\n---\nEvery page's navigation changes too.\n", to: "content/checklists/start.md")

        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "trap '' XFSZ; ulimit -f 2048; exec \"$0\" build --quiet", PartnerbookCLI.executable.path]
        shell.currentDirectoryURL = handbook
        shell.environment = ProcessInfo.processInfo.environment.merging(["PARTNERBOOK_TODAY": "2026-11-22"]) { $1 }
        let errors = Pipe()
        shell.standardError = errors
        try shell.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()

        XCTAssertEqual(shell.terminationStatus, 1, stderr)
        XCTAssertTrue(self.errors(stderr).hasPrefix("\(output.path)/files/huge.bin: error: cannot write the site: file too large\n"), stderr)
        XCTAssertEqual(FileTree.read(output), before)
        assertNothingLeftBeside()
    }

    // MARK: What survives

    func testFilesPartnerbookDidNotWriteKeepTheirIdentityAndUnchangedPagesTheirs() throws {
        XCTAssertEqual(try build().status, 0)
        try Data("handbook.example\n".utf8).write(to: output.appendingPathComponent("CNAME"))
        try Data("deploy".utf8).write(to: output.appendingPathComponent("chapters/deploy.sh"))
        try fm.createDirectory(at: output.appendingPathComponent("uploads/empty"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: output.appendingPathComponent("latest").path, withDestinationPath: "chapters/")
        let cname = try identity("CNAME"), script = try identity("chapters/deploy.sh"), about = try identity("about/index.html")
        try write("---\ntitle: Changed\n---\nOnly this page changes.\n", to: "content/checklists/start.md")

        XCTAssertEqual(try build().status, 0)
        XCTAssertEqual(try identity("CNAME").inode, cname.inode)
        XCTAssertEqual(try identity("CNAME").modified, cname.modified)
        XCTAssertEqual(try identity("chapters/deploy.sh").inode, script.inode)
        XCTAssertEqual(try identity("about/index.html").inode, about.inode, "an unchanged page is linked, not rewritten")
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: output.appendingPathComponent("uploads/empty").path), [])
        XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: output.appendingPathComponent("latest").path), "chapters/")
        XCTAssertTrue(String(decoding: FileTree.read(output).files["checklists/start/index.html"] ?? [], as: UTF8.self).contains("Only this page changes."))
        assertNothingLeftBeside()
    }

    func testWhatAnInterruptedBuildLeftIsCleanedUp() throws {
        XCTAssertEqual(try build().status, 0)
        try Data("handbook.example\n".utf8).write(to: output.appendingPathComponent("CNAME"))
        try fm.createDirectory(at: staging.appendingPathComponent("half"), withIntermediateDirectories: true)
        try Data("half written".utf8).write(to: staging.appendingPathComponent("half/index.html"))
        XCTAssertEqual(try build().status, 0)
        assertNothingLeftBeside()

        // Stopped between the two renames of the fallback swap: the old site is put back first.
        try fm.moveItem(at: output, to: retired)
        XCTAssertEqual(try build().status, 0)
        XCTAssertEqual(FileTree.read(output).files["CNAME"].map { String(decoding: $0, as: UTF8.self) }, "handbook.example\n")
        XCTAssertNotNil(FileTree.read(output).files["index.html"])
        assertNothingLeftBeside()
    }

    func testTheHalfWrittenFilesOfAStoppedInPlaceWriteAreRemoved() throws {
        XCTAssertEqual(try build().status, 0)
        // What a quick build stopped between writing a file and renaming it over the old one leaves.
        try write("half written", to: "public/.index.html.partnerbook-new")
        try write("half written", to: "public/chapters/keeping-in-touch/.index.html.partnerbook-new")
        try write("the user's own", to: "public/.notes.txt.partnerbook-new")
        try write("edited", to: "content/chapters/second.md")
        XCTAssertEqual(try build().status, 0)
        let files = FileTree.read(output).files
        XCTAssertNil(files[".index.html.partnerbook-new"])
        XCTAssertNil(files["chapters/keeping-in-touch/.index.html.partnerbook-new"])
        XCTAssertEqual(files[".notes.txt.partnerbook-new"].map { String(decoding: $0, as: UTF8.self) }, "the user's own",
                       "a file of that name that replaces none of the site's is the user's")
    }

    func testAnOutputFolderThatIsALinkStaysALink() throws {
        let place = try Paths.temporaryFolder(self)
        try fm.createDirectory(at: place.appendingPathComponent("site"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: output.path, withDestinationPath: place.appendingPathComponent("site").path)
        XCTAssertEqual(try build().status, 0)
        XCTAssertEqual(try build().status, 0)
        XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: output.path), place.appendingPathComponent("site").path)
        XCTAssertTrue(fm.fileExists(atPath: place.appendingPathComponent("site/index.html").path))
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: place.path), ["site"])
    }

    /// The preview server's strategy changes files inside the folder; `build` replaces the folder.
    func testInPlaceWritingKeepsTheFolderAndSwappingReplacesIt() throws {
        func folderInode() throws -> UInt64 { (try fm.attributesOfItem(atPath: output.path)[.systemFileNumber] as! NSNumber).uint64Value }
        var options = BuildOptions(source: handbook)
        options.today = Day("2026-11-22")!
        options.writeStrategy = .inPlace
        XCTAssertTrue(Builder.build(options).succeeded)
        let first = try folderInode()
        try write("---\ntitle: Changed\n---\nOnly this page changes.\n", to: "content/checklists/start.md")
        let report = Builder.build(options)
        XCTAssertTrue(report.succeeded)
        XCTAssertGreaterThan(report.filesUnchanged, 0)
        XCTAssertEqual(try folderInode(), first)

        options.writeStrategy = .swap
        XCTAssertTrue(Builder.build(options).succeeded)
        XCTAssertNotEqual(try folderInode(), first)
        assertNothingLeftBeside()
    }
}
