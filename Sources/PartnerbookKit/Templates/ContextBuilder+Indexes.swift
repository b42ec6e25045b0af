/// The values of the generated index pages: stories, checklists, practices, partners, tags, review, home.
extension ContextBuilder {
    func partnerURL(_ name: String) -> String { taxonURLs.partners[name] ?? url("partners/\(Slugger.slug(name))/") }
    func tagURL(_ name: String) -> String { taxonURLs.tags[name] ?? url("tags/\(Slugger.slug(name))/") }

    func links(_ indexes: [Int]) -> [[String: Any]] { indexes.map { summary(of: site.pages[$0]) } }

    /// `/stories/`: every story newest first, and grouped by partner and by practice.
    func storiesValues() -> [String: Any] {
        let stories = site.indexes.stories
        var v: [String: Any] = [:]
        Self.setList("stories", links(stories), in: &v)
        let isStory = Set(stories)
        Self.setList("by_partner", site.indexes.partners.compactMap { partner -> [String: Any]? in
            let mine = partner.pages.filter(isStory.contains)
            return mine.isEmpty ? nil : ["name": partner.name, "url": partnerURL(partner.name), "stories": links(mine)]
        }, in: &v)
        Self.setList("by_practice", practicePages.compactMap { practice -> [String: Any]? in
            let users = (site.indexes.practiceUsers[site.pages[practice].path] ?? []).filter(isStory.contains)
            return users.isEmpty ? nil : ["title": site.pages[practice].title, "url": url(site.pages[practice].url), "stories": links(users)]
        }, in: &v)
        return v
    }

    /// `/practices/`: each practice with the chapters and stories that use it.
    func practicesValues() -> [String: Any] {
        var v: [String: Any] = [:]
        Self.setList("practices", practicePages.map { index -> [String: Any] in
            var item = summary(of: site.pages[index])
            Self.setList("used_by", links(site.indexes.practiceUsers[site.pages[index].path] ?? []), in: &item)
            return item
        }, in: &v)
        return v
    }

    func taxonValues(_ taxa: [Taxon], link: (String) -> String) -> [String: Any] {
        var v: [String: Any] = [:]
        Self.setList("entries", taxa.map { ["name": $0.name, "url": link($0.name), "count": $0.pages.count] }, in: &v)
        return v
    }

    /// One partner's or tag's page: its stories, chapters and other pages.
    func taxonPageValues(_ taxon: Taxon) -> [String: Any] {
        var v: [String: Any] = ["name": taxon.name, "count": taxon.pages.count]
        let pages = taxon.pages.map { ($0, site.pages[$0].kind) }
        Self.setList("stories", links(pages.filter { $0.1 == .story }.map(\.0)), in: &v)
        Self.setList("chapters", links(pages.filter { $0.1 == .chapter }.map(\.0)), in: &v)
        Self.setList("others", links(pages.filter { $0.1 != .story && $0.1 != .chapter }.map(\.0)), in: &v)
        return v
    }

    /// `/review/`: pages overdue or due soon, grouped by owner.
    func reviewValues() -> [String: Any] {
        var owners: [String: [[String: Any]]] = [:]
        for review in site.indexes.reviews {
            let page = site.pages[review.page]
            var item = summary(of: page)
            item["due"] = review.due.description
            item["due_display"] = review.due.displayText
            item["is_overdue"] = review.isOverdue
            if let last = page.frontMatter.lastReviewed { item["last_reviewed"] = last.description }
            owners[page.frontMatter.owner ?? "", default: []].append(item)
        }
        var v: [String: Any] = ["horizon_days": SiteIndexes.reviewHorizon, "today": site.today.description]
        Self.setList("owners", owners.keys.sorted().map { owner in
            ["owner": owner.isEmpty ? "No owner" : owner, "pages": owners[owner]!]
        }, in: &v)
        return v
    }

    /// The most checklists and reviews due the home page lists; the rest are a link away, so the
    /// home page stays the same size however large the handbook grows.
    static let homeListLimit = 10

    /// The home page's overview: chapters in order, latest stories, the first checklists and the
    /// reviews due soonest, with how many there are in all.
    func homeValues() -> [String: Any] {
        var v: [String: Any] = [:]
        Self.setList("chapters", links(site.chapters), in: &v)
        Self.setList("latest_stories", links(Array(site.indexes.stories.prefix(5))), in: &v)
        let checklists = site.indexes.taskPages.filter { site.pages[$0].kind == .checklist }
        Self.setList("checklists", checklists.prefix(Self.homeListLimit).map { index in
            var item = summary(of: site.pages[index])
            item["count"] = site.pages[index].markdown.tasks.count
            return item
        }, in: &v)
        setCounts("checklists", shown: min(checklists.count, Self.homeListLimit), of: checklists.count, in: &v)
        let reviews = site.indexes.reviews
        Self.setList("reviews", reviews.prefix(Self.homeListLimit).map { review in
            var item = summary(of: site.pages[review.page])
            item["due"] = review.due.description
            item["due_display"] = review.due.displayText
            item["is_overdue"] = review.isOverdue
            return item
        }, in: &v)
        setCounts("reviews", shown: min(reviews.count, Self.homeListLimit), of: reviews.count, in: &v)
        return v
    }

    /// `X_shown`, `X_count` and `has_more_X` for a list cut short.
    private func setCounts(_ key: String, shown: Int, of count: Int, in values: inout [String: Any]) {
        values[key + "_shown"] = shown
        values[key + "_count"] = count
        values["has_more_" + key] = shown < count
    }

    /// Practice pages in reading order.
    var practicePages: [Int] {
        site.pages.indices.filter { site.pages[$0].kind == .practice }.sorted { SiteIndexer.readingOrder(site.pages[$0], site.pages[$1]) }
    }
}
