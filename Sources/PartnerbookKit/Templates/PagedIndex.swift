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

    func page(_ number: Int) -> IndexPage { IndexPage(number, of: total, paged: paged) }

    var pageCount: Int { page(1).count }

    /// The index's own title on its first page; "Stories (page 2 of 5)" on the others.
    func title(ofPage number: Int) -> String { number <= 1 ? title : "\(title) (page \(number) of \(pageCount))" }
}
