/// What a build writes besides the pages and files of `content/`, as URL paths below the base
/// path: the index pages of `IndexPages` (a home page when `content/` has none, partner teams, tags, reviews, search, all checklists),
/// the data files of `Feeds`, and the theme's assets. Known before rendering, so a link written
/// to `/partners/platform/` or `/review/` is not reported as broken. Section list pages are added
/// by `LinkResolver`, which knows the sections, and so are the later pages of a paged index
/// (`IndexPaging.laterPageURL`): any `page/N/` below one, since how many pages the checklists and
/// reviews need is known only after rendering. A test builds a site and checks that every page
/// and feed it writes is a link that resolves, so this list cannot fall behind.
enum GeneratedURLs {
    static func urls(for pages: [ParsedPage], layouts: [String: LayoutFile]) -> Set<String> {
        var urls: Set<String> = ["", "review/", "search/", "checklists/all/", "404.html", "feed.xml", "sitemap.xml", "pages.json"]
        for (folder, names) in [("partners", Set(pages.flatMap(\.frontMatter.partners))), ("tags", Set(pages.flatMap(\.frontMatter.tags)))]
        where !names.isEmpty {
            urls.insert(folder + "/")
            for name in names {
                let slug = Slugger.slug(name)
                urls.insert("\(folder)/\(slug.isEmpty ? "untitled" : slug)/")
            }
        }
        urls.formUnion(layouts.keys.filter { $0.hasPrefix("assets/") })
        return urls
    }
}
