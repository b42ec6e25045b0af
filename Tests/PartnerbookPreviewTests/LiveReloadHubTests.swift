import PartnerbookKit
import XCTest
@testable import PartnerbookPreview

final class LiveReloadHubTests: XCTestCase {
    private func report(written: Int = 0, errors: [Diagnostic] = []) -> BuildReport {
        var report = BuildReport()
        report.filesWritten = written
        report.diagnostics = errors
        return report
    }

    private let broken = Diagnostic.error("front-matter", at: SourceLocation(file: "content/a.md", line: 2), "bad <yaml>")

    func testAPageServedBeforeARebuildIsToldToReloadWhenItConnects() async {
        let hub = LiveReloadHub()
        await hub.publish(report(written: 3))
        let old = await hub.snapshot.token
        await hub.publish(report(written: 1))
        let (events, continuation) = await hub.subscribe(token: old)
        var iterator = events.makeAsyncIterator()
        let first = await iterator.next()
        XCTAssertEqual(first, .reload)
        continuation.finish()
    }

    func testACurrentPageHearsOnlyWhatHappensNext() async {
        let hub = LiveReloadHub()
        await hub.publish(report(written: 3))
        let (events, continuation) = await hub.subscribe(token: await hub.snapshot.token)
        await hub.publish(report(written: 0))            // nothing changed: no reload
        await hub.publish(report(errors: [broken]))      // failed: errors, no reload
        await hub.publish(report(written: 0))            // fixed: reload clears the errors
        continuation.finish()
        var received: [LiveEvent] = []
        for await event in events { received.append(event) }
        XCTAssertEqual(received.count, 2)
        guard case .failed(let overlay) = received.first else { return XCTFail("expected the error panel first, got \(received)") }
        XCTAssertTrue(overlay.contains("content/a.md:2</code> bad &lt;yaml&gt;"))
        XCTAssertEqual(received.last, .reload)
    }

    func testWhileFailingEveryPageGetsThePanelAndStaysOnTheLastGoodVersion() async {
        let hub = LiveReloadHub()
        await hub.publish(report(written: 3))
        let good = await hub.snapshot.token
        await hub.publish(report(errors: [broken]))
        let snapshot = await hub.snapshot
        XCTAssertEqual(snapshot.token, good)
        XCTAssertNotNil(snapshot.overlay)
        let (events, continuation) = await hub.subscribe(token: good)
        var iterator = events.makeAsyncIterator()
        let first = await iterator.next()
        XCTAssertEqual(first, .failed(overlay: snapshot.overlay!))
        continuation.finish()
    }

    func testClosedStreamsLeaveTheHub() async {
        let hub = LiveReloadHub()
        let (firstEvents, first) = await hub.subscribe(token: nil)
        let (secondEvents, second) = await hub.subscribe(token: nil)
        let count = await hub.clientCount
        XCTAssertEqual(count, 2)
        first.finish()
        await eventually("the closed stream is removed") { await hub.clientCount == 1 }
        second.finish()
        await eventually("both are removed") { await hub.clientCount == 0 }
        withExtendedLifetime((firstEvents, secondEvents)) {}
    }
}
