import Foundation
@testable import PartnerbookKit
import XCTest

/// A page's words for search are made as it is rendered and kept in one compact string
/// (`Page.searchWords`): each word once, with the weight of the most prominent place it stands in.
final class SearchWordsTests: XCTestCase {
    private func rendered(_ path: String, _ text: String) throws -> Page {
        let (parsed, problems) = PageParser.parse(SourceFile(path: path, bytes: Array(text.utf8)))
        XCTAssertEqual(problems, [])
        let renderer = MarkdownRenderer(options: CMark.Options(), resolver: nil)
        return renderer.page(from: try XCTUnwrap(parsed), url: "chapters/x/").0
    }

    func testTitleOutweighsHeadingsWhichOutweighBody() throws {
        let page = try rendered("chapters/x.md", """
            ---
            title: Retro plan
            ---
            We plan the *Café* visit.

            ## Plan ahead

            Ahead, we **retro**: `code-span` words count.
            """)
        XCTAssertEqual(SearchIndex.words(of: page), [
            "retro": 3, "plan": 3, "ahead": 2, "we": 1, "the": 1, "cafe": 1, "visit": 1, "code": 1, "span": 1,
            "words": 1, "count": 1,
        ])
    }

    func testEncodingKeepsEveryWordOnceWithItsHighestWeightInTheOrderFirstMet() {
        func encoded(_ words: [(String, Int)]) -> String {
            var weights = WordWeights()
            for (word, weight) in words {
                var word = word
                word.withUTF8 { weights.raise($0, to: weight) }
            }
            return weights.encoded
        }
        let words = [("retro", 1), ("δσ", 2), ("日本語", 1), ("retro", 3), ("x1", 1), ("9", 2), ("δσ", 1), ("x", 1)]
        XCTAssertEqual(encoded(words), "3retro 2δσ 1日本語 1x1 29 1x")
        XCTAssertEqual(SearchIndex.decoded(encoded(words)).map { "\($0.word):\($0.weight)" }, ["retro:3", "δσ:2", "日本語:1", "x1:1", "9:2", "x:1"])
        XCTAssertEqual(Array(SearchIndex.decoded(encoded([]))).count, 0)

        // Past the table's first size, and back over every word again.
        let many = (0..<5000).map { ("w\($0)", 1 + $0 % 3) }
        XCTAssertEqual(encoded(many + many.map { ($0.0, 1) }), many.map { "\($0.1)\($0.0)" }.joined(separator: " "))
    }

    /// A one-off build keeps only the postings; the preview also keeps each page's words. Both
    /// write the same shards, and a page's words can be replaced in either.
    func testIndexesWithAndWithoutPageWordsAgree() throws {
        let pages = try [
            rendered("chapters/a.md", "# Alpha plan\n\nShared words here.\n"),
            rendered("chapters/b.md", "# Beta\n\n## Plan\n\nShared words there.\n"),
            rendered("chapters/c.md", "Only body: alpha, beta, gamma.\n"),
        ]
        let site = Site(config: SiteConfig(), pages: pages, sections: [], chapters: [], rootPages: [],
                        today: Day(year: 2026, month: 11, day: 22)!)
        var lean = SearchIndex(site: site, keepingPageWords: false)
        var full = SearchIndex(site: site, keepingPageWords: true)
        XCTAssertEqual(lean.shards, full.shards)
        XCTAssertEqual(lean.shards[SearchIndex.shardKey("plan")]?["plan"], [0 * 4 + 3, 1 * 4 + 2])
        let replacement = try rendered("chapters/c.md", "# Gamma plan\n")
        XCTAssertEqual(lean.replace(page: 2, with: SearchIndex.words(of: replacement)),
                       full.replace(page: 2, with: SearchIndex.words(of: replacement)))
        XCTAssertEqual(lean.shards, full.shards)
        XCTAssertEqual(full.shards[SearchIndex.shardKey("plan")]?["plan"], [3, 6, 11])
    }
}
