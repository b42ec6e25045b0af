/// Every check that needs the whole site, in one list that `build` and `check` both run, after
/// `LinkCheck` (links and anchors, which a rebuild re-checks page by page).
///
/// Each check is a pure function of the site and reports warnings, so a build that finds a broken
/// link still writes the preview; `partnerbook check` raises the ones that make the handbook
/// wrong to errors through `CheckPolicy`.
enum SiteChecks {
    static let all: [@Sendable (Site) -> [Diagnostic]] = [
        KindRequirements.check,
        ReferenceCheck.check,
        DuplicateTitles.check,
        OrphanPages.check,
        ReviewDates.check,
    ]

    static func run(_ site: Site) -> [Diagnostic] {
        all.flatMap { $0(site) }
    }
}

extension Page {
    /// Where a front matter key was written, or the page's first line when it was not.
    func location(ofKey key: String) -> SourceLocation {
        guard let place = frontMatter.place(of: key) else { return SourceLocation(file: displayPath, line: 1, column: 1) }
        return location(of: place)
    }

    func location<Value>(of value: Located<Value>) -> SourceLocation {
        SourceLocation(file: displayPath, line: value.line, column: value.column)
    }
}
