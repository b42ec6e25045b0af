import Foundation
import XCTest

/// Runs the built `partnerbook` executable the way a user does, capturing what they would see.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum PartnerbookCLI {
    /// The executable SwiftPM built beside this test bundle.
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["PARTNERBOOK_BIN"] { return URL(fileURLWithPath: path) }
        let testBinary = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return testBinary.deletingLastPathComponent().appendingPathComponent("partnerbook")
    }

    /// Runs the command; one that is still running after `timeout` seconds (times `timeScale`) is
    /// killed and the test fails, so a hang costs a failure instead of the whole run.
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                    timeout: Double = 300, file: StaticString = #filePath, line: UInt = #line) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        env["PARTNERBOOK_TODAY"] = "2026-11-22"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let timedOut = NSLock()
        nonisolated(unsafe) var killed = false
        let watchdog = DispatchWorkItem {
            timedOut.withLock { killed = true }
            kill(process.processIdentifier, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout * timeScale, execute: watchdog)
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        if timedOut.withLock({ killed }) {
            XCTFail("partnerbook \(arguments.joined(separator: " ")) did not finish within \(Int(timeout * timeScale)) s", file: file, line: line)
        }
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `PARTNERBOOK_TEST_TIME_SCALE` stretches every time limit, for slow builds such as a sanitizer's.
    static var timeScale: Double {
        ProcessInfo.processInfo.environment["PARTNERBOOK_TEST_TIME_SCALE"].flatMap(Double.init) ?? 1
    }

    /// The summary line with its time replaced, since time varies from run to run.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: #"in \d+\.\d\d s"#, with: "in X s", options: .regularExpression)
    }
}
