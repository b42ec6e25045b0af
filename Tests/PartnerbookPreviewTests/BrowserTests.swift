import Foundation
import XCTest

/// The preview in headless Chromium, driven by `scripts/check-preview-in-browser.py`: edit, error
/// panel, fix, deleted page. Skipped where Chromium or python3 is missing.
final class BrowserTests: XCTestCase {
    func testEditingInTheBrowserReloadsShowsErrorsAndRecovers() async throws {
        guard let executable = ServeProcess.executable else { throw XCTSkip("the partnerbook executable is not built") }
        guard let python = Self.find("python3"), Self.find("chromium") ?? Self.find("chromium-browser") != nil else {
            throw XCTSkip("needs python3 and Debian's chromium")
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/check-preview-in-browser.py")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, executable.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let deadline = ContinuousClock.now + .seconds(150)
        while process.isRunning && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if process.terminationStatus == 77 { throw XCTSkip(text) }
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("6 passed, 0 failed"), text)
    }

    private static func find(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
