import Foundation

/// Builds the values a template sees (documented in `layouts/README.md`) from the site.
/// Site-wide parts are made once; only what differs per page is made per page.
struct ContextBuilder: Sendable {
    let site: Site
    private let siteValues: [String: String]
    private let chapterPosition: [String: Int]
    /// Each page's place in its section's list, by URL, so the sidebar finds it without a search.
    private let sectionPosition: [String: Int]
    /// The title and URL of each page under `practices/`, by path, made once.
    private let practices: [String: (title: String, url: String)]
    /// The URLs of the partner and tag pages, by name, made once.
    let taxonURLs: (partners: [String: String], tags: [String: String])

    /// The most pages of the current section the sidebar lists, so its size stays flat as a handbook grows.
    static let sidebarWindow = 40

    init(site: Site) {
        self.site = site
        let config = site.config
        var values = ["title": config.title, "description": config.description, "language": config.language,
                      "base_url": config.baseURL, "base_path": config.basePath]
        if let edit = config.editURL { values["edit_url"] = edit }
        siteValues = values
        chapterPosition = Dictionary(uniqueKeysWithValues: site.chapters.enumerated().map { (site.pages[$1].path, $0) })
        sectionPosition = Dictionary(site.sections.flatMap { $0.pages.enumerated().map { (site.pages[$1].url, $0) } },
                                     uniquingKeysWith: min)
        let base = config.basePath
        func url(_ path: String) -> String { base + LinkResolver.percentEncodePath(path) }
        practices = Dictionary(site.pages.filter { $0.path.hasPrefix("practices/") }.map { ($0.path, ($0.title, url($0.url))) },
                               uniquingKeysWith: { first, _ in first })
        func urls(_ taxa: [Taxon], _ folder: String) -> [String: String] {
            Dictionary(taxa.map { ($0.name, url("\(folder)/\($0.slug)/")) }, uniquingKeysWith: { first, _ in first })
        }
        taxonURLs = (urls(site.indexes.partners, "partners"), urls(site.indexes.tags, "tags"))
    }

    func url(_ path: String) -> String { site.config.basePath + LinkResolver.percentEncodePath(path) }

    func link(_ title: String, _ path: String) -> [String: Any] { ["title": title, "url": url(path)] }

    /// The context for one page of the site.
    func context(for page: Page) -> [String: Any] {
        var context: [String: Any] = ["site": siteValues, "nav": navigation(current: page.section, currentURL: page.url),
                                      "page": values(of: page)]
        if let name = page.section, page.url == name + "/", let section = site.section(named: name) {
            context["list"] = listValues(section)
        }
        return context
    }

    private func listValues(_ section: Section) -> [String: Any] {
        var list: [String: Any] = [:]
        Self.setList("pages", section.pages.map { summary(of: site.pages[$0]) }, in: &list)
        return list
    }

    /// The context for a page Partnerbook makes itself (an index), titled and placed in a section.
    func context(generated title: String, url path: String, section: String?) -> [String: Any] {
        var crumbs = path.isEmpty ? [] : [link("Home", "")]
        if let section = site.section(named: section), section.url != path { crumbs.append(link(section.title, section.url)) }
        let page: [String: Any] = ["title": title, "url": url(path), "kind": "index", "is_index": true, "is_home": path.isEmpty,
                                   "breadcrumbs": crumbs, "content": ""]
        return ["site": siteValues, "nav": navigation(current: section, currentURL: path), "page": page]
    }

    /// The context for a section's generated index page.
    func context(forSection section: Section) -> [String: Any] {
        var context = context(generated: section.title, url: section.url, section: section.name)
        context["list"] = listValues(section)
        return context
    }

    func values(of page: Page) -> [String: Any] {
        let fm = page.frontMatter
        var v: [String: Any] = [
            "title": page.title, "kind": page.kind.rawValue, "url": url(page.url), "summary": page.summary,
            "content": page.markdown.html, "source_path": page.displayPath, "is_home": page.isHome,
            "is_\(page.kind.rawValue)": true, "is_draft": fm.isDraft,
            "toc": tableOfContents(page.markdown.headings), "has_toc": page.markdown.headings.contains { $0.level == 2 || $0.level == 3 },
            "params": fm.params.mapValues(\.templateValue),
            "breadcrumbs": breadcrumbs(page),
            "tasks_count": page.markdown.tasks.count, "has_tasks": !page.markdown.tasks.isEmpty,
        ]
        Self.setList("partners", fm.partners.map { ["name": $0, "url": partnerURL($0)] }, in: &v)
        Self.setList("practices", fm.practices.map { practice($0.value) }, in: &v)
        Self.setList("tags", fm.tags.map { ["name": $0, "url": tagURL($0)] }, in: &v)
        let index = site.index(ofPath: page.path)
        Self.setList("referenced_by", links(index.flatMap { site.indexes.backlinks[$0] } ?? []), in: &v)
        if page.kind == .practice { Self.setList("used_by", links(site.indexes.practiceUsers[page.path] ?? []), in: &v) }
        if let date = fm.date { v["date"] = date.description; v["date_display"] = date.displayText }
        if let owner = fm.owner { v["owner"] = owner }
        if let reviewed = fm.lastReviewed { v["last_reviewed"] = reviewed.description; v["last_reviewed_display"] = reviewed.displayText }
        if let every = fm.reviewEvery { v["review_every"] = every.description }
        if let due = page.reviewDue {
            v["review_due"] = due.description
            v["is_review_due"] = due <= site.today
        }
        if let edit = site.config.editURL { v["edit_url"] = edit.replacingOccurrences(of: "{path}", with: page.displayPath) }
        if let position = chapterPosition[page.path] {
            if position > 0 { v["prev"] = pageLink(site.chapters[position - 1]) }
            if position + 1 < site.chapters.count { v["next"] = pageLink(site.chapters[position + 1]) }
        }
        return v
    }

    /// Sets `key` and `has_key`, since Mustache cannot ask whether a list is empty before opening a `<ul>`.
    static func setList(_ key: String, _ items: [[String: Any]], in values: inout [String: Any]) {
        values[key] = items
        values["has_" + key] = !items.isEmpty
    }

    /// The short form of a page used in lists: title, link, date and summary.
    func summary(of page: Page) -> [String: Any] {
        var v: [String: Any] = ["title": page.title, "url": url(page.url), "summary": page.summary,
                                "kind": page.kind.rawValue]
        Self.setList("partners", page.frontMatter.partners.map { ["name": $0, "url": partnerURL($0)] }, in: &v)
        Self.setList("tags", page.frontMatter.tags.map { ["name": $0, "url": tagURL($0)] }, in: &v)
        Self.setList("practices", page.frontMatter.practices.map { practice($0.value) }, in: &v)
        if let owner = page.frontMatter.owner { v["owner"] = owner }
        if let date = page.frontMatter.date { v["date"] = date.description; v["date_display"] = date.displayText }
        return v
    }

    private func pageLink(_ index: Int) -> [String: Any] {
        link(site.pages[index].title, site.pages[index].url)
    }

    private func practice(_ slug: String) -> [String: Any] {
        guard let page = practices["practices/\(slug).md"] else { return ["slug": slug, "title": slug] }
        return ["slug": slug, "title": page.title, "url": page.url]
    }

    private func breadcrumbs(_ page: Page) -> [[String: Any]] {
        guard !page.isHome else { return [] }
        var crumbs = [link("Home", "")]
        if let section = site.section(named: page.section), section.url != page.url {
            crumbs.append(link(section.title, section.url))
        }
        return crumbs
    }

    /// h2 entries with their h3s nested beneath.
    private func tableOfContents(_ headings: [Heading]) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        var children: [[String: Any]] = []
        func flush() {
            guard !entries.isEmpty, !children.isEmpty else { return }
            Self.setList("children", children, in: &entries[entries.count - 1])
            children = []
        }
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry: [String: Any] = ["id": heading.id, "title": heading.text, "level": heading.level]
            if heading.level == 2 || entries.isEmpty {
                flush()
                entries.append(entry)
            } else {
                children.append(entry)
            }
        }
        flush()
        return entries
    }

    /// Sections, and the pages of the current one within a window around the current page.
    private func navigation(current: String?, currentURL: String) -> [String: Any] {
        var items: [[String: Any]] = site.sections.map { section in
            var item: [String: Any] = ["title": section.title, "url": url(section.url), "is_current": section.name == current]
            if section.name == current {
                let all = section.pages
                let position = sectionPosition[currentURL] ?? 0
                let start = max(0, min(position - Self.sidebarWindow / 2, all.count - Self.sidebarWindow))
                let shown = all[start..<min(all.count, start + Self.sidebarWindow)]
                Self.setList("pages", shown.map { index -> [String: Any] in
                    ["title": site.pages[index].title, "url": url(site.pages[index].url), "is_current": site.pages[index].url == currentURL]
                }, in: &item)
                if shown.count < all.count { item["more_url"] = url(section.url) }
            }
            return item
        }
        items += site.rootPages.map { index in
            ["title": site.pages[index].title, "url": url(site.pages[index].url), "is_current": site.pages[index].url == currentURL]
        }
        return ["sections": items]
    }
}
