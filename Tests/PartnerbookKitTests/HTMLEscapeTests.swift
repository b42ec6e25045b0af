@testable import PartnerbookKit
import XCTest

/// Text Partnerbook puts into HTML itself: titles, summaries, link labels and attributes.
final class HTMLEscapeTests: XCTestCase {
    func testTheFiveCharactersBecomeEntitiesAndTheRestIsKept() {
        XCTAssertEqual(HTML.escape("Tom & Jerry's <b>\"Café\"</b> 日本 👋"),
                       "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;Café&quot;&lt;/b&gt; 日本 👋")
        XCTAssertEqual(HTML.escape("plain é"), "plain é")
        XCTAssertEqual(HTML.escape("&amp;"), "&amp;amp;", "escaped text is escaped again")
        XCTAssertEqual(HTML.escape(""), "")
    }
}
