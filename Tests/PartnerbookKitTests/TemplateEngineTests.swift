import Mustache
import XCTest
@testable import PartnerbookKit

/// Partnerbook's template engine against swift-mustache 2.1, the engine it replaced: themes written
/// for that one must render byte for byte the same. Random templates (every tag kind, standalone
/// lines, indentation, inheritance, transforms) are rendered by both with random values.
final class TemplateEngineTests: XCTestCase {
    func testRandomTemplatesRenderAsSwiftMustacheRendersThem() throws {
        var random = SplitMix(state: 20261123)
        var compared = 0
        for round in 0..<1500 {
            var maker = TemplateMaker(random: random)
            let partial = maker.template(depth: 2, partials: false)
            let parent = maker.parentTemplate()
            let page = random.next() % 3 == 0 ? maker.inheriting() : maker.template(depth: 3, partials: true)
            let values = maker.values()
            random = maker.random
            let sources = ["page": page, "partials/p": partial, "parent": parent]
            // A template one engine refuses, the other must refuse too.
            let expected = try? referenceRender(sources, values)
            let actual = try? ourRender(sources, values)
            XCTAssertEqual(actual, expected, "round \(round)\n--- page\n\(page)\n--- partials/p\n\(partial)\n--- parent\n\(parent)")
            if actual != expected { break }
            if actual != nil { compared += 1 }
        }
        XCTAssertGreaterThan(compared, 1000, "most random templates are valid")
    }

    func testSyntaxErrorsAreReportedWhereTheyAre() {
        let cases: [(String, TemplateSyntaxError.Problem, Int, Int)] = [
            ("<p>{{#a}}x{{/b}}</p>", .closedWithOtherName, 1, 14),
            ("line\n{{#a}}\nx\n", .unclosedSection, 4, 1),
            ("{{name", .unfinishedTag, 1, 7),
            ("é{{! never closed", .unfinishedComment, 1, 18),
            ("{{<base}}<b>{{x}}</b>{{/base}}", .tagInsideParent, 1, 31),
            ("{{=<% %>}}", .badDelimiters, 1, 11),
            ("{{% COLOUR: red}}", .unknownPragma, 1, 18),
        ]
        for (text, problem, line, column) in cases {
            XCTAssertThrowsError(try TemplateParser.parse(text), text) { error in
                XCTAssertEqual(error as? TemplateSyntaxError, TemplateSyntaxError(problem: problem, line: line, column: column), text)
            }
        }
    }

    func testTransformsAndListPositions() throws {
        let values: TemplateValue = ["items": ["a", "b", "c"], "empty": "", "n": 4, "obj": ["k": "v"]]
        let cases: [(String, String)] = [
            ("{{#items}}{{.}}{{^last()}}, {{/last()}}{{/items}}", "a, b, c"),
            ("{{#items}}{{#first()}}[{{/first()}}{{index()}}{{/items}}", "[012"),
            ("{{count(items)}} {{#empty(empty)}}none{{/empty(empty)}}", "3 none"),
            ("{{plusone(n)}} {{#even(n)}}even{{/even(n)}} {{uppercased(obj.k)}}", "5 even V"),
            ("{{#empty}}shown even when empty{{/empty}}", "shown even when empty"),
            ("{{#obj}}{{.k}}{{.n}}|{{n}}{{/obj}}", "v|4"),
            ("{{#first(items)}}{{.}}{{/first(items)}}{{#reversed(items)}}{{.}}{{/reversed(items)}}", "acba"),
        ]
        for (template, expected) in cases {
            let nodes = try TemplateParser.parse(template)
            XCTAssertEqual(String(decoding: TemplateRenderer.render("t", values, templates: ["t": nodes]), as: UTF8.self), expected, template)
        }
    }

    func testABlockInsideItsOwnOverrideShowsItsDefaultInsteadOfNeverFinishing() throws {
        let sources = ["page": "{{<parent}}{{$b}}[{{$b}}inner{{/b}}]{{/b}}{{/parent}}", "parent": "<{{$b}}default{{/b}}>"]
        XCTAssertEqual(try ourRender(sources, [:]), "<[inner]>")
    }

    func testFrontMatterParamsAreEscapedWhateverTheirKeys() throws {
        // Keys ending in `_html` once passed through unescaped, which let front matter put HTML in a page.
        let params = ParamValue.map(["note_html": .string("<script>x</script>"), "list": .list([.string("a & b")])])
        let nodes = try TemplateParser.parse("{{{p.note_html}}}|{{#p.list}}{{.}}{{/p.list}}")
        let rendered = TemplateRenderer.render("t", ["p": params.templateValue], templates: ["t": nodes])
        XCTAssertEqual(String(decoding: rendered, as: UTF8.self), "&lt;script&gt;x&lt;/script&gt;|a &amp; b")
    }

    private func ourRender(_ sources: [String: String], _ values: TemplateValue) throws -> String {
        let templates = try sources.mapValues { try TemplateParser.parse($0) }
        return String(decoding: TemplateRenderer.render("page", values, templates: templates), as: UTF8.self)
    }

    /// How Partnerbook used swift-mustache: every template opened with a pragma that turned its
    /// escaping off, since values arrive escaped.
    private func referenceRender(_ sources: [String: String], _ values: TemplateValue) throws -> String {
        var library = MustacheLibrary()
        for (name, text) in sources { library.register(try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text), named: name) }
        return library.render(values.any, withTemplate: "page") ?? ""
    }
}

private extension TemplateValue {
    var any: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .number(let number): number
        case .list(let items): items.map(\.any)
        case .object(let values): values.mapValues(\.any)
        case .shared(let shared): shared.value.any
        }
    }
}

/// Random templates and values over a small vocabulary, so names meet values often.
private struct TemplateMaker {
    var random: SplitMix

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    private mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    private static let scalars = ["s", "n", "t", "f", "obj.s", "obj.n", ".s", "missing", "obj.missing.s"]
    private static let sectionNames = ["t", "f", "list", "strings", "obj", "none", "s", "n", "missing", "obj.list", "empty(strings)",
                                       "first(list)", "empty(.)", "last()", "first()"]

    private mutating func blanks() -> String { pick(["", "", " ", "  ", "\t", " \t "]) }
    /// No text ends with "{": swift-mustache refuses a template that ends so, and drops a "{{"
    /// that ends a line, where Partnerbook reports an unfinished tag.
    private mutating func text() -> String { pick(["a", "b c", "<i>", "é", "x y ", "", "}", "{ a", "} {x"]) }

    mutating func template(depth: Int, partials: Bool) -> String {
        var out = ""
        for _ in 0..<Int(random.next() % 7) {
            if chance(35) { out += blanks() }
            out += piece(depth: depth, partials: partials)
            if chance(40) { out += blanks() }
            if chance(45) { out += pick(["\n", "\n", "\r\n"]) }
        }
        return out
    }

    private mutating func piece(depth: Int, partials: Bool) -> String {
        switch random.next() % 11 {
        case 0, 1: return text()
        case 2: return "{{\(pick(Self.scalars))}}"
        case 3: return pick(["{{{s}}}", "{{& obj.s}}", "{{#strings}}{{.}}{{/strings}}", "{{ n }}", "{{index()}}", "{{count(list)}}"])
        case 4: return "{{! \(pick(["note", "two\nlines"])) }}"
        case 5: return partials ? "{{> partials/p}}" : text()
        // Without partials there are no blocks either: an override holding its own block would
        // never finish rendering.
        case 6: return partials ? "{{$block}}\(depth > 0 ? template(depth: depth - 1, partials: partials) : "d"){{/block}}" : text()
        case 7: return "{{=<% %>=}}<%s%><%={{ }}=%>"
        default:
            guard depth > 0 else { return text() }
            let name = pick(Self.sectionNames)
            let sigil = pick(["#", "#", "^"])
            return "{{\(sigil)\(name)}}" + pick(["", "\n"]) + template(depth: depth - 1, partials: partials) + blanks() + "{{/\(name)}}"
        }
    }

    mutating func parentTemplate() -> String {
        "<p>" + pick(["", "\n", "  "]) + "{{$title}}default title{{/title}}" + pick(["", "\n"]) + blanks()
            + "{{$block}}\n  default\n  block\n{{/block}}" + pick(["", "\n"]) + template(depth: 1, partials: true)
    }

    mutating func inheriting() -> String {
        var out = pick(["", "{{! first }}\n", "\n", "x"]) + "{{<parent}}" + pick(["", "\n"])
        for name in ["block", "title"] where chance(70) {
            out += blanks() + "{{$\(name)}}" + pick(["", "\n"]) + template(depth: 2, partials: false) + blanks() + "{{/\(name)}}" + pick(["", "\n"])
        }
        return out + "{{/parent}}" + pick(["", "\n", "\nafter"])
    }

    mutating func values() -> TemplateValue {
        func scalarValues(_ maker: inout TemplateMaker) -> [String: TemplateValue] {
            var values: [String: TemplateValue] = [:]
            if maker.chance(80) { values["s"] = .text(maker.pick(["word", "", "&amp;", "two\nlines"])) }
            if maker.chance(80) { values["n"] = .number(Int(maker.random.next() % 3)) }
            values["t"] = .flag(true)
            values["f"] = .flag(false)
            return values
        }
        var root = scalarValues(&self)
        root["obj"] = .object(scalarValues(&self).merging(["list": .list([.object(scalarValues(&self))])]) { a, _ in a })
        root["list"] = .list((0..<Int(random.next() % 4)).map { _ in .object(scalarValues(&self)) })
        root["strings"] = .list((0..<Int(random.next() % 3)).map { _ in .text(pick(["x", "y", ""])) })
        root["none"] = .list([])
        return .object(root)
    }
}
