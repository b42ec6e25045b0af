/// Everything about a page that any *other* output can show or depend on: its title, place, front
/// matter, heading and task ids, and the pages it links to. Its own HTML and body text are not facts.
/// When no page's facts change, an edit can only change that page's own output and the search index.
struct PageFacts: Hashable, Sendable {
    var path: String
    var url: String
    var kind: PageKind
    var title: String
    var summary: String
    var section: String?
    var frontMatter: FrontMatter
    var headings: [String]
    var tasks: [String]
    var linkTargets: [LinkTarget]
    /// Where the title is reported when it is not unique (`DuplicateTitles`).
    var titleLocation: SourceLocation

    init(_ page: Page) {
        path = page.path
        url = page.url
        kind = page.kind
        title = page.title
        summary = page.summary
        section = page.section
        frontMatter = page.frontMatter
        headings = page.markdown.headings.map { "\($0.level) \($0.id) \($0.text)" }
        tasks = page.markdown.tasks.map { "\($0.checked) \($0.id) \($0.text)" }
        linkTargets = page.markdown.links.map(\.target)
        titleLocation = DuplicateTitles.titleLocation(of: page)
    }
}
