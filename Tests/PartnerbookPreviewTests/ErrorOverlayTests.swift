import PartnerbookKit
import XCTest
@testable import PartnerbookPreview

final class ErrorOverlayTests: XCTestCase {
    func testListsEveryErrorWithItsPlaceAndEscapesIt() {
        let diagnostics: [Diagnostic] = [
            .error("front-matter", at: SourceLocation(file: "content/a.md", line: 3, column: 7),
                   "'date' must be YYYY-MM-DD, got \"<script>alert(1)</script>\"", hint: "write 2026-03-01 & similar"),
            .warning("link", at: SourceLocation(file: "content/b.md", line: 9), "a warning is not shown"),
            .error("template", at: nil, "no place"),
        ]
        let html = ErrorOverlay.html(for: diagnostics)
        XCTAssertTrue(html.hasPrefix("<div id=\"partnerbook-error-overlay\""))
        XCTAssertTrue(html.contains("The handbook did not build: 2 errors"))
        XCTAssertTrue(html.contains(">content/a.md:3:7</code> &#39;date&#39; must be YYYY-MM-DD, got &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"))
        XCTAssertTrue(html.contains("hint: write 2026-03-01 &amp; similar"))
        XCTAssertTrue(html.contains(">no place</li>"))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("a warning is not shown"))
    }
}
