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

    /// A rebuild from a snapshot parses only what the changed pages' templates reach, and gives
    /// them the digests a full load gives, so the next build reuses their layout the same way.
    func testLoadingWhatRootsReachParsesThoseAndDigestsThemAsAFullLoad() {
        let texts = ["chapter": "{{<base}}{{$main}}{{> partials/toc}}{{/main}}{{/base}}", "base": "<main>{{$main}}{{/main}}</main>{{> partials/footer}}",
                     "partials/toc": "<nav>{{#headings}}{{> partials/toc-item}}{{/headings}}</nav>", "partials/toc-item": "<li>{{text}}</li>",
                     "partials/footer": "<footer/>", "story": "{{<base}}{{/base}}{{> partials/card}}", "partials/card": "<div/>",
                     "broken": "{{#open}}"]
        let layouts = Dictionary(uniqueKeysWithValues: texts.map { ($0.key + ".mustache", LayoutFile(bytes: Array($0.value.utf8), isBuiltIn: false)) })
        let (full, findings) = TemplateLibrary.load(layouts)
        XCTAssertEqual(findings.count, 1, "the broken template")

        let reached = TemplateLibrary.load(layouts, reaching: ["chapter"])
        XCTAssertEqual(Set(reached.templates.keys), ["chapter", "base", "partials/toc", "partials/toc-item", "partials/footer"])
        XCTAssertEqual(reached.names, full.names, "every template is still named")
        XCTAssertEqual(reached.digests["chapter"], full.digests["chapter"])
        XCTAssertEqual(TemplateLibrary.load(layouts, reaching: ["story"]).digests["story"], full.digests["story"])

        var dynamic = layouts
        dynamic["partials/card.mustache"] = LayoutFile(bytes: Array("{{>*kind}}".utf8), isBuiltIn: false)
        let (fullDynamic, _) = TemplateLibrary.load(dynamic)
        let reachedDynamic = TemplateLibrary.load(dynamic, reaching: ["story"])
        XCTAssertEqual(Set(reachedDynamic.templates.keys), Set(fullDynamic.templates.keys), "a dynamic partial may reach any template")
        XCTAssertEqual(reachedDynamic.digests["story"], fullDynamic.digests["story"])
    }
}
