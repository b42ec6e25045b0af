/// What one build keeps for the next, so a rebuild redoes only the work whose inputs changed.
/// Every reuse is checked against the inputs that produced it; a rebuild's output is byte for byte
/// what a clean build of the same handbook writes.
public struct BuildMemory: Sendable {
    /// A page's parse: its findings, and what a later build needs to reuse it (nil in a one-off build).
    struct Parse: Sendable {
        var reusable: (bytes: [UInt8], page: ParsedPage?)?
        var diagnostics: [Diagnostic]
    }

    /// A page's render: its findings and settings, and what a later build needs to reuse it (nil
    /// in a one-off build).
    struct Render: Sendable {
        struct Reusable: Sendable {
            var bytes: [UInt8]
            var page: Page
            /// Where each link of the page led, so a reuse can check it still leads there.
            var linkURLs: [String?]
        }
        var reusable: Reusable?
        var options: RenderSettings
        var diagnostics: [Diagnostic]
    }

    /// What a page's HTML body depends on besides its own bytes.
    struct RenderSettings: Hashable, Sendable {
        var options: CMark.Options
        var basePath: String
    }

    /// What the whole site's layout depends on besides the pages' facts.
    struct SiteInputs: Hashable, Sendable {
        var config: SiteConfig
        var today: Day
        var layouts: [String: LayoutFile]
        var contentFiles: [String]
    }

    /// What the last build read, when reading it found nothing wrong: a rebuild told which files
    /// changed reads only those (`HandbookLoader.reload`).
    var handbook: Handbook?
    /// How the files `handbook` holds looked on disk when they were read (see `BuildSnapshot`).
    var inputs: InputStamps?
    var parses: [String: Parse] = [:]
    var renders: [String: Render] = [:]
    /// The pages and files links were resolved against last time: while they are the same, every
    /// link of a reused page still leads where it led.
    var resolver: LinkResolver?

    var siteInputs: SiteInputs?
    var facts: [PageFacts] = []
    var site: Site?
    var linkFindings: [String: [Diagnostic]] = [:]
    /// What `SiteChecks` found, kept while no page's facts change: the checks read only facts.
    var siteFindings: [Diagnostic]?
    var templates: (library: TemplateLibrary, diagnostics: [Diagnostic])?
    var templatesSource: [String: LayoutFile] = [:]
    /// The search index, while the site is the last build's with only pages' text changed.
    var search: SearchIndex?
    /// The last build's search index when the site changed but its pages are the same ones in the
    /// same order: the next layout updates the changed pages' words instead of reading every page.
    var searchToUpdate: SearchIndex?
    /// The last build's files by path.
    var outputs: [String: OutputFile] = [:]
    /// How each of them looked on disk after the last build with a cache (`FileStamp.text`), for its snapshot.
    var outputStates: [String: String] = [:]
    /// The fingerprints of the last build's HTML files (see `LayoutReuse`); loaded from the build
    /// cache when this process has not built yet.
    var laidOut: [String: Fingerprint] = [:]
    /// False for a one-off build without a cache, which has no use for fingerprints.
    var recordsLayouts = true
    /// The route stage's findings, kept for `LastBuild`.
    var routeFindings: [Diagnostic] = []
    /// Set by a successful preview build, for a rebuild after saves to the text of pages alone (`Builder.quickBuild`).
    var lastBuild: LastBuild?
    /// Whether no later build in this process starts from this memory (`partnerbook build`). Then
    /// pages are laid out only as they are written, so the finished site is never in memory all at
    /// once, and each stage lets go of what only a later build would reuse as soon as it is done
    /// with it: the sources, the parsed pages, each page's words for search.
    var isOneOff = false

    public init() {}

    func reusableParse(_ file: SourceFile) -> (ParsedPage?, [Diagnostic])? {
        guard let previous = parses[file.path], let kept = previous.reusable, kept.bytes == file.bytes else { return nil }
        return (kept.page, previous.diagnostics)
    }

    func reusableRender(_ parsed: ParsedPage, url: String, settings: RenderSettings, resolver: LinkResolver,
                        sameLinks: Bool) -> (Page, [Diagnostic])? {
        guard let previous = renders[parsed.path], let kept = previous.reusable, previous.options == settings,
              kept.bytes == parsed.source.bytes, kept.page.url == url else { return nil }
        if sameLinks { return (kept.page, previous.diagnostics) }
        for (link, url) in zip(kept.page.markdown.links, kept.linkURLs) {
            let target = resolver.resolve(link.destination, from: parsed.path)
            guard target == link.target, resolver.url(for: target) == url else { return nil }
        }
        return (kept.page, previous.diagnostics)
    }
}
