import XCTest
@testable import PartnerbookPreview

final class LiveEventTests: XCTestCase {
    func testWireFormat() {
        XCTAssertEqual(LiveEvent.reload.encoded, "event: reload\ndata: reload\n\n")
        XCTAssertEqual(LiveEvent.heartbeat.encoded, ": heartbeat\n\n")
        XCTAssertEqual(LiveEvent.failed(overlay: "<div>\none\r\ntwo</div>").encoded,
                       "event: failed\ndata: <div>\ndata: one\ndata: two</div>\n\n")
    }
}
