/// The pages Partnerbook makes from the whole site rather than from one Markdown file.
enum IndexPages {
    /// Sections with an index of their own; any other section gets the plain `list` template.
    static let sectionTemplates = ["stories": "stories-index", "checklists": "checklists-index", "practices": "practices-index"]

    static func template(forSection name: String, among names: Set<String>) -> String {
        sectionTemplates[name].flatMap { names.contains($0) ? $0 : nil } ?? "list"
    }

    /// The paged index a template shows, for every one but a partner team's or a tag's.
    static func index(forTemplate name: String, _ builder: ContextBuilder, _ templates: TemplateLibrary) -> PagedIndex? {
        let site = builder.site
        func index(_ base: String, _ title: String, section: String?, total: Int,
                   _ values: @escaping @Sendable (IndexPage) -> TemplateValue) -> PagedIndex {
            PagedIndex(base: base, title: title, template: name, section: section, total: total,
                       paged: templates.showsPager(name), values: values)
        }
        func title(ofSection name: String) -> String { site.section(named: name)?.title ?? name }
        switch name {
        case "stories-index":
            let practices = builder.practicePages
            return index(IndexPaging.stories, title(ofSection: "stories"), section: "stories", total: site.indexes.stories.count) {
                builder.storiesValues(page: $0, practices: practices)
            }
        case "practices-index":
            let practices = builder.practicePages
            return index(IndexPaging.practices, title(ofSection: "practices"), section: "practices", total: practices.count) {
                builder.practicesValues(page: $0, practices: practices)
            }
        case "checklists-index":
            return index(IndexPaging.checklists, title(ofSection: "checklists"), section: "checklists", total: site.indexes.taskPages.count) {
                builder.checklistsValues(base: IndexPaging.checklists, page: $0)
            }
        case "checklists-all":
            return index(IndexPaging.checklistsPrint, "All checklists", section: "checklists", total: site.indexes.taskPages.count) {
                builder.checklistsValues(base: IndexPaging.checklistsPrint, page: $0)
            }
        case "review":
            let reviews = builder.reviewsByOwner
            return index(IndexPaging.review, "Reviews due", section: nil, total: reviews.count) { builder.reviewValues(page: $0, reviews: reviews) }
        default:
            return nil
        }
    }

    /// Each partner team's and tag's page, at `partners/NAME/` and `tags/NAME/`.
    private static func taxonIndexes(_ site: Site, _ builder: ContextBuilder, _ templates: TemplateLibrary) -> [PagedIndex] {
        [("partners", "partner", site.indexes.partners), ("tags", "tag", site.indexes.tags)].flatMap { folder, template, taxa in
            let paged = templates.showsPager(template)
            return taxa.map { taxon in
                let base = "\(folder)/\(taxon.slug)/", pages = builder.pagesInOrder(taxon)
                return PagedIndex(base: base, title: taxon.name, template: template, section: nil, total: pages.count, paged: paged) {
                    builder.taxonPageValues(taxon, pages: pages, base: base, page: $0)
                }
            }
        }
    }

    /// One generated page to render: where it goes, its template, and how to make its values.
    private struct Job: Sendable {
        var path: String
        var template: String
        var context: @Sendable () -> TemplateValues
    }

    /// The pages of `index` from page `first` on. A section's own first page gets the section's
    /// context (its `list` among it); the others are titled with their page number.
    private static func jobs(_ index: PagedIndex, from first: Int, _ builder: ContextBuilder) -> [Job] {
        let count = index.pageCount
        guard first <= count else { return [] }
        return (first...count).map { number in
            let path = IndexPaging.path(index.base, page: number)
            return Job(path: path + "index.html", template: index.template) {
                var context = if number == 1, let section = builder.site.section(named: index.section), section.url == path {
                    builder.context(forSection: section)
                } else {
                    builder.context(generated: index.title(ofPage: number), url: path, section: index.section)
                }
                index.setValues(ofPage: number, in: &context)
                return context
            }
        }
    }

    /// Every generated page, rendered in parallel (the indexes of a large handbook are long).
    static func files(_ site: Site, _ builder: ContextBuilder, _ templates: TemplateLibrary,
                      reusing earlier: LayoutReuse) -> [LaidOutFile] {
        var jobs: [Job] = []
        func page(_ path: String, _ title: String, template: String, index: @escaping @Sendable () -> TemplateValue) {
            guard templates.has(template) else { return }
            jobs.append(Job(path: path.hasSuffix(".html") ? path : path + "index.html", template: template) {
                var context = builder.context(generated: title, url: path, section: nil)
                context["index"] = index()
                return context
            })
        }
        for section in site.sections {
            let paged = index(forSection: section, template: template(forSection: section.name, among: templates.names), builder, templates)
            jobs += Self.jobs(paged, from: section.indexPage == nil ? 1 : 2, builder)
        }
        var indexes = taxonIndexes(site, builder, templates)
        if !site.indexes.taskPages.isEmpty, let all = index(forTemplate: "checklists-all", builder, templates) { indexes.append(all) }
        if let review = index(forTemplate: "review", builder, templates) { indexes.append(review) }
        jobs += indexes.filter { templates.has($0.template) }.flatMap { Self.jobs($0, from: 1, builder) }
        for (folder, title, taxa) in [("partners", "Partner teams", site.indexes.partners), ("tags", "Tags", site.indexes.tags)]
        where !taxa.isEmpty {
            let link: @Sendable (String) -> String = folder == "partners" ? builder.partnerURL : builder.tagURL
            page(folder + "/", title, template: folder) { builder.taxonValues(taxa, link: link) }
        }
        if !site.pages.contains(where: \.isHome) { page("", site.config.title, template: "home") { builder.homeValues() } }
        page("search/", "Search", template: "search") { [:] as TemplateValue }
        page("404.html", "Page not found", template: "404") { [:] as TemplateValue }
        return jobs.parallelMap { templates.layOut($0.path, with: $0.template, reusing: earlier, context: $0.context) }
    }
}
