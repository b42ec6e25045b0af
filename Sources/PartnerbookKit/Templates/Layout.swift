/// Lays the site out: one HTML file per page and per generated index, the data files (feed,
/// sitemap, pages.json, search index), the theme's assets, and the files under `content/`.
enum Layout {
    static func lay(_ site: Site, templates: TemplateLibrary, layouts: [String: LayoutFile], contentFiles: [String])
        -> (files: [OutputFile], search: SearchIndex) {
        let builder = ContextBuilder(site: site)
        let pages: [OutputFile] = site.pages.parallelMap { file(for: $0, builder, templates) }
        let html = pages + IndexPages.files(site, builder, templates)
        let search = SearchIndex(site: site)
        let data = Feeds.files(for: site, htmlPaths: html.map(\.path)) + search.files(for: site)
        let assets = layouts.keys.filter { $0.hasPrefix("assets/") }.sorted().map { path in
            OutputFile(path: path, contents: .bytes(layouts[path]!.bytes))
        }
        let copied = contentFiles.map { OutputFile(path: $0, contents: .contentFile($0)) }
        return ((html + data + assets + copied).sorted { $0.path < $1.path }, search)
    }

    /// One page's HTML file.
    static func file(for page: Page, _ builder: ContextBuilder, _ templates: TemplateLibrary) -> OutputFile {
        var context = builder.context(for: page)
        let name = template(for: page, templates)
        if let extra = IndexPages.values(forTemplate: name, builder) { context["index"] = extra }
        return .text(page.url + "index.html", templates.render(context, with: name))
    }

    /// `home` for the home page, the section's index template for a section's own page, else the page's kind.
    static func template(for page: Page, _ templates: TemplateLibrary) -> String {
        if page.isHome, templates.has("home") { return "home" }
        if let section = page.section, page.url == section + "/" { return IndexPages.template(forSection: section, templates) }
        return templates.has(page.kind.rawValue) ? page.kind.rawValue : "page"
    }
}
