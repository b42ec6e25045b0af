/// The values of the generated index pages: stories, checklists, practices, partners, tags, review, home.
extension ContextBuilder {
    func partnerURL(_ name: String) -> String { taxonURLs.partners[name] ?? url("partners/\(Slugger.slug(name))/") }
    func tagURL(_ name: String) -> String { taxonURLs.tags[name] ?? url("tags/\(Slugger.slug(name))/") }

    func links(_ indexes: [Int]) -> [TemplateValue] { indexes.map(sharedSummary(of:)) }

    /// `/stories/`: every story newest first, and grouped by partner and by practice.
    func storiesValues() -> TemplateValue {
        let stories = site.indexes.stories
        var v: TemplateValues = [:]
        TemplateValue.setList("stories", links(stories), in: &v)
        let isStory = Set(stories)
        TemplateValue.setList("by_partner", site.indexes.partners.compactMap { partner -> TemplateValue? in
            let mine = partner.pages.filter(isStory.contains)
            return mine.isEmpty ? nil : ["name": .plain(partner.name), "url": .plain(partnerURL(partner.name)), "stories": .list(links(mine))]
        }, in: &v)
        TemplateValue.setList("by_practice", practicePages.compactMap { practice -> TemplateValue? in
            let users = (site.indexes.practiceUsers[site.pages[practice].path] ?? []).filter(isStory.contains)
            return users.isEmpty ? nil : ["title": .plain(site.pages[practice].title), "url": .plain(url(site.pages[practice].url)),
                                          "stories": .list(links(users))]
        }, in: &v)
        return .object(v)
    }

    /// `/practices/`: each practice with the chapters and stories that use it.
    func practicesValues() -> TemplateValue {
        var v: TemplateValues = [:]
        TemplateValue.setList("practices", practicePages.map { index -> TemplateValue in
            var item = summary(of: index)
            TemplateValue.setList("used_by", links(site.indexes.practiceUsers[site.pages[index].path] ?? []), in: &item)
            return .object(item)
        }, in: &v)
        return .object(v)
    }

    func taxonValues(_ taxa: [Taxon], link: (String) -> String) -> TemplateValue {
        var v: TemplateValues = [:]
        TemplateValue.setList("entries", taxa.map { ["name": .plain($0.name), "url": .plain(link($0.name)), "count": .number($0.pages.count)] },
                              in: &v)
        return .object(v)
    }

    /// One partner's or tag's page: its stories, chapters and other pages.
    func taxonPageValues(_ taxon: Taxon) -> TemplateValue {
        var v: TemplateValues = ["name": .plain(taxon.name), "count": .number(taxon.pages.count)]
        let pages = taxon.pages.map { ($0, site.pages[$0].kind) }
        TemplateValue.setList("stories", links(pages.filter { $0.1 == .story }.map(\.0)), in: &v)
        TemplateValue.setList("chapters", links(pages.filter { $0.1 == .chapter }.map(\.0)), in: &v)
        TemplateValue.setList("others", links(pages.filter { $0.1 != .story && $0.1 != .chapter }.map(\.0)), in: &v)
        return .object(v)
    }

    /// `/review/`: pages overdue or due soon, grouped by owner.
    func reviewValues() -> TemplateValue {
        var owners: [String: [TemplateValue]] = [:]
        for review in site.indexes.reviews {
            let page = site.pages[review.page]
            var item = summary(of: review.page)
            setDue(review, in: &item)
            if let last = page.frontMatter.lastReviewed { item["last_reviewed"] = .plain(last.description) }
            owners[page.frontMatter.owner ?? "", default: []].append(.object(item))
        }
        var v: TemplateValues = ["horizon_days": .number(SiteIndexes.reviewHorizon), "today": .plain(site.today.description)]
        TemplateValue.setList("owners", owners.keys.sorted().map { owner in
            ["owner": .plain(owner.isEmpty ? "No owner" : owner), "pages": .list(owners[owner]!)]
        }, in: &v)
        return .object(v)
    }

    private func setDue(_ review: Review, in item: inout TemplateValues) {
        item["due"] = .plain(review.due.description)
        item["due_display"] = .plain(review.due.displayText)
        item["is_overdue"] = .flag(review.isOverdue)
    }

    /// The most checklists and reviews due the home page lists; the rest are a link away, so the
    /// home page stays the same size however large the handbook grows.
    static let homeListLimit = 10

    /// The home page's overview: chapters in order, latest stories, the first checklists and the
    /// reviews due soonest, with how many there are in all.
    func homeValues() -> TemplateValue {
        var v: TemplateValues = [:]
        TemplateValue.setList("chapters", links(site.chapters), in: &v)
        TemplateValue.setList("latest_stories", links(Array(site.indexes.stories.prefix(5))), in: &v)
        let checklists = site.indexes.taskPages.filter { site.pages[$0].kind == .checklist }
        TemplateValue.setList("checklists", checklists.prefix(Self.homeListLimit).map { index in
            var item = summary(of: index)
            item["count"] = .number(site.pages[index].markdown.tasks.count)
            return .object(item)
        }, in: &v)
        setCounts("checklists", shown: min(checklists.count, Self.homeListLimit), of: checklists.count, in: &v)
        let reviews = site.indexes.reviews
        TemplateValue.setList("reviews", reviews.prefix(Self.homeListLimit).map { review in
            var item = summary(of: review.page)
            setDue(review, in: &item)
            return .object(item)
        }, in: &v)
        setCounts("reviews", shown: min(reviews.count, Self.homeListLimit), of: reviews.count, in: &v)
        return .object(v)
    }

    /// `X_shown`, `X_count` and `has_more_X` for a list cut short.
    private func setCounts(_ key: String, shown: Int, of count: Int, in values: inout TemplateValues) {
        values[key + "_shown"] = .number(shown)
        values[key + "_count"] = .number(count)
        values["has_more_" + key] = .flag(shown < count)
    }

    /// Practice pages in reading order.
    var practicePages: [Int] {
        site.pages.indices.filter { site.pages[$0].kind == .practice }.sorted { SiteIndexer.readingOrder(site.pages[$0], site.pages[$1]) }
    }
}
