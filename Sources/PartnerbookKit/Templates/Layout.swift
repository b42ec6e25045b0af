/// Lays the site out through the templates: one HTML file per page and per generated index,
/// the theme's assets, and the files under `content/` that pages link to.
enum Layout {
    static func lay(_ site: Site, templates: TemplateLibrary, layouts: [String: LayoutFile], contentFiles: [String]) -> [OutputFile] {
        let builder = ContextBuilder(site: site)
        var pages: [OutputFile] = site.pages.parallelMap { page in
            .text(page.url + "index.html", templates.render(builder.context(for: page), with: template(for: page, in: site, templates)))
        }
        for section in site.sections where section.indexPage == nil {
            pages.append(.text(section.url + "index.html", templates.render(builder.context(forSection: section), with: "list")))
        }
        let assets = layouts.keys.filter { $0.hasPrefix("assets/") }.sorted().map { path in
            OutputFile(path: path, contents: .bytes(layouts[path]!.bytes))
        }
        let copied = contentFiles.map { OutputFile(path: $0, contents: .contentFile($0)) }
        return (pages + assets + copied).sorted { $0.path < $1.path }
    }

    /// `home` for the home page, `list` for a section's own index page, else the page's kind.
    static func template(for page: Page, in site: Site, _ templates: TemplateLibrary) -> String {
        if page.isHome, templates.has("home") { return "home" }
        if let section = page.section, page.url == section + "/", templates.has("list") { return "list" }
        return templates.has(page.kind.rawValue) ? page.kind.rawValue : "page"
    }
}
