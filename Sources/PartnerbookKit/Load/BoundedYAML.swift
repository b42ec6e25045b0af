import Yams

/// Composes YAML with Yams, but first makes sure its aliases do not multiply into more values than
/// a limit. Yams shares one node among the aliases of an anchor, so memory stays small, but it
/// hashes every mapping key in full to find duplicates: nine levels of ten aliases used as a key
/// ("billion laughs") would keep a build busy for hours.
///
/// The check composes a probe first: the same text with each `*alias` turned into a plain scalar
/// that starts with a private-use character of its own, so the probe holds no alias at all and
/// costs no more than its length. Columns stay true, as the character replaces the `*`. Walking
/// the probe in document order gives every anchor's expanded size; only when the whole document
/// stays within the limit does Yams see the real text.
enum BoundedYAML {
    /// The YAML's aliases expand to more values than allowed; the place is the alias that crossed the limit.
    struct TooLarge: Error, Equatable {
        let line: Int
        let column: Int
        let limit: Int

        var problem: String { "its anchors and aliases expand to more than \(limit) values" }
    }

    /// The first of the private-use characters that stand in for `*`; each alias gets its own.
    private static let firstMarker: UInt32 = 0xE000
    private static let markerCount: UInt32 = 0xF8FF - 0xE000 + 1

    /// Throws `TooLarge`, or whatever Yams throws for the text. With the `.basic` resolver every
    /// scalar is text, and keys compare as text. The text is always UTF-8: Yams's own default reads
    /// the whole environment on every parse.
    static func compose(_ yaml: String, limit: Int, resolver: Resolver = .default) throws -> Node? {
        do {
            return try composeChecked(yaml, limit: limit, resolver: resolver)
        } catch YamlError.parser(let context, let problem, let mark, let text) where problem.hasPrefix("Maximum nesting level") {
            // libyaml's own words name a C function; these name the cause.
            throw YamlError.parser(context: context, problem: "values are nested more than 1000 levels deep", mark, yaml: text)
        }
    }

    private static func composeChecked(_ yaml: String, limit: Int, resolver: Resolver) throws -> Node? {
        let (probe, aliases) = try neutralizingAliases(yaml, limit: limit)
        if !aliases.isEmpty {
            let parser = try Parser(yaml: probe, resolver: resolver, encoding: .utf8)
            guard let root = try parser.singleRoot() else { return nil }
            // Yams holds anchors weakly; the parser keeps them alive while the probe is measured.
            try withExtendedLifetime(parser) {
                var measure = Measure(aliases: aliases, limit: limit)
                _ = try measure.size(of: root)
            }
        }
        return try Parser(yaml: yaml, resolver: resolver, encoding: .utf8).singleRoot()
    }

    /// The text with every `*` that could start an alias replaced, and the alias name behind each
    /// marker. Over-matching is harmless: a `*` inside a quoted or plain scalar just becomes
    /// another character of that scalar in the probe.
    static func neutralizingAliases(_ yaml: String, limit: Int) throws -> (String, [String]) {
        let scalars = Array(yaml.unicodeScalars)
        guard scalars.contains("*") else { return (yaml, []) }
        var out = String.UnicodeScalarView()
        var names: [String] = []
        var line = 1, column = 1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "*", index + 1 < scalars.count, isAnchorCharacter(scalars[index + 1]) {
                guard names.count < Int(markerCount) else { throw TooLarge(line: line, column: column, limit: limit) }
                var end = index + 1
                while end < scalars.count, isAnchorCharacter(scalars[end]) { end += 1 }
                names.append(String(String.UnicodeScalarView(scalars[(index + 1)..<end])))
                out.append(Unicode.Scalar(firstMarker + UInt32(names.count - 1))!)
            } else {
                out.append(scalar)
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return (String(out), names)
    }

    /// libyaml's anchor names: ASCII letters, digits, `-` and `_`.
    private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": true
        default: false
        }
    }

    /// Expanded sizes, computed as Yams composes: an anchor is known from the end of its node on,
    /// and a later anchor of the same name replaces it.
    private struct Measure {
        let aliases: [String]
        let limit: Int
        var anchors: [String: Int] = [:]

        mutating func size(of node: Node) throws -> Int {
            var total = 1
            switch node {
            case .scalar(let scalar):
                if let name = aliasName(scalar.string), let expanded = anchors[name] {
                    total = expanded
                    if total > limit {
                        throw TooLarge(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, limit: limit)
                    }
                }
            case .sequence(let sequence):
                for child in sequence { total = try add(total, size(of: child), at: child) }
            case .mapping(let mapping):
                for (key, value) in mapping {
                    total = try add(total, size(of: key), at: key)
                    total = try add(total, size(of: value), at: value)
                }
            case .alias:
                break
            }
            if let anchor = node.anchor?.rawValue { anchors[anchor] = total }
            return total
        }

        private func add(_ total: Int, _ size: Int, at node: Node) throws -> Int {
            let sum = total + size
            guard sum <= limit else {
                throw TooLarge(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, limit: limit)
            }
            return sum
        }

        /// The anchor name a probe scalar stands for, when the scalar is exactly one replaced alias.
        private func aliasName(_ text: String) -> String? {
            guard let first = text.unicodeScalars.first,
                  first.value >= BoundedYAML.firstMarker, first.value < BoundedYAML.firstMarker + UInt32(aliases.count)
            else { return nil }
            let name = aliases[Int(first.value - BoundedYAML.firstMarker)]
            return text.unicodeScalars.dropFirst().elementsEqual(name.unicodeScalars) ? name : nil
        }
    }
}
