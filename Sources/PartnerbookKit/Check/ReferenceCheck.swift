/// Names in front matter that must name something real: practice slugs must name a practice
/// page, and partner teams must be among the site's `partners:` when that list is given.
enum ReferenceCheck {
    static func check(_ site: Site) -> [Diagnostic] {
        // Suggestions are looked for in a fixed order (practices by name, partners as listed), so
        // that of two names differing only in case, every run suggests the same one.
        let practiceNames = site.pages.compactMap(practiceSlug).sorted()
        let (practices, partners) = (Set(practiceNames), Set(site.config.partners))
        var found: [Diagnostic] = []
        for page in site.pages {
            for practice in page.frontMatter.practices where !practices.contains(practice.value) {
                let hint = Suggestion.nearest(to: practice.value, in: practiceNames).map { "did you mean '\($0)'?" }
                    ?? "practices are named by their file name under content/practices/, without '.md'"
                found.append(.warning("unknown-practice", at: page.location(of: practice),
                                      "no practice page is named '\(practice.value)'", hint: hint))
            }
            guard !partners.isEmpty else { continue }
            for partner in page.frontMatter.locatedPartners where !partners.contains(partner.value) {
                let hint = Suggestion.nearest(to: partner.value, in: site.config.partners).map { "did you mean '\($0)'?" }
                    ?? "the teams are listed under 'partners:' in \(SiteConfig.fileName); add it there if it is new"
                found.append(.warning("unknown-partner", at: page.location(of: partner),
                                      "'\(partner.value)' is not a partner team listed in \(SiteConfig.fileName)", hint: hint))
            }
        }
        return found
    }

    /// `mentoring` for `practices/mentoring.md`: the name a page's `practices:` list uses.
    static func practiceSlug(_ page: Page) -> String? {
        let parts = page.path.split(separator: "/")
        guard parts.count == 2, parts[0] == "practices", parts[1] != "index.md", parts[1] != "_index.md" else { return nil }
        return String(parts[1].dropLast(3))
    }
}
