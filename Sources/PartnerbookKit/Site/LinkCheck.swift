/// Checks what only the whole site can tell: that links lead somewhere (`BrokenLinks`), and that
/// `#anchors` name ids the target page really has.
enum LinkCheck {
    static func check(_ site: Site) -> [Diagnostic] {
        site.pages.flatMap { check($0, in: site) }
    }

    /// The anchors one page links to that its targets do not have.
    static func check(_ page: Page, in site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for link in page.markdown.links {
            if case .missing(let path) = link.target {
                diagnostics.append(BrokenLinks.diagnostic(for: link, missing: path, on: page, in: site))
                continue
            }
            let target: Page?
            let fragment: String
            switch link.target {
            case .page(let path, let f?): target = site.page(atPath: path); fragment = f
            case .samePage(let f): target = page; fragment = f
            default: continue
            }
            guard let target, !fragment.isEmpty, !target.markdown.anchors.contains(fragment) else { continue }
            diagnostics.append(.warning("broken-anchor", at: SourceLocation(file: page.displayPath, line: link.line, column: link.column),
                                        "'#\(fragment)' names no heading on \(target.displayPath)",
                                        hint: nearest(fragment, in: target).map { "did you mean '#\($0)'?" }))
        }
        return diagnostics
    }

    private static func nearest(_ fragment: String, in page: Page) -> String? {
        let scored = page.markdown.anchors.map { ($0, FrontMatterDecoder.editDistance($0, fragment)) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(2, fragment.count / 3) else { return nil }
        return best.0
    }
}
