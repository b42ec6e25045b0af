import Foundation
import XCTest

/// `partnerbook render` is exactly cmark's HTML wherever Partnerbook adds nothing.
final class RenderCommandTests: XCTestCase {
    /// The reference: Debian's `cmark` command, the same library's own front end.
    func cmark(_ file: URL, _ flags: [String] = []) throws -> String {
        let candidates = ["/usr/bin/cmark", "/usr/local/bin/cmark"]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("the cmark command is not installed (apt-get install cmark); .ci/run installs it")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = flags + [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func testMatchesCmarkOnCommonMarkConstructs() throws {
        let file = Paths.fixtures.appendingPathComponent("render/commonmark-constructs.md")
        let result = try PartnerbookCLI.run(["render", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, try cmark(file))
        XCTAssertTrue(result.stdout.contains("<!-- raw HTML omitted -->"), "raw HTML is omitted by default")
    }

    func testMatchesCmarkWithSmartPunctuationAndUnsafeHTML() throws {
        let file = Paths.fixtures.appendingPathComponent("render/commonmark-constructs.md")
        let result = try PartnerbookCLI.run(["render", "--smart-punctuation", "--unsafe-html", file.path])
        XCTAssertEqual(result.stdout, try cmark(file, ["--smart", "--unsafe"]))
        XCTAssertTrue(result.stdout.contains(#"<div class="raw">"#))
    }

    func testFrontMatterIsStrippedAndHeadingsTasksGetTheirIds() throws {
        let folder = try Paths.temporaryFolder(self)
        let file = folder.appendingPathComponent("page.md")
        try Data("---\ntitle: T\n---\n## Check &amp; *in*\n\n- [ ] Book a room\n- [x] Send notes\n".utf8).write(to: file)
        let result = try PartnerbookCLI.run(["render", file.path])
        XCTAssertEqual(result.stdout, """
            <h2 id="check-in">Check &amp; <em>in</em></h2>
            <ul>
            <li><input type="checkbox" class="task" id="task-book-a-room" data-task="task-book-a-room"> <label for="task-book-a-room">Book a room</label></li>
            <li><input type="checkbox" class="task" id="task-send-notes" data-task="task-send-notes" checked> <label for="task-send-notes">Send notes</label></li>
            </ul>

            """)
    }

    func testBadFrontMatterIsAnErrorAtItsPlace() throws {
        let folder = try Paths.temporaryFolder(self)
        let file = folder.appendingPathComponent("page.md")
        try Data("---\ntitle: T\norder: first\n---\nBody\n".utf8).write(to: file)
        let result = try PartnerbookCLI.run(["render", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "\(file.path):3:8: error: 'order' must be a whole number, got \"first\"\n")
    }
}
