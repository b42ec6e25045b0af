import Foundation
import XCTest
@testable import PartnerbookPreview

final class SiteFolderTests: XCTestCase {
    private var base: URL!
    private var site: SiteFolder!

    override func setUpWithError() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("site-folder-\(UUID().uuidString)")
        let root = base.appendingPathComponent("site")
        for (path, text) in ["index.html": "home", "guide/index.html": "guide", "guide/a b.txt": "spaced",
                             "empty/keep.txt": "x", ".partnerbook-manifest": "secret", "style.css": "css"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try Data("outside".utf8).write(to: base.appendingPathComponent("secret.txt"))
        site = SiteFolder(root: root)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: base)
    }

    private func served(_ path: String) -> String? {
        guard case .file(let url) = site.lookup(path) else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    func testFilesAndIndexPages() {
        XCTAssertEqual(served("/"), "home")
        XCTAssertEqual(served("/index.html"), "home")
        XCTAssertEqual(served("/guide/"), "guide")
        XCTAssertEqual(served("/guide/a%20b.txt"), "spaced")
        XCTAssertEqual(served("/style.css"), "css")
    }

    func testFolderWithoutSlashRedirects() {
        XCTAssertEqual(site.lookup("/guide"), .redirect("/guide/"))
        XCTAssertEqual(site.lookup("//guide"), .redirect("/guide/"), "never a //host redirect")
    }

    func testNoListingsNoHiddenFilesNoMissingFiles() {
        XCTAssertEqual(site.lookup("/empty/"), .notFound)
        XCTAssertEqual(site.lookup("/.partnerbook-manifest"), .notFound)
        XCTAssertEqual(site.lookup("/missing/"), .notFound)
        XCTAssertEqual(site.lookup("/style.css/"), .notFound)
    }

    func testTraversalIsRefusedHoweverItIsSpelled() {
        for path in ["/../secret.txt", "/guide/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                     "/..%2fsecret.txt", "/.%2e/secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt",
                     "/guide/..%5c..%5csecret.txt", "/./index.html", "/%00", "/%c0%ae%c0%ae/secret.txt", "/%zz", "secret.txt"] {
            XCTAssertEqual(site.lookup(path), .badRequest, path)
        }
        // Decoded once only: a double-encoded dot is a literal name, which does not exist.
        for path in ["/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt"] {
            XCTAssertEqual(site.lookup(path), .notFound, path)
        }
    }

    func testLinksLeadingOutsideAreNotFollowed() throws {
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("escape.txt"),
                                                   withDestinationURL: base.appendingPathComponent("secret.txt"))
        XCTAssertEqual(site.lookup("/escape.txt"), .notFound)
    }
}
