/// What a successful preview build leaves for the next rebuild to take a shortcut from
/// (`Builder.quickBuild`): its sorted findings and enough to find a page and its findings in them
/// without a pass over the whole handbook. A build with a cache also keeps it on disk for the next
/// build process (`BuildSnapshot`).
struct LastBuild: Sendable {
    /// The options that matter to the output; a rebuild with other options goes the whole way.
    struct Settings: Equatable, Sendable {
        var source: String
        var output: String
        var baseURL: String?
        var includeDrafts: Bool
        var strict: Bool
        var today: Day
        var writeStrategy: WriteStrategy
    }

    /// The findings about one file that no page's own stages (parse, render, link check) made,
    /// in the order a build collects them: those of the route stage come before the page's
    /// rendering, the site-wide checks' and the templates' after its link check.
    struct FixedFindings: Sendable {
        var route: [Diagnostic] = []
        var later: [Diagnostic] = []
    }

    var settings: Settings
    /// Page path → its place in `Handbook.pages`.
    var pageIndex: [String: Int]
    /// The report's findings, as `Builder.finish` sorted them.
    var diagnostics: [Diagnostic]
    /// By file as the findings name it (`content/x.md`).
    var fixed: [String: FixedFindings]
    var pages: Int
    var draftsSkipped: Int
    /// How every page's HTML was rendered.
    var renderSettings: BuildMemory.RenderSettings
    /// How many HTML files the last build laid out.
    var layouts: Int
    /// The template values of the site as the last full build made it. A quick rebuild changes no
    /// page's facts, and the values of a page take from the other pages (itself among them) only
    /// their facts, so these still give every page its values; making them again would take a pass
    /// over all pages. Nil until needed, when read from disk.
    var values: ContextBuilder?
    /// The pages quick rebuilds have changed since, by path: `BuildMemory.site` still has their
    /// old versions, since `values` shares its pages and changing it would copy them all.
    var newerPages: [String: Page] = [:]
    /// When this build was read from a build snapshot, the snapshot's generation and what quick
    /// builds changed in it since; nil when this build's snapshot is to be written anew (see
    /// `BuildCache.saveSnapshot`).
    var journal: SnapshotJournal?

    /// What `memory` and `report` allow a rebuild to start from, or nil when a shortcut could not
    /// give what a full build gives: the findings of a page's own stages must all name the page's
    /// own file, so that changing the page changes only that file's findings.
    static func record(_ report: BuildReport, options: BuildOptions, memory: BuildMemory) -> LastBuild? {
        guard !options.strict, report.succeeded, let handbook = memory.handbook, let site = memory.site, memory.search != nil,
              memory.resolver != nil, let templates = memory.templates, let siteFindings = memory.siteFindings,
              let renderSettings = memory.renders.first?.value.options else { return nil }
        func home(_ findings: [Diagnostic], _ path: String) -> Bool {
            findings.allSatisfy { $0.location?.file == "content/" + path }
        }
        guard memory.parses.allSatisfy({ home($0.value.diagnostics, $0.key) }),
              memory.renders.allSatisfy({ home($0.value.diagnostics, $0.key) }),
              memory.linkFindings.allSatisfy({ home($0.value, $0.key) }) else { return nil }
        var fixed: [String: FixedFindings] = [:]
        for finding in memory.routeFindings {
            guard let file = finding.location?.file else { continue }
            fixed[file, default: FixedFindings()].route.append(finding)
        }
        for finding in siteFindings + templates.diagnostics {
            guard let file = finding.location?.file else { continue }
            fixed[file, default: FixedFindings()].later.append(finding)
        }
        return LastBuild(settings: Settings(options),
                         pageIndex: Dictionary(uniqueKeysWithValues: handbook.pages.enumerated().map { ($1.path, $0) }),
                         diagnostics: report.diagnostics, fixed: fixed, pages: report.pages, draftsSkipped: report.draftsSkipped,
                         renderSettings: renderSettings, layouts: memory.laidOut.count, values: ContextBuilder(site: site))
    }

    /// Replaces the findings about `file` with `findings`, which are in the order a build collects them.
    mutating func replaceFindings(about file: String, with findings: [Diagnostic]) {
        let sorted = findings.enumerated().sorted { a, b in
            a.element.location! != b.element.location! ? a.element.location! < b.element.location! : a.offset < b.offset
        }.map(\.element)
        let start = firstIndex { $0 >= file }
        let end = firstIndex { $0 > file }
        diagnostics.replaceSubrange(start..<end, with: sorted)
    }

    /// The findings about `file`, in order.
    func findings(about file: String) -> ArraySlice<Diagnostic> {
        diagnostics[firstIndex { $0 >= file }..<firstIndex { $0 > file }]
    }

    /// The first finding whose file satisfies `condition`, which findings without a file never do;
    /// `diagnostics` are sorted by file, those without one first.
    private func firstIndex(where condition: (String) -> Bool) -> Int {
        var (low, high) = (0, diagnostics.count)
        while low < high {
            let middle = (low + high) / 2
            if let file = diagnostics[middle].location?.file, condition(file) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension BuildMemory {
    /// Drops what the last build left for quick rebuilds, first bringing `site` up to date with the
    /// pages they changed.
    mutating func forgetLastBuild() {
        guard let newer = lastBuild?.newerPages else { return }
        lastBuild = nil
        for (path, page) in newer {
            if let number = site?.index(ofPath: path) { site!.pages[number] = page }
        }
    }
}

extension LastBuild.Settings {
    init(_ options: BuildOptions) {
        self.init(source: options.source.path, output: options.output.path, baseURL: options.baseURL,
                  includeDrafts: options.includeDrafts, strict: options.strict, today: options.today,
                  writeStrategy: options.writeStrategy)
    }
}
