extension CheckReport {
    /// The findings for scripts (`--format json`): an object with `findings` (each with `file`,
    /// `line`, `column`, `severity`, `code`, `message`, and `hint` when there is one) and the counts.
    /// Keys always come in this order; a place that is not known is `null`.
    public var json: String {
        var out = "{\n  \"findings\": ["
        for (index, diagnostic) in diagnostics.enumerated() {
            let place = diagnostic.location
            var fields = [
                ("file", place.map { JSONText.string($0.file) } ?? "null"),
                ("line", place.flatMap { $0.line > 0 ? String($0.line) : nil } ?? "null"),
                ("column", place.flatMap { $0.line > 0 && $0.column > 0 ? String($0.column) : nil } ?? "null"),
                ("severity", JSONText.string(diagnostic.severity.rawValue)),
                ("code", JSONText.string(diagnostic.code)),
                ("message", JSONText.string(diagnostic.message)),
            ]
            if let hint = diagnostic.hint { fields.append(("hint", JSONText.string(hint))) }
            out += index == 0 ? "\n" : ",\n"
            out += "    {\n" + fields.map { "      \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n    }"
        }
        out += diagnostics.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"errors\": \(diagnostics.errors.count),\n"
        out += "  \"warnings\": \(diagnostics.warnings.count),\n"
        out += "  \"pages\": \(pages)\n}\n"
        return out
    }
}

/// JSON string literals, written by hand so the output's key order is fixed and readable.
enum JSONText {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
