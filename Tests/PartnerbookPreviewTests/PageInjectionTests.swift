import XCTest
@testable import PartnerbookPreview

final class PageInjectionTests: XCTestCase {
    private func inject(_ page: String, overlay: String? = nil, missing: Bool = false) -> String {
        String(decoding: PageInjection.inject(into: Array(page.utf8), token: "t-1", overlay: overlay, pageIsMissing: missing), as: UTF8.self)
    }

    func testScriptGoesBeforeTheLastClosingBody() {
        let page = "<html><body><pre>&lt;/body&gt; </body> in a sample</pre></BODY></html>"
        XCTAssertEqual(inject(page),
                       "<html><body><pre>&lt;/body&gt; </body> in a sample</pre>"
                       + "<script src=\"/_partnerbook/live.js\" data-token=\"t-1\"></script></BODY></html>")
    }

    func testPageWithoutBodyGetsTheScriptAtTheEnd() {
        XCTAssertEqual(inject("<p>fragment"), "<p>fragment<script src=\"/_partnerbook/live.js\" data-token=\"t-1\"></script>")
    }

    func testOverlayComesBeforeTheScriptAndMissingPagesSayItself() {
        XCTAssertEqual(inject("<body></body>", overlay: "<div>x</div>", missing: true),
                       "<body><div>x</div><script src=\"/_partnerbook/live.js\" data-token=\"t-1\" data-missing=\"true\"></script></body>")
    }
}
