import Foundation

/// Builds the values a template sees (documented in `layouts/README.md`) from the site.
/// Site-wide parts are made once; only what differs per page is made per page. A class, so the
/// thousands of files laid out later (`OutputFile.Contents.deferred`) share one.
final class ContextBuilder: Sendable {
    let site: Site
    private let siteValues: TemplateValue
    private let chapterPosition: [String: Int]
    /// Each page's place in its section's list, by URL, so the sidebar finds it without a search.
    private let sectionPosition: [String: Int]
    /// The title and URL of each page under `practices/`, by path, made once.
    private let practices: [String: (title: String, url: String)]
    /// The URLs of the partner and tag pages, by name, made once.
    let taxonURLs: (partners: [String: String], tags: [String: String])
    private let shared: SharedValues
    /// `site.config.basePath`, worked out from the base URL once instead of for every link.
    private let basePath: String

    /// The most pages of the current section the sidebar lists, so its size stays flat as a handbook grows.
    static let sidebarWindow = 40

    init(site: Site) {
        self.site = site
        let config = site.config
        var values: TemplateValues = ["title": .plain(config.title), "description": .plain(config.description),
                                      "language": .plain(config.language), "base_url": .plain(config.baseURL),
                                      "base_path": .plain(config.basePath)]
        if let edit = config.editURL { values["edit_url"] = .plain(edit) }
        siteValues = .object(values)
        chapterPosition = Dictionary(uniqueKeysWithValues: site.chapters.enumerated().map { (site.pages[$1].path, $0) })
        sectionPosition = Dictionary(site.sections.flatMap { $0.pages.enumerated().map { (site.pages[$1].url, $0) } },
                                     uniquingKeysWith: min)
        let base = config.basePath
        basePath = base
        func url(_ path: String) -> String { base + LinkResolver.percentEncodePath(path) }
        practices = Dictionary(site.pages.lazy.filter { $0.path.hasPrefix("practices/") }.map { ($0.path, ($0.title, url($0.url))) },
                               uniquingKeysWith: { first, _ in first })
        func urls(_ taxa: [Taxon], _ folder: String) -> [String: String] {
            Dictionary(taxa.map { ($0.name, url("\(folder)/\($0.slug)/")) }, uniquingKeysWith: { first, _ in first })
        }
        taxonURLs = (urls(site.indexes.partners, "partners"), urls(site.indexes.tags, "tags"))
        shared = SharedValues(pageCount: site.pages.count)
    }

    /// How many task items the handbook has, counted the first time a file asks.
    var taskItemCount: Int {
        shared.taskItemCount { site.indexes.taskPages.reduce(0) { $0 + site.pages[$1].markdown.tasks.count } }
    }

    func url(_ path: String) -> String { basePath + LinkResolver.percentEncodePath(path) }

    func link(_ title: String, _ path: String) -> TemplateValue { ["title": .plain(title), "url": .plain(url(path))] }

    /// The context for one page of the site.
    func context(for page: Page) -> TemplateValues {
        var context: TemplateValues = ["site": siteValues, "nav": navigation(current: page.section, currentURL: page.url),
                                       "page": .object(values(of: page))]
        if let name = page.section, page.url == name + "/", let section = site.section(named: name) {
            context["list"] = listValues(section)
        }
        return context
    }

    private func listValues(_ section: Section) -> TemplateValue {
        var list: TemplateValues = [:]
        TemplateValue.setList("pages", section.pages.map { sharedSummary(of: $0) }, in: &list)
        return .object(list)
    }

    /// The context for a page Partnerbook makes itself (an index), titled and placed in a section.
    func context(generated title: String, url path: String, section: String?) -> TemplateValues {
        var crumbs: [TemplateValue] = path.isEmpty ? [] : [link("Home", "")]
        if let section = site.section(named: section), section.url != path { crumbs.append(link(section.title, section.url)) }
        let page: TemplateValue = ["title": .plain(title), "url": .plain(url(path)), "kind": "index", "is_index": true,
                                   "is_home": .flag(path.isEmpty), "breadcrumbs": .list(crumbs), "content": ""]
        return ["site": siteValues, "nav": navigation(current: section, currentURL: path), "page": page]
    }

    /// The context for a section's generated index page.
    func context(forSection section: Section) -> TemplateValues {
        var context = context(generated: section.title, url: section.url, section: section.name)
        context["list"] = listValues(section)
        return context
    }

    func values(of page: Page) -> TemplateValues {
        let fm = page.frontMatter
        var v: TemplateValues = [
            "title": .plain(page.title), "kind": .plain(page.kind.rawValue), "url": .plain(url(page.url)),
            "summary": .plain(page.summary), "content": .html(page.markdown.html), "source_path": .plain(page.displayPath),
            "is_home": .flag(page.isHome), "is_\(page.kind.rawValue)": true, "is_draft": .flag(fm.isDraft),
            "toc": .list(tableOfContents(page.markdown.headings)),
            "has_toc": .flag(page.markdown.headings.contains { $0.level == 2 || $0.level == 3 }),
            "params": .object(fm.params.mapValues(\.templateValue)),
            "breadcrumbs": .list(breadcrumbs(page)),
            "tasks_count": .number(page.markdown.tasks.count), "has_tasks": .flag(!page.markdown.tasks.isEmpty),
        ]
        TemplateValue.setList("partners", fm.partners.map { ["name": .plain($0), "url": .plain(partnerURL($0))] }, in: &v)
        TemplateValue.setList("practices", fm.practices.map { practice($0.value) }, in: &v)
        TemplateValue.setList("tags", fm.tags.map { ["name": .plain($0), "url": .plain(tagURL($0))] }, in: &v)
        let index = site.index(ofPath: page.path)
        TemplateValue.setList("referenced_by", links(index.flatMap { site.indexes.backlinks[$0] } ?? []), in: &v)
        if page.kind == .practice { TemplateValue.setList("used_by", links(site.indexes.practiceUsers[page.path] ?? []), in: &v) }
        if let date = fm.date { v["date"] = .plain(date.description); v["date_display"] = .plain(date.displayText) }
        if let owner = fm.owner { v["owner"] = .plain(owner) }
        if let reviewed = fm.lastReviewed {
            v["last_reviewed"] = .plain(reviewed.description)
            v["last_reviewed_display"] = .plain(reviewed.displayText)
        }
        if let every = fm.reviewEvery { v["review_every"] = .plain(every.description) }
        if let due = page.reviewDue {
            v["review_due"] = .plain(due.description)
            v["is_review_due"] = .flag(due <= site.today)
        }
        if let edit = site.config.editURL { v["edit_url"] = .plain(edit.replacingOccurrences(of: "{path}", with: page.displayPath)) }
        if let position = chapterPosition[page.path] {
            if position > 0 { v["prev"] = pageLink(site.chapters[position - 1]) }
            if position + 1 < site.chapters.count { v["next"] = pageLink(site.chapters[position + 1]) }
        }
        return v
    }

    /// The short form of a page used in lists: title, link, date and summary.
    /// A page's summary, to add to.
    func summary(of index: Int) -> TemplateValues {
        shared.summary(index) { summary(of: site.pages[index]) }.values
    }

    /// A page's summary as it is, shared by every list that shows it.
    func sharedSummary(of index: Int) -> TemplateValue {
        shared.summary(index) { summary(of: site.pages[index]) }.shared
    }

    private func summary(of page: Page) -> TemplateValues {
        var v: TemplateValues = ["title": .plain(page.title), "url": .plain(url(page.url)), "summary": .plain(page.summary),
                                 "kind": .plain(page.kind.rawValue)]
        TemplateValue.setList("partners", page.frontMatter.partners.map { ["name": .plain($0), "url": .plain(partnerURL($0))] }, in: &v)
        TemplateValue.setList("tags", page.frontMatter.tags.map { ["name": .plain($0), "url": .plain(tagURL($0))] }, in: &v)
        TemplateValue.setList("practices", page.frontMatter.practices.map { practice($0.value) }, in: &v)
        if let owner = page.frontMatter.owner { v["owner"] = .plain(owner) }
        if let date = page.frontMatter.date { v["date"] = .plain(date.description); v["date_display"] = .plain(date.displayText) }
        return v
    }

    private func pageLink(_ index: Int) -> TemplateValue {
        link(site.pages[index].title, site.pages[index].url)
    }

    private func practice(_ slug: String) -> TemplateValue {
        guard let page = practices["practices/\(slug).md"] else { return ["slug": .plain(slug), "title": .plain(slug)] }
        return ["slug": .plain(slug), "title": .plain(page.title), "url": .plain(page.url)]
    }

    private func breadcrumbs(_ page: Page) -> [TemplateValue] {
        guard !page.isHome else { return [] }
        var crumbs = [link("Home", "")]
        if let section = site.section(named: page.section), section.url != page.url {
            crumbs.append(link(section.title, section.url))
        }
        return crumbs
    }

    /// h2 entries with their h3s nested beneath.
    private func tableOfContents(_ headings: [Heading]) -> [TemplateValue] {
        var entries: [TemplateValues] = []
        var children: [TemplateValue] = []
        func flush() {
            guard !entries.isEmpty, !children.isEmpty else { return }
            TemplateValue.setList("children", children, in: &entries[entries.count - 1])
            children = []
        }
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry: TemplateValues = ["id": .plain(heading.id), "title": .plain(heading.text), "level": .number(heading.level)]
            if heading.level == 2 || entries.isEmpty {
                flush()
                entries.append(entry)
            } else {
                children.append(.object(entry))
            }
        }
        flush()
        return entries.map(TemplateValue.object)
    }

    /// Sections, and the pages of the current one within a window around the current page.
    private func navigation(current: String?, currentURL: String) -> TemplateValue {
        var items: [TemplateValue] = site.sections.map { section in
            var item: TemplateValues = ["title": .plain(section.title), "url": .plain(url(section.url)),
                                        "is_current": .flag(section.name == current)]
            if section.name == current {
                let all = section.pages
                let position = sectionPosition[currentURL] ?? 0
                let start = max(0, min(position - Self.sidebarWindow / 2, all.count - Self.sidebarWindow))
                let shown = all[start..<min(all.count, start + Self.sidebarWindow)]
                TemplateValue.setList("pages", shown.map { navigationItem($0, currentURL: currentURL) }, in: &item)
                if shown.count < all.count { item["more_url"] = .plain(url(section.url)) }
            }
            return .object(item)
        }
        items += site.rootPages.map { navigationItem($0, currentURL: currentURL) }
        return ["sections": .list(items)]
    }

    /// Reads the two fields it needs in place: copying a `Page` out of the array retains all of its
    /// fields, which a profile showed costing 3 % of a build for 40 sidebar entries a page.
    private func navigationItem(_ index: Int, currentURL: String) -> TemplateValue {
        let isCurrent = site.pages[index].url == currentURL
        func entry() -> TemplateValue {
            ["title": .plain(site.pages[index].title), "url": .plain(url(site.pages[index].url)), "is_current": .flag(isCurrent)]
        }
        return isCurrent ? entry() : shared.sidebarEntry(index, entry)
    }
}
