/// `list` on the pages of a section's list (`IndexPages.list(of:)`).
extension ContextBuilder {
    /// The section's pages that `page` of its list shows, in the section's order.
    func listValues(_ section: Section, page: IndexPage) -> TemplateValue {
        var list: TemplateValues = [:]
        TemplateValue.setList("pages", page.slice(section.pages).map(sharedSummary(of:)), in: &list)
        return .object(list)
    }
}
