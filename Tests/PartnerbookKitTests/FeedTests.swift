import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// The feed and the sitemap parse as XML and carry what their formats require.
final class FeedTests: XCTestCase {
    var site: URL!

    override func setUpWithError() throws {
        let handbook = try Paths.copyOfFixture("build/full-site/site", self)
        XCTAssertEqual(try PartnerbookCLI.run(["build"], in: handbook).status, 0)
        site = handbook.appendingPathComponent("public")
    }

    func document(_ path: String) throws -> XMLElement {
        let document = try XMLDocument(contentsOf: site.appendingPathComponent(path))
        return try XCTUnwrap(document.rootElement())
    }

    func children(_ element: XMLElement, _ name: String) -> [XMLElement] {
        element.elements(forName: name)
    }

    func testAtomFeedHasTheRequiredElementsForTheFeedAndEveryEntry() throws {
        let feed = try document("feed.xml")
        XCTAssertEqual(feed.name, "feed")
        XCTAssertEqual(feed.uri, "http://www.w3.org/2005/Atom")
        for required in ["id", "title", "updated", "author"] {
            XCTAssertEqual(children(feed, required).count, 1, "feed needs one <\(required)>")
        }
        XCTAssertEqual(children(feed, "updated").first?.stringValue, "2026-05-01T00:00:00Z")
        let entries = children(feed, "entry")
        XCTAssertEqual(entries.map { children($0, "title").first?.stringValue }, ["Second story", "Kickoff"])
        for entry in entries {
            for required in ["id", "title", "updated", "link", "summary"] {
                XCTAssertEqual(children(entry, required).count, 1, "entry needs one <\(required)>")
            }
            let id = try XCTUnwrap(children(entry, "id").first?.stringValue)
            XCTAssertTrue(id.hasPrefix("https://intranet.example/handbook/stories/"), id)
        }
    }

    func testSitemapListsEveryPageWithAnAbsoluteLocation() throws {
        let urlset = try document("sitemap.xml")
        XCTAssertEqual(urlset.name, "urlset")
        XCTAssertEqual(urlset.uri, "http://www.sitemaps.org/schemas/sitemap/0.9")
        let locations = children(urlset, "url").compactMap { children($0, "loc").first?.stringValue }
        XCTAssertTrue(locations.allSatisfy { $0.hasPrefix("https://intranet.example/handbook/") }, "\(locations)")
        for page in ["", "chapters/aligning-goals/", "stories/kickoff/", "partners/platform/", "checklists/all/"] {
            XCTAssertTrue(locations.contains("https://intranet.example/handbook/" + page), page)
        }
        XCTAssertFalse(locations.contains { $0.hasSuffix("404.html") })
    }

    func testPagesJSONGivesEachPagesReviewFacts() throws {
        let data = try Data(contentsOf: site.appendingPathComponent("pages.json"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let pages = try XCTUnwrap(object["pages"] as? [[String: Any]])
        XCTAssertEqual(pages.count, 11)
        let chapter = try XCTUnwrap(pages.first { $0["title"] as? String == "Aligning goals" })
        XCTAssertEqual(chapter["url"] as? String, "https://intranet.example/handbook/chapters/aligning-goals/")
        XCTAssertEqual(chapter["owner"] as? String, "Dana Whitfield")
        XCTAssertEqual(chapter["last_reviewed"] as? String, "2026-06-01")
        XCTAssertEqual(chapter["review_due"] as? String, "2026-09-01")
        XCTAssertEqual(chapter["kind"] as? String, "chapter")
    }
}
