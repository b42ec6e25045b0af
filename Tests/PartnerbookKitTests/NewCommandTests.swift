import Foundation
import XCTest

/// `partnerbook new`: a page of each kind that builds at once, titled exactly as asked, never
/// written over an existing one.
final class NewCommandTests: XCTestCase {
    var handbook: URL!

    override func setUpWithError() throws {
        let parent = try Paths.temporaryFolder(self)
        XCTAssertEqual(try PartnerbookCLI.run(["init", "book"], in: parent).status, 0)
        handbook = parent.appendingPathComponent("book")
    }

    func new(_ arguments: String...) throws -> CommandResult {
        try PartnerbookCLI.run(["new"] + arguments, in: handbook)
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: handbook.appendingPathComponent(path), encoding: .utf8)
    }

    /// The built site's pages.json as source path → title. A new page builds at once; the checks may
    /// still warn about what its author has yet to fill in (a story's partners), never about anything else.
    func builtTitles() throws -> [String: String] {
        let build = try PartnerbookCLI.run(["build"], in: handbook)
        XCTAssertEqual(build.status, 0, build.stderr)
        let unexpected = build.stderr.split(separator: "\n").filter {
            $0.contains(": error:") || ($0.contains(": warning:") && !$0.contains("story-") && !$0.contains("needs at least one partner") && !$0.contains("is also the title of"))
        }
        XCTAssertEqual(unexpected, [], build.stderr)
        let data = try Data(contentsOf: handbook.appendingPathComponent("public/pages.json"))
        let pages = try XCTUnwrap((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["pages"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: pages.compactMap { page in
            (page["source"] as? String).flatMap { source in (page["title"] as? String).map { (source, $0) } }
        })
    }

    func testEachKindGetsItsFrontMatterAndBuilds() throws {
        let expected = [
            ("chapter", "content/chapters/working-with-platform.md", """
                ---
                title: Working with Platform
                summary: One or two sentences on the idea this chapter explains.
                order: 2  # its place among the chapters
                owner:    # who keeps this page up to date
                last_reviewed: 2026-11-22
                review_every: 6 months
                ---
                """),
            ("story", "content/stories/working-with-platform.md", """
                ---
                title: Working with Platform
                date: 2026-11-22
                partners: []   # the teams involved, e.g. [Platform, Customer Support]
                practices: []  # practices used, by file name, e.g. [alignment-session]
                summary: One or two sentences on who partnered, on what, and how it turned out.
                owner:         # who keeps this page up to date
                ---
                """),
            ("practice", "content/practices/working-with-platform.md", """
                ---
                title: Working with Platform
                summary: One or two sentences on what this practice is and what it gets a team.
                owner:  # who keeps this page up to date
                last_reviewed: 2026-11-22
                review_every: 6 months
                ---
                """),
            ("checklist", "content/checklists/working-with-platform.md", """
                ---
                title: Working with Platform
                summary: One sentence on when to pick up this checklist.
                owner:  # who keeps this page up to date
                ---
                """),
        ]
        for (kind, path, frontMatter) in expected {
            let result = try new(kind, "Working with Platform")
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, "")
            XCTAssertEqual(result.stdout, "Created \(path)\n")
            let page = try text(path)
            XCTAssertTrue(page.hasPrefix(frontMatter + "\n\n"), page)
            XCTAssertTrue(page.contains("\n## "), "a \(kind) starts with headings to write under")
        }
        XCTAssertTrue(try text("content/checklists/working-with-platform.md").contains("\n- [ ] "))

        let titles = try builtTitles()
        for (_, path, _) in expected { XCTAssertEqual(titles[path], "Working with Platform", path) }
        let checklist = try String(contentsOf: handbook.appendingPathComponent("public/checklists/working-with-platform/index.html"), encoding: .utf8)
        XCTAssertTrue(checklist.contains(#"class="task""#), "the checklist's items are ticked in the browser")
    }

    func testAChapterComesAfterTheHighestChapterOrder() throws {
        try Data("---\ntitle: Late\norder: 7\nstatus: draft\n---\nText\n".utf8)
            .write(to: handbook.appendingPathComponent("content/chapters/late.md"))
        XCTAssertEqual(try new("chapter", "Next one").status, 0)
        XCTAssertTrue(try text("content/chapters/next-one.md").contains("\norder: 8  "))
        XCTAssertEqual(try new("chapter", "And another", "--owner", "Dana Whitfield").status, 0)
        XCTAssertTrue(try text("content/chapters/and-another.md").contains("""
            order: 9               # its place among the chapters
            owner: Dana Whitfield  # who keeps this page up to date
            """))
    }

    func testNewRefusesToOverwriteAPage() throws {
        XCTAssertEqual(try new("practice", "Alignment session").status, 0)
        let path = handbook.appendingPathComponent("content/practices/alignment-session.md")
        try Data("---\ntitle: Alignment session\n---\nMy words.\n".utf8).write(to: path)

        let again = try new("practice", "Alignment  Session!")
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.stdout, "")
        XCTAssertEqual(again.stderr, """
            content/practices/alignment-session.md: error: a page already exists here; nothing was written
              hint: edit that page, or choose a different title

            """)
        XCTAssertEqual(try text("content/practices/alignment-session.md"), "---\ntitle: Alignment session\n---\nMy words.\n")
    }

    func testATitleWithColonsQuotesAndAmpersandsRoundTrips() throws {
        let title = #"Risks: "shared" & owned #1 \ [draft]"#
        let result = try new("chapter", title)
        XCTAssertEqual(result.stdout, "Created content/chapters/risks-shared-owned-1-draft.md\n")
        XCTAssertTrue(try text("content/chapters/risks-shared-owned-1-draft.md")
            .contains(#"title: "Risks: \"shared\" & owned #1 \\ [draft]""#))
        XCTAssertEqual(try builtTitles()["content/chapters/risks-shared-owned-1-draft.md"], title)
        let html = try String(contentsOf: handbook.appendingPathComponent("public/chapters/risks-shared-owned-1-draft/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("Risks: &quot;shared&quot; &amp; owned #1 \\ [draft]"), html)
    }

    func testATitleWithoutLettersMakesAnUntitledFile() throws {
        let result = try new("story", "?!")
        XCTAssertEqual(result.stdout, "Created content/stories/untitled.md\n")
        XCTAssertEqual(try builtTitles()["content/stories/untitled.md"], "?!")
    }

    func testSourceNamesTheHandbookAndAFolderWithoutOneIsRefused() throws {
        let parent = handbook.deletingLastPathComponent()
        let result = try PartnerbookCLI.run(["new", "checklist", "Closing a partnership", "--source", "book"], in: parent)
        XCTAssertEqual(result.stdout, "Created book/content/checklists/closing-a-partnership.md\n")

        let elsewhere = try PartnerbookCLI.run(["new", "chapter", "Stray", "--source", "."], in: parent)
        XCTAssertEqual(elsewhere.status, 1)
        XCTAssertEqual(elsewhere.stderr, """
            error: the current folder is not a handbook folder: it has no content/ or partnerbook.yml
              hint: run `partnerbook init` to start one, or give the handbook folder with --source

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: parent.appendingPathComponent("content").path))
    }
}
