/// What each kind of page must hold to be useful where the theme shows it: a story says when it
/// happened and with whom, a checklist has something to tick, a practice says in a line what it is for.
enum KindRequirements {
    static func check(_ site: Site) -> [Diagnostic] {
        site.pages.flatMap(problems)
    }

    static func problems(_ page: Page) -> [Diagnostic] {
        let fm = page.frontMatter
        var found: [Diagnostic] = []
        switch page.kind {
        case .story:
            if fm.date == nil {
                found.append(.warning("story-without-date", at: page.location(ofKey: "date"),
                                      "a story needs a 'date', written YYYY-MM-DD",
                                      hint: "add a line such as 'date: 2026-03-14' to the front matter"))
            }
            if fm.partners.isEmpty {
                found.append(.warning("story-without-partners", at: page.location(ofKey: "partners"),
                                      "a story needs at least one partner team in 'partners'",
                                      hint: "add a line such as 'partners: [Platform, Security]' to the front matter"))
            }
        case .checklist where page.markdown.tasks.isEmpty:
            found.append(.warning("checklist-without-tasks", at: page.location(ofKey: "kind"),
                                  "a checklist needs at least one task item",
                                  hint: "write each task as a list item that starts with '- [ ] '"))
        case .practice where (fm.summary ?? "").allSatisfy(\.isWhitespace):
            found.append(.warning("practice-without-summary", at: page.location(ofKey: "summary"),
                                  "a practice needs a 'summary': one sentence on what it is for, shown in the practices list",
                                  hint: "add a line such as 'summary: A short meeting that ...' to the front matter"))
        default:
            break
        }
        return found
    }
}
