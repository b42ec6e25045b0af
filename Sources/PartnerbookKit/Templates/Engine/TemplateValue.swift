/// A value as the templates see it. Contexts are built as `[String: Any]` and converted once per
/// page; rendering then switches over these five cases instead of asking the runtime, at every tag,
/// which protocols an `Any` conforms to (a profile of a 10,000-page build put a quarter of its CPU
/// time in those casts, and in the retains and copies around them).
enum TemplateValue: Sendable {
    /// Text as it is written out: HTML-escaped already, or HTML made by Partnerbook.
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// `context` with every string HTML-escaped, except the values of keys that hold HTML
    /// (`TemplateValue.holdsHTML`) and everything below them.
    init(escaping context: [String: Any]) {
        self = .object(Self.convert(context, escaping: true))
    }

    /// Keys whose values are HTML made by Partnerbook (cmark's output), shown as they are.
    static func holdsHTML(_ key: String) -> Bool { key == "content" || key.hasSuffix("_html") }

    private static func convert(_ values: [String: Any], escaping: Bool) -> [String: TemplateValue] {
        var out: [String: TemplateValue] = [:]
        out.reserveCapacity(values.count)
        for (key, value) in values {
            out[key] = convert(value, escaping: escaping && !holdsHTML(key))
        }
        return out
    }

    private static func convert(_ value: Any, escaping: Bool) -> TemplateValue {
        switch value {
        case let text as String: .text(escaping ? HTML.escape(text) : text)
        case let flag as Bool: .flag(flag)
        case let number as Int: .number(number)
        case let values as [String: Any]: .object(convert(values, escaping: escaping))
        case let list as [[String: Any]]: .list(list.map { .object(convert($0, escaping: escaping)) })
        case let list as [Any]: .list(list.map { convert($0, escaping: escaping) })
        default: convert(String(describing: value), escaping: escaping)
        }
    }
}
