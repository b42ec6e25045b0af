extension CheckReport {
    /// The findings for scripts (`--format json`): an object with `findings` (each with `file`,
    /// `line`, `column`, `severity`, `code`, `message`, and `hint` when there is one) and the counts.
    /// Keys always come in this order; a place that is not known is `null`.
    public var json: String {
        var out = "{\n  \"findings\": ["
        for (index, diagnostic) in diagnostics.enumerated() {
            let place = diagnostic.location
            var fields = [
                ("file", place.map { JSON.string($0.file) } ?? "null"),
                ("line", place.flatMap { $0.line > 0 ? String($0.line) : nil } ?? "null"),
                ("column", place.flatMap { $0.line > 0 && $0.column > 0 ? String($0.column) : nil } ?? "null"),
                ("severity", JSON.string(diagnostic.severity.rawValue)),
                ("code", JSON.string(diagnostic.code)),
                ("message", JSON.string(diagnostic.message)),
            ]
            if let hint = diagnostic.hint { fields.append(("hint", JSON.string(hint))) }
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
