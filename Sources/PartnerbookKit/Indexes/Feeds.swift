/// The machine-readable files of a site: the Atom feed of stories, the sitemap, and `pages.json`.
enum Feeds {
    /// With `deferred`, their bytes are made as they are written.
    static func files(for site: Site, htmlPaths: [String], deferred: Bool = false) -> [OutputFile] {
        [.made("feed.xml", deferred: deferred) { Array(atom(site).utf8) },
         .made("sitemap.xml", deferred: deferred) { Array(sitemap(site, htmlPaths: htmlPaths).utf8) },
         .made("pages.json", deferred: deferred) { Array(pagesJSON(site).utf8) }]
    }

    /// A URL as readers and feed readers need it: absolute when `base_url` is, else from the site root.
    static func absolute(_ path: String, _ site: Site) -> String {
        let base = site.config.absoluteBase
        let path = LinkResolver.percentEncodePath(path)
        return base.contains("://") ? base + path : site.config.basePath + path
    }

    static func xml(_ text: String) -> String { HTML.escape(text) }

    static func timestamp(_ day: Day) -> String { "\(day)T00:00:00Z" }

    /// The most stories the feed holds: feed readers only look for what is new, and the feed then
    /// stays the same size however many stories the handbook keeps. `/stories/` lists them all.
    static let feedEntries = 50

    /// Atom 1.0: the newest `feedEntries` stories, newest first. `updated` is the newest story's date, so the feed does not change between identical builds.
    static func atom(_ site: Site) -> String {
        let stories = site.indexes.stories.prefix(feedEntries).map { site.pages[$0] }
        let updated = stories.compactMap(\.frontMatter.date).max() ?? Day(ordinal: 0)
        let feedURL = absolute("stories/", site)
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>\(xml(site.config.title)): partnership stories</title>
              <id>\(xml(feedURL))</id>
              <updated>\(timestamp(updated))</updated>
              <link rel="self" href="\(xml(absolute("feed.xml", site)))"/>
              <link rel="alternate" type="text/html" href="\(xml(feedURL))"/>
              <author><name>\(xml(site.config.title))</name></author>

            """
        for story in stories {
            let url = absolute(story.url, site)
            out += """
                  <entry>
                    <title>\(xml(story.title))</title>
                    <id>\(xml(url))</id>
                    <link rel="alternate" type="text/html" href="\(xml(url))"/>
                    <updated>\(timestamp(story.frontMatter.date ?? updated))</updated>
                """
            if let owner = story.frontMatter.owner { out += "\n      <author><name>\(xml(owner))</name></author>" }
            for partner in story.frontMatter.partners { out += "\n      <category term=\"\(xml(partner))\"/>" }
            out += "\n      <summary>\(xml(story.summary))</summary>\n  </entry>\n"
        }
        return out + "</feed>\n"
    }

    static func sitemap(_ site: Site, htmlPaths: [String]) -> String {
        var lastModified: [String: Day] = [:]
        for page in site.pages {
            if let day = page.frontMatter.lastReviewed ?? page.frontMatter.date { lastModified[page.url + "index.html"] = day }
        }
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in htmlPaths.sorted() where path != "404.html" {
            let url = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            out += "  <url><loc>\(xml(absolute(url, site)))</loc>"
            if let day = lastModified[path] { out += "<lastmod>\(day)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    /// Each page's review facts, for monitoring scripts.
    static func pagesJSON(_ site: Site) -> String {
        let entries = site.pages.map { page in
            JSON.object([
                ("title", JSON.string(page.title)), ("url", JSON.string(absolute(page.url, site))),
                ("kind", JSON.string(page.kind.rawValue)), ("owner", page.frontMatter.owner.map(JSON.string) ?? "null"),
                ("last_reviewed", page.frontMatter.lastReviewed.map { JSON.string($0.description) } ?? "null"),
                ("review_due", page.reviewDue.map { JSON.string($0.description) } ?? "null"),
                ("source", JSON.string(page.displayPath)),
            ])
        }
        return "{\"pages\":[\n" + entries.joined(separator: ",\n") + "\n]}\n"
    }
}
