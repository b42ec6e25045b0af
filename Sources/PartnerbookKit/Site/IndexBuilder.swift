/// Computes the cross-references of a site (its `SiteIndexes`) from its pages.
enum IndexBuilder {
    static func indexes(of site: Site) -> SiteIndexes {
        var indexes = SiteIndexes()
        let pages = site.pages
        let reading = pages.indices.sorted { SiteIndexer.readingOrder(pages[$0], pages[$1]) }

        indexes.pagesByFolder = Dictionary(grouping: pages.map(\.path).sorted(), by: { BrokenLinks.split($0).folder })
        indexes.partners = taxa(reading.map { ($0, pages[$0].frontMatter.partners) })
        indexes.tags = taxa(reading.map { ($0, pages[$0].frontMatter.tags) })
        indexes.stories = reading.filter { pages[$0].kind == .story }
            .sorted { a, b in
                let da = pages[a].frontMatter.date ?? Day(ordinal: .min / 2), db = pages[b].frontMatter.date ?? Day(ordinal: .min / 2)
                return da != db ? da > db : pages[a].path < pages[b].path
            }

        for index in reading where pages[index].kind != .practice {
            for slug in Set(pages[index].frontMatter.practices.map(\.value)) {
                indexes.practiceUsers["practices/\(slug).md", default: []].append(index)
            }
        }

        for (index, page) in pages.enumerated() {
            var targets: Set<Int> = []
            for link in page.markdown.links {
                if case .page(let path, _) = link.target, let target = site.index(ofPath: path), target != index {
                    targets.insert(target)
                }
            }
            for target in targets { indexes.backlinks[target, default: []].append(index) }
        }

        let checklists = reading.filter { pages[$0].kind == .checklist && !pages[$0].markdown.tasks.isEmpty }
        let others = reading.filter { pages[$0].kind != .checklist && !pages[$0].markdown.tasks.isEmpty }
        indexes.taskPages = checklists + others

        let horizon = site.today.adding(days: SiteIndexes.reviewHorizon)
        indexes.reviews = pages.indices.compactMap { index -> Review? in
            guard let due = pages[index].reviewDue, due <= horizon else { return nil }
            return Review(page: index, due: due, isOverdue: due <= site.today)
        }.sorted { ($0.due, pages[$0.page].url) < ($1.due, pages[$1.page].url) }
        return indexes
    }

    /// Names grouped case-insensitively under the spelling seen first, sorted by name.
    private static func taxa(_ entries: [(Int, [String])]) -> [Taxon] {
        var byKey: [String: Taxon] = [:]
        for (page, names) in entries {
            for name in names {
                let slug = Slugger.slug(name).isEmpty ? "untitled" : Slugger.slug(name)
                if byKey[slug] == nil { byKey[slug] = Taxon(name: name, slug: slug, pages: []) }
                if byKey[slug]!.pages.last != page { byKey[slug]!.pages.append(page) }
            }
        }
        return byKey.values.sorted { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }
    }
}
