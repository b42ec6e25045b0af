/// `index.pager`, the same for every paged index (see `IndexPaging`).
extension ContextBuilder {
    /// The pager of `page` of the index at `base`: its number, the number of pages, the positions
    /// (from 1) of its first and last entries, previous and next, and the page numbers to show.
    /// `nil` when the index fits on one page, so a small handbook's pages show no pager.
    func pager(_ page: IndexPage, base: String) -> TemplateValues? {
        guard page.count > 1 else { return nil }
        func link(_ number: Int) -> TemplateValues { ["number": .number(number), "url": .plain(url(IndexPaging.path(base, page: number)))] }
        var v: TemplateValues = ["number": .number(page.number), "count": .number(page.count),
                                 "first_entry": .number(page.shown.lowerBound + 1), "last_entry": .number(page.shown.upperBound)]
        if page.number > 1 { v["prev"] = .object(link(page.number - 1)) }
        if page.number < page.count { v["next"] = .object(link(page.number + 1)) }
        v["pages"] = .list(IndexPaging.pagerNumbers(current: page.number, count: page.count).map { number -> TemplateValue in
            guard let number else { return ["is_gap": true, "is_current": false] }
            var item = link(number)
            item["is_gap"] = false
            item["is_current"] = .flag(number == page.number)
            return .object(item)
        })
        return v
    }

    /// Sets `pager` in an index's values when it has more than one page.
    func setPager(_ page: IndexPage, base: String, in values: inout TemplateValues) {
        if let pager = pager(page, base: base) { values["pager"] = .object(pager) }
    }
}
