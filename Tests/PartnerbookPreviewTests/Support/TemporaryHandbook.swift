import Foundation
import PartnerbookKit
import XCTest

/// A small handbook in a temporary folder, removed when the test ends.
final class TemporaryHandbook {
    let root: URL

    static let files: [String: String] = [
        "partnerbook.yml": "title: Test Handbook\nbase_url: https://intranet.example/handbook/\n",
        "content/index.md": "---\ntitle: Home\n---\n\nWelcome to the test handbook.\n",
        "content/chapters/first.md": "---\ntitle: First chapter\norder: 1\n---\n\nThe first sentence.\n",
        "content/chapters/second.md": "---\ntitle: Second chapter\norder: 2\n---\n\nThe second chapter.\n",
        "content/chapters/unfinished.md": "---\ntitle: Unfinished chapter\norder: 3\nstatus: draft\n---\n\nNot done yet.\n",
        "content/files/notes.txt": "plain notes\n",
        "content/files/data.json": "{\"ok\": true}\n",
        "content/files/style.css": "body { color: black; }\n",
        "content/files/shape.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
    ].merging(TemporaryHandbook.layouts) { $1 }

    /// Page templates of the handbook's own, over the built-in ones, so that these tests depend only on
    /// the built-in page shell and its notices (the draft banner), not on every built-in page template.
    static let layouts: [String: String] = Dictionary(uniqueKeysWithValues: ["chapter", "story", "practice", "checklist"].map {
        ("layouts/\($0).mustache", "{{<base}}{{$main}}{{> partials/notices}}<div class=\"content\">{{{page.content}}}</div>{{/main}}{{/base}}\n")
    })

    init(_ testCase: XCTestCase, files: [String: String] = TemporaryHandbook.files) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("partnerbook-preview-test-\(UUID().uuidString)").standardizedFileURL
        for (path, text) in files { try write(path, text) }
        let root = root
        testCase.addTeardownBlock { try? FileManager.default.removeItem(at: root) }
    }

    var output: URL { root.appendingPathComponent(".partnerbook-cache/preview-site") }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path), options: .atomic)
    }

    func append(_ path: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: url(path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func remove(_ path: String) throws { try FileManager.default.removeItem(at: url(path)) }

    func move(_ from: String, to: String) throws {
        try FileManager.default.createDirectory(at: url(to).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: url(from), to: url(to))
    }

    /// Build options for the preview of this handbook, served at the root.
    func options(drafts: Bool = true) -> BuildOptions {
        var options = BuildOptions(source: root, output: output)
        options.baseURL = "http://127.0.0.1:8000/"
        options.includeDrafts = drafts
        options.today = Day("2026-11-20")!
        return options
    }
}
