/// A parsed template: text and tags, with each section's body nested inside it.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    /// `{{name}}`, `{{{name}}}` or `{{& name}}`: values are escaped before rendering (see
    /// `TemplateValue.init(escaping:)`), so the three are written out alike.
    case value(TemplateName)
    /// `{{#name}}…{{/name}}`, or with `inverted` `{{^name}}…{{/name}}`.
    case section(TemplateName, body: [TemplateNode], inverted: Bool)
    /// `{{> name}}` (`dynamic`: `{{>*name}}`, the name read from the values), or `{{< name}}…{{/name}}`
    /// with the blocks it overrides. `indentation` is the whitespace before a tag alone on its line.
    case partial(String, dynamic: Bool, indentation: [UInt8]?, overrides: [String: [TemplateNode]]?)
    /// `{{$name}}default{{/name}}` in a parent template.
    case block(String, body: [TemplateNode], indentation: [UInt8])
    /// `{{$name}}…{{/name}}` inside `{{< parent}}…{{/parent}}`: what replaces the parent's block.
    case override(String, body: [TemplateNode])
}

/// The name in a tag, taken apart once when the template is parsed.
struct TemplateName: Sendable, Equatable {
    enum Origin: Sendable, Equatable {
        /// `.`: the innermost value.
        case current
        /// `a.b`: `a` looked up from the innermost value outwards, then `b` inside it.
        case anywhere
        /// `.a.b`: `a` looked up in the innermost value only.
        case innermost
        /// `first()`, `last()`, `index()`…: the position in the list being iterated.
        case position
    }

    var origin: Origin
    var path: [String]
    /// `empty(.)`, `count(stories)`: applied innermost first.
    var transforms: [String]
    /// The name as written, without its transforms.
    var name: String

    init(_ name: String, transforms: [String]) {
        self.name = name
        self.transforms = transforms
        path = name.split(separator: ".").map(String.init)
        origin = if name == "." || name.isEmpty && transforms.isEmpty { .current }
            else if name.isEmpty && !transforms.isEmpty { .position }
            else if name.first == "." { .innermost }
            else { .anywhere }
    }
}
