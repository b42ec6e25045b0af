import Foundation
@testable import PartnerbookKit
import XCTest

/// The built-in theme in a real browser (headless Chromium): stored ticks, narrow screens, search,
/// and the review notice decided on the reader's day. Skipped when Chromium is not installed.
final class ThemeBrowserTests: XCTestCase {
    private func serveRepositoryHandbook() throws -> StaticServer {
        _ = try Browser.executable()
        return try StaticServer(serving: try BuiltSite.repository(self), for: self)
    }

    func testATickSurvivesAReloadAndIsSharedWithTheChecklistsIndex() throws {
        let server = try serveRepositoryHandbook()
        let result = try Browser.run("""
            var d = await load("/checklists/");
            var checklist = d.querySelector('[aria-labelledby="pb-checklists"] [data-task-page]').getAttribute("data-task-page");
            var chapter = d.querySelector('[aria-labelledby="pb-embedded"] [data-task-page]').getAttribute("data-task-page");

            d = await load(checklist);
            var box = d.querySelector("input.task");
            var task = box.getAttribute("data-task");
            box.click();
            var progress = d.querySelector("[data-task-progress]").textContent;
            var checklistTasks = d.querySelectorAll("input.task").length;
            d = await load(checklist);
            var afterReload = d.querySelector('input.task[data-task="' + task + '"]').checked;
            var tickedAfterReload = d.querySelectorAll("input.task:checked").length;

            d = await load("/checklists/");
            var group = d.querySelector('[data-task-page="' + checklist + '"]');
            var onIndex = group.querySelector('input.task[data-task="' + task + '"]').checked;
            var chapterGroup = d.querySelector('[data-task-page="' + chapter + '"]');
            var chapterBox = chapterGroup.querySelector("input.task");
            var chapterTask = chapterBox.getAttribute("data-task");
            d.querySelector('label[for="' + CSS.escape(chapterBox.id) + '"]').click();
            var groupProgress = chapterGroup.querySelector("[data-task-progress]").textContent;

            d = await load(chapter);
            return {
              checklistTasks: checklistTasks, chapterTasks: d.querySelectorAll("input.task").length, progress: progress, afterReload: afterReload, tickedAfterReload: tickedAfterReload, onIndex: onIndex,
              groupProgress: groupProgress,
              onSource: d.querySelector('input.task[data-task="' + chapterTask + '"]').checked,
              tickedOnSource: d.querySelectorAll("input.task:checked").length,
              sourceProgress: d.querySelector("[data-task-progress]").textContent,
            };
            """, on: server, test: self) as? [String: Any]
        let r = try XCTUnwrap(result)
        let checklistTasks = try XCTUnwrap(r["checklistTasks"] as? Int), chapterTasks = try XCTUnwrap(r["chapterTasks"] as? Int)
        XCTAssertGreaterThan(chapterTasks, 1)
        XCTAssertEqual(r["progress"] as? String, "1 of \(checklistTasks) done", "ticking updates the checklist's progress")
        XCTAssertEqual(r["afterReload"] as? Bool, true, "the tick is still there after a reload")
        XCTAssertEqual(r["tickedAfterReload"] as? Int, 1)
        XCTAssertEqual(r["onIndex"] as? Bool, true, "/checklists/ shows the tick made on the checklist")
        XCTAssertEqual(r["groupProgress"] as? String, "1 of \(chapterTasks) done", "ticking on /checklists/ counts in its group")
        XCTAssertEqual(r["onSource"] as? Bool, true, "a tick made on /checklists/ shows on the chapter it came from")
        XCTAssertEqual(r["tickedOnSource"] as? Int, 1)
        XCTAssertEqual(r["sourceProgress"] as? String, "1 of \(chapterTasks) done")
    }

    func testNothingOverflowsAtPhoneWidthInEitherTheme() throws {
        let server = try serveRepositoryHandbook()
        let pages = ["/", "/chapters/finding-a-partner-and-aligning/", "/checklists/running-a-check-in/", "/stories/", "/checklists/"]
        let result = try Browser.run("""
            var pages = \(try json(pages));
            var checked = [], overflowing = [], backgrounds = {};
            for (var theme of ["light", "dark"]) {
              localStorage.setItem("partnerbook:theme", theme);
              for (var width of [375, 320]) {
                for (var path of pages) {
                  var d = await load(path, { width: width, height: 700 });
                  var root = d.documentElement;
                  backgrounds[theme] = frame.contentWindow.getComputedStyle(d.body).backgroundColor;
                  checked.push(path + " " + width + " " + root.getAttribute("data-theme"));
                  if (root.scrollWidth > root.clientWidth) {
                    var wide = Array.from(d.body.querySelectorAll("*")).filter(function (el) {
                      return el.getBoundingClientRect().right > root.clientWidth + 0.5;
                    }).slice(0, 5).map(function (el) { return el.tagName.toLowerCase() + "." + el.className; });
                    overflowing.push(path + " at " + width + " px, " + theme + ": scrollWidth " + root.scrollWidth + " > " + root.clientWidth + " " + wide.join(" "));
                  }
                }
              }
            }
            return { checked: checked, overflowing: overflowing, backgrounds: backgrounds };
            """, on: server, test: self) as? [String: Any]
        let r = try XCTUnwrap(result)
        XCTAssertEqual((r["checked"] as? [String])?.count, pages.count * 4)
        XCTAssertEqual((r["checked"] as? [String])?.filter { $0.hasSuffix(" dark") }.count, pages.count * 2, "the dark theme was applied")
        let backgrounds = try XCTUnwrap(r["backgrounds"] as? [String: String])
        XCTAssertNotEqual(backgrounds["light"], backgrounds["dark"], "light and dark look different")
        XCTAssertEqual(r["overflowing"] as? [String], [], "pages wider than a phone")
    }

    func testTheHeaderBoxShowsRankedHighlightedResultsAndEnterOpensTheFirst() throws {
        let server = try serveRepositoryHandbook()
        let expected = try SearchOracle(site: server.root).results(for: "retrospec")
        XCTAssertGreaterThan(expected.count, 2, "the query should find a title match and body matches")
        let result = try Browser.run("""
            var d = await load("/chapters/");
            var input = d.getElementById("search-input");
            type(input, "Retrospec");
            await until(function () { return d.querySelectorAll("#search-results [role=option]").length; });
            var options = Array.from(d.querySelectorAll("#search-results [role=option]"));
            var shown = {
              expanded: input.getAttribute("aria-expanded"), role: input.getAttribute("role"),
              listbox: d.getElementById(input.getAttribute("aria-controls")).getAttribute("role"),
              hrefs: options.map(function (o) { return new URL(o.href).pathname; }),
              firstTitleHTML: options[0].querySelector(".search-option__title").innerHTML,
              marks: Array.from(d.querySelectorAll("#search-results mark")).map(function (m) { return m.textContent; }),
            };
            press(input, "ArrowDown");
            shown.active = input.getAttribute("aria-activedescendant") === options[0].id && options[0].getAttribute("aria-selected");
            press(input, "Escape");
            shown.closedByEscape = d.getElementById("search-results").hidden && input.getAttribute("aria-expanded");
            press(input, "ArrowDown");
            await until(function () { return !d.getElementById("search-results").hidden; });
            press(input, "ArrowDown");
            press(input, "Enter");
            await until(function () {
              var w = frame.contentWindow;
              return w.location.pathname !== "/chapters/" && w.document.readyState === "complete" && w.document.querySelector("h1");
            });
            shown.landedOn = frame.contentWindow.location.pathname;
            shown.landedTitle = frame.contentDocument.querySelector("h1").textContent;
            return shown;
            """, on: server, test: self) as? [String: Any]
        let r = try XCTUnwrap(result)
        XCTAssertEqual(r["role"] as? String, "combobox")
        XCTAssertEqual(r["listbox"] as? String, "listbox")
        XCTAssertEqual(r["expanded"] as? String, "true")
        XCTAssertEqual(r["hrefs"] as? [String], Array(expected.prefix(8).map(\.url)) + (expected.count > 8 ? ["/search/"] : []),
                       "the dropdown lists the results in rank order")
        XCTAssertEqual(r["firstTitleHTML"] as? String, "Partnership <mark>retrospec</mark>tive", "the query is highlighted in the title")
        XCTAssertTrue((r["marks"] as? [String] ?? []).allSatisfy { $0.lowercased() == "retrospec" }, "\(r["marks"] ?? "")")
        XCTAssertEqual(r["active"] as? String, "true", "ArrowDown makes the first result the active option")
        XCTAssertEqual(r["closedByEscape"] as? String, "false", "Escape closes the list")
        XCTAssertEqual(r["landedOn"] as? String, expected[0].url, "Enter opens the active result")
        XCTAssertEqual(r["landedTitle"] as? String, "Partnership retrospective")
    }

    func testTheBrowserSplitsAndFilesWordsAsTheIndexDoes() throws {
        let server = try serveRepositoryHandbook()
        let samples = ["Tomás Ortega's check-in", "Straße und Fluß", "ﬁne œuvre ÆON", "İstanbul", "ΟΔΟΣ σοφίας",
                       "한국어 검색", "x² ½ 3rd", "naïve café—déjà vu", "Ǆemal", "e\u{301}clair"]
        let result = try Browser.run("""
            await load("/");
            var search = frame.contentWindow.PartnerbookSearch;
            return \(try json(samples)).map(function (text) {
              var words = search.words(text);
              return { words: words, shards: words.map(search.shardName) };
            });
            """, on: server, test: self) as? [[String: [String]]]
        let browser = try XCTUnwrap(result)
        XCTAssertEqual(browser.count, samples.count)
        for (text, seen) in zip(samples, browser) {
            let words = SearchIndex.words(text)
            XCTAssertEqual(seen["words"], words, "words of \(text)")
            XCTAssertEqual(seen["shards"], words.map(SearchIndex.shardKey), "shards of \(text)")
        }
    }

    func testTheSearchPageListsEveryResultForItsQuery() throws {
        let server = try serveRepositoryHandbook()
        let expected = try SearchOracle(site: server.root).results(for: "shared risk")
        XCTAssertGreaterThan(expected.count, 1)
        let result = try Browser.run("""
            var d = await load("/search/?q=shared%20risk");
            await until(function () { return d.querySelector("[data-search-status]").textContent; });
            return {
              value: d.getElementById("search-page-input").value,
              status: d.querySelector("[data-search-status]").textContent,
              hrefs: Array.from(d.querySelectorAll("[data-search-page] a")).map(function (a) { return new URL(a.href).pathname; }),
              marks: Array.from(d.querySelectorAll("[data-search-page] mark")).map(function (m) { return m.textContent.toLowerCase(); }),
            };
            """, on: server, test: self) as? [String: Any]
        let r = try XCTUnwrap(result)
        XCTAssertEqual(r["value"] as? String, "shared risk")
        XCTAssertEqual(r["status"] as? String, "\(expected.count) pages match “shared risk”.")
        XCTAssertEqual(r["hrefs"] as? [String], expected.map(\.url), "every page with both words, best first")
        let marks = try XCTUnwrap(r["marks"] as? [String])
        XCTAssertFalse(marks.isEmpty, "titles and summaries with the words are highlighted")
        XCTAssertEqual(Set(marks), ["shared", "risk"], "only the query's words are highlighted")
    }

    func testTheReviewNoticeIsDecidedOnTheReadersDay() throws {
        _ = try Browser.executable()
        let handbook = try Paths.temporaryFolder(self).appendingPathComponent("handbook")
        try write(handbook, "content/index.md", "# Home\n\nWelcome.\n")
        try write(handbook, "content/chapters/old.md", """
            ---
            title: Old chapter
            owner: Dana
            last_reviewed: 2020-01-01
            review_every: 1 year
            ---
            Written long ago.
            """)
        try write(handbook, "content/chapters/fresh.md", """
            ---
            title: Fresh chapter
            owner: Dana
            last_reviewed: 2026-11-01
            review_every: 50 years
            ---
            Written recently.
            """)
        // Built on a day when the old chapter was not yet due: due 2021-01-01, built 2020-12-20.
        let site = try BuiltSite.build(handbook, today: Day("2020-12-20")!, self)
        let old = try BuiltSite.text(site, "chapters/old/index.html")
        XCTAssertTrue(old.contains(#"data-review-due="2021-01-01" hidden"#), "the build says the old chapter is not due")
        XCTAssertTrue(try BuiltSite.text(site, "review/index.html").contains("Due soon"))

        let server = try StaticServer(serving: site, for: self)
        let result = try Browser.run("""
            var d = await load("/chapters/old/");
            var r = { old: !d.querySelector("[data-review-due]").hidden };
            d = await load("/chapters/fresh/");
            r.fresh = !d.querySelector("[data-review-due]").hidden;
            d = await load("/review/");
            var row = d.querySelector("[data-review-row]");
            r.row = row.querySelector("[data-review-label]").textContent + " " + row.classList.contains("is-overdue");
            d = await load("/");
            r.home = d.querySelector("[data-review-row] [data-review-label]").textContent;
            return r;
            """, on: server, test: self) as? [String: Any]
        let r = try XCTUnwrap(result)
        XCTAssertEqual(r["old"] as? Bool, true, "a page past its review date shows the notice, whatever the build said")
        XCTAssertEqual(r["fresh"] as? Bool, false, "a page not yet due shows none")
        XCTAssertEqual(r["row"] as? String, "Overdue true", "/review/ re-decides its rows")
        XCTAssertEqual(r["home"] as? String, "Overdue", "so does the home page")
    }

    private func write(_ root: URL, _ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func json(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value), as: UTF8.self)
    }
}
