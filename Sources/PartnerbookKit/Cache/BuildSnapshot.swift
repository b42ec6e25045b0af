import Foundation

/// What a successful build with a cache leaves for the next build process, so that one can take
/// the quick way (`Builder.quickBuild`) when only the text of pages changed, as the preview does
/// in memory: the last build's findings (`LastBuild`), its site with each page's facts but not its
/// HTML or text (no other page's output shows those), its link resolver and search words, and how
/// every input and output file looked on disk. Any doubt (another build of Partnerbook, other
/// options, a file that came or went, an output file touched since) means the full way.
struct BuildSnapshot {
    static let format = "partnerbook snapshot 1"

    var last: LastBuild
    var inputs: InputStamps
    var site: Site
    var resolver: LinkResolver
    var search: SearchIndex
    /// Every file of the site → its `FileStamp.text` as the build left it.
    var outputs: [String: String]

    /// The input files that changed since, when the output folder is as the build left it and no
    /// file or folder came or went; nil otherwise.
    func changes(source: URL, output: URL) -> Set<String>? {
        let folder = output.path + "/"
        for (path, state) in outputs where FileStamp(folder + path).map({ String($0.text) }) != state {
            return nil
        }
        return inputs.changes(below: source)
    }

    /// A memory as the build left it, as far as a quick build reads it; `templates` made from the layouts now on disk.
    func memory(templates: (library: TemplateLibrary, diagnostics: [Diagnostic])) -> BuildMemory {
        var memory = BuildMemory()
        memory.site = site
        memory.resolver = resolver
        memory.search = search
        memory.templates = templates
        memory.inputs = inputs
        memory.outputs = Dictionary(uniqueKeysWithValues: outputs.keys.map { ($0, OutputFile(path: $0, contents: .kept)) })
        memory.lastBuild = last
        return memory
    }
}

extension BuildSnapshot {
    /// The snapshot of what `memory` holds after a successful build; nil when it lacks a part, or
    /// the state of an output file is unknown.
    init?(_ memory: BuildMemory, states: [String: Substring]) {
        guard let last = memory.lastBuild, let inputs = memory.inputs, let site = memory.site, let resolver = memory.resolver,
              let search = memory.search, states.count == memory.outputs.count else { return nil }
        self.init(last: last, inputs: inputs, site: site, resolver: resolver, search: search, outputs: states.mapValues(String.init))
    }
}

extension BuildCache {
    private var snapshotFile: URL {
        file.deletingLastPathComponent().appendingPathComponent("snapshot-" + file.lastPathComponent.dropFirst("layout-".count))
    }

    /// The last build's snapshot, when this build of Partnerbook wrote it.
    func loadSnapshot() -> BuildSnapshot? {
        guard let bytes = try? FileBytes.read(snapshotFile.path), let producer = Self.producer() else { return nil }
        var reader = SnapshotReader(bytes)
        do throws(SnapshotReader.Damaged) {
            guard try reader.string() == BuildSnapshot.format, try reader.string() == producer else { return nil }
            let snapshot = BuildSnapshot(last: try reader.read(), inputs: try reader.read(), site: try reader.read(),
                                         resolver: try reader.read(), search: try reader.read(), outputs: try reader.read())
            return reader.isAtEnd ? snapshot : nil
        } catch {
            return nil
        }
    }

    /// Replaces the snapshot; with nil, removes it, so that no later build starts from an older one.
    func saveSnapshot(_ snapshot: BuildSnapshot?) throws {
        guard let snapshot, let producer = Self.producer() else {
            try? FileManager.default.removeItem(at: snapshotFile)
            return
        }
        var writer = SnapshotWriter()
        writer.write(BuildSnapshot.format); writer.write(producer)
        writer.write(snapshot.last); writer.write(snapshot.inputs); writer.write(snapshot.site)
        writer.write(snapshot.resolver); writer.write(snapshot.search); writer.write(snapshot.outputs)
        try OutputWriter.replace(snapshotFile, with: writer.bytes)
    }
}
