/// The handbook's settings, from `partnerbook.yml` at the root of the handbook folder.
public struct SiteConfig: Hashable, Sendable {
    public var title = "Handbook"
    public var description = ""
    /// Where the site is published, e.g. `https://intranet.example/handbook/`; may be empty.
    public var baseURL = ""
    public var language = "en"
    /// Pass raw HTML in Markdown through to the page. Off by default: cmark then omits it.
    public var unsafeHTML = false
    /// Turn straight quotes, `--` and `...` into typographic ones.
    public var smartPunctuation = false
    /// A link to edit a page's source, with `{path}` standing for e.g. `content/chapters/x.md`.
    public var editURL: String?
    /// The partner teams the handbook knows; when given, other names are reported.
    public var partners: [String] = []

    public init() {}

    public static let fileName = "partnerbook.yml"
    public static let knownKeys = [
        "title", "description", "base_url", "language", "unsafe_html", "smart_punctuation", "edit_url", "partners",
    ]

    /// The path every site URL starts with: `/` or `/handbook/`.
    public var basePath: String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// `base_url` with a trailing slash, for absolute links in feeds and sitemaps; empty when unset.
    public var absoluteBase: String {
        guard !baseURL.isEmpty else { return "" }
        return baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }
}
