import Foundation
import PartnerbookKit
import XCTest

/// A handbook whose sections outgrow one page: each section's list (`list.mustache`) is split into
/// pages of at most 50 in the section's order, with a pager; the later pages are in the sitemap,
/// links to them resolve and no content page may take their URLs; the home page lists the first
/// twenty chapters, says how many there are and links to the rest.
final class SectionListPagesTests: XCTestCase {
    static let chapters = 120, guides = 60
    let fm = FileManager.default

    /// Chapters 1 to `chapters` in `order`; a `guides` section with an `index.md` of its own and
    /// 60 guides ordered by title.
    static func files(chapters: Int = chapters) -> [String: String] {
        var files = ["partnerbook.yml": "title: Long handbook\n", "content/index.md": "# Long handbook\n",
                     "content/guides/index.md": "---\ntitle: Guides\n---\nWhere to start.\n"]
        for n in 1...chapters {
            files["content/chapters/chapter-\(n).md"] = "---\ntitle: Chapter \(n)\norder: \(n)\n---\nText of chapter \(n).\n"
        }
        for n in 1...Self.guides {
            files["content/guides/guide-\(n).md"] = "---\ntitle: Guide \(String(format: "%02d", n))\n---\nHow to.\n"
        }
        return files
    }

    func build(_ files: [String: String] = files()) throws -> URL { try BuiltSite.build(files: files, self) }

    /// The cards of each page of the list at `base`, first page to last, after checking that each
    /// page's pager names every page with this one current, and that its title says which page it is.
    func cards(_ site: URL, _ base: String, pages count: Int) throws -> [[String]] {
        let paths = (1...count).map { $0 == 1 ? "/\(base)" : "/\(base)page/\($0)/" }
        XCTAssertFalse(fm.fileExists(atPath: site.appendingPathComponent("\(base)page/\(count + 1)/index.html").path), base)
        return try paths.enumerated().map { offset, path in
            let html = try BuiltSite.text(site, String(path.dropFirst()) + "index.html")
            XCTAssertEqual(matches(#"<a class="index-pager__link" href="([^"]*)" aria-current="page">"#, html), [path])
            XCTAssertEqual(matches(#"<a class="index-pager__link" href="([^"]*)""#, html), (offset > 0 ? [paths[offset - 1]] : []) + paths
                + (offset < count - 1 ? [paths[offset + 1]] : []), "\(path): previous, every page, next")
            let heading = matches(#"<h1 class="page-title">([^<]*)</h1>"#, html)
            XCTAssertEqual(heading.count { $0.hasSuffix("(page \(offset + 1) of \(count))") }, offset > 0 ? 1 : 0, "\(path): \(heading)")
            return matches(#"<h2 class="card__title"><a href="([^"]*)">"#, html)
        }
    }

    func testASectionListIsSplitIntoPagesOfFiftyInTheSectionsOrder() throws {
        let site = try build()
        let pages = try cards(site, "chapters/", pages: 3)
        XCTAssertEqual(pages.map(\.count), [50, 50, 20])
        XCTAssertEqual(pages.flatMap { $0 }, (1...Self.chapters).map { "/chapters/chapter-\($0)/" }, "in order, none lost or repeated")
        XCTAssertTrue(try BuiltSite.text(site, "chapters/page/3/index.html").contains(#"<h1 class="page-title">Chapters (page 3 of 3)</h1>"#))
    }

    func testASectionsOwnIndexPageIsTheFirstPageOfItsList() throws {
        let site = try build()
        let pages = try cards(site, "guides/", pages: 2)
        XCTAssertEqual(pages.flatMap { $0 }, (1...Self.guides).map { "/guides/guide-\($0)/" })
        XCTAssertEqual(pages.map(\.count), [50, 10])
        let first = try BuiltSite.text(site, "guides/index.html"), second = try BuiltSite.text(site, "guides/page/2/index.html")
        XCTAssertTrue(first.contains("<p>Where to start.</p>"), "the section's index.md body comes first")
        XCTAssertFalse(second.contains("Where to start."), "and only on the first page")
        XCTAssertTrue(second.contains(#"<h1 class="page-title">Guides (page 2 of 2)</h1>"#))
    }

    func testAListOfFiftyFitsOnOnePageWithoutAPager() throws {
        let site = try build(Self.files(chapters: 50))
        let html = try BuiltSite.text(site, "chapters/index.html")
        XCTAssertEqual(matches(#"<h2 class="card__title"><a href="([^"]*)">"#, html).count, 50)
        XCTAssertFalse(html.contains("index-pager"), "one page needs no pager")
        XCTAssertFalse(fm.fileExists(atPath: site.appendingPathComponent("chapters/page/2/index.html").path))
    }

    func testAListTemplateWithoutThePagerKeepsEveryPageOnOnePage() throws {
        var files = Self.files()
        files["layouts/list.mustache"] = "{{#list.pages}}<a href=\"{{url}}\">{{title}}</a>\n{{/list.pages}}"
        let site = try build(files)
        XCTAssertEqual(matches(#"<a href="(/chapters/[^"]*)">"#, try BuiltSite.text(site, "chapters/index.html")).count, Self.chapters)
        XCTAssertEqual(matches(#"<a href="(/guides/[^"]*)">"#, try BuiltSite.text(site, "guides/index.html")).count, Self.guides)
        XCTAssertFalse(fm.fileExists(atPath: site.appendingPathComponent("chapters/page/2/index.html").path))
        XCTAssertFalse(fm.fileExists(atPath: site.appendingPathComponent("guides/page/2/index.html").path))
    }

    /// The later pages are in the sitemap, every link on them resolves, links to them are not
    /// broken, and a content page cannot take their URLs, though a folder named `page` may hold
    /// pages with other names.
    func testLaterListPagesResolveAreInTheSitemapAndAreKeptFromContentPages() throws {
        let source = try Paths.temporaryFolder(self).appendingPathComponent("handbook")
        try FileTree.write(Self.files(), to: source)
        var options = BuildOptions(source: source, output: source.deletingLastPathComponent().appendingPathComponent("public"))
        options.today = BuiltSite.today
        XCTAssertTrue(Builder.build(options).succeeded)
        XCTAssertEqual(try LinkAudit(site: options.output, basePath: "/").brokenLinks(), [])
        let sitemap = try BuiltSite.text(options.output, "sitemap.xml")
        for url in ["/chapters/page/2/", "/chapters/page/3/", "/guides/page/2/"] {
            XCTAssertTrue(sitemap.contains("<loc>\(url)</loc>"), url)
        }

        try FileTree.write(["content/chapters/chapter-1.md": "---\ntitle: Chapter 1\norder: 1\n---\nSee [the next page](page/2/) and [the last](/chapters/page/3/).\n",
                   "content/guides/guide-1.md": "---\ntitle: Guide 01\ntags: [intro]\n---\nAll [guides](page/2).\n\n"
                       + "Generated pages that hold no list have no later pages: [tags](/tags/page/2/), [search](/search/page/2/).\n",
                   "content/chapters/page/2.md": "# Two\n", "content/guides/more.md": "---\nslug: page\n---\n# More\n",
                   "content/guides/page/3/index.md": "# Three\n", "content/chapters/page/notes.md": "# Notes\n",
                   "content/page/2.md": "# A top folder named page\n"], to: source)
        let diagnostics = Checker.check(options).diagnostics.filter { $0.code == "broken-link" || $0.code == "duplicate-url" }
        XCTAssertEqual(diagnostics.map(\.formatted), [
            "content/chapters/page/2.md:1:1: error: this page would be written to /chapters/page/2/, "
                + "which is kept for the pages of the index at /chapters/\n  hint: rename it or give it a different 'slug'",
            "content/guides/guide-1.md:7:56: error: link '/tags/page/2/' leads to no page or file under content/",
            "content/guides/guide-1.md:7:79: error: link '/search/page/2/' leads to no page or file under content/",
            "content/guides/page/3/index.md:1:1: error: this page would be written to /guides/page/3/, "
                + "which is kept for the pages of the index at /guides/\n  hint: rename it or give it a different 'slug'",
        ])
    }

    func testTheHomePageListsTheFirstTwentyChaptersWithACountAndALinkToTheRest() throws {
        let home = try BuiltSite.text(try build(), "index.html")
        XCTAssertEqual(matches(#"<a class="chapter-list__title" href="([^"]*)">"#, home), (1...20).map { "/chapters/chapter-\($0)/" })
        XCTAssertTrue(home.contains(#"<p class="overview__more">Showing the first 20 of 120. <a href="/chapters/">All chapters, in order</a></p>"#))

        let twenty = try BuiltSite.text(try build(Self.files(chapters: 20)), "index.html")
        XCTAssertEqual(matches(#"<a class="chapter-list__title" href="([^"]*)">"#, twenty).count, 20)
        XCTAssertFalse(twenty.contains("Showing the first 20"), "twenty chapters are all shown")
    }

    /// Chapters outside a `chapters` folder have no list of their own to link to.
    func testChaptersWithoutAChaptersSectionAreCountedWithoutALink() throws {
        var files = ["partnerbook.yml": "title: Loose\n", "content/index.md": "# Loose\n"]
        for n in 1...25 { files["content/parts/part-\(n).md"] = "---\ntitle: Part \(n)\nkind: chapter\norder: \(n)\n---\nText.\n" }
        let home = try BuiltSite.text(try build(files), "index.html")
        XCTAssertEqual(matches(#"<a class="chapter-list__title" href="([^"]*)">"#, home).count, 20)
        XCTAssertTrue(home.contains(#"<p class="overview__more">Showing the first 20 of 25.</p>"#), home)
    }

    func matches(_ pattern: String, _ text: String) -> [String] { ChecklistPagesTests.matches(pattern, in: text) }
}
