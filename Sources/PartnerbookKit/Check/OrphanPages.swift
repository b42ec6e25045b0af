/// Pages no reader can find by following the handbook.
///
/// Every page in a folder under `content/` (nested folders too) is listed by its section's index and
/// the sidebar, and the home page and section index pages are where reading starts, so none of
/// those is an orphan. A page at the root of `content/` belongs to no section: the theme shows it
/// only as a loose entry under the sections, and one that no other page links to is usually a
/// leftover (old notes, a copy kept after a rename). Such pages are reported.
enum OrphanPages {
    static func check(_ site: Site) -> [Diagnostic] {
        site.rootPages.filter { site.indexes.backlinks[$0, default: []].isEmpty }.map { index in
            .warning("orphan-page", at: SourceLocation(file: site.pages[index].displayPath, line: 1, column: 1),
                     "no other page links to this page, and it belongs to no section",
                     hint: "link to it from the home page or a chapter, move it into a section folder, or delete it")
        }
    }
}
