/// Writes YAML scalars that read back as exactly the text given, so a title such as
/// `Risks: "shared" & owned` survives the trip into front matter and out again.
enum YAMLText {
    /// `text` left plain when YAML would read it back unchanged, double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        isSafePlain(text) ? text : doubleQuoted(text)
    }

    /// Words YAML readers may take for null, a boolean or a number rather than text.
    private static let reserved: Set<String> = ["null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", "inf"]

    /// Punctuation that cannot start a YAML token or end a plain scalar when it stands inside one.
    private static let innerPunctuation: Set<Character> = [" ", ",", ".", "'", "!", "?", "(", ")", "-", "/", "&", "+"]

    /// Plain only when it starts with a letter, holds only letters, digits and harmless punctuation,
    /// does not end in a space, and is no reserved word.
    static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, first.isLetter, last != " " else { return false }
        guard !reserved.contains(text.lowercased()) else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || innerPunctuation.contains($0) }
    }

    /// A double-quoted scalar: `\` and `"` escaped, and every control or line-breaking character
    /// written as an escape so the value stays on one line.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            case "\u{FEFF}": out += "\\uFEFF"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// The front matter block of a new page, written key by key, with an optional comment after a
/// value to tell the author what it is for.
struct FrontMatterText {
    private var entries: [(line: String, comment: String?)] = []

    /// Text, quoted when it needs to be.
    mutating func text(_ key: String, _ value: String, _ comment: String? = nil) {
        entries.append(("\(key): \(YAMLText.scalar(value))", comment))
    }

    /// A value that is safe as written: a number, a date, an interval.
    mutating func literal(_ key: String, _ value: String, _ comment: String? = nil) {
        entries.append(("\(key): \(value)", comment))
    }

    /// Text when it is known, else the key left empty for the author to fill in.
    mutating func optionalText(_ key: String, _ value: String?, _ comment: String? = nil) {
        if let value { text(key, value, comment) } else { entries.append(("\(key):", comment)) }
    }

    /// A flow list of names: `[Platform, "Sales: EMEA"]`.
    mutating func list(_ key: String, _ items: [String], _ comment: String? = nil) {
        entries.append(("\(key): [\(items.map(YAMLText.flowItem).joined(separator: ", "))]", comment))
    }

    /// The block between `---` lines, comments lined up in one column.
    var block: String {
        let width = entries.filter { $0.comment != nil }.map(\.line.count).max() ?? 0
        let lines = entries.map { entry in
            guard let comment = entry.comment else { return entry.line }
            return entry.line + String(repeating: " ", count: width + 2 - entry.line.count) + "# " + comment
        }
        return "---\n" + lines.joined(separator: "\n") + "\n---\n"
    }
}

extension YAMLText {
    /// An item of a flow list, where `,` `[` `]` `{` `}` would end the item: quoted unless plain letters.
    static func flowItem(_ text: String) -> String {
        isSafePlain(text) && !text.contains(",") ? text : doubleQuoted(text)
    }
}
