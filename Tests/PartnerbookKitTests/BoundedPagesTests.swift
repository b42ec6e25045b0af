import Foundation
import PartnerbookKit
import XCTest

/// Pages that show the whole handbook stay bounded as it grows: the feed holds the 50 newest
/// stories, `/stories/` 50 a page, and the home page the first ten checklists and reviews due,
/// with how many there are.
final class BoundedPagesTests: XCTestCase {
    static let stories = 60, checklists = 12, overdue = 15

    /// 60 stories a day apart (the newest on 2026-03-01), 12 checklists, 15 chapters overdue for review.
    func build() throws -> URL {
        let root = try Paths.temporaryFolder(self).appendingPathComponent("handbook")
        var files = ["partnerbook.yml": "title: Busy\n", "content/index.md": "# Busy\n"]
        let newest = Day("2026-03-01")!
        for n in 0..<Self.stories {
            files["content/stories/story-\(n).md"] = "---\ntitle: Story \(n)\ndate: \(newest.adding(days: -n))\npartners: [Platform]\n---\nText.\n"
        }
        for n in 1...Self.checklists {
            let name = n < 10 ? "0\(n)" : "\(n)"
            files["content/checklists/list-\(name).md"] = "---\ntitle: List \(name)\n---\n- [ ] Step of list \(n)\n"
        }
        for n in 1...Self.overdue {
            files["content/chapters/chapter-\(n).md"] = "---\ntitle: Chapter \(n)\nlast_reviewed: 2025-01-\(10 + n)\nreview_every: 6 months\n---\nText.\n"
        }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return try BuiltSite.build(root, self)
    }

    func testTheFeedHoldsTheFiftyNewestStoriesAndTheSitemapEveryPage() throws {
        let site = try build()
        let feed = try BuiltSite.text(site, "feed.xml")
        let titles = ChecklistPagesTests.matches(#"<entry>\s*<title>([^<]*)</title>"#, in: feed)
        XCTAssertEqual(titles, (0..<50).map { "Story \($0)" })
        let sitemap = try BuiltSite.text(site, "sitemap.xml")
        for n in 0..<Self.stories { XCTAssertTrue(sitemap.contains("<loc>/stories/story-\(n)/</loc>"), "story \(n)") }
        let first = try BuiltSite.text(site, "stories/index.html"), second = try BuiltSite.text(site, "stories/page/2/index.html")
        XCTAssertTrue(first.contains(#"href="/stories/story-49/""#) && !first.contains(#"href="/stories/story-50/""#), "/stories/ lists the 50 newest")
        XCTAssertTrue(second.contains(#"href="/stories/story-59/""#), "/stories/page/2/ lists the rest")
    }

    func testTheHomePageShowsTheFirstTenChecklistsAndReviewsWithACount() throws {
        let site = try build()
        let home = try BuiltSite.text(site, "index.html")
        XCTAssertEqual(ChecklistPagesTests.matches(#"<li class="(review-row)[ "]"#, in: home).count, 10)
        XCTAssertTrue(home.contains("Showing the first 10 of \(Self.overdue). <a href=\"/review/\">All reviews due, by owner</a>"), home)
        XCTAssertTrue(home.contains(#"href="/chapters/chapter-1/""#), "the most overdue page comes first")
        let listed = ChecklistPagesTests.matches(#"<a class="link-list__title" href="/checklists/([^"]*)""#, in: home)
        XCTAssertEqual(listed, ["list-01/", "list-02/", "list-03/", "list-04/", "list-05/", "list-06/", "list-07/", "list-08/", "list-09/", "list-10/"])
        XCTAssertTrue(home.contains("Showing the first 10 of \(Self.checklists). <a href=\"/checklists/\">"), home)
        let review = try BuiltSite.text(site, "review/index.html")
        XCTAssertEqual(ChecklistPagesTests.matches(#"<li class="(review-row)[ "]"#, in: review).count, Self.overdue, "/review/ lists them all")
    }
}
