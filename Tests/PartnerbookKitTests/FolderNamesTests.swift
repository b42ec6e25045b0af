@testable import PartnerbookKit
import XCTest

/// `FolderNames` must suggest what comparing the link with every page of the folder suggests,
/// ties and Unicode spellings included; `reference` is that comparison, as `BrokenLinks` made it
/// before the names were indexed.
final class FolderNamesTests: XCTestCase {
    /// Letters chosen to make ties, case pairs, Characters equal across spellings (a precomposed
    /// and a decomposed "é", the Kelvin sign and "K"), letters whose lowercase is longer ("İ"),
    /// CJK, and a CR that joins a following LF.
    static let letters = ["a", "b", "c", "a", "b", "-", "A", "B", "e", "é", "e\u{301}", "É", "k", "K", "\u{212A}",
                          "ß", "İ", "i", "日", "本", "1", "2", "\r", "\n"]
    static let words = ["guide", "Guide", "partner", "partners", "café", "cafe\u{301}", "kickoff", "review",
                        "日本語", "straße", "notes", "-", "2"]

    func testSuggestsWhatComparingWithEveryPageSuggests() {
        var random = SplitMix(state: 20261122)
        var outcomes: [String: Int] = [:]
        for round in 0..<200 {
            let folder = ["", "chapters", "a/b", "日本"][round % 4]
            let names = (0..<Int.random(in: 0...40, using: &random)).map { _ in Self.name(using: &random) }
            let paths = Array(Set(names.map { folder.isEmpty ? "\($0).md" : "\(folder)/\($0).md" })).sorted()
            let index = FolderNames(folder: folder, paths: paths)
            for _ in 0..<40 {
                let missing = Self.misspelling(of: names.randomElement(using: &random) ?? "", using: &random)
                let expected = Self.reference(missing, folder: folder, paths: paths)
                XCTAssertEqual(index.path(likelyMeant: missing), expected.path, "\(missing.unicodeScalars.map(\.value)) in \(paths)")
                outcomes[expected.rule, default: 0] += 1
            }
        }
        // Each rule decides often enough for a difference to show.
        for rule in ["same letters", "closest", "relative", "none"] {
            XCTAssertGreaterThan(outcomes[rule, default: 0], 400, "\(outcomes)")
        }
    }

    func testTiesGoToTheFirstInTheRulesOrder() {
        let paths = ["c/Notes.md", "c/abcd.md", "c/abce.md", "c/notes.md", "c/review-2024.md", "c/review.md"]
        let index = FolderNames(folder: "c", paths: paths)
        XCTAssertEqual(index.path(likelyMeant: "NOTES"), "c/Notes.md")
        XCTAssertEqual(index.path(likelyMeant: "abcf"), "c/abcd.md")
        XCTAssertEqual(index.path(likelyMeant: "review-2024-final"), "c/review-2024.md")
        XCTAssertEqual(index.path(likelyMeant: "revi"), "c/review.md")
        XCTAssertEqual(index.path(likelyMeant: "reviewing-notes"), "c/review.md")
        XCTAssertEqual(index.path(likelyMeant: "Kelvin"), nil)
        XCTAssertEqual(FolderNames(folder: "", paths: ["cafe\u{301}.md"]).path(likelyMeant: "CAFÉ"), "cafe\u{301}.md")
        XCTAssertEqual(FolderNames(folder: "", paths: ["Kelvin-scale.md"]).path(likelyMeant: "\u{212A}elvin"), "Kelvin-scale.md")
        // A path with an empty part is named one way by its bytes and another by `BrokenLinks.split`.
        for name in ["guid", "/guid", "/guide", "guide"] {
            XCTAssertEqual(FolderNames(folder: "a", paths: ["a//guide.md"]).path(likelyMeant: name),
                           Self.reference(name, folder: "a", paths: ["a//guide.md"]).path, name)
        }
    }

    func testAFolderWhosePagesChangeIsIndexedAgain() {
        func hint(_ indexes: SiteIndexes) -> String? {
            indexes.folderNames.names(in: "c", paths: indexes.pagesByFolder["c"]!).path(likelyMeant: "guides")
        }
        var indexes = SiteIndexes()
        indexes.pagesByFolder = ["c": ["c/guide.md"]]
        let earlier = indexes
        XCTAssertEqual(hint(indexes), "c/guide.md")
        indexes.pagesByFolder["c"] = ["c/guide-old.md", "c/guides-v2.md"]
        XCTAssertEqual(hint(indexes), "c/guides-v2.md")
        XCTAssertEqual(hint(earlier), "c/guide.md")
    }

    static func name(using random: inout SplitMix) -> String {
        if Bool.random(using: &random) {
            return (0..<Int.random(in: 1...3, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: "-")
        }
        return (0..<Int.random(in: 0...9, using: &random)).map { _ in letters.randomElement(using: &random)! }.joined()
    }

    /// A name as a link might get it wrong: edited, cut short, lengthened, in other case, or unrelated.
    static func misspelling(of name: String, using random: inout SplitMix) -> String {
        var letters = name.map(String.init)
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return name.uppercased()
        case 1: return Bool.random(using: &random) ? name.lowercased() : name.capitalized
        case 2: return String(name.dropLast(Int.random(in: 1...4, using: &random)))
        case 3: return name + (Bool.random(using: &random) ? "-" : "") + Self.name(using: &random)
        case 4: return Self.name(using: &random)
        default:
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let at = Int.random(in: 0...letters.count, using: &random)
                let letter = Self.letters.randomElement(using: &random)!
                switch Int.random(in: 0..<3, using: &random) {
                case 0: letters.insert(letter, at: at)
                case 1 where at < letters.count: letters[at] = letter
                default: if at < letters.count { letters.remove(at: at) }
                }
            }
            return letters.joined()
        }
    }

    /// The page `BrokenLinks` suggested by comparing `name` with each page name of the folder,
    /// and which rule chose it.
    static func reference(_ name: String, folder: String, paths: [String]) -> (path: String?, rule: String) {
        let prefix = folder.isEmpty ? 0 : folder.utf8.count + 1
        let names = paths.map { String($0.utf8.dropFirst(prefix).dropLast(3))! }
        let close = Suggestion.nearest(to: name, in: names, within: max(2, name.count / 4))
        let extended = names.first { name.count >= 4 && ($0.hasPrefix(name) || name.hasPrefix($0)) }
        guard let found = close ?? extended, let path = paths.first(where: { BrokenLinks.split($0).name == found }) else {
            return (nil, "none")
        }
        let rule = names.contains { $0.lowercased() == name.lowercased() } ? "same letters" : close != nil ? "closest" : "relative"
        return (path, rule)
    }
}
