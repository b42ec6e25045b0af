import Foundation
import XCTest

/// `partnerbook serve` run as a user runs it: the built executable in a child process, its output
/// read line by line.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lines = Collector<String>()

    /// The `partnerbook` executable beside the test bundle, where `swift build` puts it.
    static var executable: URL? {
        let folder = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        for candidate in [folder, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("partnerbook")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    init(_ arguments: [String]) throws {
        guard let executable = Self.executable else { throw XCTSkip("the partnerbook executable is not built; run `swift build` first") }
        process.executableURL = executable
        process.arguments = ["serve"] + arguments
        for (pipe, prefix) in [(Pipe(), "out: "), (Pipe(), "err: ")] {
            if prefix == "out: " { process.standardOutput = pipe } else { process.standardError = pipe }
            let lines = lines
            pipe.fileHandleForReading.readabilityHandler = { handle in
                let data = handle.availableData
                // At the end of the output the handler would be called again and again with nothing,
                // and its dispatch source would keep the pipe alive, until it is taken away.
                guard !data.isEmpty else { handle.readabilityHandler = nil; return }
                let text = String(decoding: data, as: UTF8.self)
                for line in text.split(separator: "\n") { Task { await lines.add(prefix + line) } }
            }
        }
        try process.run()
    }

    var output: [String] { get async { await lines.values } }

    /// Waits for the process to end, and returns its exit status (nil if it did not end in time).
    func exitStatus(within timeout: Duration = .seconds(10)) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        // Foundation's Process and its run loop source hold each other until the process is waited for.
        process.waitUntilExit()
        return process.terminationStatus
    }
}
