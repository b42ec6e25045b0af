import Yams

/// Reads the YAML of one page's front matter into a `FrontMatter`, collecting every problem with
/// the line and column it has in the real file rather than stopping at the first.
struct FrontMatterDecoder {
    let file: SourceFile
    /// The file line on which the YAML's first line stands.
    let firstLine: Int
    let yaml: String
    private(set) var diagnostics: [Diagnostic] = []

    /// The most values front matter may hold once aliases are expanded: generous for real pages,
    /// small enough that "billion laughs" YAML is refused at once.
    static let valueBudget = 10_000

    init(file: SourceFile, yaml: String, firstLine: Int) {
        self.file = file
        self.yaml = yaml
        self.firstLine = firstLine
    }

    static func decode(_ yaml: String, firstLine: Int, in file: SourceFile) -> (FrontMatter, [Diagnostic]) {
        var decoder = FrontMatterDecoder(file: file, yaml: yaml, firstLine: firstLine)
        let frontMatter = decoder.decode()
        return (frontMatter, decoder.diagnostics)
    }

    mutating func decode() -> FrontMatter {
        var result = FrontMatter()
        let root: Node?
        do {
            // Every value is read as text, so Yams need not tell numbers, dates and booleans
            // apart: its regular expressions for that were a twentieth of a clean build.
            root = try BoundedYAML.compose(yaml, limit: Self.valueBudget, resolver: .basic)
        } catch {
            report(error)
            return result
        }
        guard let root, !isNull(root) else { return result }
        guard case .mapping(let mapping) = root else {
            fail(root, "front matter must be a mapping of keys to values, got \(describe(root))",
                 hint: "write one `key: value` per line between the `---` lines")
            return result
        }
        var budget = Self.valueBudget
        result.keys.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                fail(keyNode, "front matter keys must be plain words, got \(describe(keyNode))")
                continue
            }
            let place = location(of: keyNode)
            result.keys.append(Located(key, line: place.line, column: place.column))
            if isNull(value) { continue }
            decode(key: key, keyNode: keyNode, value: value, into: &result, budget: &budget)
        }
        return result
    }

    private mutating func decode(key: String, keyNode: Node, value: Node, into fm: inout FrontMatter, budget: inout Int) {
        switch key {
        case "title": fm.title = text(key, value)
        case "summary": fm.summary = text(key, value)
        case "owner": fm.owner = text(key, value)
        case "kind":
            guard let name = text(key, value) else { return }
            if let kind = PageKind(rawValue: name) { fm.kind = kind } else {
                fail(value, "unknown kind \"\(name)\"",
                     hint: "use one of \(PageKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        case "order":
            if let scalar = value.scalar, let n = Int(scalar.string) { fm.order = n } else {
                fail(value, "'order' must be a whole number, got \(describe(value))")
            }
        case "date": fm.date = day(key, value)
        case "last_reviewed": fm.lastReviewed = day(key, value)
        case "review_every":
            guard let raw = text(key, value) else { return }
            if let interval = ReviewInterval(raw) { fm.reviewEvery = interval } else {
                fail(value, "'review_every' must be a count and a unit like \"6 months\" or \"90 days\", got \"\(raw)\"")
            }
        case "status":
            guard let raw = text(key, value) else { return }
            switch raw {
            case "published": fm.isDraft = false
            case "draft": fm.isDraft = true
            default: fail(value, "'status' must be \"published\" or \"draft\", got \"\(raw)\"")
            }
        case "slug":
            guard let raw = text(key, value) else { return }
            if raw.isEmpty || raw.contains("/") || raw.contains(where: \.isWhitespace) || raw == "." || raw == ".." {
                fail(value, "'slug' must be one URL segment without spaces or slashes, got \"\(raw)\"")
            } else {
                fm.slug = raw
            }
        case "partners": fm.locatedPartners = list(key, value)
        case "practices": fm.practices = list(key, value)
        case "tags": fm.tags = list(key, value).map(\.value)
        default:
            var hint = "it is passed to templates as page.params.\(key)"
            if let near = Self.nearestKnownKey(to: key) { hint = "did you mean '\(near)'? Otherwise " + hint }
            diagnostics.append(.warning("unknown-key", at: location(of: keyNode),
                                        "unknown front matter key '\(key)'", hint: hint))
            if let param = param(value, budget: &budget) { fm.params[key] = param }
        }
    }

    // MARK: Typed values

    private mutating func text(_ key: String, _ node: Node) -> String? {
        guard let scalar = node.scalar else {
            fail(node, "'\(key)' must be text, got \(describe(node))")
            return nil
        }
        return scalar.string
    }

    private mutating func day(_ key: String, _ node: Node) -> Day? {
        guard let raw = text(key, node) else { return nil }
        guard let day = Day(raw) else {
            fail(node, "'\(key)' must be a date written YYYY-MM-DD, got \"\(raw)\"")
            return nil
        }
        return day
    }

    /// A list of names; a single name is accepted as a list of one.
    private mutating func list(_ key: String, _ node: Node) -> [Located<String>] {
        let items: [Node]
        switch node {
        case .scalar: items = [node]
        case .sequence(let sequence): items = Array(sequence)
        default:
            fail(node, "'\(key)' must be a list of names, got \(describe(node))")
            return []
        }
        var names: [Located<String>] = []
        for item in items {
            guard let scalar = item.scalar, !isNull(item) else {
                fail(item, "each entry of '\(key)' must be a name, got \(describe(item))")
                continue
            }
            let place = location(of: item)
            names.append(Located(scalar.string, line: place.line, column: place.column))
        }
        return names
    }

    private mutating func param(_ node: Node, budget: inout Int) -> ParamValue? {
        budget -= 1
        guard budget >= 0 else {
            if budget == -1 {
                fail(node, "front matter holds more than \(Self.valueBudget) values once its aliases are expanded",
                     hint: "YAML anchors and aliases that multiply are refused")
            }
            return nil
        }
        switch node {
        case .scalar(let scalar): return .string(scalar.string)
        case .sequence(let sequence):
            var items: [ParamValue] = []
            for item in sequence {
                guard let value = param(item, budget: &budget) else { return nil }
                items.append(value)
            }
            return .list(items)
        case .mapping(let mapping):
            var pairs: [String: ParamValue] = [:]
            for (key, value) in mapping {
                guard let value = param(value, budget: &budget) else { return nil }
                pairs[key.scalar?.string ?? "\(key)"] = value
            }
            return .map(pairs)
        case .alias: return nil
        }
    }

    // MARK: Places and messages

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): "\"\(s.string)\""
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    private func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return file.location(line: firstLine) }
        return location(line: mark.line, column: mark.column)
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        file.location(line: firstLine + line - 1, column: column)
    }

    private mutating func fail(_ node: Node, _ message: String, hint: String? = nil) {
        diagnostics.append(.error("front-matter", at: location(of: node), message, hint: hint))
    }

    private mutating func report(_ error: Error) {
        switch error {
        case YamlError.scanner(_, let problem, let mark, _),
             YamlError.parser(_, let problem, let mark, _),
             YamlError.composer(_, let problem, let mark, _):
            var hint: String? = nil
            if problem.contains("tab") || (problem.contains("cannot start any token") && yaml.contains("\t")) {
                hint = "YAML does not allow tabs for indentation; use spaces"
            }
            diagnostics.append(.error("yaml", at: location(line: mark.line, column: mark.column),
                                      "invalid YAML in front matter: \(problem)", hint: hint))
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            let places = secondOccurrences(of: Set(duplicates))
            for key in duplicates {
                let place = places[key] ?? (context.mark.line, context.mark.column)
                diagnostics.append(.error("duplicate-key", at: location(line: place.0, column: place.1),
                                          "duplicate front matter key '\(key)'",
                                          hint: "each key may appear once; remove or merge the repeated one"))
            }
        case let tooLarge as BoundedYAML.TooLarge:
            diagnostics.append(.error("yaml", at: location(line: tooLarge.line, column: tooLarge.column),
                                      "front matter refused: \(tooLarge.problem)",
                                      hint: "YAML anchors and aliases that multiply are refused"))
        default:
            diagnostics.append(.error("yaml", at: file.location(line: firstLine), "invalid YAML in front matter: \(error)"))
        }
    }

    /// Yams points at the first of two duplicate keys; the user wants to see the one that repeats it.
    /// One pass over the lines, however many keys repeat.
    private func secondOccurrences(of keys: Set<String>) -> [String: (Int, Int)] {
        var seen: Set<String> = [], second: [String: (Int, Int)] = [:]
        for (number, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop(while: { $0 == " " })
            let colons = trimmed.indices.lazy.filter { trimmed[$0] == ":" }
            guard let key = colons.map({ Self.unquoted(trimmed[..<$0]) }).first(where: keys.contains), second[key] == nil else { continue }
            if !seen.insert(key).inserted { second[key] = (number + 1, line.count - trimmed.count + 1) }
        }
        return second
    }

    /// A key as YAML reads it, without the quotes it may be written in.
    private static func unquoted(_ key: Substring) -> String {
        guard key.count >= 2, let quote = key.first, quote == "\"" || quote == "'", key.last == quote else { return String(key) }
        return String(key.dropFirst().dropLast())
    }

    /// The known key closest to a misspelt one, if it is close enough to be a likely typo.
    static func nearestKnownKey(to key: String) -> String? {
        let scored = FrontMatter.knownKeys.map { ($0, editDistance($0, key)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, key.count / 3) else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        EditDistance.between(Array(a), Array(b))
    }
}
