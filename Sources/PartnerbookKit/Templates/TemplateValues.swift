import Mustache

/// Prepares template values: every string HTML-escaped, except the ones that hold HTML.
enum TemplateValues {
    /// Keys whose values are HTML made by Partnerbook (cmark's output), shown with `{{{…}}}`.
    static func holdsHTML(_ key: String) -> Bool { key == "content" || key.hasSuffix("_html") }

    static func escaped(_ values: [String: Any]) -> [String: Any] {
        var out = values
        for (key, value) in values where !holdsHTML(key) { out[key] = escaped(value) }
        return out
    }

    static func escaped(_ value: Any) -> Any {
        switch value {
        case let text as String: HTML.escape(text)
        case let values as [String: Any]: escaped(values)
        case let list as [[String: Any]]: list.map(escaped)
        case let list as [Any]: list.map(escaped)
        default: value
        }
    }
}

/// Strings render as themselves. Without this, Mustache asks of every value whether it is an
/// optional and formats it with `String(describing:)`, which a profile of a 1,000-page build showed
/// to cost a tenth of the build.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
