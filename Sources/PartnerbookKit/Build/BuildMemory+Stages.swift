/// The build's stages as they run with memory: each reuses what the previous build made from the
/// same inputs and redoes the rest.
extension BuildMemory {
    mutating func parse(_ files: [SourceFile]) -> [(ParsedPage?, [Diagnostic])] {
        let previous = self
        let results = files.parallelMap { file -> (result: (ParsedPage?, [Diagnostic]), reused: Bool) in
            if let reused = previous.reusableParse(file) { return (reused, true) }
            var (page, findings) = PageParser.parse(file)
            // The body is all a one-off build renders; without the file's bytes the page does not
            // keep the source alive.
            if previous.isOneOff { page?.source.bytes = [] }
            return ((page, findings), false)
        }
        for (file, parsed) in zip(files, results) where !parsed.reused {
            parses[file.path] = Parse(reusable: isOneOff ? nil : (file.bytes, parsed.result.0), diagnostics: parsed.result.1)
        }
        if parses.count != files.count {
            let current = Set(files.map(\.path))
            parses = parses.filter { current.contains($0.key) }
        }
        return results.map(\.result)
    }

    /// Rendered pages, their findings, and the paths of the pages that were rendered anew.
    ///
    /// The pages are rendered a few hundred at a time, and each one's body is emptied once it is
    /// rendered: where nothing else holds the bodies (a one-off build), the Markdown is let go as
    /// the HTML is made, and a large handbook never has both in memory whole.
    mutating func render(_ pages: inout [ParsedPage], urls: [String: String], settings: RenderSettings, resolver: LinkResolver)
        -> (pages: [Page], diagnostics: [Diagnostic], changed: Set<String>) {
        let previous = self
        let sameLinks = resolver == previous.resolver
        let renderer = MarkdownRenderer(options: settings.options, resolver: resolver)
        var results: [(Page, [Diagnostic], Bool)] = []
        results.reserveCapacity(pages.count)
        for start in stride(from: 0, to: pages.count, by: Self.pagesRenderedAtOnce) {
            let range = start..<min(start + Self.pagesRenderedAtOnce, pages.count)
            results += Array(pages[range]).parallelMap { parsed -> (Page, [Diagnostic], Bool) in
                let url = urls[parsed.path]!
                if let reused = previous.reusableRender(parsed, url: url, settings: settings, resolver: resolver, sameLinks: sameLinks) {
                    return (reused.0, reused.1, false)
                }
                let (page, diagnostics) = renderer.page(from: parsed, url: url)
                return (page, diagnostics, true)
            }
            for index in range { pages[index].body = "" }
        }
        for (parsed, result) in zip(pages, results) where result.2 {
            let reusable = isOneOff ? nil : Render.Reusable(bytes: parsed.source.bytes, page: result.0,
                                                            linkURLs: result.0.markdown.links.map { resolver.url(for: $0.target) })
            renders[parsed.path] = Render(reusable: reusable, options: settings, diagnostics: result.1)
        }
        if renders.count != pages.count {
            let current = Set(pages.map(\.path))
            renders = renders.filter { current.contains($0.key) }
        }
        self.resolver = resolver
        return (results.map(\.0), results.flatMap(\.1), Set(results.filter(\.2).map(\.0.path)))
    }

    private static let pagesRenderedAtOnce = 256

    /// The site; when no page's facts and nothing site-wide changed, the previous site with the changed pages swapped in.
    mutating func index(_ pages: [Page], changed: Set<String>, inputs: SiteInputs) -> Site {
        let previous = self.facts
        // Facts are for telling what the next build may reuse; a one-off build has none.
        let facts: [PageFacts] = isOneOff ? [] : pages.indices.map { number in
            let page = pages[number]
            let unchanged = number < previous.count && previous[number].path == page.path && !changed.contains(page.path)
            return unchanged ? previous[number] : PageFacts(page)
        }
        defer {
            siteInputs = inputs
            self.facts = facts
        }
        if var site = site, siteInputs == inputs, self.facts == facts {
            for page in pages where changed.contains(page.path) { site.pages[site.index(ofPath: page.path)!] = page }
            self.site = site
            return site
        }
        let previousSite = site
        let site = SiteIndexer.index(pages, config: inputs.config, today: inputs.today)
        // The search index numbers pages in the site's order, which titles can change.
        let samePages = previousSite.map { $0.pages.map(\.path) == site.pages.map(\.path) } ?? false
        searchToUpdate = samePages ? search ?? searchToUpdate : nil
        search = nil
        linkFindings = [:]
        siteFindings = nil
        self.site = site
        return site
    }

    /// Findings about `#anchors`, checked again only for the pages that changed when the site's facts did not.
    mutating func checkLinks(_ site: Site, changed: Set<String>) -> [Diagnostic] {
        let stale = site.pages.indices.filter { linkFindings[site.pages[$0].path] == nil || changed.contains(site.pages[$0].path) }
        for (number, found) in zip(stale, stale.parallelMap { LinkCheck.check(site.pages[$0], in: site) }) {
            linkFindings[site.pages[number].path] = found
        }
        return site.pages.flatMap { linkFindings[$0.path]! }
    }

    mutating func checkSite(_ site: Site) -> [Diagnostic] {
        if let siteFindings { return siteFindings }
        let found = SiteChecks.run(site)
        siteFindings = found
        return found
    }

    mutating func templates(for layouts: [String: LayoutFile]) -> (library: TemplateLibrary, diagnostics: [Diagnostic]) {
        if let templates, templatesSource == layouts { return templates }
        let loaded = TemplateLibrary.load(layouts)
        templates = loaded
        templatesSource = layouts
        searchToUpdate = search ?? searchToUpdate
        search = nil
        return loaded
    }

    /// A one-off build lets go of the Markdown sources and their parses once the pages are made:
    /// no later build in this process will compare against them.
    mutating func forgetSources() {
        handbook = nil
        parses = [:]
        renders = [:]
    }

    /// After a failed build the next one lays out everything again.
    mutating func forgetSite() {
        site = nil
        search = nil
        searchToUpdate = nil
        linkFindings = [:]
        siteFindings = nil
    }

    /// The site's files, and how many of its HTML files were taken from the previous build: only
    /// the changed pages and the search shards they touch are made when the site itself is
    /// unchanged, else every file whose template or values changed (see `LayoutReuse`).
    mutating func layOut(_ site: Site, changed: Set<String>, templates: TemplateLibrary, layouts: [String: LayoutFile],
                         contentFiles: [String]) -> (files: [OutputFile], reused: Int) {
        if var index = search, !outputs.isEmpty {
            var outputs = self.outputs
            let builder = ContextBuilder(site: site)
            for path in changed.sorted() {
                let number = site.index(ofPath: path)!
                let page = site.pages[number]
                let laid = Layout.file(for: page, builder, templates)
                outputs[laid.file.path] = laid.file
                laidOut[laid.file.path] = laid.fingerprint
                for key in index.replace(page: number, with: SearchIndex.words(of: page)) {
                    outputs[SearchIndex.shardPath(key)] = index.shardFile(key)
                }
            }
            search = index
            self.outputs = outputs
            return (outputs.values.sorted { $0.path < $1.path }, laidOut.count - changed.count)
        }
        var words = searchToUpdate
        searchToUpdate = nil
        for path in changed { _ = words?.replace(page: site.index(ofPath: path)!, with: SearchIndex.words(of: site.page(atPath: path)!)) }
        let result = Layout.lay(site, templates: templates, layouts: layouts, contentFiles: contentFiles,
                                reusing: LayoutReuse(fingerprints: laidOut, files: outputs, records: recordsLayouts,
                                                     defers: isOneOff),
                                search: words)
        search = isOneOff && !recordsLayouts ? nil : result.search
        outputs = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0) })
        laidOut = result.laidOut
        return (result.files, result.reused)
    }
}
