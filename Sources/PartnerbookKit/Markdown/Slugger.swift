/// Makes URL-safe ids from text, and keeps ids unique within one page.
struct Slugger {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    /// Lowercase letters and digits (any script) are kept; runs of spaces, `-` and `_` become one
    /// `-`; everything else is dropped. "Risk, resources & reward" → `risk-resources-reward`.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(character)
            } else if character.isWhitespace || character == "-" || character == "_" {
                pendingDash = true
            }
        }
        return out
    }

    /// A slug of `text` not yet handed out on this page: repeats get `-1`, `-2`, ….
    mutating func uniqueSlug(_ text: String, fallback: String = "section") -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = fallback }
        guard used.contains(base) else {
            used.insert(base)
            return base
        }
        var suffix = nextSuffix[base, default: 1]
        while used.contains("\(base)-\(suffix)") { suffix += 1 }
        nextSuffix[base] = suffix + 1
        let id = "\(base)-\(suffix)"
        used.insert(id)
        return id
    }
}
