import Foundation
import Hummingbird
import HummingbirdTesting
import PartnerbookKit
import XCTest
@testable import PartnerbookPreview

/// Many pages listening for reloads at once, as a team with the preview open in many tabs: each
/// one hears a reload, and pages that go away leave nothing behind in the server.
final class LiveReloadLoadTests: XCTestCase {
    func testTwoHundredPagesThatComeAndGoLeaveNoConnectionsOrTasksBehind() async throws {
        let pageCount = 200
        let handbook = try TemporaryHandbook(self)
        XCTAssertTrue(Builder.build(handbook.options()).succeeded)
        let hub = LiveReloadHub()
        // The default heartbeat is far longer than the waits below: a closed page must be noticed
        // when its connection ends, not when the next heartbeat fails to reach it.
        let app = Application(responder: PreviewResponder(site: SiteFolder(root: handbook.output), hub: hub))
        try await app.test(.live) { client in
            let port = try XCTUnwrap(client.port)
            // The test client's own connection stays open throughout; a request makes sure it is up.
            try await client.execute(uri: "/", method: .get) { XCTAssertEqual($0.status, .ok) }
            let before = Self.serverConnections(port: port)

            var pages: [LoopbackConnection] = []
            for _ in 0..<pageCount {
                let page = try LoopbackConnection(port: port)
                page.send("GET /_partnerbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                let opened = await page.read(until: "retry: 1000")
                XCTAssertTrue(opened.hasPrefix("HTTP/1.1 200 OK") && opened.contains("retry: 1000"), opened)
                pages.append(page)
            }
            let listening = await hub.clientCount
            XCTAssertEqual(listening, pageCount)
            let running = await hub.streamsRunning
            XCTAssertEqual(running, pageCount)
            let connected = Self.serverConnections(port: port)
            XCTAssertEqual(connected, before + pageCount)

            var report = BuildReport()
            report.filesWritten = 1
            await hub.publish(report)
            var reloaded = 0
            for page in pages {
                if await page.read(until: "event: reload").contains("event: reload") { reloaded += 1 }
            }
            XCTAssertEqual(reloaded, pageCount, "every open page hears the reload")

            for page in pages { page.close() }
            pages = []
            await eventually("every closed page leaves the hub") { await hub.clientCount == 0 }
            await eventually("every event stream has ended") { await hub.streamsRunning == 0 }
            await eventually("the server has closed every connection") { Self.serverConnections(port: port) == before }

            let again = try LoopbackConnection(port: port)
            again.send("GET /_partnerbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let reopened = await again.read(until: "retry: 1000")
            XCTAssertTrue(reopened.contains("retry: 1000"), "the server still takes new pages: \(reopened)")
            again.close()
        }
    }

    /// The server's ends of connections to `port` that it has not closed yet (established, or closed
    /// by the page only), as Linux lists them in /proc/net/tcp and tcp6.
    private static func serverConnections(port: Int) -> Int {
        let localPort = ":" + String(format: "%04X", port)
        let notClosedByServer: Set<Substring> = ["01", "08"]
        var count = 0
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            // Read to the end: procfs files report no size, and one read returns only a page of them.
            guard let file = FileHandle(forReadingAtPath: table) else { continue }
            defer { try? file.close() }
            guard let data = try? file.readToEnd() else { continue }
            let text = String(decoding: data, as: UTF8.self)
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ")
                if fields.count > 3, fields[1].hasSuffix(localPort), notClosedByServer.contains(fields[3]) { count += 1 }
            }
        }
        return count
    }
}
