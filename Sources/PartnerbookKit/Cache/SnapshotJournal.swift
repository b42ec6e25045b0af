/// What quick builds changed in a build snapshot since a full build wrote it. A quick build
/// writes the current values of everything named here, a file as small as the edits, instead of
/// the snapshot's whole rest (every finding, stamp and search shard of the handbook); the next
/// build reads the rest and then this over it. It grows with the pages edited since the last
/// full build, which starts it afresh.
struct SnapshotJournal: Sendable {
    /// The generation of the snapshot it applies to (see `BuildCache.saveSnapshot`).
    var generation: Int
    /// Files whose findings changed, as the findings name them (`content/x.md`).
    var findings: Set<String> = []
    /// Inputs whose stamps changed.
    var inputs: Set<String> = []
    /// Search shards, by key, whose words changed.
    var shards: Set<String> = []
    /// Files of the site written since.
    var outputs: Set<String> = []

    init(generation: Int) { self.generation = generation }

    /// The entries as they are now in `snapshot`, following `generation`'s header.
    func write(_ snapshot: SnapshotRest, to writer: inout SnapshotWriter) {
        writer.write(findings.count)
        for file in findings.sorted() {
            writer.write(file)
            writer.write(Array(snapshot.last.findings(about: file)))
        }
        writer.write(Dictionary(uniqueKeysWithValues: inputs.map { ($0, snapshot.inputs.files[$0]) }))
        writer.write(Dictionary(uniqueKeysWithValues: shards.map { ($0, snapshot.search.shards[$0]) }))
        writer.write(Dictionary(uniqueKeysWithValues: outputs.map { ($0, snapshot.outputs[$0]) }))
    }

    /// Reads the entries and puts them into `snapshot`, remembering their names so that the next
    /// journal carries them too.
    static func read(from reader: inout SnapshotReader, into snapshot: inout SnapshotRest,
                     generation: Int) throws(SnapshotReader.Damaged) -> SnapshotJournal {
        var journal = SnapshotJournal(generation: generation)
        for _ in 0..<(try reader.count()) {
            let file = try reader.string()
            snapshot.last.replaceFindings(about: file, with: try reader.read())
            journal.findings.insert(file)
        }
        for (path, stamp) in try reader.read([String: String?].self) {
            snapshot.inputs.files[path] = stamp
            journal.inputs.insert(path)
        }
        for (key, terms) in try reader.read([String: [String: [SearchIndex.Posting]]?].self) {
            snapshot.search.replaceShard(key, with: terms)
            journal.shards.insert(key)
        }
        for (path, state) in try reader.read([String: String?].self) {
            snapshot.outputs[path] = state
            journal.outputs.insert(path)
        }
        return journal
    }
}
