/// Lays the site out: one HTML file per page and per generated index, the data files (feed,
/// sitemap, pages.json, search index), the theme's assets, and the files under `content/`.
/// HTML files whose fingerprint matches one in `earlier` are taken from the earlier build.
enum Layout {
    struct Result {
        var files: [OutputFile]
        var search: SearchIndex
        /// The HTML files' fingerprints, for the next build.
        var laidOut: [String: Fingerprint]
        var reused: Int
    }

    static func lay(_ site: Site, templates: TemplateLibrary, layouts: [String: LayoutFile], contentFiles: [String],
                    reusing earlier: LayoutReuse = LayoutReuse(), search previous: SearchIndex? = nil) -> Result {
        let builder = ContextBuilder(site: site)
        let html = site.pages.parallelMap { file(for: $0, builder, templates, reusing: earlier) }
            + IndexPages.files(site, builder, templates, reusing: earlier)
        let search = previous ?? SearchIndex(site: site, keepingPageWords: !earlier.defers)
        let data = Feeds.files(for: site, htmlPaths: html.map(\.file.path), deferred: earlier.defers)
            + search.files(for: site, deferred: earlier.defers)
        let assets = layouts.keys.filter { $0.hasPrefix("assets/") }.sorted().map { path in
            OutputFile(path: path, contents: .bytes(layouts[path]!.bytes))
        }
        let copied = contentFiles.map { OutputFile(path: $0, contents: .contentFile($0)) }
        return Result(files: (html.map(\.file) + data + assets + copied).sorted { $0.path < $1.path }, search: search,
                      laidOut: Dictionary(uniqueKeysWithValues: html.map { ($0.file.path, $0.fingerprint) }),
                      reused: html.count { $0.reused })
    }

    /// One page's HTML file.
    static func file(for page: Page, _ builder: ContextBuilder, _ templates: TemplateLibrary,
                     reusing earlier: LayoutReuse = LayoutReuse()) -> LaidOutFile {
        let name = template(for: page, templates)
        return templates.layOut(page.url + "index.html", with: name, reusing: earlier) {
            var context = builder.context(for: page)
            IndexPages.setValues(forTemplate: name, of: page, in: &context, builder, templates)
            return context
        }
    }

    /// `home` for the home page, the section's index template for a section's own page, else the page's kind.
    static func template(for page: Page, _ templates: TemplateLibrary) -> String { template(for: page, among: templates.names) }

    static func template(for page: Page, among names: Set<String>) -> String {
        if page.isHome, names.contains("home") { return "home" }
        if let section = page.section, page.url == section + "/" { return IndexPages.template(forSection: section, among: names) }
        return names.contains(page.kind.rawValue) ? page.kind.rawValue : "page"
    }
}
