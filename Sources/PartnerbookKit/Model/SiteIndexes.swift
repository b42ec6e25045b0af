/// How the pages of a site connect: who partners with whom, which practices are used where, which
/// page links to which, what is due for review. Computed once per build from the pages alone.
public struct SiteIndexes: Sendable {
    /// Partner teams, by name, with the pages that name them.
    public var partners: [Taxon] = []
    public var tags: [Taxon] = []
    /// Practice page path → the chapters and stories that list it in `practices`, in reading order.
    public var practiceUsers: [String: [Int]] = [:]
    /// Page index → the pages that link to it, in URL order.
    public var backlinks: [Int: [Int]] = [:]
    /// Stories, newest first.
    public var stories: [Int] = []
    /// Pages with task items: checklists first in their section's order, then every other page in reading order.
    public var taskPages: [Int] = []
    /// Pages due for review within `reviewHorizon` days or already overdue, soonest first.
    public var reviews: [Review] = []
    /// Folder below `content/` → the paths of the pages in it, sorted: where a broken link's hint looks.
    public var pagesByFolder: [String: [String]] = [:] { didSet { folderNames = FolderNamesCache() } }
    /// The same folders arranged for those hints, each the first time a hint needs it.
    var folderNames = FolderNamesCache()

    /// How far ahead the review page looks.
    public static let reviewHorizon = 30

    public init() {}
}

/// A partner team or a tag: a name, a URL of its own, and the pages that carry it.
public struct Taxon: Sendable, Hashable {
    public var name: String
    public var slug: String
    /// Pages naming it, in reading order.
    public var pages: [Int]
}

/// A page whose review is due soon or overdue.
public struct Review: Sendable, Hashable {
    public var page: Int
    public var due: Day
    public var isOverdue: Bool
}
