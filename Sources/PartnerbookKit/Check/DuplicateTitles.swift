/// Pages that share a title, which readers cannot tell apart in the sidebar, in lists and in search.
/// Titles are compared ignoring case and runs of spaces; each page after the first (by path) is reported.
enum DuplicateTitles {
    static func check(_ site: Site) -> [Diagnostic] {
        var first: [String: Page] = [:]
        var found: [Diagnostic] = []
        for page in site.pages.sorted(by: { $0.path < $1.path }) {
            let key = page.title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard let earlier = first[key] else {
                first[key] = page
                continue
            }
            found.append(.warning("duplicate-title", at: titleLocation(of: page),
                                  "the title '\(page.title)' is also the title of \(earlier.displayPath)",
                                  hint: "give one of the pages a title that says how it differs"))
        }
        return found
    }

    /// The `title:` line, else the `#` heading the title came from, else the first line.
    static func titleLocation(of page: Page) -> SourceLocation {
        if page.frontMatter.title == nil, let heading = page.markdown.headings.first(where: { $0.level == 1 }) {
            return SourceLocation(file: page.displayPath, line: heading.line, column: 1)
        }
        return page.location(ofKey: "title")
    }
}
