import Foundation

extension Builder {
    /// A build in a new process after saves that changed only the text of pages: it starts from
    /// the snapshot the last build with the same cache and options left (`BuildSnapshot`) and takes
    /// the quick way, reading only the changed pages and, when there are any, the layouts. Nil to
    /// go the full way. The snapshot is read into `memory`, which the caller keeps.
    static func quickBuildFromSnapshot(_ options: BuildOptions, memory: inout BuildMemory) -> BuildReport? {
        guard let folder = options.cacheFolder else { return nil }
        let cache = BuildCache(folder: folder, output: options.output)
        var clock = StageClock()
        guard let (snapshot, changes) = clock.measure("cache", { cache.loadSnapshot(source: options.source, output: options.output) }),
              snapshot.rest.last.settings == LastBuild.Settings(options) else { return nil }
        memory = snapshot.memory()
        if !changes.isEmpty {
            var loader = HandbookLoader(root: options.source)
            let layouts = clock.measure("load") { loader.loadLayouts() }
            guard loader.diagnostics.isEmpty else { return nil }
            // A quick build lays out only the changed pages, with the templates the last build checked.
            let site = memory.site!
            let pages = changes.compactMap { site.index(ofPath: String($0.dropFirst("content/".count))).map { site.pages[$0] } }
            memory.templates = clock.measure("load") {
                let names = TemplateLibrary.names(in: layouts)
                return (TemplateLibrary.load(layouts, reaching: pages.map { Layout.template(for: $0, among: names) }), [])
            }
        }
        return quickBuild(options, memory: &memory, files: FileCache(), changes: changes, clock: clock)
    }

    /// Records the snapshot for the next build process; one that cannot be written costs only speed.
    static func saveSnapshot(of memory: BuildMemory, in cache: BuildCache) -> [Diagnostic] {
        do {
            try cache.saveSnapshot(BuildSnapshot(memory))
            return []
        } catch {
            return [.warning("cache", at: SourceLocation(file: cache.file.path),
                             "cannot write the build cache: \(HandbookLoader.reason(error))",
                             hint: "the site is complete; the next build will read every page again")]
        }
    }
}
