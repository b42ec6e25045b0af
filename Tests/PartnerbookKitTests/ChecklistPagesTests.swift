import Foundation
import PartnerbookKit
import XCTest

/// A handbook with more pages of tasks than one `/checklists/` page holds: the index and its
/// printable view are split into pages with a pager, every page gives the whole handbook's totals,
/// every task item is on exactly one index page, and every link and anchor resolves.
final class ChecklistPagesTests: XCTestCase {
    static let checklists = 70, chapters = 40
    static let items = checklists * 3 + chapters * 2
    static let groups = checklists + chapters
    let fm = FileManager.default

    /// 70 checklists of three items and 40 chapters of two, built with the built-in theme.
    func makeHandbook(at root: URL, extra: [String: String] = [:]) throws {
        var files = ["partnerbook.yml": "title: Many lists\n", "content/index.md": "# Many lists\n"]
        for n in 1...Self.checklists {
            files["content/checklists/list-\(n).md"] = "---\ntitle: List \(n)\n---\n- [ ] First step of list \(n)\n- [x] Second step\n- [ ] Third step\n"
        }
        for n in 1...Self.chapters {
            files["content/chapters/chapter-\(n).md"] = "---\ntitle: Chapter \(n)\n---\nText.\n\n- [ ] Read chapter \(n)\n- [ ] Talk about it\n"
        }
        for (path, text) in files.merging(extra, uniquingKeysWith: { $1 }) {
            let url = root.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func build() throws -> URL {
        let source = try Paths.temporaryFolder(self).appendingPathComponent("handbook")
        try makeHandbook(at: source)
        return try BuiltSite.build(source, self)
    }

    func testTheIndexAndItsPrintableViewAreSplitIntoPagesWithAPager() throws {
        let site = try build()
        for base in ["checklists/", "checklists/all/"] {
            let paths = [base, base + "page/2/", base + "page/3/"]
            XCTAssertFalse(fm.fileExists(atPath: site.appendingPathComponent(base + "page/4/index.html").path))
            for (number, path) in paths.enumerated().map({ ($0 + 1, $1) }) {
                let html = try BuiltSite.text(site, path + "index.html")
                XCTAssertTrue(html.contains("\(Self.items) items on \(Self.groups) pages"), "\(path) gives the whole handbook's totals")
                XCTAssertTrue(html.contains(#"<nav class="index-pager" aria-label="Pages of this index">"#), path)
                let current = try XCTUnwrap(Self.matches(#"<a class="index-pager__link" href="([^"]*)" aria-current="page">"#, in: html).first)
                XCTAssertEqual(current, "/" + path)
                let pagerLinks = Self.matches(#"<a class="index-pager__link" href="([^"]*)""#, in: html)
                XCTAssertEqual(Set(pagerLinks), Set(paths.map { "/" + $0 }), "\(path): every page is linked from the pager")
                let prev = Self.matches(#"href="([^"]*)" rel="prev""#, in: html), next = Self.matches(#"href="([^"]*)" rel="next""#, in: html)
                XCTAssertEqual(prev, number > 1 ? ["/" + paths[number - 2]] : [], path)
                XCTAssertEqual(next, number < 3 ? ["/" + paths[number]] : [], path)
                let ids = Self.matches(#"\sid="([^"]*)""#, in: html)
                XCTAssertEqual(ids.count, Set(ids).count, "\(path): element ids are unique")
            }
        }
        let second = try BuiltSite.text(site, "checklists/page/2/index.html")
        XCTAssertTrue(second.contains("<title>Checklists (page 2 of 3)"), second)
        XCTAssertTrue(second.contains(#"href="/checklists/all/page/2/""#), "page 2 offers its own printable view")
        let sitemap = try BuiltSite.text(site, "sitemap.xml")
        XCTAssertTrue(sitemap.contains("<loc>/checklists/page/3/</loc>"), sitemap)
        XCTAssertTrue(sitemap.contains("<loc>/checklists/all/page/2/</loc>"), sitemap)
    }

    func testEveryTaskItemIsOnExactlyOneIndexPageAndTicksShareTheSourcePagesState() throws {
        let site = try build()
        var onIndex: [String: Int] = [:], links: [String: Int] = [:], printable: [String: Int] = [:]
        for number in 1...3 {
            let suffix = number == 1 ? "" : "page/\(number)/"
            let list = try BuiltSite.text(site, "checklists/\(suffix)index.html")
            for link in Self.matches(#"class="task-list__source" href="([^"]*)""#, in: list) { links[link, default: 0] += 1 }
            Self.count(Self.storedKeys(in: list), into: &onIndex)
            Self.count(Self.storedKeys(in: try BuiltSite.text(site, "checklists/all/\(suffix)index.html")), into: &printable)
        }
        var expected: [String: Int] = [:]
        for page in (1...Self.checklists).map({ "checklists/list-\($0)/" }) + (1...Self.chapters).map({ "chapters/chapter-\($0)/" }) {
            for id in SiteQualityTests.taskIDs(in: try BuiltSite.text(site, page + "index.html")) { expected["/\(page)#\(id)"] = 1 }
        }
        XCTAssertEqual(expected.count, Self.items)
        XCTAssertEqual(links, expected, "each item links to its anchor from exactly one /checklists/ page")
        XCTAssertEqual(onIndex, expected, "each item is on exactly one /checklists/ page, its tick stored as on its source page")
        XCTAssertEqual(printable, expected, "each item is on exactly one printable page, its tick stored as on its source page")
    }

    func testEveryLinkAndAnchorResolvesAndTidyFindsNothing() throws {
        let site = try build()
        let audit = try LinkAudit(site: site, basePath: "/")
        XCTAssertEqual(try audit.brokenLinks(), [])
        guard Tidy.isInstalled else { return }
        for path in ["checklists/index.html", "checklists/page/2/index.html", "checklists/all/page/3/index.html"] {
            let findings = try Tidy.findings(in: site.appendingPathComponent(path))
            XCTAssertEqual(findings, [], path)
        }
    }

    func testATickOnALaterIndexPageIsSharedWithThePrintableViewAndTheSourcePage() throws {
        _ = try Browser.executable()
        let server = try StaticServer(serving: try build(), for: self)
        let result = try Browser.run("""
            var d = await load("/checklists/page/2/");
            var group = d.querySelector("[data-task-page]");
            var page = group.getAttribute("data-task-page");
            var box = group.querySelector("input.task");
            var task = box.getAttribute("data-task");
            d.querySelector('label[for="' + box.id + '"]').click();
            var progress = d.querySelector(".task-summary [data-task-progress]").textContent;
            d = await load("/checklists/all/page/2/");
            var onPrint = d.querySelector('[data-task-page="' + page + '"] input.task[data-task="' + task + '"]').checked;
            d = await load(page);
            return { page: page, progress: progress, onPrint: onPrint,
                     onSource: d.querySelector('input.task[data-task="' + task + '"]').checked };
            """, on: server, test: self) as? [String: Any]
        let r = try XCTUnwrap(result)
        XCTAssertEqual(r["page"] as? String, "/checklists/list-55/", "page 2 starts with the 51st checklist in reading order (by title)")
        XCTAssertEqual(r["progress"] as? String, "21 of 120 done", "this index page's items: 20 checklists' second item is ticked in the source, and one more")
        XCTAssertEqual(r["onPrint"] as? Bool, true, "the printable page shows the tick")
        XCTAssertEqual(r["onSource"] as? Bool, true, "the source page shows the tick")
    }

    func testAPageCannotTakeTheURLOfAnIndexPage() throws {
        let source = try Paths.temporaryFolder(self).appendingPathComponent("handbook")
        try makeHandbook(at: source, extra: ["content/checklists/page/2.md": "# Two\n"])
        var options = BuildOptions(source: source, output: source.deletingLastPathComponent().appendingPathComponent("public"))
        options.today = BuiltSite.today
        let report = Builder.build(options)
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.map(\.formatted), [
            "content/checklists/page/2.md:1:1: error: this page would be written to /checklists/page/2/, "
                + "which is kept for the pages of the index at /checklists/\n  hint: rename it or give it a different 'slug'",
        ])
    }

    /// "page#task" for every checkbox: the page whose stored ticks it shares (`data-task-page` of
    /// its group) and its key there (`data-task`).
    static func storedKeys(in html: String) -> [String] {
        html.components(separatedBy: #" data-task-page=""#).dropFirst().flatMap { group in
            let page = String(group.prefix { $0 != "\"" })
            return matches(#"data-task="([^"]*)""#, in: group).map { page + "#" + $0 }
        }
    }

    static func count(_ keys: [String], into counts: inout [String: Int]) {
        for key in keys { counts[key, default: 0] += 1 }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }
}
