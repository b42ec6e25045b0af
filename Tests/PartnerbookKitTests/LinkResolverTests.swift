@testable import PartnerbookKit
import XCTest

final class LinkResolverTests: XCTestCase {
    let resolver = LinkResolver(
        pageURLs: ["index.md": "", "chapters/a.md": "chapters/a/", "stories/kickoff.md": "stories/kickoff/",
                   "guides/index.md": "guides/", "notes/my page.md": "notes/my page/"],
        files: ["img/plan b.png"], basePath: "/handbook/")

    func resolve(_ link: String, from page: String = "chapters/a.md") -> (LinkTarget, String?) {
        let target = resolver.resolve(link, from: page)
        return (target, resolver.url(for: target))
    }

    func testRelativeMarkdownLinksBecomePageURLsWithTheirAnchor() {
        XCTAssertEqual(resolve("../stories/kickoff.md#what-went-wrong").1, "/handbook/stories/kickoff/#what-went-wrong")
        XCTAssertEqual(resolve("./a.md").1, "/handbook/chapters/a/")
        XCTAssertEqual(resolve("../index.md").1, "/handbook/")
        XCTAssertEqual(resolve("../guides/").1, "/handbook/guides/")
        XCTAssertEqual(resolve("../notes/my%20page.md").1, "/handbook/notes/my page/")
    }

    func testFilesUnderContentAreLinkedAtTheirCopiedPlace() {
        XCTAssertEqual(resolve("../img/plan%20b.png").1, "/handbook/img/plan%20b.png")
    }

    func testSiteURLsAreCheckedWithOrWithoutTheBasePath() {
        XCTAssertEqual(resolve("/chapters/a/").0, .page("chapters/a.md", fragment: nil))
        XCTAssertEqual(resolve("/handbook/stories/kickoff/#x").0, .page("stories/kickoff.md", fragment: "x"))
        XCTAssertEqual(resolve("/chapters/gone/").0, .missing("/chapters/gone/"))
    }

    func testOtherLinksAreLeftAlone() {
        for link in ["https://example.com/a.md", "mailto:a@example.com", "//cdn.example/x.md", ""] {
            XCTAssertEqual(resolve(link).0, .external, link)
            XCTAssertNil(resolve(link).1)
        }
        XCTAssertEqual(resolve("#top").0, .samePage(fragment: "top"))
    }

    func testMissingTargetsAndEscapesAreMissing() {
        XCTAssertEqual(resolve("b.md").0, .missing("chapters/b.md"))
        XCTAssertEqual(resolve("../../../etc/passwd").0, .missing("../../../etc/passwd"))
        XCTAssertNil(resolve("b.md").1)
    }
}
