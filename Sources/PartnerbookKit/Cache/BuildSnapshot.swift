import Foundation

/// What a successful build with a cache leaves for the next build process, so that one can take
/// the quick way (`Builder.quickBuild`) when only the text of pages changed, as the preview does
/// in memory: the last build's findings (`LastBuild`), its site with each page's facts but not its
/// HTML or text (no other page's output shows those), its link resolver and search words, and how
/// every input and output file looked on disk. Any doubt (another build of Partnerbook, other
/// options, a file that came or went, an output file touched since) means the full way.
struct BuildSnapshot {
    static let format = "partnerbook snapshot 3"

    var site: Site
    var resolver: LinkResolver
    var rest: SnapshotRest

    /// A memory as the build left it, as far as a quick build reads it, but for the templates: a
    /// quick build that lays a page out needs them made from the layouts on disk.
    func memory() -> BuildMemory {
        var memory = BuildMemory()
        memory.site = site
        memory.resolver = resolver
        memory.search = rest.search
        memory.inputs = rest.inputs
        memory.outputs = Dictionary(uniqueKeysWithValues: rest.outputs.keys.map { ($0, OutputFile(path: $0, contents: .kept)) })
        memory.outputStates = rest.outputs
        memory.lastBuild = rest.last
        return memory
    }
}

/// The part of a snapshot that quick builds change.
struct SnapshotRest: Sendable {
    var last: LastBuild
    var inputs: InputStamps
    var search: SearchIndex
    /// Every file of the site → its `FileStamp.text` as the build left it.
    var outputs: [String: String]

    /// The input files that changed since, when the output folder is as the build left it and no
    /// file or folder came or went; nil otherwise. Inputs whose stamps settled since are recorded
    /// by them (see `InputStamps.changes`), and named in the journal.
    mutating func changes(source: URL, output: URL) -> (changed: Set<String>, settled: Set<String>)? {
        guard FileStamp.changed(outputs.map { ($0.key, $0.value) }, below: output.path).isEmpty else { return nil }
        guard let (changed, settled) = inputs.changes(below: source) else { return nil }
        last.journal?.inputs.formUnion(settled)
        return (changed, settled)
    }
}

extension BuildSnapshot {
    /// The snapshot of what `memory` holds after a successful build; nil when it lacks a part, or
    /// the state of an output file is unknown.
    init?(_ memory: BuildMemory) {
        guard let last = memory.lastBuild, let inputs = memory.inputs, let site = memory.site, let resolver = memory.resolver,
              let search = memory.search, memory.outputStates.count == memory.outputs.count else { return nil }
        self.init(site: site, resolver: resolver, rest: SnapshotRest(last: last, inputs: inputs, search: search, outputs: memory.outputStates))
    }
}

extension BuildCache {
    /// The snapshot is kept in files read at once, one per core: the site and link resolver, which
    /// only a full build changes; the rest, which a full build writes too; and the journal of what
    /// quick builds changed in the rest since (`SnapshotJournal`). All name the same generation, so
    /// parts of different builds are never read together.
    private var snapshotFiles: (facts: URL, rest: URL, journal: URL) {
        let name = "snapshot-" + file.lastPathComponent.dropFirst("layout-".count)
        let folder = file.deletingLastPathComponent()
        return (folder.appendingPathComponent(name + "-site"), folder.appendingPathComponent(name),
                folder.appendingPathComponent(name + "-journal"))
    }

    private enum Part: Sendable {
        case facts(Site, LinkResolver, generation: Int)
        case rest(SnapshotRest, generation: Int)
    }

    /// The last build's snapshot, when this build of Partnerbook wrote it and no file or folder
    /// came or went since, with the input files that changed since (`SnapshotRest.changes`). The
    /// two files are read at once, then the disk is compared with what they recorded.
    func loadSnapshot(source: URL, output: URL) -> (snapshot: BuildSnapshot, changes: Set<String>)? {
        guard let producer = Self.producer() else { return nil }
        let files = snapshotFiles
        let parts = [files.facts, files.rest].parallelMap { (url: URL) -> Part? in
            func open(_ url: URL) throws(SnapshotReader.Damaged) -> (SnapshotReader, generation: Int) {
                guard let file = MappedFile(url.path), var reader = SnapshotReader(sealed: file) else { throw SnapshotReader.Damaged() }
                guard try reader.string() == BuildSnapshot.format, try reader.string() == producer else { throw SnapshotReader.Damaged() }
                let generation = try reader.int()
                return (reader, generation)
            }
            do throws(SnapshotReader.Damaged) {
                var (reader, generation) = try open(url)
                if url == files.facts {
                    let part = Part.facts(try reader.read(), try reader.read(), generation: generation)
                    return reader.isAtEnd ? part : nil
                }
                var rest = SnapshotRest(last: try reader.read(), inputs: try reader.read(), search: try reader.read(),
                                        outputs: try reader.read())
                guard reader.isAtEnd else { return nil }
                rest.last.journal = SnapshotJournal(generation: generation)
                if FileManager.default.fileExists(atPath: files.journal.path) {
                    var (journalReader, journalGeneration) = try open(files.journal)
                    if journalGeneration == generation {
                        rest.last.journal = try SnapshotJournal.read(from: &journalReader, into: &rest, generation: generation)
                        guard journalReader.isAtEnd else { return nil }
                    }
                }
                return .rest(rest, generation: generation)
            } catch {
                return nil
            }
        }
        guard case .facts(let site, let resolver, let factsGeneration) = parts[0],
              case .rest(var rest, let generation) = parts[1], generation == factsGeneration,
              let (changes, settled) = rest.changes(source: source, output: output) else { return nil }
        if !settled.isEmpty { try? saveJournal(of: rest, producer: producer) }
        return (BuildSnapshot(site: site, resolver: resolver, rest: rest), changes)
    }

    /// Records the snapshot: after a full build, its site and rest, the journal left empty; after
    /// a quick build from a snapshot, only the journal. With nil, removes it, so that no later
    /// build starts from an older one.
    func saveSnapshot(_ snapshot: BuildSnapshot?) throws {
        let files = snapshotFiles
        guard let snapshot, let producer = Self.producer() else {
            try? FileManager.default.removeItem(at: files.rest)
            try? FileManager.default.removeItem(at: files.journal)
            return
        }
        if snapshot.rest.last.journal != nil { return try saveJournal(of: snapshot.rest, producer: producer) }
        let generation = Int.random(in: 0..<Int.max)
        var facts = Self.snapshotHeader(producer: producer, generation: generation)
        facts.write(snapshot.site); facts.write(snapshot.resolver)
        try OutputWriter.replace(files.facts, with: facts.sealedBytes)
        var rest = Self.snapshotHeader(producer: producer, generation: generation)
        rest.write(snapshot.rest.last); rest.write(snapshot.rest.inputs); rest.write(snapshot.rest.search); rest.write(snapshot.rest.outputs)
        try OutputWriter.replace(files.rest, with: rest.sealedBytes)
        try? FileManager.default.removeItem(at: files.journal)
    }

    private func saveJournal(of rest: SnapshotRest, producer: String) throws {
        guard let journal = rest.last.journal else { return }
        var writer = Self.snapshotHeader(producer: producer, generation: journal.generation)
        journal.write(rest, to: &writer)
        try OutputWriter.replace(snapshotFiles.journal, with: writer.sealedBytes)
    }

    private static func snapshotHeader(producer: String, generation: Int) -> SnapshotWriter {
        var writer = SnapshotWriter()
        writer.write(BuildSnapshot.format); writer.write(producer); writer.write(generation)
        return writer
    }
}
