/// Decides each page's URL, and finds pages that would claim the same one.
enum Routes {
    /// `chapters/aligning-goals.md` → `chapters/aligning-goals/`; `index.md` and `_index.md` are
    /// their folder's page; a `slug` replaces the last part.
    static func url(for page: ParsedPage) -> String {
        let path = page.path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = String((slash.map { path[path.index(after: $0)...] } ?? path[...]).dropLast(3))
        if let slug = page.frontMatter.slug { return folder + slug + "/" }
        return name == "index" || name == "_index" ? folder : folder + name + "/"
    }

    /// URLs by page path, with an error naming both files for every URL claimed twice, and one for
    /// every URL kept for a later page of a paged index (`IndexPaging.laterPage`).
    static func assign(_ pages: [ParsedPage]) -> ([String: String], [Diagnostic]) {
        var urls: [String: String] = [:]
        var owner: [String: ParsedPage] = [:]
        var diagnostics: [Diagnostic] = []
        for page in pages.indices.sorted(by: { pages[$0].path < pages[$1].path }).lazy.map({ pages[$0] }) {
            let url = url(for: page)
            if let index = IndexPaging.laterPage(url) {
                diagnostics.append(.error("duplicate-url", at: page.source.location(line: 1, column: 1),
                                          "this page would be written to /\(url), which is kept for the pages of the index at /\(index.base)",
                                          hint: "rename it or give it a different 'slug'"))
                continue
            }
            if let first = owner[url.lowercased()] {
                let firstURL = urls[first.path] ?? url
                let message = firstURL == url
                    ? "this page and \(first.source.displayPath) would both be written to /\(url)"
                    : "this page would be written to /\(url) and \(first.source.displayPath) to /\(firstURL), "
                        + "which differ only in upper and lower case: one folder on macOS and Windows, one address on many web servers"
                diagnostics.append(.error("duplicate-url", at: page.source.location(line: 1, column: 1), message,
                                          hint: "rename one of them or give one a different 'slug'"))
                continue
            }
            owner[url.lowercased()] = page
            urls[page.path] = url
        }
        return (urls, diagnostics)
    }
}
