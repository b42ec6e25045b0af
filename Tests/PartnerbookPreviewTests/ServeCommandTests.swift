import Foundation
import XCTest

/// The command as typed at a terminal: it prints where it serves, and Ctrl-C stops it cleanly,
/// even with a page listening for reloads.
final class ServeCommandTests: XCTestCase {
    func testServesPrintsItsAddressAndStopsOnCtrlC() async throws {
        let handbook = try TemporaryHandbook(self)
        let serve = try ServeProcess(["--source", handbook.root.path, "--port", "0"])
        var address = ""
        await eventually("the address is printed") {
            address = await serve.output.first { $0.contains("Serving the handbook at ") } ?? ""
            return !address.isEmpty
        }
        let port = try XCTUnwrap(address.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression)
            .flatMap { Int(address[$0].dropFirst(10).dropLast()) })
        XCTAssertTrue(address.contains("out: Serving the handbook at http://127.0.0.1:\(port)/"), address)
        let summary = await serve.output.first { $0.hasPrefix("out: Built ") }
        XCTAssertEqual(summary?.hasPrefix("out: Built 4 pages, 0 warnings, 0 errors in "), true, summary ?? "no summary")

        let home = try await RawResponse.fetch(port: port, path: "/")
        XCTAssertEqual(home.status, 200)
        let stream = try LoopbackConnection(port: port)
        stream.send("GET /_partnerbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = await stream.read(until: "retry: 1000")

        serve.process.interrupt()
        let status = await serve.exitStatus()
        let printed = await serve.output
        XCTAssertEqual(status, 0, printed.joined(separator: "\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: handbook.url("public/index.html").path), "public/ is left alone")
    }

    func testANonLoopbackAddressWarnsThatTheNetworkCanSeeTheHandbook() async throws {
        let handbook = try TemporaryHandbook(self)
        // 192.0.2.1 is reserved for documentation: no machine has it, so nothing is exposed or sent.
        let serve = try ServeProcess(["--source", handbook.root.path, "--host", "192.0.2.1", "--port", "0"])
        let status = await serve.exitStatus()
        let output = await serve.output
        XCTAssertEqual(status, 1)
        XCTAssertTrue(output.contains { $0.hasPrefix("err: warning: listening on 192.0.2.1: anyone who can reach this computer") }, "\(output)")
        XCTAssertTrue(output.contains("err: error: cannot listen on 192.0.2.1:0: this computer has no such address"), "\(output)")
    }
}
