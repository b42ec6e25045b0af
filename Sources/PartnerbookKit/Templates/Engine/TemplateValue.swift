/// A value as the templates see it. Rendering switches over these five cases instead of asking the
/// runtime, at every tag, which protocols an `Any` conforms to: a profile of a 10,000-page build
/// put a quarter of its CPU time in those casts, and in the retains and copies around them.
enum TemplateValue: Sendable {
    /// Text as it is written out: HTML-escaped already, or HTML made by Partnerbook.
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// A value many files show (a page's summary, its sidebar entry), made and fingerprinted once.
    case shared(SharedTemplateValue)

    /// The value itself, for a shared one.
    var unshared: TemplateValue {
        if case .shared(let shared) = self { shared.value } else { self }
    }

    /// Text from the handbook or its settings, HTML-escaped.
    static func plain(_ text: String) -> TemplateValue { .text(HTML.escape(text)) }

    /// HTML made by Partnerbook (cmark's output), shown as it is.
    static func html(_ html: String) -> TemplateValue { .text(html) }

    /// `items` and whether there are any: a template tests `has_X` before opening a `<ul>` for `X`.
    static func setList(_ key: String, _ items: [TemplateValue], in values: inout TemplateValues) {
        values[key] = .list(items)
        values["has_" + key] = .flag(!items.isEmpty)
    }
}

/// The values of one object in a template context, by key.
typealias TemplateValues = [String: TemplateValue]

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    init(stringLiteral value: String) { self = .plain(value) }
    init(booleanLiteral value: Bool) { self = .flag(value) }
    init(integerLiteral value: Int) { self = .number(value) }
    init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, TemplateValue)...) { self = .object(Dictionary(uniqueKeysWithValues: elements)) }
}

/// A value shared by many files, with its fingerprint, so that a build with a cache fingerprints a
/// page listed on a thousand index pages once rather than a thousand times.
final class SharedTemplateValue: Sendable {
    let value: TemplateValue
    let fingerprint: Fingerprint

    init(_ value: TemplateValue) {
        self.value = value
        var fingerprint = Fingerprint()
        fingerprint.add(value)
        self.fingerprint = fingerprint
    }
}
