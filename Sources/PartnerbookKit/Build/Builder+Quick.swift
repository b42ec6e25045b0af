import Foundation
import Glibc

extension Builder {
    /// A rebuild after saves that changed only what other pages cannot see (in the preview, or in a
    /// new build process from the last build's snapshot): the text of
    /// existing pages, with the same front matter and the same facts (`PageFacts`). Those pages
    /// alone are read, parsed, rendered, link-checked, laid out and written, and their findings
    /// take the place of their old ones in the last build's sorted list; nothing else in the
    /// memory is looked at page by page. The result is what the full way gives. Nil, with the
    /// memory unchanged, when the saves need the full way.
    static func quickBuild(_ options: BuildOptions, memory: inout BuildMemory, files: FileCache,
                           changes: Set<String>, clock: StageClock = StageClock()) -> BuildReport? {
        guard var last = memory.lastBuild, last.settings == LastBuild.Settings(options) else { return nil }
        var clock = clock
        guard let (read, stamps) = clock.measure("load", { memory.readEditedPages(changes, last: last, options: options, files: files) }),
              let edits = memory.quickEdits(read, last: last, clock: &clock) else { return nil }
        memory.lastBuild = nil
        memory.inputs?.files.merge(stamps.files) { $1 }
        last.journal?.inputs.formUnion(stamps.files.keys)
        let written = clock.measure("layout") { memory.layOutQuickly(edits, last: &last) }
        for edit in edits {
            last.replaceFindings(about: edit.source.displayPath, with: memory.findings(for: edit, fixed: last.fixed))
            last.journal?.findings.insert(edit.source.displayPath)
        }
        var report = BuildReport()
        report.pages = last.pages
        report.draftsSkipped = last.draftsSkipped
        report.diagnostics = last.diagnostics
        report.layoutsReused = last.layouts - edits.count
        if written.files.isEmpty {
            // Nothing to write: the site and the last build's records on disk stay as they are.
            report.filesUnchanged = memory.outputs.count
            memory.lastBuild = last
        } else {
            write(written, of: &memory, last: last, options: options, into: &report, clock: &clock)
        }
        report.stageTimes = clock.stages
        report.seconds = clock.total
        return report
    }

    /// Writes in place the files a quick build laid out, each by an atomic rename, whatever the
    /// build's strategy: a few files in milliseconds, where swapping would link the whole site
    /// again. A build stopped among those renames leaves some of them new; the next build then
    /// finds the output folder other than its snapshot recorded and swaps in the whole site.
    /// With a cache, records the snapshot.
    private static func write(_ written: (files: [String: OutputFile?], previous: [String: OutputFile]), of memory: inout BuildMemory,
                              last: LastBuild, options: BuildOptions, into report: inout BuildReport, clock: inout StageClock) {
        let writer = OutputWriter(output: options.output, content: options.source.appendingPathComponent("content"), strategy: .inPlace)
        let lock = FolderLock(options.output.deletingLastPathComponent().path)
        defer { lock.release() }
        do throws(OutputWriter.Failure) {
            let result = try clock.measure("write") { [memory] () throws(OutputWriter.Failure) in
                try writer.writeChanges(written.files, previous: written.previous, site: memory.outputs)
            }
            report.filesWritten = result.written
            report.filesUnchanged = memory.outputs.count - result.written
            report.filesRemoved = result.removed
            memory.lastBuild = last
            guard let folder = options.cacheFolder else { return }
            for path in written.files.keys {
                memory.outputStates[path] = FileStamp(options.output.path + "/" + path).map { String($0.text) }
            }
            report.diagnostics += clock.measure("cache") { [memory] in
                saveSnapshot(of: memory, in: BuildCache(folder: folder, output: options.output))
            }
        } catch {
            memory = BuildMemory()
            report.diagnostics.append(.error("write", at: SourceLocation(file: error.path), "cannot write the site: \(error.reason)",
                                             hint: error.hint))
        }
    }
}

/// A page whose text changed in a way only its own files and findings show.
struct QuickEdit {
    var index: Int
    var source: SourceFile
    var parsed: ParsedPage
    var parseFindings: [Diagnostic]
    var page: Page
    var renderFindings: [Diagnostic]
    var linkFindings: [Diagnostic]
}

extension BuildMemory {
    /// The changed pages' new bytes, by their place in `handbook.pages`; nil when a change is not
    /// to an existing page that is still a readable file. Pages whose bytes did not change are left out.
    /// Also how the files read looked. Without `handbook` (a memory read from disk), every page
    /// named in `changes` counts as edited.
    func readEditedPages(_ changes: Set<String>, last: LastBuild, options: BuildOptions,
                         files: FileCache) -> (pages: [(index: Int, source: SourceFile)], stamps: InputStamps)? {
        var loader = HandbookLoader(root: options.source, cache: files)
        var read: [(index: Int, source: SourceFile)] = []
        for change in changes.sorted() {
            let kind = HandbookLoader.kind(of: options.source.appendingPathComponent(change).path, following: false)
            if kind == nil, let handbook, Self.neverKnown(change, in: handbook) { continue }
            let path = String(change.dropFirst("content/".count))
            guard change.hasPrefix("content/"), let index = last.pageIndex[path], kind == S_IFREG,
                  let bytes = loader.read(change), loader.diagnostics.isEmpty else { return nil }
            if bytes != handbook?.pages[index].bytes { read.append((index, SourceFile(path: path, bytes: bytes))) }
        }
        return (read, loader.stamps)
    }

    /// Whether a path that does not exist was no part of the handbook either, as an editor's
    /// short-lived file: the full way (`HandbookLoader.reload`) ignores such a change too.
    static func neverKnown(_ path: String, in handbook: Handbook) -> Bool {
        let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        let known: [String]
        switch parts[0] {
        case "content": known = handbook.pages.map(\.path) + handbook.files
        case "layouts": known = handbook.layouts.filter { !$0.value.isBuiltIn }.map(\.key)
        default: return false
        }
        return !known.contains { $0 == parts[1] || $0.hasPrefix(parts[1] + "/") }
    }

    /// Each read page parsed, rendered and link-checked against the last build's site; nil unless
    /// every one keeps its front matter and facts and has no errors.
    func quickEdits(_ read: [(index: Int, source: SourceFile)], last: LastBuild, clock: inout StageClock) -> [QuickEdit]? {
        guard let site, let resolver else { return nil }
        var edits: [QuickEdit] = []
        for (index, source) in read {
            let path = source.path
            let (parsed, parseFindings) = clock.measure("parse") { PageParser.parse(source) }
            guard let parsed, !parseFindings.hasErrors, let url = resolver.pageURLs[path], let number = site.index(ofPath: path),
                  site.pages[number].frontMatter == parsed.frontMatter else { return nil }
            let (page, renderFindings) = clock.measure("render") {
                MarkdownRenderer(options: last.renderSettings.options, resolver: resolver).page(from: parsed, url: url)
            }
            guard !renderFindings.hasErrors, clock.measure("index", { PageFacts(page) == PageFacts(site.pages[number]) }) else { return nil }
            // The site's old version of a page has the new one's facts, which are all a link check reads of other pages.
            let linkFindings = clock.measure("check") { LinkCheck.check(page, in: site) }
            let findings = parseFindings + renderFindings + linkFindings
            guard !findings.hasErrors, findings.allSatisfy({ $0.location?.file == source.displayPath }) else { return nil }
            edits.append(QuickEdit(index: index, source: source, parsed: parsed, parseFindings: parseFindings, page: page,
                                   renderFindings: renderFindings, linkFindings: linkFindings))
        }
        return edits
    }

    /// Takes the edits into the memory and lays out their pages and the search shards their words
    /// touch. Returns those files (nil for a shard no word needs any more) and the files they replace.
    mutating func layOutQuickly(_ edits: [QuickEdit], last: inout LastBuild) -> (files: [String: OutputFile?], previous: [String: OutputFile]) {
        guard !edits.isEmpty else { return ([:], [:]) }
        for edit in edits {
            let path = edit.source.path
            handbook?.pages[edit.index] = edit.source
            parses[path] = Parse(reusable: (edit.source.bytes, edit.parsed), diagnostics: edit.parseFindings)
            let reusable = Render.Reusable(bytes: edit.source.bytes, page: edit.page,
                                           linkURLs: edit.page.markdown.links.map { resolver!.url(for: $0.target) })
            renders[path] = Render(reusable: reusable, options: last.renderSettings, diagnostics: edit.renderFindings)
            last.newerPages[path] = edit.page
            linkFindings[path] = edit.linkFindings
        }
        var files: [String: OutputFile?] = [:]
        var previous: [String: OutputFile] = [:]
        func replace(_ path: String, with file: OutputFile?) {
            if files[path] == nil { previous[path] = outputs[path] }
            files[path] = .some(file)
            outputs[path] = file
            last.journal?.outputs.insert(path)
        }
        let library = templates!.library
        let values = last.values ?? ContextBuilder(site: site!)
        last.values = values
        for edit in edits {
            let number = site!.index(ofPath: edit.source.path)!
            let laid = Layout.file(for: edit.page, values, library)
            replace(laid.file.path, with: laid.file)
            laidOut[laid.file.path] = laid.fingerprint
            for key in search!.replace(page: number, with: SearchIndex.words(of: edit.page)) {
                last.journal?.shards.insert(key)
                replace(SearchIndex.shardPath(key), with: search!.shardFile(key))
            }
        }
        return (files, previous)
    }

    /// Every finding about the edited page's file, in the order a build collects them.
    func findings(for edit: QuickEdit, fixed: [String: LastBuild.FixedFindings]) -> [Diagnostic] {
        let other = fixed[edit.source.displayPath] ?? LastBuild.FixedFindings()
        return edit.parseFindings + other.route + edit.renderFindings + edit.linkFindings + other.later
    }
}
