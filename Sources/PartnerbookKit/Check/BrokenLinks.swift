/// The finding for a link that leads nowhere, with the page the author likely meant.
///
/// It is made with the whole site rather than while the page renders, because the hint depends on
/// the other pages: a rebuild that reuses this page's rendering still sees pages added beside it.
enum BrokenLinks {
    static func diagnostic(for link: Link, missing path: String, on page: Page, in site: Site) -> Diagnostic {
        .warning("broken-link", at: SourceLocation(file: page.displayPath, line: link.line, column: link.column),
                 "\(link.isImage ? "image" : "link") '\(link.destination)' leads to no page or file under content/",
                 hint: hint(forMissing: path, in: site))
    }

    /// A page in the same folder whose name is a near miss, as when a name is misspelt or a chapter
    /// was renamed by adding words to it.
    static func hint(forMissing target: String, in site: Site) -> String? {
        guard !target.hasPrefix("/"), !target.hasPrefix("."), target.hasSuffix(".md") else { return nil }
        let (folder, name) = split(target)
        guard let paths = site.indexes.pagesByFolder[folder],
              let path = site.indexes.folderNames.names(in: folder, paths: paths).path(likelyMeant: name) else { return nil }
        return "did you mean content/\(path)?"
    }

    /// `chapters/aligning.md` → (`chapters`, `aligning`): the folder, and the name without `.md`.
    static func split(_ path: String) -> (folder: String, name: String) {
        let parts = path.split(separator: "/")
        return (parts.dropLast().joined(separator: "/"), String((parts.last ?? "").dropLast(3)))
    }
}
