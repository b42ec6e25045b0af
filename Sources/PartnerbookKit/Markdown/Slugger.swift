/// Makes URL-safe ids from text, and keeps ids unique within one page.
struct Slugger {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    /// Lowercase letters and digits (any script) are kept; runs of spaces, `-` and `_` become one
    /// `-`; everything else is dropped. "Risk, resources & reward" → `risk-resources-reward`.
    static func slug(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                switch value {
                case 0x61...0x7A, 0x30...0x39: break
                case 0x41...0x5A:
                    if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                    pendingDash = false
                    out.append(UInt8(value + 32))
                    continue
                case 0x20, 0x09, 0x0A, 0x0D, 0x2D, 0x5F:
                    pendingDash = true
                    continue
                default: continue
                }
                if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(UInt8(value))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory.isMark {
                if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else if scalar.properties.isWhitespace {
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
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

extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
    var isLetter: Bool {
        [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter].contains(self)
    }
    var isNumber: Bool { self == .decimalNumber || self == .letterNumber || self == .otherNumber }
}
