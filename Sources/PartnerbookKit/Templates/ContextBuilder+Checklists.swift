/// The values of `/checklists/` and `/checklists/all/`, one page of groups at a time (see `ChecklistIndex`).
extension ContextBuilder {
    /// Page `number` of the index at `base` (`ChecklistIndex.list` or `.print`): the task items of its
    /// source pages, each linking to its anchor; totals for the whole handbook; a pager when the
    /// index has more than one page.
    func checklistsValues(base: String, page number: Int = 1) -> [String: Any] {
        let taskPages = site.indexes.taskPages
        let count = ChecklistIndex.pageCount(groups: taskPages.count)
        let shown = ChecklistIndex.groups(onPage: number, of: taskPages.count)
        let groups = taskPages[shown].enumerated().map { offset, index in group(site.pages[index], number: offset + 1) }
        var v: [String: Any] = ["total_items": taskPages.reduce(0) { $0 + site.pages[$1].markdown.tasks.count },
                                "total_pages": taskPages.count,
                                "list_url": url(ChecklistIndex.path(ChecklistIndex.list, page: number)),
                                "print_url": url(ChecklistIndex.path(ChecklistIndex.print, page: number))]
        Self.setList("groups", groups, in: &v)
        Self.setList("checklists", groups.filter { $0["is_checklist"] as? Bool == true }, in: &v)
        Self.setList("embedded", groups.filter { $0["is_checklist"] as? Bool != true }, in: &v)
        if count > 1 {
            v["pager"] = pager(base: base, current: number, count: count, shown: shown)
        }
        return v
    }

    /// One source page's items. Element ids are short and unique on the index page (`pb-g3` for the
    /// third group, `pb-t3-12` for its twelfth item, which also carries `group_key`); `id` stays the item's own anchor and the key
    /// its tick is stored under.
    private func group(_ page: Page, number: Int) -> [String: Any] {
        let pageURL = url(page.url)
        var values: [String: Any] = ["title": page.title, "url": pageURL, "kind": page.kind.rawValue, "page_key": pageURL,
                                     "key": "pb-g\(number)", "is_checklist": page.kind == .checklist,
                                     "count": page.markdown.tasks.count]
        values["items"] = page.markdown.tasks.enumerated().map { offset, task -> [String: Any] in
            ["text": task.text, "id": task.id, "key": "pb-t\(number)-\(offset + 1)", "group_key": "pb-g\(number)",
             "checked": task.checked, "url": pageURL + "#" + task.id]
        }
        return values
    }

    private func pager(base: String, current: Int, count: Int, shown: Range<Int>) -> [String: Any] {
        func link(_ number: Int) -> [String: Any] { ["number": number, "url": url(ChecklistIndex.path(base, page: number))] }
        var v: [String: Any] = ["number": current, "count": count, "first_group": shown.lowerBound + 1, "last_group": shown.upperBound]
        if current > 1 { v["prev"] = link(current - 1) }
        if current < count { v["next"] = link(current + 1) }
        v["pages"] = ChecklistIndex.pagerNumbers(current: current, count: count).map { number -> [String: Any] in
            guard let number else { return ["is_gap": true, "is_current": false] }
            var item = link(number)
            item["is_gap"] = false
            item["is_current"] = number == current
            return item
        }
        return v
    }
}
