/// A generated index that is split into pages (see `IndexPaging`): where its first page lives, its
/// title and template, how many entries it has, and how to make the values of one of its pages.
struct PagedIndex: Sendable {
    var base: String
    var title: String
    var template: String
    /// The section the index belongs to in the navigation, if any.
    var section: String?
    var total: Int
    /// False when the template shows no pager: then the first page holds every entry.
    var paged: Bool
    var values: @Sendable (IndexPage) -> TemplateValue
    /// The `list` values of a page of a section's list, which shows its entries there rather than in `index`.
    var list: (@Sendable (IndexPage) -> TemplateValue)?

    func page(_ number: Int) -> IndexPage { IndexPage(number, of: total, paged: paged) }

    /// Sets the values of page `number` in a page's context: `index`, and `list` for a section's list.
    func setValues(ofPage number: Int, in context: inout TemplateValues) {
        let page = page(number)
        context["index"] = values(page)
        if let list { context["list"] = list(page) }
    }

    var pageCount: Int { page(1).count }

    /// The index's own title on its first page; "Stories (page 2 of 5)" on the others.
    func title(ofPage number: Int) -> String { number <= 1 ? title : "\(title) (page \(number) of \(pageCount))" }
}
