/// A page whose front matter has been read: what the author wrote, not yet rendered.
public struct ParsedPage: Sendable {
    public var source: SourceFile
    public var frontMatter: FrontMatter
    public var body: String
    /// The file line on which the Markdown body starts.
    public var bodyFirstLine: Int

    public var path: String { source.path }
    public var kind: PageKind {
        frontMatter.kind ?? .defaultKind(forTopFolder: path.split(separator: "/").count > 1 ? String(path.split(separator: "/")[0]) : nil)
    }
}

/// A page ready to be laid out: rendered, titled, with its URL.
public struct Page: Sendable {
    public var path: String
    /// The URL path below the site's base path: `chapters/aligning-goals/`, or `` for the home page.
    public var url: String
    public var kind: PageKind
    public var title: String
    public var summary: String
    public var frontMatter: FrontMatter
    public var markdown: RenderedMarkdown {
        get {
            switch storedMarkdown {
            case .made(let markdown): markdown
            case .deferred(let deferred): deferred.value
            }
        }
        set { storedMarkdown = .made(newValue) }
    }
    /// The top folder under `content/` the page lives in, or nil for pages at its root.
    public var section: String?
    /// The page's words for search, each with the weight of the most prominent place it stands
    /// in (`WordWeights.encoded`): all search needs of the page, made as it is rendered, in a
    /// fraction of the memory its text takes. Empty for a page read from a build snapshot, whose
    /// words the snapshot's search index holds.
    var searchWords = ""
    private var storedMarkdown: StoredMarkdown

    private enum StoredMarkdown: Sendable {
        case made(RenderedMarkdown)
        /// Read from a build snapshot when first asked for.
        case deferred(Deferred<RenderedMarkdown>)
    }

    public init(path: String, url: String, kind: PageKind, title: String, summary: String, frontMatter: FrontMatter,
                markdown: RenderedMarkdown, section: String?) {
        (self.path, self.url, self.kind, self.title, self.summary) = (path, url, kind, title, summary)
        (self.frontMatter, self.section, storedMarkdown) = (frontMatter, section, .made(markdown))
    }

    /// A page whose rendered Markdown is made when first read.
    init(path: String, url: String, kind: PageKind, title: String, summary: String, frontMatter: FrontMatter,
         deferredMarkdown: Deferred<RenderedMarkdown>, section: String?) {
        self.init(path: path, url: url, kind: kind, title: title, summary: summary, frontMatter: frontMatter,
                  markdown: RenderedMarkdown(), section: section)
        storedMarkdown = .deferred(deferredMarkdown)
    }

    public var isHome: Bool { url.isEmpty }
    public var displayPath: String { "content/" + path }

    /// When the page is next due for review, if it says when it was reviewed and how often it must be.
    public var reviewDue: Day? {
        guard let last = frontMatter.lastReviewed, let every = frontMatter.reviewEvery else { return nil }
        return every.due(after: last)
    }
}
