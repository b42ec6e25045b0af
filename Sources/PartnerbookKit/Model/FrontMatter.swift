/// The typed front matter of one page. Every key is optional; defaults are decided later, where
/// the whole page is known (a title from the first heading, a kind from the folder).
public struct FrontMatter: Hashable, Sendable {
    public var title: String?
    public var kind: PageKind?
    public var summary: String?
    public var order: Int?
    public var date: Day?
    /// The partner teams, each with where it was written, so a misspelt one can be pointed at.
    public var locatedPartners: [Located<String>] = []
    public var practices: [Located<String>] = []
    public var tags: [String] = []
    public var owner: String?
    public var lastReviewed: Day?
    public var reviewEvery: ReviewInterval?
    public var isDraft = false
    public var slug: String?
    /// Keys Partnerbook does not know, passed to templates as `page.params`.
    public var params: [String: ParamValue] = [:]
    /// Every key as written, with its place, so checks of the whole site can point at it.
    public var keys: [Located<String>] = []

    public init() {}

    /// The partner teams' names.
    public var partners: [String] {
        get { locatedPartners.map(\.value) }
        set { locatedPartners = newValue.map { Located($0, line: 0, column: 0) } }
    }

    /// Where `key` was written, if it was.
    public func place(of key: String) -> Located<String>? { keys.first { $0.value == key } }

    /// The keys Partnerbook understands, in the order the README documents them.
    public static let knownKeys = [
        "title", "kind", "summary", "order", "date", "partners", "practices", "tags",
        "owner", "last_reviewed", "review_every", "status", "slug",
    ]
}

/// A value remembered with the line it was written on, so later stages can point at it.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var line: Int
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// A front matter value of a key Partnerbook does not know, kept as plain data for templates.
public indirect enum ParamValue: Hashable, Sendable {
    case string(String)
    case list([ParamValue])
    case map([String: ParamValue])

    /// The value as a template sees it, every string HTML-escaped.
    var templateValue: TemplateValue {
        switch self {
        case .string(let s): .plain(s)
        case .list(let items): .list(items.map(\.templateValue))
        case .map(let pairs): .object(pairs.mapValues(\.templateValue))
        }
    }
}
