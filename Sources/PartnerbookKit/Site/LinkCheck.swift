/// Checks what only the whole site can tell: that `#anchors` name ids the target page really has.
enum LinkCheck {
    static func check(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var anchors: [String: Set<String>] = [:]
        for page in site.pages {
            for link in page.markdown.links {
                let target: Page?
                let fragment: String
                switch link.target {
                case .page(let path, let f?): target = site.page(atPath: path); fragment = f
                case .samePage(let f): target = page; fragment = f
                default: continue
                }
                guard let target, !fragment.isEmpty else { continue }
                if anchors[target.path] == nil { anchors[target.path] = target.markdown.anchors }
                guard anchors[target.path]?.contains(fragment) == false else { continue }
                diagnostics.append(.warning("broken-anchor", at: SourceLocation(file: page.displayPath, line: link.line, column: link.column),
                                            "'#\(fragment)' names no heading on \(target.displayPath)",
                                            hint: nearest(fragment, in: target).map { "did you mean '#\($0)'?" }))
            }
        }
        return diagnostics
    }

    private static func nearest(_ fragment: String, in page: Page) -> String? {
        let scored = page.markdown.anchors.map { ($0, FrontMatterDecoder.editDistance($0, fragment)) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(2, fragment.count / 3) else { return nil }
        return best.0
    }
}
