import Foundation

/// `partnerbook build`: the stages of a build, in order. Only `load` and `write` touch the disk;
/// every stage between is a pure function of the values before it.
public enum Builder {
    public static func build(_ options: BuildOptions) -> BuildReport {
        var clock = StageClock()
        if let refusal = OutputFolderCheck.refusal(output: options.output, source: options.source) {
            var report = BuildReport()
            report.diagnostics = [refusal]
            return report
        }
        var loader = HandbookLoader(root: options.source)
        let handbook = clock.measure("load") { loader.load() }
        var (files, report) = generate(handbook, options: options, clock: &clock)
        report.diagnostics = loader.diagnostics + report.diagnostics
        report = finish(report, strict: options.strict)
        if report.succeeded {
            let writer = OutputWriter(output: options.output, content: options.source.appendingPathComponent("content"),
                                      strategy: options.writeStrategy)
            do throws(OutputWriter.Failure) {
                let written = try clock.measure("write") { () throws(OutputWriter.Failure) in try writer.write(files) }
                report.filesWritten = written.written
                report.filesUnchanged = written.unchanged
                report.filesRemoved = written.removed
                report.diagnostics += written.warnings
            } catch {
                report.diagnostics.append(.error("write", at: SourceLocation(file: error.path), "cannot write the site: \(error.reason)",
                                                 hint: error.hint))
            }
        }
        files = []
        report.stageTimes = clock.stages
        report.seconds = clock.total
        return report
    }

    /// The pure heart of a build: from what was read to the files of the site, with every finding.
    public static func generate(_ handbook: Handbook, options: BuildOptions) -> ([OutputFile], BuildReport) {
        var clock = StageClock()
        return generate(handbook, options: options, clock: &clock)
    }

    static func generate(_ handbook: Handbook, options: BuildOptions, clock: inout StageClock) -> ([OutputFile], BuildReport) {
        var report = BuildReport()
        var config = handbook.config
        if let baseURL = options.baseURL { config.baseURL = baseURL }

        let parsed = clock.measure("parse") { handbook.pages.parallelMap(PageParser.parse) }
        var pages: [ParsedPage] = []
        for (page, problems) in parsed {
            report.diagnostics += problems
            guard let page else { continue }
            if page.frontMatter.isDraft && !options.includeDrafts { report.draftsSkipped += 1 } else { pages.append(page) }
        }

        let (urls, routeProblems) = Routes.assign(pages)
        report.diagnostics += routeProblems
        pages = pages.filter { urls[$0.path] != nil }

        let renderer = MarkdownRenderer(
            options: CMark.Options(smartPunctuation: config.smartPunctuation, unsafeHTML: config.unsafeHTML),
            resolver: LinkResolver(pageURLs: urls, files: Set(handbook.files), basePath: config.basePath))
        let rendered = clock.measure("render") { pages.parallelMap { renderer.page(from: $0, url: urls[$0.path]!) } }
        report.diagnostics += rendered.flatMap(\.1)

        let site = clock.measure("index") { SiteIndexer.index(rendered.map(\.0), config: config, today: options.today) }
        report.diagnostics += LinkCheck.check(site)
        report.pages = site.pages.count

        let (templates, templateProblems) = TemplateLibrary.load(handbook.layouts)
        report.diagnostics += templateProblems
        guard !report.diagnostics.hasErrors else { return ([], report) }
        let files = clock.measure("layout") {
            Layout.lay(site, templates: templates, layouts: handbook.layouts, contentFiles: handbook.files)
        }
        return (files, report)
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
        defer { stages.append((stage, Clock.now() - begin)) }
        return try work()
    }
}
