import Foundation
@testable import PartnerbookKit
import XCTest

/// The theme compiled into the binary is exactly this repository's `layouts/`.
final class DefaultThemeTests: XCTestCase {
    func testBuiltInThemeMatchesTheLayoutsFolder() {
        let layouts = Paths.repository.appendingPathComponent("layouts")
        let onDisk = FileTree.read(layouts).files
            .filter { $0.key.hasSuffix(".mustache") || $0.key.hasPrefix("assets/") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
        XCTAssertEqual(Set(DefaultTheme.files.keys).sorted(), Set(onDisk.keys).sorted(),
                       "layouts/ and the built-in theme differ: run scripts/embed-theme.py")
        for (path, text) in onDisk.sorted(by: { $0.key < $1.key }) where DefaultTheme.files[path] != text {
            XCTFail("layouts/\(path) differs from the built-in theme: run scripts/embed-theme.py")
        }
    }

    func testAHandbookWithOnlyContentUsesTheBuiltInTheme() throws {
        let handbook = try Paths.temporaryFolder(self)
        try FileManager.default.createDirectory(at: handbook.appendingPathComponent("content/chapters"), withIntermediateDirectories: true)
        try Data("# First steps\n\nHello.\n".utf8).write(to: handbook.appendingPathComponent("content/chapters/first.md"))
        let result = try PartnerbookCLI.run(["build"], in: handbook)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let page = try String(contentsOf: handbook.appendingPathComponent("public/chapters/first/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<html"), page)
        XCTAssertTrue(page.contains("First steps"), page)
        XCTAssertTrue(FileManager.default.fileExists(atPath: handbook.appendingPathComponent("public/assets/style.css").path))
    }

    func testTextFromContentIsEscapedEverywhereTheThemeShowsIt() throws {
        let handbook = try Paths.temporaryFolder(self)
        try FileManager.default.createDirectory(at: handbook.appendingPathComponent("content/stories"), withIntermediateDirectories: true)
        try Data("""
            ---
            title: "<script>alert('title')</script> & co"
            date: 2026-01-02
            partners: ["<b>Team</b>"]
            summary: "<img src=x onerror=alert(1)>"
            owner: "\\"><i>owner</i>"
            ---
            ## A <em>heading</em>
            """.utf8).write(to: handbook.appendingPathComponent("content/stories/x.md"))
        let result = try PartnerbookCLI.run(["build"], in: handbook)
        XCTAssertEqual(result.status, 0, result.stderr)
        for page in ["public/stories/x/index.html", "public/stories/index.html", "public/partners/bteamb/index.html", "public/index.html"] {
            let html = try String(contentsOf: handbook.appendingPathComponent(page), encoding: .utf8)
            XCTAssertFalse(html.contains("<script>alert"), page)
            XCTAssertFalse(html.contains("<b>Team"), page)
            XCTAssertFalse(html.contains("<img src=x"), page)
            XCTAssertFalse(html.contains("<i>owner"), page)
            XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; co") || html.contains("&lt;b&gt;Team"), page)
        }
    }
}
