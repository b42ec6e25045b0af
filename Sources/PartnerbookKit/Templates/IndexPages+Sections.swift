/// The index each section's own page shows, and what a content page shown with an index template gets.
extension IndexPages {
    /// The paged index a section's pages show with `name`, the template `template(forSection:among:)`
    /// chose: the stories, checklists or practices index, or else the section's list.
    static func index(forSection section: Section, template name: String, _ builder: ContextBuilder,
                      _ templates: TemplateLibrary) -> PagedIndex {
        if name != "list", let index = index(forTemplate: name, builder, templates) { return index }
        return list(of: section, builder, templates)
    }

    /// A section's list (`list.mustache`): its pages in the section's order, 50 to a page, in
    /// `list` (see `ContextBuilder.listValues(_:page:)`); `index` holds only the pager.
    static func list(of section: Section, _ builder: ContextBuilder, _ templates: TemplateLibrary) -> PagedIndex {
        let base = section.url
        var list = PagedIndex(base: base, title: section.title, template: "list", section: section.name,
                              total: section.pages.count, paged: templates.showsPager("list")) { page in
            var values: TemplateValues = [:]
            builder.setPager(page, base: base, in: &values)
            return .object(values)
        }
        list.list = { builder.listValues(section, page: $0) }
        return list
    }

    /// Sets what a content page shown with the template `name` shows besides itself: the home
    /// page's overview, or the first page of its section's index when it is the section's own page.
    static func setValues(forTemplate name: String, of page: Page, in context: inout TemplateValues,
                          _ builder: ContextBuilder, _ templates: TemplateLibrary) {
        if name == "home" {
            context["index"] = builder.homeValues()
        } else if let section = builder.site.section(named: page.section), section.url == page.url {
            index(forSection: section, template: name, builder, templates).setValues(ofPage: 1, in: &context)
        }
    }
}
