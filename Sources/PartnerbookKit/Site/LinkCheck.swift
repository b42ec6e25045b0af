/// Checks what only the whole site can tell: that links lead somewhere (`BrokenLinks`), and that
/// `#anchors` name ids the target page really has.
enum LinkCheck {
    static func check(_ site: Site) -> [Diagnostic] {
        site.pages.flatMap { check($0, in: site) }
    }

    /// The findings about one page's links. Each page is checked on its own, with its own budget
    /// for suggestions, so a rebuild that checks only the changed pages says what a clean build says.
    static func check(_ page: Page, in site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var suggester = AnchorSuggester()
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
            guard let target, !fragment.isEmpty, !target.markdown.hasAnchor(fragment) else { continue }
            diagnostics.append(.warning("broken-anchor", at: SourceLocation(file: page.displayPath, line: link.line, column: link.column),
                                        "'#\(fragment)' names no heading on \(target.displayPath)",
                                        hint: suggester.suggestion(for: fragment, in: target).map { "did you mean '#\($0)'?" }))
        }
        return diagnostics
    }
}
