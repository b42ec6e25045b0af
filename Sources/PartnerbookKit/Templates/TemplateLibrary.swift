import Foundation

/// The site's Mustache templates, parsed once, with every syntax error and every reference to a
/// missing partial or parent reported at its file, line and column.
struct TemplateLibrary: Sendable {
    let templates: [String: [TemplateNode]]
    let names: Set<String>
    /// What each template's output depends on besides its values (see `digests(of:)`).
    let digests: [String: Fingerprint]

    /// Parses every `*.mustache` among `layouts`; names drop the extension: `partials/sidebar`.
    static func load(_ layouts: [String: LayoutFile]) -> (TemplateLibrary, [Diagnostic]) {
        var templates: [String: [TemplateNode]] = [:]
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        for (path, file) in layouts.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            let text = file.text
            sources[name] = text
            do {
                templates[name] = try parse(text)
            } catch {
                diagnostics.append(.error("template", at: location(path, file, error.line, error.column),
                                          "template syntax error: \(error.message)"))
            }
        }
        let names = Set(sources.keys)
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in references(in: text) where !names.contains(reference.name) {
                let path = name + ".mustache"
                diagnostics.append(.error("template", at: location(path, layouts[path]!, reference.line, reference.column),
                                          "template '\(reference.name)' does not exist",
                                          hint: "templates are named by their path below layouts/ without '.mustache'"))
            }
        }
        for cycle in cycles(in: sources) {
            let path = cycle.template + ".mustache"
            diagnostics.append(.error("template", at: location(path, layouts[path]!, cycle.line, cycle.column),
                                      "template '\(cycle.template)' includes itself (\(cycle.path.joined(separator: " → "))), so it would never finish rendering",
                                      hint: "a template may not include itself, directly or through others"))
        }
        return (TemplateLibrary(templates: templates, names: names, digests: digests(of: sources)), diagnostics)
    }

    /// Only the templates that `roots` reach through partials and parents, parsed, without the
    /// checks `load` makes: for a rebuild from a build snapshot, which lays out a few pages with the
    /// layouts the full build before it checked. Every template is still named.
    static func load(_ layouts: [String: LayoutFile], reaching roots: [String]) -> TemplateLibrary {
        let names = names(in: layouts)
        func text(_ name: String) -> String { layouts[name + ".mustache"]!.text }
        let reached = reach(from: roots, among: names) { references(in: text($0)).map(\.name) }
        let sources = Dictionary(uniqueKeysWithValues: reached.map { ($0, text($0)) })
        let templates = sources.compactMapValues { try? parse($0) }
        return TemplateLibrary(templates: templates, names: names, digests: digests(of: sources, for: roots))
    }

    /// The names of the templates among `layouts`.
    static func names(in layouts: [String: LayoutFile]) -> Set<String> {
        Set(layouts.keys.lazy.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) })
    }

    private static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        try TemplateParser.parse(unindentingPartials(text))
    }

    func has(_ name: String) -> Bool { names.contains(name) }

    /// A partial tag alone on an indented line would indent every line the partial writes.
    /// Indentation of generated HTML means nothing to a browser, and Partnerbook's pages have been
    /// written without it since swift-mustache's indenting cost a twentieth of a large build, so
    /// the tags are moved to the start of their lines; line numbers stay the same.
    static func unindentingPartials(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var blanks: [UInt8] = []
        var atLineStart = true
        let source = Array(text.utf8)
        for (offset, byte) in source.enumerated() {
            if atLineStart, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                blanks.append(byte)
                continue
            }
            if atLineStart, !blanks.isEmpty, !source[offset...].starts(with: "{{>".utf8) { bytes += blanks }
            blanks.removeAll(keepingCapacity: true)
            atLineStart = byte == UInt8(ascii: "\n")
            bytes.append(byte)
        }
        return String(decoding: bytes + blanks, as: UTF8.self)
    }

    func render(_ values: TemplateValue, with name: String) -> [UInt8] {
        TemplateRenderer.render(name, values, templates: templates)
    }

    private static func location(_ path: String, _ file: LayoutFile, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: (file.isBuiltIn ? "(built-in theme) layouts/" : "layouts/") + path, line: line, column: column)
    }

    /// `{{> name}}` and `{{< name}}` tags, with their 1-based line and column (in characters).
    static func references(in text: String) -> [(name: String, line: Int, column: Int)] {
        let bytes = Array(text.utf8)
        func isPair(_ at: Int, _ byte: UInt8) -> Bool { at + 1 < bytes.count && bytes[at] == byte && bytes[at + 1] == byte }
        var found: [(String, Int, Int)] = []
        var (line, lineStart, at) = (1, 0, 0)
        while at < bytes.count {
            if bytes[at] == UInt8(ascii: "\n") {
                (line, lineStart, at) = (line + 1, at + 1, at + 1)
                continue
            }
            guard isPair(at, UInt8(ascii: "{")) else { at += 1; continue }
            let sigil = at + 2
            var close = sigil + 1
            while close < bytes.count, bytes[close] != UInt8(ascii: "\n"), !isPair(close, UInt8(ascii: "}")) { close += 1 }
            guard sigil < bytes.count, bytes[sigil] == UInt8(ascii: ">") || bytes[sigil] == UInt8(ascii: "<"),
                  isPair(close, UInt8(ascii: "}")) else { at = sigil; continue }
            let name = String(decoding: bytes[(sigil + 1)..<close], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            found.append((name, line, String(decoding: bytes[lineStart..<at], as: UTF8.self).count + 1))
            at = close + 2
        }
        return found
    }
}
