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

    /// A memory as the build left it, as far as a quick build reads it, but for the templates: a
    /// quick build that lays a page out needs them made from the layouts on disk.
    func memory() -> BuildMemory {
        var memory = BuildMemory()
        memory.site = site
        memory.resolver = resolver
        memory.search = search
        memory.inputs = inputs
        memory.outputs = Dictionary(uniqueKeysWithValues: outputs.keys.map { ($0, OutputFile(path: $0, contents: .kept)) })
        memory.outputStates = outputs
        memory.lastBuild = last
        return memory
    }
}

extension BuildSnapshot {
    /// The snapshot of what `memory` holds after a successful build; nil when it lacks a part, or
    /// the state of an output file is unknown.
    init?(_ memory: BuildMemory) {
        guard let last = memory.lastBuild, let inputs = memory.inputs, let site = memory.site, let resolver = memory.resolver,
              let search = memory.search, memory.outputStates.count == memory.outputs.count else { return nil }
        self.init(last: last, inputs: inputs, site: site, resolver: resolver, search: search, outputs: memory.outputStates)
    }
}

extension BuildCache {
    /// The snapshot is kept in two files read at once, one per core: the site and link resolver,
    /// which only a full build changes, and the rest, which a quick build rewrites alone. Both
    /// name the same generation, so the two halves of different builds are never read together.
    private var snapshotFiles: (facts: URL, rest: URL) {
        let name = "snapshot-" + file.lastPathComponent.dropFirst("layout-".count)
        let folder = file.deletingLastPathComponent()
        return (folder.appendingPathComponent(name + "-site"), folder.appendingPathComponent(name))
    }

    private enum Half: Sendable {
        case facts(Site, LinkResolver, generation: Int)
        case rest(LastBuild, InputStamps, SearchIndex, [String: String], generation: Int)
    }

    /// The last build's snapshot, when this build of Partnerbook wrote it.
    func loadSnapshot() -> BuildSnapshot? {
        guard let producer = Self.producer() else { return nil }
        let files = snapshotFiles
        let halves = [files.facts, files.rest].parallelMap { url -> Half? in
            guard let bytes = try? FileBytes.read(url.path) else { return nil }
            var reader = SnapshotReader(bytes)
            do throws(SnapshotReader.Damaged) {
                guard try reader.string() == BuildSnapshot.format, try reader.string() == producer else { return nil }
                let generation = try reader.int()
                let half: Half = url == files.facts
                    ? .facts(try reader.read(), try reader.read(), generation: generation)
                    : .rest(try reader.read(), try reader.read(), try reader.read(), try reader.read(), generation: generation)
                return reader.isAtEnd ? half : nil
            } catch {
                return nil
            }
        }
        guard case .facts(let site, let resolver, let factsGeneration) = halves[0],
              case .rest(var last, let inputs, let search, let outputs, let generation) = halves[1],
              generation == factsGeneration else { return nil }
        last.snapshotGeneration = generation
        return BuildSnapshot(last: last, inputs: inputs, site: site, resolver: resolver, search: search, outputs: outputs)
    }

    /// Replaces the snapshot, its site half only when the last build made a new site; with nil,
    /// removes it, so that no later build starts from an older one.
    func saveSnapshot(_ snapshot: BuildSnapshot?) throws {
        let files = snapshotFiles
        guard let snapshot, let producer = Self.producer() else {
            try? FileManager.default.removeItem(at: files.rest)
            return
        }
        func header(_ generation: Int) -> SnapshotWriter {
            var writer = SnapshotWriter()
            writer.write(BuildSnapshot.format); writer.write(producer); writer.write(generation)
            return writer
        }
        let generation = snapshot.last.snapshotGeneration ?? Int.random(in: 0..<Int.max)
        if snapshot.last.snapshotGeneration == nil {
            var facts = header(generation)
            facts.write(snapshot.site); facts.write(snapshot.resolver)
            try OutputWriter.replace(files.facts, with: facts.bytes)
        }
        var rest = header(generation)
        rest.write(snapshot.last); rest.write(snapshot.inputs); rest.write(snapshot.search); rest.write(snapshot.outputs)
        try OutputWriter.replace(files.rest, with: rest.bytes)
    }
}
