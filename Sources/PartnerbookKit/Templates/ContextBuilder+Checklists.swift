/// The values of `/checklists/` and `/checklists/all/`, one page of groups at a time (see `ChecklistIndex`).
extension ContextBuilder {
    /// Page `number` of the index at `base` (`ChecklistIndex.list` or `.print`): the task items of its
    /// source pages, each linking to its anchor; totals for the whole handbook; a pager when the
    /// index has more than one page.
    func checklistsValues(base: String, page number: Int = 1) -> TemplateValue {
        let taskPages = site.indexes.taskPages
        let count = ChecklistIndex.pageCount(groups: taskPages.count)
        let shown = ChecklistIndex.groups(onPage: number, of: taskPages.count)
        let pages = taskPages[shown].map { site.pages[$0] }
        let groups = pages.enumerated().map { offset, page in group(page, number: offset + 1) }
        var v: TemplateValues = ["total_items": .number(taskPages.reduce(0) { $0 + site.pages[$1].markdown.tasks.count }),
                                 "total_pages": .number(taskPages.count),
                                 "list_url": .plain(url(ChecklistIndex.path(ChecklistIndex.list, page: number))),
                                 "print_url": .plain(url(ChecklistIndex.path(ChecklistIndex.print, page: number)))]
        TemplateValue.setList("groups", groups, in: &v)
        TemplateValue.setList("checklists", zip(pages, groups).filter { $0.0.kind == .checklist }.map(\.1), in: &v)
        TemplateValue.setList("embedded", zip(pages, groups).filter { $0.0.kind != .checklist }.map(\.1), in: &v)
        if count > 1 {
            v["pager"] = pager(base: base, current: number, count: count, shown: shown)
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

    private func pager(base: String, current: Int, count: Int, shown: Range<Int>) -> TemplateValue {
        func link(_ number: Int) -> TemplateValues { ["number": .number(number), "url": .plain(url(ChecklistIndex.path(base, page: number)))] }
        var v: TemplateValues = ["number": .number(current), "count": .number(count), "first_group": .number(shown.lowerBound + 1),
                                 "last_group": .number(shown.upperBound)]
        if current > 1 { v["prev"] = .object(link(current - 1)) }
        if current < count { v["next"] = .object(link(current + 1)) }
        v["pages"] = .list(ChecklistIndex.pagerNumbers(current: current, count: count).map { number -> TemplateValue in
            guard let number else { return ["is_gap": true, "is_current": false] }
            var item = link(number)
            item["is_gap"] = false
            item["is_current"] = .flag(number == current)
            return .object(item)
        })
        return .object(v)
    }
}
