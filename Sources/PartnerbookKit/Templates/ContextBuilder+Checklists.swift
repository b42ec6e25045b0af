/// The values of `/checklists/` and `/checklists/all/`, one page of groups at a time (see `IndexPaging`).
extension ContextBuilder {
    /// One page of the index at `base` (`IndexPaging.checklists` or `.checklistsPrint`): the task
    /// items of its source pages, each linking to its anchor; totals for the whole handbook; a pager
    /// when the index has more than one page.
    func checklistsValues(base: String, page: IndexPage) -> TemplateValue {
        let taskPages = site.indexes.taskPages
        let pages = page.slice(taskPages).map { site.pages[$0] }
        let groups = pages.enumerated().map { offset, page in group(page, number: offset + 1) }
        var v: TemplateValues = ["total_items": .number(taskItemCount),
                                 "total_pages": .number(taskPages.count),
                                 "list_url": .plain(url(IndexPaging.path(IndexPaging.checklists, page: page.number))),
                                 "print_url": .plain(url(IndexPaging.path(IndexPaging.checklistsPrint, page: page.number)))]
        TemplateValue.setList("groups", groups, in: &v)
        TemplateValue.setList("checklists", zip(pages, groups).filter { $0.0.kind == .checklist }.map(\.1), in: &v)
        TemplateValue.setList("embedded", zip(pages, groups).filter { $0.0.kind != .checklist }.map(\.1), in: &v)
        if var pager = pager(page, base: base) {
            pager["first_group"] = pager["first_entry"]
            pager["last_group"] = pager["last_entry"]
            v["pager"] = .object(pager)
        }
        return .object(v)
    }

    /// One source page's items. Element ids are short and unique on the index page (`pb-g3` for the
    /// third group, `pb-t3-12` for its twelfth item, which also carries `group_key`); `id` stays the item's own anchor and the key
    /// its tick is stored under.
    private func group(_ page: Page, number: Int) -> TemplateValue {
        let pageURL = url(page.url)
        let items: [TemplateValue] = page.markdown.tasks.enumerated().map { offset, task in
            ["text": .plain(task.text), "id": .plain(task.id), "key": .plain("pb-t\(number)-\(offset + 1)"),
             "group_key": .plain("pb-g\(number)"), "checked": .flag(task.checked), "url": .plain(pageURL + "#" + task.id)]
        }
        return ["title": .plain(page.title), "url": .plain(pageURL), "kind": .plain(page.kind.rawValue), "page_key": .plain(pageURL),
                "key": .plain("pb-g\(number)"), "is_checklist": .flag(page.kind == .checklist),
                "count": .number(page.markdown.tasks.count), "items": .list(items)]
    }
}
