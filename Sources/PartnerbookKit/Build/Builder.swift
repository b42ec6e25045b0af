import Foundation

/// `partnerbook build`: the stages of a build, in order. Only `load` and `write` touch the disk;
/// every stage between is a pure function of the values before it (and of what the previous build
/// remembered, when there was one: see `BuildMemory`).
public enum Builder {
    public static func build(_ options: BuildOptions) -> BuildReport {
        var memory = BuildMemory()
        defer { if options.endsProcess { ProcessEnd.keep(memory) } }
        var report: BuildReport
        if let quick = quickBuildFromSnapshot(options, memory: &memory) {
            report = quick
        } else {
            memory = BuildMemory()
            memory.recordsLayouts = options.cacheFolder != nil
            memory.isOneOff = true
            report = build(options, memory: &memory)
        }
        report.peakMemory = ProcessEnd.peakResidentBytes
        return report
    }

    /// - Parameter changes: the paths that changed since the last build with this memory, when the
    ///   caller knows them (the preview's watcher); nil to look at every file.
    static func build(_ options: BuildOptions, memory: inout BuildMemory, files: FileCache? = nil,
                      changes: Set<String>? = nil) -> BuildReport {
        if let changes, let files, let report = quickBuild(options, memory: &memory, files: files, changes: changes) { return report }
        memory.forgetLastBuild()
        var clock = StageClock()
        if let refusal = OutputFolderCheck.refusal(output: options.output, source: options.source) {
            var report = BuildReport()
            report.diagnostics = [refusal]
            return report
        }
        var loader = HandbookLoader(root: options.source, cache: files)
        let cache = options.cacheFolder.map { BuildCache(folder: $0, output: options.output) }
        var inputs = memory.inputs
        let handbook = clock.measure("load") { [memory] in
            if let changes, let previous = memory.handbook, let reloaded = loader.reload(previous, changed: changes) {
                inputs?.files.merge(loader.stamps.files) { $1 }
                return reloaded
            }
            loader = HandbookLoader(root: options.source, cache: files)
            defer { inputs = loader.stamps }
            return loader.load()
        }
        if !loader.diagnostics.isEmpty {
            memory.handbook = nil
        } else {
            memory.handbook = memory.isOneOff ? handbook.outline : handbook
        }
        memory.inputs = memory.handbook == nil ? nil : inputs
        if let cache, memory.laidOut.isEmpty { memory.laidOut = clock.measure("cache") { cache.load() } }
        let (previousOutputs, previousLaidOut) = (memory.outputs, memory.laidOut)
        var (site, report) = generate(consume handbook, options: options, memory: &memory, clock: &clock)
        report.diagnostics = loader.diagnostics + report.diagnostics
        report = finish(report, strict: options.strict)
        let sortedCount = report.diagnostics.count
        let last = files != nil || cache != nil ? LastBuild.record(report, options: options, memory: memory) : nil
        if memory.isOneOff { memory.forgetSources() }
        if !report.succeeded {
            (memory.outputs, memory.laidOut) = (previousOutputs, previousLaidOut)
            memory.forgetSite()
        } else {
            var writer = OutputWriter(output: options.output, content: options.source.appendingPathComponent("content"),
                                      strategy: options.writeStrategy)
            if cache != nil { writer.recordingStates = Set(memory.outputs.keys) }
            do throws(OutputWriter.Failure) {
                let written = try clock.measure("write") { () throws(OutputWriter.Failure) in
                    try writer.write(site, unchangedSince: files == nil ? nil : previousOutputs)
                }
                report.filesWritten = written.written
                report.filesUnchanged = written.unchanged
                report.filesRemoved = written.removed
                report.diagnostics += written.warnings
                if report.diagnostics.count == sortedCount { memory.lastBuild = last }
                if let cache {
                    memory.outputStates = written.states.mapValues(String.init)
                    // The preview (`files`) keeps its memory instead: no later process reads its snapshot.
                    report.diagnostics += clock.measure("cache") { [memory] in
                        save(memory.laidOut, states: written.states, in: cache) + (files == nil ? saveSnapshot(of: memory, in: cache) : [])
                    }
                }
            } catch {
                memory = BuildMemory()
                report.diagnostics.append(.error("write", at: SourceLocation(file: error.path), "cannot write the site: \(error.reason)",
                                                 hint: error.hint))
            }
        }
        site = []
        report.stageTimes = clock.stages
        report.seconds = clock.total
        return report
    }

    /// Records what was laid out for the next build; a cache that cannot be written costs only speed.
    private static func save(_ laidOut: [String: Fingerprint], states: [String: Substring], in cache: BuildCache) -> [Diagnostic] {
        do {
            try cache.save(laidOut, states: states)
            return []
        } catch {
            return [.warning("cache", at: SourceLocation(file: cache.file.path),
                             "cannot write the build cache: \(HandbookLoader.reason(error))",
                             hint: "the site is complete; the next build will render every page again")]
        }
    }

    /// The pure heart of a build: from what was read to the files of the site, with every finding.
    public static func generate(_ handbook: Handbook, options: BuildOptions) -> ([OutputFile], BuildReport) {
        var memory = BuildMemory()
        memory.recordsLayouts = false
        var clock = StageClock()
        return generate(handbook, options: options, memory: &memory, clock: &clock)
    }

    static func generate(_ handbook: consuming Handbook, options: BuildOptions, memory: inout BuildMemory,
                         clock: inout StageClock) -> ([OutputFile], BuildReport) {
        let (layouts, contentFiles) = (handbook.layouts, handbook.files)
        let analysis = analyse(consume handbook, options: options, memory: &memory, clock: &clock)
        var report = analysis.report
        let templates = memory.templates(for: layouts)
        report.diagnostics += templates.diagnostics
        guard !report.diagnostics.hasErrors else {
            memory.forgetSite()
            return ([], report)
        }
        let laidOut = clock.measure("layout") {
            memory.layOut(analysis.site, changed: analysis.changed, templates: templates.library, layouts: layouts,
                          contentFiles: contentFiles)
        }
        report.layoutsReused = laidOut.reused
        return (laidOut.files, report)
    }

    /// Everything a build learns from `content/` and the settings: the site and every finding about
    /// it, the whole-site checks among them. `partnerbook check` stops here; templates come after.
    ///
    /// The Markdown sources and the parsed pages are let go as soon as the pages are rendered, so
    /// a one-off build (whose memory keeps neither) never holds them beside the whole site.
    static func analyse(_ handbook: consuming Handbook, options: BuildOptions, memory: inout BuildMemory,
                        clock: inout StageClock) -> (site: Site, changed: Set<String>, report: BuildReport) {
        var report = BuildReport()
        var config = handbook.config
        if let baseURL = options.baseURL { config.baseURL = baseURL }
        let (files, layouts) = (handbook.files, handbook.layouts)

        let parsed = clock.measure("parse") { memory.parse(handbook.pages) }
        _ = consume handbook
        var pages: [ParsedPage] = []
        for (page, problems) in consume parsed {
            report.diagnostics += problems
            guard let page else { continue }
            if page.frontMatter.isDraft && !options.includeDrafts { report.draftsSkipped += 1 } else { pages.append(page) }
        }

        let (urls, routeProblems) = clock.measure("route") { Routes.assign(pages) }
        report.diagnostics += routeProblems
        memory.routeFindings = routeProblems
        pages = pages.filter { urls[$0.path] != nil }

        let resolver = clock.measure("route") {
            LinkResolver(pageURLs: urls, files: Set(files), basePath: config.basePath,
                         generated: GeneratedURLs.urls(for: pages, layouts: layouts))
        }
        let settings = BuildMemory.RenderSettings(
            options: CMark.Options(smartPunctuation: config.smartPunctuation, unsafeHTML: config.unsafeHTML),
            basePath: config.basePath)
        let rendered = clock.measure("render") { memory.render(&pages, urls: urls, settings: settings, resolver: resolver) }
        report.diagnostics += rendered.diagnostics
        pages = []

        let inputs = BuildMemory.SiteInputs(config: config, today: options.today, layouts: layouts, contentFiles: files)
        let site = clock.measure("index") { memory.index(rendered.pages, changed: rendered.changed, inputs: inputs) }
        report.diagnostics += clock.measure("check") { memory.checkLinks(site, changed: rendered.changed) + memory.checkSite(site) }
        report.pages = site.pages.count
        return (site, rendered.changed, report)
    }

    /// Sorts the findings for reading and applies `--strict`.
    static func finish(_ report: BuildReport, strict: Bool) -> BuildReport {
        var report = report
        report.diagnostics = (strict ? report.diagnostics.escalatingWarnings() : report.diagnostics).sortedByLocation()
        return report
    }
}

/// Times each stage of a build.
struct StageClock {
    private(set) var stages: [(stage: String, seconds: Double)] = []
    private let start = Clock.now()

    var total: Double { Clock.now() - start }

    mutating func measure<T, E: Error>(_ stage: String, _ work: () throws(E) -> T) throws(E) -> T {
        let begin = Clock.now()
        defer {
            let seconds = Clock.now() - begin
            if stages.last?.stage == stage { stages[stages.count - 1].seconds += seconds } else { stages.append((stage, seconds)) }
        }
        return try work()
    }
}
