/// The whole handbook as the templates see it: pages in order, grouped into sections.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Every published page, sorted by URL.
    public var pages: [Page]
    public var sections: [Section]
    /// Chapters in reading order, as indexes into `pages`.
    public var chapters: [Int]
    /// Pages at the root of `content/` other than the home page, as indexes into `pages`.
    public var rootPages: [Int]
    /// The day review dates are judged against.
    public var today: Day
    /// Cross-references between the pages, filled in by the index stage.
    public var indexes = SiteIndexes()
    private var indexByPath: [String: Int]

    public init(config: SiteConfig, pages: [Page], sections: [Section], chapters: [Int], rootPages: [Int], today: Day) {
        self.config = config
        self.pages = pages
        self.sections = sections
        self.chapters = chapters
        self.rootPages = rootPages
        self.today = today
        self.indexByPath = Dictionary(uniqueKeysWithValues: pages.enumerated().map { ($1.path, $0) })
    }

    public func page(atPath path: String) -> Page? { indexByPath[path].map { pages[$0] } }
    public func index(ofPath path: String) -> Int? { indexByPath[path] }
    public func section(named name: String?) -> Section? { sections.first { $0.name == name } }
}

/// A top folder of `content/`: its pages in order and the page that introduces it, if any.
public struct Section: Sendable {
    public var name: String
    public var title: String
    /// `chapters/`, below the base path.
    public var url: String
    /// Indexes into `Site.pages`, in the section's order.
    public var pages: [Int]
    /// The section's own `index.md`, if it has one.
    public var indexPage: Int?
}
