@testable import PartnerbookKit
import XCTest

final class TextAndFrontMatterTests: XCTestCase {
    func testByteOrderMarkAndLineEndingsAreNormalised() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8)
        XCTAssertEqual(try TextDecoding.decode(bytes).get(), "a\nb\nc\n")
    }

    func testInvalidUTF8IsPlacedAtItsLineAndCharacter() {
        let bytes = Array("one\nnaïve ".utf8) + [0xC3, 0x28] + Array(" x\n".utf8)
        guard case .failure(let bad) = TextDecoding.decode(bytes) else { return XCTFail("accepted invalid UTF-8") }
        XCTAssertEqual(bad, .init(line: 2, column: 7))
        guard case .failure = TextDecoding.decode([0xED, 0xA0, 0x80]) else { return XCTFail("accepted an encoded surrogate") }
    }

    func testSplitsFrontMatterAndKnowsWhereTheBodyStarts() throws {
        let split = try FrontMatterSplitter.split("---\ntitle: A\n---  \nBody\n").get()
        XCTAssertEqual(split.yaml, "title: A\n")
        XCTAssertEqual(split.body, "Body\n")
        XCTAssertEqual(split.bodyFirstLine, 4)
        XCTAssertEqual(try FrontMatterSplitter.split("---\ntitle: A\n...\n").get().body, "")
        XCTAssertNil(try FrontMatterSplitter.split("Text\n---\n").get().yaml)
        XCTAssertEqual(try FrontMatterSplitter.split("").get().body, "")
        XCTAssertThrowsError(try FrontMatterSplitter.split("---\ntitle: A\n").get())
    }

    func testUnknownKeysAreWarnedAboutWithASuggestionAndKeptAsParams() {
        let file = SourceFile(path: "chapters/x.md", bytes: [])
        let (fm, problems) = FrontMatterDecoder.decode("title: X\npartner: Platform\n", firstLine: 2, in: file)
        XCTAssertEqual(fm.title, "X")
        XCTAssertEqual(fm.params["partner"], .string("Platform"))
        XCTAssertEqual(problems.map(\.formatted), [
            "content/chapters/x.md:3:1: warning: unknown front matter key 'partner'\n  hint: did you mean 'partners'? Otherwise it is passed to templates as page.params.partner",
        ])
    }

    /// Front matter is read without Yams's typing of values: numbers, dates and booleans arrive as
    /// the text written, and two keys that read the same are one key written twice.
    func testValuesAreTheirTextAndKeysCompareAsText() {
        let file = SourceFile(path: "chapters/x.md", bytes: [])
        let (fm, problems) = FrontMatterDecoder.decode(
            "title: 2024\ndate: 2024-05-01\norder: 010\nflag: yes\nnote: ~\nsize: 1.50\n", firstLine: 2, in: file)
        XCTAssertEqual(fm.title, "2024")
        XCTAssertEqual(fm.date, Day("2024-05-01"))
        XCTAssertEqual(fm.order, 10)
        XCTAssertEqual(fm.params["flag"], .string("yes"))
        XCTAssertNil(fm.params["note"], "a null value is left out")
        XCTAssertEqual(fm.params["size"], .string("1.50"))
        XCTAssertEqual(problems.map(\.message), ["unknown front matter key 'flag'", "unknown front matter key 'size'"])

        let (_, repeated) = FrontMatterDecoder.decode("title: A\n1: x\n\"1\": y\n", firstLine: 2, in: file)
        XCTAssertEqual(repeated.filter { $0.severity == .error }.map(\.formatted),
                       ["content/chapters/x.md:4:1: error: duplicate front matter key '1'\n  hint: each key may appear once; remove or merge the repeated one"])
    }

    func testExpandingAliasesAreRefused() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 { yaml += "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let (_, problems) = FrontMatterDecoder.decode(yaml, firstLine: 2, in: SourceFile(path: "x.md", bytes: []))
        XCTAssertTrue(problems.contains { $0.message.contains("more than 10000 values") }, problems.map(\.formatted).joined())
    }

    func testSlugs() {
        XCTAssertEqual(Slugger.slug("Risk, resources & reward"), "risk-resources-reward")
        XCTAssertEqual(Slugger.slug("Step 1: Agree on why"), "step-1-agree-on-why")
        XCTAssertEqual(Slugger.slug("  Café -- 日本語 🎉 "), "café-日本語")
        var slugger = Slugger()
        XCTAssertEqual((0..<4).map { _ in slugger.uniqueSlug("Notes") }, ["notes", "notes-1", "notes-2", "notes-3"])
        XCTAssertEqual(slugger.uniqueSlug("🎉"), "section")
        XCTAssertEqual(slugger.uniqueSlug("Notes 1"), "notes-1-1")
    }
}
