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
            let home = try await RawResponse.fetch(port: port, path: "/")
            XCTAssertEqual(home.status, 200)
            let descriptorsBefore = try Self.openDescriptors()

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
            let descriptorsOpen = try Self.openDescriptors()
            // Other descriptors of the process may open or close meanwhile: a slack of a few, against hundreds per leak.
            XCTAssertGreaterThanOrEqual(descriptorsOpen, descriptorsBefore + 2 * pageCount - Self.slack,
                                        "both ends of every connection are counted")

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
            try await eventually("the server has closed every connection") { try Self.openDescriptors() <= descriptorsBefore + Self.slack }

            let again = try LoopbackConnection(port: port)
            again.send("GET /_partnerbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let reopened = await again.read(until: "retry: 1000")
            XCTAssertTrue(reopened.contains("retry: 1000"), "the server still takes new pages: \(reopened)")
            again.close()
        }
    }

    /// Descriptors the rest of the process may open or close while the test counts.
    private static let slack = 8

    /// The file descriptors this process holds: each connection the server keeps open is one.
    private static func openDescriptors() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    }
}
