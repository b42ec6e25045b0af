import Foundation
import PartnerbookKit
import XCTest

/// This repository's own handbook, built with the built-in theme into a temporary folder.
enum BuiltSite {
    static let today = Day("2026-11-22")!

    /// Builds the handbook (content/ and layouts/ of the repository) and returns the output folder.
    static func repository(baseURL: String? = nil, today: Day = today, _ test: XCTestCase) throws -> URL {
        try build(Paths.repository, baseURL: baseURL, today: today, test)
    }

    /// Writes `files` (path → text) into a new handbook folder and builds it.
    static func build(files: [String: String], _ test: XCTestCase) throws -> URL {
        let source = try Paths.temporaryFolder(test).appendingPathComponent("handbook")
        try FileTree.write(files, to: source)
        return try build(source, test)
    }

    static func build(_ source: URL, baseURL: String? = nil, today: Day = today, _ test: XCTestCase) throws -> URL {
        let output = try Paths.temporaryFolder(test).appendingPathComponent("public")
        var options = BuildOptions(source: source, output: output)
        options.baseURL = baseURL
        options.today = today
        let report = Builder.build(options)
        guard report.succeeded else {
            throw BrowserFailure("the handbook did not build:\n" + report.diagnostics.map(\.formatted).joined(separator: "\n"))
        }
        return output
    }

    /// Every HTML file of a built site, as paths relative to its folder, sorted.
    static func htmlFiles(in site: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: site.path)
        var found: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".html") && !path.hasPrefix("__") { found.append(path) }
        }
        return found.sorted()
    }

    static func text(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }
}
