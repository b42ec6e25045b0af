import Foundation
import XCTest

/// Bad input of every kind gets a precise message or is handled sensibly: never a crash, never a
/// hang. Each case is a handbook in `Fixtures/bad-input/<case>/site`, built by the CLI under a time
/// limit; `expected.txt` beside it holds what the user sees and which files were written.
final class BadInputTests: XCTestCase {
    /// What a user sees from `partnerbook build` of a handbook, and the files it wrote.
    static func seen(_ result: CommandResult, site: URL, output: URL) -> String {
        let written = FileTree.read(output).files.keys
            .filter { !$0.hasPrefix("assets/") && !$0.hasPrefix("search/terms/") && $0 != ".partnerbook-manifest" }
            .sorted()
        let text = result.stderr + "--- stdout\n" + PartnerbookCLI.normalized(result.stdout)
            + "--- exit status \(result.status)\n--- written\n" + (written.isEmpty ? "(nothing)\n" : written.joined(separator: "\n") + "\n")
        return text.replacingOccurrences(of: site.path, with: "<site>").replacingOccurrences(of: output.path, with: "<output>")
    }

    /// Builds a fixture, compares with its `expected.txt`, and returns the output folder for more checks.
    /// The fixture is built where it lies, so without the build cache, which would be written into it.
    @discardableResult
    func assertSeen(_ fixture: String, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let folder = Paths.fixtures.appendingPathComponent("bad-input/\(fixture)")
        let site = folder.appendingPathComponent("site")
        let output = try Paths.temporaryFolder(self).appendingPathComponent("public")
        let result = try PartnerbookCLI.run(["build", "--no-cache", "--source", site.path, "--output", output.path], timeout: 60, file: file, line: line)
        try Golden.assertText(Self.seen(result, site: site, output: output),
                              matches: folder.appendingPathComponent("expected.txt"), file: file, line: line)
        return output
    }

    func text(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func testInvalidUTF8IsAnErrorAtItsLineAndColumn() throws { try assertSeen("invalid-utf8") }

    func testAByteOrderMarkIsIgnored() throws {
        let output = try assertSeen("byte-order-mark")
        XCTAssertTrue(try text(output, "welcome/index.html").contains("Marked handbook"))
    }

    func testCRLFAndMixedLineEndingsKeepLineNumbersTrue() throws {
        let output = try assertSeen("line-endings")
        XCTAssertFalse(try text(output, "windows/index.html").contains("\r"))
    }

    func testTabsInYAMLAreAnErrorWithAHint() throws { try assertSeen("yaml-tabs") }
    func testAliasesThatMultiplyAreRefusedAtOnce() throws { try assertSeen("yaml-aliases") }
    func testYAMLNestedPastLibyamlsLimitIsAnError() throws { try assertSeen("yaml-nesting") }

    func testFileNamesWithSpacesAndUnicodeArePublishedAndHiddenOnesSkipped() throws {
        let output = try assertSeen("names")
        let sitemap = try text(output, "sitemap.xml")
        XCTAssertTrue(sitemap.contains("<loc>/Team%20Rituals/</loc>"), sitemap)
        XCTAssertTrue(sitemap.contains("<loc>/caf%C3%A9/</loc>"), sitemap)
        let home = try text(output, "index.html")
        XCTAssertTrue(home.contains(#"href="/notes/meeting%20notes/""#), home)
        XCTAssertTrue(home.contains(#"href="/notes/white%20board.png""#), home)
        XCTAssertFalse(home.contains(#"href="/Team Rituals/""#), "an address with a space in the navigation:\n\(home)")
    }

    func testEmptyFilesAreEmptyPages() throws { try assertSeen("empty-files") }
    func testContentWithoutPagesIsAWarning() throws { try assertSeen("no-pages") }
    func testFrontMatterThatIsNotAMappingIsAnError() throws { try assertSeen("front-matter-shapes") }
    func testTemplatesThatIncludeThemselvesOrMissingOnesAreErrors() throws { try assertSeen("templates") }
}
