import Yams

/// Reads `partnerbook.yml` into `SiteConfig`, reporting every bad or unknown key with its place.
enum SiteConfigDecoder {
    static func decode(_ bytes: [UInt8], file: String) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        var problems: [Diagnostic] = []
        func place(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        func fail(_ node: Node, _ message: String) {
            problems.append(.error("config", at: place(node), message))
        }

        let root: Node?
        switch TextDecoding.decode(bytes) {
        case .failure(let bad):
            return (config, [.error("encoding", at: SourceLocation(file: file, line: bad.line, column: bad.column),
                                    "the file is not valid UTF-8")])
        case .success(let text):
            do { root = try BoundedYAML.compose(text, limit: FrontMatterDecoder.valueBudget) } catch {
                let (line, column, problem) = YAMLErrorPlace.of(error)
                return (config, [.error("yaml", at: SourceLocation(file: file, line: line, column: column), "invalid YAML: \(problem)")])
            }
        }
        guard let root else { return (config, []) }
        guard let mapping = root.mapping else {
            fail(root, "\(SiteConfig.fileName) must be a mapping of settings")
            return (config, problems)
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            func text() -> String? {
                guard let s = value.scalar?.string else { fail(value, "'\(key)' must be text"); return nil }
                return s
            }
            func flag() -> Bool? {
                guard let b = value.bool else { fail(value, "'\(key)' must be true or false"); return nil }
                return b
            }
            switch key {
            case "title": config.title = text() ?? config.title
            case "description": config.description = text() ?? ""
            case "base_url": config.baseURL = text() ?? ""
            case "language": config.language = text() ?? config.language
            case "edit_url": config.editURL = text()
            case "unsafe_html": config.unsafeHTML = flag() ?? false
            case "smart_punctuation": config.smartPunctuation = flag() ?? false
            case "partners":
                if let items = value.sequence { config.partners = items.compactMap { $0.scalar?.string } }
                else { fail(value, "'partners' must be a list of team names") }
            default:
                problems.append(.warning("unknown-setting", at: place(keyNode), "unknown setting '\(key)'",
                                         hint: "known settings: " + SiteConfig.knownKeys.joined(separator: ", ")))
            }
        }
        return (config, problems)
    }
}

/// The line, column and words of a Yams error, for messages that point into the file.
enum YAMLErrorPlace {
    static func of(_ error: Error) -> (line: Int, column: Int, problem: String) {
        switch error {
        case YamlError.scanner(_, let problem, let mark, _),
             YamlError.parser(_, let problem, let mark, _),
             YamlError.composer(_, let problem, let mark, _):
            return (mark.line, mark.column, problem)
        case YamlError.duplicatedKeysInMapping(let keys, let context):
            return (context.mark.line, context.mark.column, "duplicate key '\(keys.joined(separator: "', '"))'")
        case let tooLarge as BoundedYAML.TooLarge:
            return (tooLarge.line, tooLarge.column, tooLarge.problem)
        default:
            return (1, 1, "\(error)")
        }
    }
}
