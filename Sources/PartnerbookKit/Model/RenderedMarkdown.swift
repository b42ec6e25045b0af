/// A heading of a rendered page, with the id the build gave it.
public struct Heading: Hashable, Sendable {
    public var level: Int
    public var id: String
    public var text: String
    public var line: Int
}

/// A `- [ ]` item, recorded for the checklist index.
public struct TaskItem: Hashable, Sendable {
    public var text: String
    public var checked: Bool
    /// The checkbox's id, which is also the anchor that leads to it.
    public var id: String
    public var line: Int
}

/// A link or image in a page's Markdown, with where it was found to lead.
public struct Link: Hashable, Sendable {
    public var destination: String
    public var target: LinkTarget
    public var isImage: Bool
    public var line: Int
    public var column: Int
}

/// What a page's Markdown became: its HTML and what the build learned while rendering it.
public struct RenderedMarkdown: Hashable, Sendable {
    public var html = ""
    public var headings: [Heading] = []
    public var tasks: [TaskItem] = []
    public var links: [Link] = []
    /// The first paragraph as plain text, the default summary.
    public var firstParagraph: String?

    /// Gives each list just the room its items take: a list grown item by item has up to twice that.
    mutating func compact() {
        headings = headings.exactlySized
        tasks = tasks.exactlySized
        links = links.exactlySized
    }

    /// Every id on the page that a link may point at.
    public var anchors: Set<String> { Set(headings.map(\.id) + tasks.map(\.id)) }

    /// Whether a link may point at `id` on the page; without making `anchors`, as the link check
    /// asks this for every link with a fragment.
    func hasAnchor(_ id: String) -> Bool { headings.contains { $0.id == id } || tasks.contains { $0.id == id } }
}
