import Foundation
import XCTest

/// Bad input too large or too strange to keep in the repository — huge pages, deep nesting,
/// symbolic links, permissions, pipes, names a file system may not hold — made in a temporary
/// handbook by each test and built by the CLI under a time limit.
final class GeneratedBadInputTests: XCTestCase {
    var handbook: URL!

    override func setUpWithError() throws {
        handbook = try Paths.temporaryFolder(self).appendingPathComponent("handbook")
        try FileManager.default.createDirectory(at: handbook.appendingPathComponent("content"), withIntermediateDirectories: true)
        try write("# Home\n", to: "content/index.md")
    }

    func write(_ text: String, to path: String) throws {
        let url = handbook.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func link(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: handbook.appendingPathComponent(path).path, withDestinationPath: destination)
    }

    func build(timeout: Double = 60, file: StaticString = #filePath, line: UInt = #line) throws -> CommandResult {
        try PartnerbookCLI.run(["build", "--quiet"], in: handbook, timeout: timeout, file: file, line: line)
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: handbook.appendingPathComponent("public/" + path), encoding: .utf8)
    }

    // MARK: Size

    func testATwentyMegabytePageAndATenMegabyteLineBuild() throws {
        let paragraph = "A paragraph with *emphasis*, `code` and [a link](https://example.com) that goes on for a while.\n\n"
        var big = "---\ntitle: Big\n---\n"
        for chapter in 0..<200 {
            big += "## Part \(chapter)\n\n" + String(repeating: paragraph, count: 20_000_000 / 200 / paragraph.utf8.count)
        }
        try write(big + "The last paragraph of the big page.\n", to: "content/big.md")
        try write(String(repeating: "word ", count: 2_000_000) + "last-word-of-the-line\n", to: "content/long.md")

        let result = try build(timeout: 240)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try page("big/index.html").contains("The last paragraph of the big page."))
        XCTAssertTrue(try page("big/index.html").contains(#"<h2 id="part-199">"#))
        XCTAssertTrue(try page("long/index.html").contains("last-word-of-the-line"))
    }

    // MARK: Depth

    func testTenThousandLevelsOfNestingBuild() throws {
        let depth = 10_000
        try write(String(repeating: "> ", count: depth) + "# Deep heading\n", to: "content/quotes.md")
        try write(String(repeating: "- ", count: depth) + "[ ] Deep task\n", to: "content/lists.md")
        try write(String(repeating: "*a ", count: depth) + String(repeating: "b* ", count: depth) + "\n", to: "content/emphasis.md")
        try write(String(repeating: "[", count: depth) + "link" + String(repeating: "](x)", count: depth) + "\n", to: "content/brackets.md")
        try write(String(repeating: "1. ", count: depth) + "## Numbered heading\n", to: "content/numbered.md")

        let result = try build()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try page("quotes/index.html").contains(#"<h1 id="deep-heading">Deep heading</h1>"#))
        XCTAssertTrue(try page("lists/index.html").contains(#"id="task-deep-task""#))
        XCTAssertTrue(try page("numbered/index.html").contains(#"<h2 id="numbered-heading">"#))
        let rendered = try PartnerbookCLI.run(["render", handbook.appendingPathComponent("content/quotes.md").path], timeout: 60)
        XCTAssertEqual(rendered.status, 0, rendered.stderr)
    }

    func testFiveThousandHeadingsWithOneTextGetUniqueIds() throws {
        var text = ""
        for number in 0..<5_000 { text += "## Notes\n\nSee [the last](#notes-4999) and [a typo](#nots-\(number)).\n\n" }
        try write(text + "[Past the end](#notes-5000)\n", to: "content/notes.md")

        let result = try build()
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = try page("notes/index.html")
        let ids = html.matches(of: /<h2 id="([^"]+)">Notes<\/h2>/).map { String($0.output.1) }
        XCTAssertEqual(ids.count, 5_000)
        XCTAssertEqual(Set(ids).count, 5_000, "heading ids repeat")
        XCTAssertEqual(ids.last, "notes-4999")
        XCTAssertTrue(result.stderr.contains("content/notes.md:20001:1: warning: '#notes-5000' names no heading on content/notes.md\n"), result.stderr)
        XCTAssertEqual(result.stderr.components(separatedBy: "warning: '#nots-").count - 1, 5_000)
    }

    func testTenThousandRepeatedKeysAreEachPlaced() throws {
        let keys = (0..<10_000).map { "key\($0): value\n" }.joined()
        try write("---\n" + keys + keys + "---\nBody\n", to: "content/repeats.md")
        let result = try build()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr.components(separatedBy: ": error: duplicate front matter key").count - 1, 10_000)
        XCTAssertTrue(result.stderr.hasPrefix("content/repeats.md:10002:1: error: duplicate front matter key 'key0'\n"), result.stderr)
    }

    // MARK: Links, permissions, pipes, names

    func testSymbolicLinkLoopsAndLinksOutOfTheHandbookAreNotFollowed() throws {
        let outside = try Paths.temporaryFolder(self)
        try Data("# Secret\n".utf8).write(to: outside.appendingPathComponent("secret.md"))
        try write("# Shared\n", to: "shared/shared.md")
        try link("content/self", to: ".")
        try link("content/ring-a", to: "ring-b")
        try link("content/ring-b", to: "ring-a")
        try write("# Inner\n", to: "content/folder/inner.md")
        try link("content/folder/up", to: "..")
        try link("content/alias", to: "folder")
        try link("content/secret.md", to: outside.appendingPathComponent("secret.md").path)
        try link("content/outside", to: outside.path)
        try link("content/shared.md", to: "../shared/shared.md")
        try link("content/nowhere.md", to: "missing.md")

        let result = try build()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, """
            content/alias: warning: symbolic link leads back to content/folder/; it is not followed, as that folder is read at its own place
            content/folder/up: warning: symbolic link leads back to content/; it is not followed, as that folder is read at its own place
            content/nowhere.md: warning: symbolic link leads nowhere; it is skipped
            content/outside: warning: symbolic link leads outside the handbook folder; it is not followed
            content/ring-a: warning: symbolic link loops back on itself; it is skipped
            content/ring-b: warning: symbolic link loops back on itself; it is skipped
            content/secret.md: warning: symbolic link leads outside the handbook folder; it is not followed
            content/self: warning: symbolic link leads back to content/; it is not followed, as that folder is read at its own place
            content/shared.md:1:1: warning: no other page links to this page, and it belongs to no section
              hint: link to it from the home page or a chapter, move it into a section folder, or delete it

            """)
        XCTAssertTrue(try page("shared/index.html").contains("Shared"), "a link to a file inside the handbook is followed")
        XCTAssertTrue(try page("folder/inner/index.html").contains("Inner"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: handbook.appendingPathComponent("public/secret").path))
    }

    func testUnreadableFilesAndFoldersAreErrorsNamingThem() throws {
        try write("# Locked\n", to: "content/locked.md")
        try write("# Inside\n", to: "content/private/inside.md")
        let locked = handbook.appendingPathComponent("content/locked.md").path
        let folder = handbook.appendingPathComponent("content/private").path
        XCTAssertEqual(chmod(locked, 0), 0)
        XCTAssertEqual(chmod(folder, 0), 0)
        addTeardownBlock { _ = chmod(folder, 0o755) }
        guard geteuid() != 0 else {
            throw XCTSkip("running as root, where permission bits do not stop reading")
        }
        let result = try build()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
            content/locked.md: error: cannot read this file: permission denied
            content/private/: error: cannot list this folder: permission denied

            """)
    }

    func testANamedPipeIsSkippedRatherThanWaitedOn() throws {
        XCTAssertEqual(mkfifo(handbook.appendingPathComponent("content/pipe.md").path, 0o644), 0)
        let result = try build()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "content/pipe.md: warning: this is not a regular file (a pipe, socket or device); it is skipped\n")
    }

    func testNamesThatDifferOnlyInCaseAreOneAddress() throws {
        try write("# Setup\n", to: "content/guides/Setup.md")
        try write("# setup\n", to: "content/guides/setup.md")
        let result = try build()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
            content/guides/setup.md:1:1: error: this page would be written to /guides/setup/ and content/guides/Setup.md to /guides/Setup/, \
            which differ only in upper and lower case: one folder on macOS and Windows, one address on many web servers
              hint: rename one of them or give one a different 'slug'

            """)
    }

    func testAFileNameThatIsNotUTF8IsAnError() throws {
        let folder = handbook.appendingPathComponent("content/notes").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = Array(folder.utf8) + Array("/caf".utf8) + [0xE9] + Array(".md".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        close(descriptor)

        let result = try build()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
            content/notes/: error: a file name in this folder is not valid UTF-8, so the file cannot be read
              hint: rename the file shown as "caf\u{FFFD}.md"

            """)
    }
}
