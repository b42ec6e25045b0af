/// The pages Partnerbook makes from the whole site rather than from one Markdown file.
enum IndexPages {
    /// Sections with an index of their own; any other section gets the plain `list` template.
    static let sectionTemplates = ["stories": "stories-index", "checklists": "checklists-index", "practices": "practices-index"]

    static func template(forSection name: String, _ templates: TemplateLibrary) -> String {
        sectionTemplates[name].flatMap { templates.has($0) ? $0 : nil } ?? "list"
    }

    /// The `index` values a template shows, for the templates that show one.
    static func values(forTemplate name: String, _ builder: ContextBuilder) -> TemplateValue? {
        switch name {
        case "home": builder.homeValues()
        case "stories-index": builder.storiesValues()
        case "checklists-index": builder.checklistsValues(base: ChecklistIndex.list)
        case "checklists-all": builder.checklistsValues(base: ChecklistIndex.print)
        case "practices-index": builder.practicesValues()
        default: nil
        }
    }

    /// The pages of `/checklists/` and `/checklists/all/` after the first (the first is rendered
    /// with the section or above).
    private static func checklistPages(_ site: Site, _ builder: ContextBuilder, _ templates: TemplateLibrary) -> [Job] {
        let count = ChecklistIndex.pageCount(groups: site.indexes.taskPages.count)
        guard count > 1 else { return [] }
        var indexes: [(base: String, title: String, template: String)] = [(ChecklistIndex.print, "All checklists", "checklists-all")]
        if let section = site.section(named: "checklists"), template(forSection: section.name, templates) == "checklists-index" {
            indexes.append((ChecklistIndex.list, section.title, "checklists-index"))
        }
        return indexes.filter { templates.has($0.template) }.flatMap { index in
            (2...count).map { number in
                let path = ChecklistIndex.path(index.base, page: number)
                return Job(path: path + "index.html", template: index.template) {
                    var context = builder.context(generated: "\(index.title) (page \(number) of \(count))", url: path, section: "checklists")
                    context["index"] = builder.checklistsValues(base: index.base, page: number)
                    return context
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

    /// Every generated page, rendered in parallel (the checklist and story indexes of a large
    /// handbook are long).
    static func files(_ site: Site, _ builder: ContextBuilder, _ templates: TemplateLibrary,
                      reusing earlier: LayoutReuse) -> [LaidOutFile] {
        var jobs: [Job] = []
        func page(_ path: String, _ title: String, section: String? = nil, template: String,
                  index: @escaping @Sendable () -> TemplateValue? = { nil }) {
            guard templates.has(template) else { return }
            jobs.append(Job(path: path.hasSuffix(".html") ? path : path + "index.html", template: template) {
                var context = builder.context(generated: title, url: path, section: section)
                context["index"] = index() ?? values(forTemplate: template, builder)
                return context
            })
        }
        for section in site.sections where section.indexPage == nil {
            let name = template(forSection: section.name, templates)
            jobs.append(Job(path: section.url + "index.html", template: name) {
                var context = builder.context(forSection: section)
                context["index"] = values(forTemplate: name, builder)
                return context
            })
        }
        if !site.indexes.taskPages.isEmpty {
            page(ChecklistIndex.print, "All checklists", section: "checklists", template: "checklists-all")
        }
        jobs += checklistPages(site, builder, templates)
        for (folder, title, taxa) in [("partners", "Partner teams", site.indexes.partners), ("tags", "Tags", site.indexes.tags)]
        where !taxa.isEmpty {
            let link: @Sendable (String) -> String = folder == "partners" ? builder.partnerURL : builder.tagURL
            page(folder + "/", title, template: folder) { builder.taxonValues(taxa, link: link) }
            for taxon in taxa {
                page("\(folder)/\(taxon.slug)/", taxon.name, template: String(folder.dropLast())) { builder.taxonPageValues(taxon) }
            }
        }
        if !site.pages.contains(where: \.isHome) { page("", site.config.title, template: "home") }
        page("review/", "Reviews due", template: "review") { builder.reviewValues() }
        page("search/", "Search", template: "search") { [:] as TemplateValue }
        page("404.html", "Page not found", template: "404") { [:] as TemplateValue }
        return jobs.parallelMap { templates.layOut($0.path, with: $0.template, reusing: earlier, context: $0.context) }
    }
}
