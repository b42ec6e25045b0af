/// Renders parsed templates into one growing byte buffer, looking names up in a stack of values.
///
/// What a section does with each kind of value, how names are found, and how an indented block
/// indents its lines follow swift-mustache 2.1 (see `TemplateParser`), so a theme renders as it
/// did with that engine: a list repeats its section once per item, `false` and missing values hide
/// it, and anything else (even an empty string) shows it once with that value innermost.
struct TemplateRenderer {
    private let templates: [String: [TemplateNode]]
    private var output: [UInt8] = []
    private var stack: [TemplateValue] = []

    /// What a template is rendered within besides the values.
    private struct Scope {
        /// The item's place when the innermost value is an item of a list (`first()`, `last()`, `index()`).
        var place: (index: Int, isLast: Bool)?
        /// Written before each line a tag starts within an indented block or partial.
        var indentation: [UInt8] = []
        /// The blocks a child template overrides (`{{< parent}}{{$name}}…{{/name}}{{/parent}}`).
        var overrides: [String: [TemplateNode]] = [:]
    }

    /// The bytes of template `name` rendered with `values`: UTF-8, since every piece is.
    static func render(_ name: String, _ values: TemplateValue, templates: [String: [TemplateNode]]) -> [UInt8] {
        guard let nodes = templates[name] else { return [] }
        var renderer = TemplateRenderer(templates: templates)
        renderer.output.reserveCapacity(1 << 15)
        renderer.stack = [values]
        renderer.render(nodes, Scope())
        return renderer.output
    }

    private init(templates: [String: [TemplateNode]]) { self.templates = templates }

    private mutating func render(_ nodes: [TemplateNode], _ scope: Scope) {
        // By index: the array's subscript lends each node, where a for-in loop copies it (a
        // retain and a release of its contents per node rendered).
        guard !scope.indentation.isEmpty else {
            for index in nodes.indices { render(nodes[index], scope) }
            return
        }
        let start = output.count
        for index in nodes.indices {
            let before = output.count
            render(nodes[index], scope)
            if output.count > before, before > start, output[before - 1] == UInt8(ascii: "\n"),
               !(before - 2 >= start && output[before - 2] == UInt8(ascii: "\r")) {
                output.insert(contentsOf: scope.indentation, at: before)
            }
        }
    }

    private mutating func render(_ node: TemplateNode, _ scope: Scope) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .value(let name):
            switch lookUp(name, scope) {
            case .text(let text): output.append(contentsOf: text.utf8)
            case .number(let number): output.append(contentsOf: String(number).utf8)
            case .flag(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .list, .object, .shared, nil: break
            }
        case .section(let name, let body, let inverted):
            let value = lookUp(name, scope)
            inverted ? renderInverted(body, value, scope) : renderSection(body, value, scope)
        case .partial(let written, let dynamic, let indentation, let overrides):
            var name = written
            if dynamic {
                guard case .text(let named) = lookUp(TemplateName(written, transforms: []), scope) else { return }
                name = named
            }
            guard let nodes = templates[name] else { return }
            var inner = Scope(indentation: scope.indentation + (indentation ?? []), overrides: scope.overrides)
            if let overrides { inner.overrides.merge(overrides) { outer, _ in outer } }
            render(nodes, inner)
        case .block(let name, let body, let indentation):
            // Within its own override a block shows its default: an override that holds its own
            // block would otherwise never finish rendering.
            var overrides = scope.overrides
            let chosen = overrides.removeValue(forKey: name) ?? body
            render(chosen, Scope(indentation: scope.indentation + indentation, overrides: overrides))
        case .override:
            break
        }
    }

    private mutating func renderSection(_ body: [TemplateNode], _ value: TemplateValue?, _ scope: Scope) {
        switch value {
        case .list(let items):
            for index in items.indices {
                var inner = scope
                inner.place = (index, index == items.count - 1)
                renderWithin(items[index], body, inner)
            }
        case .flag(let shown):
            if shown { render(body, scope) }
        case .text, .number, .object, .shared:
            var inner = scope
            inner.place = nil
            renderWithin(value!, body, inner)
        case nil:
            break
        }
    }

    private mutating func renderInverted(_ body: [TemplateNode], _ value: TemplateValue?, _ scope: Scope) {
        switch value {
        case .list(let items) where items.isEmpty:
            var inner = scope
            inner.place = nil
            renderWithin(value!, body, inner)
        case .flag(false), nil:
            render(body, scope)
        default:
            break
        }
    }

    private mutating func renderWithin(_ value: TemplateValue, _ body: [TemplateNode], _ scope: Scope) {
        stack.append(value.unshared)
        render(body, scope)
        stack.removeLast()
    }

    /// A name's value: its first part looked up from the innermost value outwards (or in the
    /// innermost only, for `.a`), the rest inside it, then its transforms applied innermost first.
    private func lookUp(_ name: TemplateName, _ scope: Scope) -> TemplateValue? {
        var transforms = name.transforms[...]
        var value: TemplateValue?
        switch name.origin {
        case .current:
            value = stack.last
        case .innermost:
            value = stack.last.flatMap { Self.descend(into: $0, name.path[...]) }
        case .anywhere:
            let first = name.path[0]
            for index in stack.indices.reversed() {
                if case .object(let values) = stack[index], let found = values[first]?.unshared {
                    value = Self.descend(into: found, name.path.dropFirst())
                    break
                }
            }
        case .position:
            guard let place = scope.place, let transform = transforms.popLast() else { return nil }
            value = Self.position(place, transform)
        }
        while let transform = transforms.popLast(), let current = value {
            value = TemplateTransforms.apply(transform, to: current)?.unshared
        }
        return value
    }

    private static func descend(into value: TemplateValue, _ path: ArraySlice<String>) -> TemplateValue? {
        var value = value
        for part in path {
            guard case .object(let values) = value, let child = values[part]?.unshared else { return nil }
            value = child
        }
        return value
    }

    private static func position(_ place: (index: Int, isLast: Bool), _ transform: String) -> TemplateValue? {
        switch transform {
        case "first": .flag(place.index == 0)
        case "last": .flag(place.isLast)
        case "index": .number(place.index)
        case "even": .flag(place.index % 2 == 0)
        case "odd": .flag(place.index % 2 == 1)
        default: nil
        }
    }
}
