import Foundation
import Hummingbird
import HummingbirdTesting
import PartnerbookKit
import XCTest
@testable import PartnerbookPreview

/// The whole preview on a real loopback socket: build, serve, watch, rebuild, tell the browser.
final class PreviewServerTests: XCTestCase {
    private struct Running {
        let port: Int
        let task: Task<Void, Error>
        let output: Collector<String>
    }

    private func start(_ handbook: TemporaryHandbook, port: Int = 0, heartbeat: Duration = .seconds(15)) async throws -> Running {
        var settings = PreviewServer.Settings(source: handbook.root)
        settings.address = ListenAddress(host: "127.0.0.1", port: port)
        settings.today = Day("2026-11-20")
        settings.heartbeat = heartbeat
        let output = Collector<String>()
        let console = PreviewConsole(out: { line in Task { await output.add(line) } },
                                     error: { line in Task { await output.add(line) } })
        let url = Collector<String>()
        let task = Task { try await PreviewServer(settings: settings, console: console).run { await url.add($0) } }
        addTeardownBlock { task.cancel() }
        await eventually("the server is ready") { await !url.values.isEmpty }
        let first = await url.values.first
        let address = try XCTUnwrap(first)
        let port = try XCTUnwrap(Int(address.split(separator: ":").last!.dropLast()))
        XCTAssertEqual(address, "http://127.0.0.1:\(port)/")
        return Running(port: port, task: task, output: output)
    }

    private func token(in page: String) -> String {
        guard let start = page.range(of: "data-token=\"")?.upperBound, let end = page[start...].firstIndex(of: "\"") else { return "" }
        return String(page[start..<end])
    }

    func testAnEditReloadsTheOpenPageAndAnErrorShowsUntilFixed() async throws {
        let handbook = try TemporaryHandbook(self)
        let server = try await start(handbook)
        let page = try await RawResponse.fetch(port: server.port, path: "/chapters/first/")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("The first sentence."))

        let stream = try LoopbackConnection(port: server.port)
        stream.send("GET /_partnerbook/events?token=\(token(in: page.body)) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        let opened = await stream.read(until: "retry: 1000")
        XCTAssertTrue(opened.hasPrefix("HTTP/1.1 200 OK"), opened)
        XCTAssertTrue(opened.lowercased().contains("content-type: text/event-stream"), opened)

        try handbook.append("content/chapters/first.md", "\nA sentence added while the preview runs.\n")
        let reload = await stream.read(until: "event: reload")
        XCTAssertTrue(reload.contains("event: reload\r\n") || reload.contains("event: reload\n"), reload)
        let edited = try await RawResponse.fetch(port: server.port, path: "/chapters/first/")
        XCTAssertTrue(edited.body.contains("A sentence added while the preview runs."))

        try handbook.write("content/chapters/first.md", "---\ntitle: [First chapter\n---\n\nBroken.\n")
        let failed = await stream.read(until: "</div>\n\n")
        XCTAssertTrue(failed.contains("event: failed"), failed)
        XCTAssertTrue(failed.contains("content/chapters/first.md:"), failed)
        XCTAssertFalse(failed.contains("event: reload"), "a failed rebuild reloads nothing")
        let during = try await RawResponse.fetch(port: server.port, path: "/chapters/first/")
        XCTAssertTrue(during.body.contains("A sentence added while the preview runs."), "the last good page is served")
        XCTAssertTrue(during.body.contains("partnerbook-error-overlay"))
        await eventually("the error reaches the terminal") {
            await server.output.values.contains { $0.hasPrefix("content/chapters/first.md:") && $0.contains("error:") }
        }

        try handbook.write("content/chapters/first.md", "---\ntitle: First chapter\n---\n\nFixed again.\n")
        let fixed = await stream.read(until: "event: reload")
        XCTAssertTrue(fixed.contains("event: reload"), fixed)
        let after = try await RawResponse.fetch(port: server.port, path: "/chapters/first/")
        XCTAssertTrue(after.body.contains("Fixed again."))
        XCTAssertFalse(after.body.contains("partnerbook-error-overlay"))

        try handbook.remove("content/chapters/second.md")
        let removed = await stream.read(until: "event: reload")
        XCTAssertTrue(removed.contains("event: reload"), removed)
        let gone = try await RawResponse.fetch(port: server.port, method: "HEAD", path: "/chapters/second/")
        XCTAssertEqual(gone.status, 404, "the page's script sees this and opens the home page")
        stream.close()
    }

    func testTraversalOverTheSocketNeverLeavesTheSite() async throws {
        let handbook = try TemporaryHandbook(self)
        let server = try await start(handbook)
        for path in ["/../../partnerbook.yml", "/%2e%2e/%2e%2e/partnerbook.yml", "/%252e%252e/%252e%252e/partnerbook.yml",
                     "/..%5c..%5cpartnerbook.yml", "/..\\..\\partnerbook.yml", "/chapters/../../../partnerbook.yml"] {
            let response = try await RawResponse.fetch(port: server.port, path: path)
            XCTAssertTrue([400, 404].contains(response.status), "\(path): \(response.status)")
            XCTAssertFalse(response.body.contains("base_url"), path)
        }
        let post = try await RawResponse.fetch(port: server.port, method: "POST", path: "/")
        XCTAssertEqual(post.status, 405)
    }

    func testAPortInUseIsAClearError() async throws {
        let handbook = try TemporaryHandbook(self)
        let first = try await start(handbook)
        var settings = PreviewServer.Settings(source: handbook.root)
        settings.address = ListenAddress(host: "127.0.0.1", port: first.port)
        let second = PreviewServer(settings: settings, console: PreviewConsole(out: { _ in }, error: { _ in }))
        do {
            try await second.run()
            XCTFail("a second server on the same port started")
        } catch let error as PreviewError {
            XCTAssertEqual(error.message, "port \(first.port) on 127.0.0.1 is already in use")
            XCTAssertTrue(error.hint?.contains("--port 0") == true)
        }
    }

    func testHeartbeatsFlowAndClosedStreamsAreCleanedUp() async throws {
        let handbook = try TemporaryHandbook(self)
        XCTAssertTrue(Builder.build(handbook.options()).succeeded)
        let hub = LiveReloadHub()
        let app = Application(responder: PreviewResponder(site: SiteFolder(root: handbook.output), hub: hub, heartbeat: .milliseconds(50)))
        try await app.test(.live) { client in
            let port = try XCTUnwrap(client.port)
            let stream = try LoopbackConnection(port: port)
            stream.send("GET /_partnerbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let first = await stream.read(until: ": heartbeat\n\n")
            let second = await stream.read(until: ": heartbeat\n\n")
            XCTAssertTrue(first.contains(": heartbeat") && second.contains(": heartbeat"), first + second)
            let listening = await hub.clientCount
            XCTAssertEqual(listening, 1)
            stream.close()
            await eventually("the closed stream leaves the hub") { await hub.clientCount == 0 }
        }
    }
}
