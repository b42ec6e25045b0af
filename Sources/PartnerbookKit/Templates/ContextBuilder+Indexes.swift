/// The values of the generated index pages: stories, checklists, practices, partners, tags, review, home.
extension ContextBuilder {
    func partnerURL(_ name: String) -> String { taxonURLs.partners[name] ?? url("partners/\(Slugger.slug(name))/") }
    func tagURL(_ name: String) -> String { taxonURLs.tags[name] ?? url("tags/\(Slugger.slug(name))/") }

    func links(_ indexes: [Int]) -> [TemplateValue] { indexes.map(sharedSummary(of:)) }

    /// One page of `/stories/`: its stories newest first, and the same stories grouped by partner and
    /// by practice (`practices`: `practicePages`, made once for every page).
    func storiesValues(page: IndexPage, practices: [Int]) -> TemplateValue {
        let stories = Array(page.slice(site.indexes.stories))
        var v: TemplateValues = [:]
        setPager(page, base: IndexPaging.stories, in: &v)
        TemplateValue.setList("stories", links(stories), in: &v)
        let isStory = Set(stories)
        TemplateValue.setList("by_partner", site.indexes.partners.compactMap { partner -> TemplateValue? in
            let mine = partner.pages.filter(isStory.contains)
            return mine.isEmpty ? nil : ["name": .plain(partner.name), "url": .plain(partnerURL(partner.name)), "stories": .list(links(mine))]
        }, in: &v)
        TemplateValue.setList("by_practice", practices.compactMap { practice -> TemplateValue? in
            let users = (site.indexes.practiceUsers[site.pages[practice].path] ?? []).filter(isStory.contains)
            return users.isEmpty ? nil : ["title": .plain(site.pages[practice].title), "url": .plain(url(site.pages[practice].url)),
                                          "stories": .list(links(users))]
        }, in: &v)
        return .object(v)
    }

    /// One page of `/practices/` (out of `practices`, all of them in reading order): each of its
    /// practices with the chapters and stories that use it.
    func practicesValues(page: IndexPage, practices: [Int]) -> TemplateValue {
        var v: TemplateValues = [:]
        setPager(page, base: IndexPaging.practices, in: &v)
        TemplateValue.setList("practices", page.slice(practices).map { index -> TemplateValue in
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

    /// One page of a partner's or tag's index at `base`, out of `pages` (`pagesInOrder`): its
    /// stories, chapters and other pages, with the count of them all.
    func taxonPageValues(_ taxon: Taxon, pages all: [Int], base: String, page: IndexPage) -> TemplateValue {
        var v: TemplateValues = ["name": .plain(taxon.name), "count": .number(taxon.pages.count)]
        setPager(page, base: base, in: &v)
        let pages = page.slice(all).map { ($0, site.pages[$0].kind) }
        TemplateValue.setList("stories", links(pages.filter { $0.1 == .story }.map(\.0)), in: &v)
        TemplateValue.setList("chapters", links(pages.filter { $0.1 == .chapter }.map(\.0)), in: &v)
        TemplateValue.setList("others", links(pages.filter { $0.1 != .story && $0.1 != .chapter }.map(\.0)), in: &v)
        return .object(v)
    }

    /// A partner's or tag's pages in the order its index shows them: stories, chapters, the others.
    func pagesInOrder(_ taxon: Taxon) -> [Int] {
        let rank: (Int) -> Int = { switch self.site.pages[$0].kind { case .story: 0; case .chapter: 1; default: 2 } }
        return taxon.pages.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// One page of `/review/`, out of `reviews` (`reviewsByOwner`): pages overdue or due soon,
    /// grouped by owner; an owner whose pages run on to the next page is named again there.
    func reviewValues(page: IndexPage, reviews: [Review]) -> TemplateValue {
        var owners: [(owner: String, pages: [TemplateValue])] = []
        for review in page.slice(reviews) {
            let owner = site.pages[review.page].frontMatter.owner ?? ""
            var item = summary(of: review.page)
            setDue(review, in: &item)
            if let last = site.pages[review.page].frontMatter.lastReviewed { item["last_reviewed"] = .plain(last.description) }
            if owners.last?.owner != owner { owners.append((owner, [])) }
            owners[owners.count - 1].pages.append(.object(item))
        }
        var v: TemplateValues = ["horizon_days": .number(SiteIndexes.reviewHorizon), "today": .plain(site.today.description)]
        setPager(page, base: IndexPaging.review, in: &v)
        TemplateValue.setList("owners", owners.map { group in
            ["owner": .plain(group.owner.isEmpty ? "No owner" : group.owner), "pages": .list(group.pages)]
        }, in: &v)
        return .object(v)
    }

    /// The pages due for review in the order `/review/` lists them: by owner (no owner first), then soonest first.
    var reviewsByOwner: [Review] {
        site.indexes.reviews.enumerated().sorted { a, b in
            (site.pages[a.element.page].frontMatter.owner ?? "", a.offset) < (site.pages[b.element.page].frontMatter.owner ?? "", b.offset)
        }.map(\.element)
    }

    private func setDue(_ review: Review, in item: inout TemplateValues) {
        item["due"] = .plain(review.due.description)
        item["due_display"] = .plain(review.due.displayText)
        item["is_overdue"] = .flag(review.isOverdue)
    }

    /// The most checklists and reviews due the home page lists; the rest are a link away, so the
    /// home page stays the same size however large the handbook grows.
    static let homeListLimit = 10

    /// The most chapters the home page lists: twice the other parts' ten, so a handbook of up to
    /// twenty chapters (this repository's has ten) shows its whole table of contents there, and
    /// the list of the `chapters` section has them all.
    static let homeChapterLimit = 20

    /// The home page's overview: the first chapters in order, latest stories, the first checklists
    /// and the reviews due soonest, with how many there are in all.
    func homeValues() -> TemplateValue {
        var v: TemplateValues = [:]
        TemplateValue.setList("chapters", links(Array(site.chapters.prefix(Self.homeChapterLimit))), in: &v)
        setCounts("chapters", shown: min(site.chapters.count, Self.homeChapterLimit), of: site.chapters.count, in: &v)
        if let chapters = site.section(named: "chapters") { v["chapters_url"] = .plain(url(chapters.url)) }
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
