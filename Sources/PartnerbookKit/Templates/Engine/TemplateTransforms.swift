import Foundation

/// The functions a tag may apply to a value, as in `{{#empty(.)}}` or `{{count(stories)}}`: the
/// set swift-mustache 2.1 offers for strings, lists, dictionaries and numbers. A transform a value
/// does not have gives no value, so its section is hidden (and an inverted one shown).
enum TemplateTransforms {
    static func apply(_ name: String, to value: TemplateValue) -> TemplateValue? {
        switch value.unshared {
        case .text(let text):
            switch name {
            case "empty": .flag(text.isEmpty)
            case "capitalized": .text(text.capitalized)
            case "lowercased": .text(text.lowercased())
            case "uppercased": .text(text.uppercased())
            case "reversed": .text(String(text.reversed()))
            default: nil
            }
        case .list(let items):
            switch name {
            case "first": items.first
            case "last": items.last
            case "reversed": .list(items.reversed())
            case "count": .number(items.count)
            case "empty": .flag(items.isEmpty)
            default: nil
            }
        case .object(let values):
            switch name {
            case "count": .number(values.count)
            case "empty": .flag(values.isEmpty)
            case "sorted", "enumerated":
                .list(values.sorted { $0.key < $1.key }.map { .object(["key": .text(HTML.escape($0.key)), "value": $0.value]) })
            default: nil
            }
        case .number(let number):
            switch name {
            case "equalzero": .flag(number == 0)
            case "plusone": .number(number + 1)
            case "minusone": .number(number - 1)
            case "even": .flag(number % 2 == 0)
            case "odd": .flag(number % 2 != 0)
            default: nil
            }
        case .flag, .shared:
            nil
        }
    }
}
