import Foundation
@testable import PartnerbookKit
import XCTest

/// `TreeRemover` removes a whole folder, however deep, the way `rm -rf` does: links are removed,
/// never followed, and a file that is also linked elsewhere keeps its other name.
final class TreeRemoverTests: XCTestCase {
    let fm = FileManager.default

    func testAFolderGoesWithEverythingInItButNotWhatItsLinksLeadTo() throws {
        let place = try Paths.temporaryFolder(self)
        let tree = place.appendingPathComponent("old-site")
        let outside = place.appendingPathComponent("kept")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: outside.appendingPathComponent("page.html"))
        for index in 0..<40 {
            let folder = tree.appendingPathComponent("stories/story-\(index)/deeper")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("story \(index)".utf8).write(to: folder.appendingPathComponent("index.html"))
        }
        try fm.createDirectory(at: tree.appendingPathComponent("empty/inside"), withIntermediateDirectories: true)
        try Data("top".utf8).write(to: tree.appendingPathComponent("index.html"))
        try fm.createSymbolicLink(atPath: tree.appendingPathComponent("stories/elsewhere").path, withDestinationPath: outside.path)
        try fm.createSymbolicLink(atPath: tree.appendingPathComponent("nowhere").path, withDestinationPath: "missing")
        try fm.linkItem(at: outside.appendingPathComponent("page.html"), to: tree.appendingPathComponent("stories/page.html"))

        try TreeRemover.remove(tree.path)

        XCTAssertEqual(try fm.contentsOfDirectory(atPath: place.path), ["kept"])
        XCTAssertEqual(try String(contentsOf: outside.appendingPathComponent("page.html"), encoding: .utf8), "keep me")
    }

    func testAFileOrNothingAtThePathIsRemovedOrLeftAlone() throws {
        let place = try Paths.temporaryFolder(self)
        let file = place.appendingPathComponent("leftover")
        try Data("half written".utf8).write(to: file)
        try TreeRemover.remove(file.path)
        try TreeRemover.remove(place.appendingPathComponent("never-there").path)
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: place.path), [])
    }
}
