import Foundation
import XCTest

/// A folder's files as relative path → bytes, for comparing whole trees.
struct FileTree: Equatable {
    var files: [String: [UInt8]]

    /// Writes each text of `files` (relative path → text) below `root`, making folders as needed.
    static func write(_ files: [String: String], to root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    static func read(_ root: URL, skipping: (String) -> Bool = { _ in false }) -> FileTree {
        var files: [String: [UInt8]] = [:]
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: root.path) else { return FileTree(files: [:]) }
        for case let path as String in walker where !skipping(path) {
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(path)
            if fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               let data = fm.contents(atPath: url.path) {
                files[path] = Array(data)
            }
        }
        return FileTree(files: files)
    }

    func write(to root: URL) throws {
        try? FileManager.default.removeItem(at: root)
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }
}

/// Expected output kept beside the tests; `RECORD_GOLDEN=1 swift test` writes it anew.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    static func assertTree(_ actual: FileTree, matches expected: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        if recording { try actual.write(to: expected); return }
        let golden = FileTree.read(expected)
        XCTAssertEqual(Set(actual.files.keys).sorted(), Set(golden.files.keys).sorted(), "files written", file: file, line: line)
        for (path, bytes) in actual.files.sorted(by: { $0.key < $1.key }) {
            guard let want = golden.files[path] else { continue }
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), String(decoding: want, as: UTF8.self),
                           "\(path) differs from \(expected.path)/\(path); re-record with RECORD_GOLDEN=1 if the change is intended",
                           file: file, line: line)
        }
    }

    static func assertText(_ actual: String, matches expected: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        if recording { try Data(actual.utf8).write(to: expected); return }
        let want = try String(contentsOf: expected, encoding: .utf8)
        XCTAssertEqual(actual, want, "differs from \(expected.path); re-record with RECORD_GOLDEN=1 if intended", file: file, line: line)
    }
}

/// Paths of the repository and its test fixtures.
enum Paths {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/PartnerbookKitTests/Fixtures")

    /// A fresh empty folder under the system's temporary folder, removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("partnerbook-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Copies a fixture to a temporary folder, so a test may change it freely.
    static func copyOfFixture(_ name: String, _ test: XCTestCase) throws -> URL {
        let target = try temporaryFolder(test).appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: target)
        return target
    }
}
