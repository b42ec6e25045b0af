import Foundation

/// Groups rendered pages into the site: sections, their order, the reading order of chapters.
enum SiteIndexer {
    /// Sections listed first, in this order; any other folder follows alphabetically.
    static let preferredSections = ["chapters", "practices", "stories", "checklists"]

    static func index(_ pages: [Page], config: SiteConfig, today: Day) -> Site {
        let pages = pages.sorted { $0.url < $1.url }
        var members: [String: [Int]] = [:]
        var indexPages: [String: Int] = [:]
        var rootPages: [Int] = []
        for (i, page) in pages.enumerated() {
            guard let section = page.section else {
                if !page.isHome { rootPages.append(i) }
                continue
            }
            if page.url == section + "/" { indexPages[section] = i } else { members[section, default: []].append(i) }
        }
        let names = Set(members.keys).union(indexPages.keys).sorted { a, b in
            let ra = preferredSections.firstIndex(of: a) ?? preferredSections.count
            let rb = preferredSections.firstIndex(of: b) ?? preferredSections.count
            return ra != rb ? ra < rb : a < b
        }
        let sections = names.map { name in
            Section(name: name,
                    title: indexPages[name].map { pages[$0].title } ?? defaultTitle(name),
                    url: name + "/",
                    pages: (members[name] ?? []).sorted { readingOrder(pages[$0], pages[$1]) },
                    indexPage: indexPages[name])
        }
        let chapters = pages.indices.filter { pages[$0].kind == .chapter }.sorted { readingOrder(pages[$0], pages[$1]) }
        var site = Site(config: config, pages: pages, sections: sections, chapters: chapters,
                        rootPages: rootPages.sorted { readingOrder(pages[$0], pages[$1]) }, today: today)
        site.indexes = IndexBuilder.indexes(of: site)
        return site
    }

    /// Explicit `order` first; stories newest first; then by title, then path, so order never depends on the disk.
    static func readingOrder(_ a: Page, _ b: Page) -> Bool {
        let oa = a.frontMatter.order ?? Int.max, ob = b.frontMatter.order ?? Int.max
        if oa != ob { return oa < ob }
        let da = a.frontMatter.date, db = b.frontMatter.date
        if da != db { return (da ?? Day(ordinal: Int.min / 2)) > (db ?? Day(ordinal: Int.min / 2)) }
        let ta = a.title.lowercased(), tb = b.title.lowercased()
        if ta != tb { return ta < tb }
        return a.path < b.path
    }

    /// `checklists` → `Checklists`, `partner-teams` → `Partner teams`.
    static func defaultTitle(_ folder: String) -> String {
        let words = folder.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
