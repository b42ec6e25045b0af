@testable import PartnerbookKit
import XCTest

/// Front matter written for new pages reads back as exactly what was written into it.
final class FrontMatterTextTests: XCTestCase {
    func parsed(_ frontMatter: FrontMatterText) -> (FrontMatter?, [Diagnostic]) {
        let (page, diagnostics) = PageParser.parse(SourceFile(path: "chapters/x.md", bytes: Array((frontMatter.block + "\nBody\n").utf8)))
        return (page?.frontMatter, diagnostics)
    }

    func testEveryTitleRoundTrips() {
        let titles = [
            "Working with Platform", #"Risks: "shared" & owned"#, "a: b", "a #b", "#hash", "- dash", "? what",
            "[list]", "{map}", "*star", "&anchor", "!tag", "%percent", "@at", "`tick`", "|pipe", ">fold",
            "'single' quotes", "back\\slash", "null", "Null", "~", "", "yes", "No", "true", "123", "1.5",
            "2026-01-01", " leading", "trailing ", "two\nlines", "tab\there", "cr\rhere", "bell\u{7}",
            "line\u{2028}separator", "émigré café", "日本語の章", "party 🎉", "O'Brien's team",
        ]
        for title in titles {
            var fm = FrontMatterText()
            fm.text("title", title)
            fm.text("summary", "Summary: \(title)", "a comment")
            let (frontMatter, diagnostics) = parsed(fm)
            XCTAssertEqual(diagnostics, [], fm.block)
            XCTAssertEqual(frontMatter?.title, title, fm.block)
            XCTAssertEqual(frontMatter?.summary, "Summary: \(title)", fm.block)
        }
    }

    func testPlainTitlesStayPlainAndOthersAreQuoted() {
        XCTAssertEqual(YAMLText.scalar("Working with Platform, again"), "Working with Platform, again")
        XCTAssertEqual(YAMLText.scalar("O'Brien's team"), "O'Brien's team")
        XCTAssertEqual(YAMLText.scalar(#"Risks: "shared""#), #""Risks: \"shared\"""#)
        XCTAssertEqual(YAMLText.scalar("yes"), #""yes""#)
        XCTAssertEqual(YAMLText.scalar("two\nlines\u{7}"), #""two\nlines\x07""#)
    }

    func testListsAndEmptyKeysRoundTrip() {
        var fm = FrontMatterText()
        fm.list("partners", ["Platform", "Sales, EMEA", "a: b", "[x]"], "teams")
        fm.list("tags", [])
        fm.optionalText("owner", nil, "who keeps this page up to date")
        fm.literal("order", "3")
        XCTAssertEqual(fm.block, """
            ---
            partners: [Platform, "Sales, EMEA", "a: b", "[x]"]  # teams
            tags: []
            owner:                                              # who keeps this page up to date
            order: 3
            ---

            """)
        let (frontMatter, diagnostics) = parsed(fm)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(frontMatter?.partners, ["Platform", "Sales, EMEA", "a: b", "[x]"])
        XCTAssertNil(frontMatter?.owner)
        XCTAssertEqual(frontMatter?.order, 3)
    }
}
