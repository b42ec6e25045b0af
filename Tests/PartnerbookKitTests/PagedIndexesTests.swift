import Foundation
import PartnerbookKit
import XCTest

/// A handbook whose stories, practices, reviews due, partner team and tag need several index
/// pages each: every index is split into pages of at most 50 entries with a pager, each entry is on
/// exactly one page in the index's order, and every page is a link that resolves.
final class PagedIndexesTests: XCTestCase {
    static let stories = 120, practices = 60, chapters = 15
    let fm = FileManager.default

    /// Story n is dated n days after 2024-01-01 and was last reviewed n days after 2020-01-01 (all
    /// overdue, soonest first by n); its owner is Ana, Ben or nobody by n modulo 3. Every story and
    /// chapter names the partner team Platform, every story has the tag "field".
    static func files(stories: Int = stories) -> [String: String] {
        var files = ["partnerbook.yml": "title: Many stories\n", "content/index.md": "# Many stories\n"]
        let start = Day("2024-01-01")!, reviewed = Day("2020-01-01")!
        for n in 1...stories {
            let owner = ["", "owner: Ana\n", "owner: Ben\n"][n % 3]
            files["content/stories/story-\(n).md"] = """
                ---
                title: Story \(n)
                date: \(start.adding(days: n))
                partners: [Platform]
                tags: [field]
                practices: [practice-\((n % Self.practices) + 1)]
                \(owner)last_reviewed: \(reviewed.adding(days: n))
                review_every: 6 months
                ---
                Text of story \(n).

                """
        }
        for n in 1...Self.practices {
            files["content/practices/practice-\(n).md"] = "---\ntitle: Practice \(String(format: "%03d", n))\n---\nHow to do it.\n"
        }
        for n in 1...Self.chapters {
            files["content/chapters/chapter-\(n).md"] = "---\ntitle: Chapter \(n)\norder: \(n)\npartners: [Platform]\n---\nText.\n"
        }
        return files
    }

    func build(_ files: [String: String] = files()) throws -> URL { try BuiltSite.build(files: files, self) }

    /// The URL paths of an index's pages, first to last.
    static func pages(_ base: String, _ count: Int) -> [String] {
        (1...count).map { $0 == 1 ? "/\(base)" : "/\(base)page/\($0)/" }
    }

    /// Reads every page of the index, checks its pager and returns the entries `pattern` finds on
    /// each page, in page order.
    func entries(_ site: URL, _ base: String, pages count: Int, _ pattern: String) throws -> [[String]] {
        let paths = Self.pages(base, count)
        XCTAssertFalse(fm.fileExists(atPath: site.appendingPathComponent("\(base)page/\(count + 1)/index.html").path), base)
        return try paths.enumerated().map { offset, path in
            let html = try BuiltSite.text(site, String(path.dropFirst()) + "index.html")
            XCTAssertEqual(matches(#"<a class="index-pager__link" href="([^"]*)" aria-current="page">"#, html), [path])
            XCTAssertEqual(matches(#"<a class="index-pager__link" href="([^"]*)""#, html), (offset > 0 ? [paths[offset - 1]] : []) + paths
                + (offset < count - 1 ? [paths[offset + 1]] : []), "\(path): previous, every page, next")
            XCTAssertEqual(matches(#"href="([^"]*)" rel="prev""#, html), offset > 0 ? [paths[offset - 1]] : [], path)
            XCTAssertEqual(matches(#"href="([^"]*)" rel="next""#, html), offset < count - 1 ? [paths[offset + 1]] : [], path)
            let title = matches("<title>([^<]*)</title>", html)
            XCTAssertEqual(title.count { $0.contains("(page \(offset + 1) of \(count))") }, offset > 0 ? 1 : 0, "\(path) names its page: \(title)")
            return matches(pattern, html)
        }
    }

    func testStoriesAreSplitIntoPagesOfFiftyNewestFirst() throws {
        let site = try build()
        let cards = #"<h3 class="card__title"><a href="(/stories/[^"]*)">"#
        let pages = try entries(site, "stories/", pages: 3, cards)
        XCTAssertEqual(pages.map(\.count), [50, 50, 20])
        XCTAssertEqual(pages.flatMap { $0 }, (1...Self.stories).reversed().map { "/stories/story-\($0)/" }, "newest first, none lost or repeated")
        let second = try BuiltSite.text(site, "stories/page/2/index.html")
        let byPartner = second.components(separatedBy: #"id="pb-by-partner""#)[1].components(separatedBy: "</section>")[0]
        XCTAssertEqual(matches(#"<li><a href="(/stories/[^"]*)">"#, byPartner), (21...70).reversed().map { "/stories/story-\($0)/" },
                       "the groups by partner team hold this page's stories")
    }

    func testPracticesReviewsPartnerAndTagPagesAreSplitIntoPages() throws {
        let site = try build()
        let practices = try entries(site, "practices/", pages: 2, #"<h2 class="card__title"><a href="([^"]*)">"#)
        XCTAssertEqual(practices.map(\.count), [50, 10])
        XCTAssertEqual(practices.flatMap { $0 }, (1...Self.practices).map { "/practices/practice-\($0)/" })

        let reviews = try entries(site, "review/", pages: 3, #"(<h2 class="index-section__title"[^>]*>[^<]*|review-row__title" href="[^"]*)"#)
        let owners = ["No owner": 0, "Ana": 1, "Ben": 2]
        var expected: [String] = []
        for (owner, remainder) in owners.sorted(by: { $0.value < $1.value }) {
            expected += (1...Self.stories).filter { $0 % 3 == remainder }.map { "\(owner):/stories/story-\($0)/" }
        }
        var seen: [String] = [], owner = ""
        for page in reviews {
            XCTAssertTrue(page.first?.hasPrefix("<h2") ?? false, "each page starts with an owner's name")
            for entry in page {
                if entry.hasPrefix("<h2") { owner = String(entry.split(separator: ">").last!) } else { seen.append("\(owner):\(entry.dropFirst(#"review-row__title" href=""#.count))") }
            }
        }
        XCTAssertEqual(reviews.map { $0.count { !$0.hasPrefix("<h2") } }, [50, 50, 20])
        XCTAssertEqual(seen, expected, "by owner, soonest first, none lost or repeated")

        let link = #"<a (?:class="link-list__title" )?href="((?:/stories|/chapters)/[^"]*)">"#
        let partner = try entries(site, "partners/platform/", pages: 3, link)
        XCTAssertEqual(partner.flatMap { $0 }, (1...Self.stories).reversed().map { "/stories/story-\($0)/" }
            + (1...Self.chapters).map { "/chapters/chapter-\($0)/" }, "stories first, then chapters")
        XCTAssertEqual(partner.map(\.count), [50, 50, 35])
        XCTAssertTrue(try BuiltSite.text(site, "partners/platform/page/3/index.html").contains(#"<h1 class="page-title">Platform (page 3 of 3)</h1>"#))
        let tag = try entries(site, "tags/field/", pages: 3, link)
        XCTAssertEqual(tag.flatMap { $0 }, (1...Self.stories).reversed().map { "/stories/story-\($0)/" })
    }

    func testAnIndexOfFiftyFitsOnOnePageWithoutAPager() throws {
        let site = try build(Self.files(stories: 50))
        let html = try BuiltSite.text(site, "stories/index.html")
        XCTAssertEqual(matches(#"<h3 class="card__title"><a href="(/stories/[^"]*)">"#, html).count, 50)
        XCTAssertFalse(html.contains("index-pager"), "one page needs no pager")
        XCTAssertFalse(fm.fileExists(atPath: site.appendingPathComponent("stories/page/2/index.html").path))
        XCTAssertFalse(fm.fileExists(atPath: site.appendingPathComponent("tags/field/page/2/index.html").path), "50 tagged pages")
        XCTAssertTrue(fm.fileExists(atPath: site.appendingPathComponent("partners/platform/page/2/index.html").path),
                      "50 stories and 15 chapters name Platform")
        XCTAssertTrue(fm.fileExists(atPath: site.appendingPathComponent("practices/page/2/index.html").path), "60 practices still need two pages")
    }

    func testAThemeTemplateWithoutThePagerKeepsEveryEntryOnOnePage() throws {
        var files = Self.files()
        files["layouts/stories-index.mustache"] = "{{#index.stories}}<a href=\"{{url}}\">{{title}}</a>\n{{/index.stories}}"
        let site = try build(files)
        let html = try BuiltSite.text(site, "stories/index.html")
        XCTAssertEqual(matches(#"<a href="(/stories/[^"]*)">"#, html).count, Self.stories)
        XCTAssertFalse(fm.fileExists(atPath: site.appendingPathComponent("stories/page/2/index.html").path))
        XCTAssertTrue(fm.fileExists(atPath: site.appendingPathComponent("partners/platform/page/2/index.html").path),
                      "the built-in partner template still shows the pager")
    }

    /// Links may lead to every page of every index, so a page linking to all of them has no broken
    /// link, and no page may take the URL of an index page.
    func testEveryIndexPageIsALinkThatResolvesAndIsKeptFromContentPages() throws {
        let source = try Paths.temporaryFolder(self).appendingPathComponent("handbook")
        try FileTree.write(Self.files(), to: source)
        var options = BuildOptions(source: source, output: source.deletingLastPathComponent().appendingPathComponent("public"))
        options.today = BuiltSite.today
        XCTAssertTrue(Builder.build(options).succeeded)
        XCTAssertEqual(try LinkAudit(site: options.output, basePath: "/").brokenLinks(), [])
        let links = BuiltSite.htmlFiles(in: options.output).filter { $0.contains("/page/") }.map { "/" + $0.dropLast("index.html".count) }
        XCTAssertEqual(links.count, 2 + 1 + 2 + 2 + 2, "stories, practices, review, partner, tag: \(links)")
        let sitemap = try BuiltSite.text(options.output, "sitemap.xml")
        XCTAssertEqual(links.filter { !sitemap.contains("<loc>\($0)</loc>") }, [], "the sitemap lists every index page")

        try FileTree.write(["content/every-index-page.md": "# Every index page\n\n" + links.map { "- [\($0)](\($0))\n" }.joined(),
                   "content/partners/platform/page/2.md": "# Two\n"], to: source)
        let diagnostics = Checker.check(options).diagnostics.filter { $0.code == "broken-link" || $0.code == "duplicate-url" }
        XCTAssertEqual(diagnostics.map(\.formatted), [
            "content/partners/platform/page/2.md:1:1: error: this page would be written to /partners/platform/page/2/, "
                + "which is kept for the pages of the index at /partners/platform/\n  hint: rename it or give it a different 'slug'",
        ])
    }

    func matches(_ pattern: String, _ text: String) -> [String] { ChecklistPagesTests.matches(pattern, in: text) }
}
