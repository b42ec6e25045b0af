import XCTest
@testable import PartnerbookKit

/// The scans `TemplateLibrary` makes of a template's text before parsing it: where its partial and
/// parent tags are, and the indentation taken off partial tags.
final class TemplateScanTests: XCTestCase {
    func testReferencesAreFoundWithTheirLineAndColumnInCharacters() {
        let text = "<p>{{title}}</p>\n  {{> partials/a }}{{<base}}\n« é » {{>b}} {{{raw}}} {{#x}}{{/x}}\n{{> open\n{{>}} }}"
        let found = TemplateLibrary.references(in: text).map { "\($0.name)@\($0.line):\($0.column)" }
        XCTAssertEqual(found, ["partials/a@2:3", "base@2:20", "b@3:7", "@5:1"])
    }

    func testAPartialTagLosesItsIndentationAndOtherLinesKeepTheirs() {
        let text = "<ul>\n  \t{{> partials/item}}\n  <li>{{> inline}}</li>\n   \n\t{{name}}\n  "
        XCTAssertEqual(TemplateLibrary.unindentingPartials(text),
                       "<ul>\n{{> partials/item}}\n  <li>{{> inline}}</li>\n   \n\t{{name}}\n  ")
        XCTAssertEqual(TemplateLibrary.unindentingPartials("  {{>a}}"), "{{>a}}")
        XCTAssertEqual(TemplateLibrary.unindentingPartials("  {{ >a}}"), "  {{ >a}}")
    }
}
