/// The pages Partnerbook makes from the whole site rather than from one Markdown file.
enum IndexPages {
    /// Sections with an index of their own; any other section gets the plain `list` template.
    static let sectionTemplates = ["stories": "stories-index", "checklists": "checklists-index", "practices": "practices-index"]

    static func template(forSection name: String, _ templates: TemplateLibrary) -> String {
        sectionTemplates[name].flatMap { templates.has($0) ? $0 : nil } ?? "list"
    }

    /// The `index` values a template shows, for the templates that show one.
    static func values(forTemplate name: String, _ builder: ContextBuilder) -> [String: Any]? {
        switch name {
        case "home": builder.homeValues()
        case "stories-index": builder.storiesValues()
        case "checklists-index", "checklists-all": builder.checklistsValues()
        case "practices-index": builder.practicesValues()
        default: nil
        }
    }

    static func files(_ site: Site, _ builder: ContextBuilder, _ templates: TemplateLibrary) -> [OutputFile] {
        var files: [OutputFile] = []
        func page(_ path: String, _ title: String, section: String? = nil, template: String, index: [String: Any]? = nil) {
            guard templates.has(template) else { return }
            var context = builder.context(generated: title, url: path, section: section)
            context["index"] = index ?? values(forTemplate: template, builder)
            files.append(.text(path.hasSuffix(".html") ? path : path + "index.html", templates.render(context, with: template)))
        }
        for section in site.sections where section.indexPage == nil {
            let name = template(forSection: section.name, templates)
            var context = builder.context(forSection: section)
            context["index"] = values(forTemplate: name, builder)
            files.append(.text(section.url + "index.html", templates.render(context, with: name)))
        }
        if !site.indexes.taskPages.isEmpty {
            page("checklists/all/", "All checklists", section: "checklists", template: "checklists-all")
        }
        for (folder, title, taxa, link) in [("partners", "Partner teams", site.indexes.partners, builder.partnerURL),
                                            ("tags", "Tags", site.indexes.tags, builder.tagURL)] where !taxa.isEmpty {
            page(folder + "/", title, template: folder, index: builder.taxonValues(taxa, link: link))
            for taxon in taxa {
                page("\(folder)/\(taxon.slug)/", taxon.name, template: String(folder.dropLast()), index: builder.taxonPageValues(taxon))
            }
        }
        page("review/", "Reviews due", template: "review", index: builder.reviewValues())
        page("search/", "Search", template: "search", index: [:])
        page("404.html", "Page not found", template: "404", index: [:])
        return files
    }
}
