import Foundation
@testable import PartnerbookKit
import XCTest

/// Reading again only the files the preview's watcher names gives exactly what reading the whole
/// handbook gives, or declines when a file or folder came or went.
final class HandbookReloadTests: XCTestCase {
    var handbook: URL!

    override func setUpWithError() throws {
        handbook = try Paths.copyOfFixture("build/full-site/site", self)
    }

    func load() -> Handbook {
        var loader = HandbookLoader(root: handbook)
        return loader.load()
    }

    func reload(_ previous: Handbook, _ changed: Set<String>) -> Handbook? {
        var loader = HandbookLoader(root: handbook)
        return loader.reload(previous, changed: changed)
    }

    func assertSame(_ a: Handbook?, _ b: Handbook, file: StaticString = #filePath, line: UInt = #line) {
        guard let a else { return XCTFail("reload declined", file: file, line: line) }
        XCTAssertEqual(a.pages, b.pages, file: file, line: line)
        XCTAssertEqual(a.files, b.files, file: file, line: line)
        XCTAssertEqual(a.layouts, b.layouts, file: file, line: line)
    }

    func write(_ text: String, _ path: String) throws {
        try Data(text.utf8).write(to: handbook.appendingPathComponent(path))
    }

    func testEditedPagesAndTemplatesAreReadAgain() throws {
        let before = load()
        try write("# Changed\n\nNew text.\n", "content/chapters/second.md")
        try write("<p>{{page.title}}</p>\n", "layouts/story.mustache")
        assertSame(reload(before, ["content/chapters/second.md", "layouts/story.mustache"]), load())
    }

    func testAnEditorsTemporaryFileThatIsGoneIsIgnored() throws {
        let before = load()
        try write("# Changed\n", "content/chapters/second.md")
        assertSame(reload(before, ["content/chapters/second.md", "content/chapters/second.md~", "content/chapters/.second.md.swp"]), load())
    }

    func testComingAndGoingNeedsAFullLoad() throws {
        let before = load()
        try write("# New\n", "content/chapters/third.md")
        XCTAssertNil(reload(before, ["content/chapters/third.md"]), "a new page")
        try FileManager.default.removeItem(at: handbook.appendingPathComponent("content/chapters/third.md"))
        try FileManager.default.removeItem(at: handbook.appendingPathComponent("content/chapters/second.md"))
        XCTAssertNil(reload(before, ["content/chapters/second.md"]), "a deleted page")
        try FileManager.default.moveItem(at: handbook.appendingPathComponent("content/stories"),
                                        to: handbook.appendingPathComponent("stories-elsewhere"))
        XCTAssertNil(reload(before, ["content/stories"]), "a folder moved away")
        XCTAssertNil(reload(before, ["partnerbook.yml"]), "the settings")
        XCTAssertNil(reload(before, ["content", "layouts", "partnerbook.yml"]), "what the watcher says when it lost events")
    }
}
