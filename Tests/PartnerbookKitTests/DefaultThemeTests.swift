import Foundation
@testable import PartnerbookKit
import XCTest

/// The theme compiled into the binary is exactly this repository's `layouts/`.
final class DefaultThemeTests: XCTestCase {
    func testBuiltInThemeMatchesTheLayoutsFolder() {
        let layouts = Paths.repository.appendingPathComponent("layouts")
        let onDisk = FileTree.read(layouts).files
            .filter { $0.key.hasSuffix(".mustache") || $0.key.hasPrefix("assets/") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
        XCTAssertEqual(Set(DefaultTheme.files.keys).sorted(), Set(onDisk.keys).sorted(),
                       "layouts/ and the built-in theme differ: run scripts/embed-theme.py")
        for (path, text) in onDisk.sorted(by: { $0.key < $1.key }) where DefaultTheme.files[path] != text {
            XCTFail("layouts/\(path) differs from the built-in theme: run scripts/embed-theme.py")
        }
    }

    func testAHandbookWithOnlyContentUsesTheBuiltInTheme() throws {
        let handbook = try Paths.temporaryFolder(self)
        try FileManager.default.createDirectory(at: handbook.appendingPathComponent("content/chapters"), withIntermediateDirectories: true)
        try Data("# First steps\n\nHello.\n".utf8).write(to: handbook.appendingPathComponent("content/chapters/first.md"))
        let result = try PartnerbookCLI.run(["build"], in: handbook)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let page = try String(contentsOf: handbook.appendingPathComponent("public/chapters/first/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<html"), page)
        XCTAssertTrue(page.contains("First steps"), page)
        XCTAssertTrue(FileManager.default.fileExists(atPath: handbook.appendingPathComponent("public/assets/style.css").path))
    }
}
