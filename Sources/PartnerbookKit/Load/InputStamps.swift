import Foundation

/// How every input of a build looked on disk when it was read, without its bytes: each file's
/// stamp and each folder's visible names. A later process compares them with the disk to learn
/// which files changed since, with a `stat` per file and a listing per folder (`changes(below:)`).
struct InputStamps: Sendable {
    /// Path in the handbook folder (`content/x.md`, `layouts/base.mustache`, `partnerbook.yml`) →
    /// `FileStamp.text`. A file written too recently for its stamp to tell a later change
    /// (`FileCache.settlingSeconds`) has `unsettled` instead, or `#` and the fingerprint of its
    /// bytes once they were read: such a file is read again to tell.
    var files: [String: String] = [:]
    /// Folder (`content/`, `content/stories/`, `layouts/`) → the names it held, sorted.
    var folders: [String: [String]] = [:]
    /// Paths that did not exist and must still not: `partnerbook.yml`, `layouts/`.
    var missing: [String] = []

    static let unsettled = "unsettled"

    /// Records the file as it is now: called before it is read, so a change made while it is read shows next time.
    mutating func stamp(_ path: String, at url: URL) { stamp(path, as: FileStamp(url.path)) }

    /// Records the file's stamp, taken before it is read; nil when it is not a regular file.
    mutating func stamp(_ path: String, as stamp: FileStamp?) {
        guard let stamp else {
            files[path] = Self.unsettled
            return
        }
        files[path] = Self.hasSettled(stamp) ? String(stamp.text) : Self.unsettled
    }

    /// Whether the file was written long enough ago for a later change to change its stamp.
    static func hasSettled(_ stamp: FileStamp) -> Bool {
        Double(stamp.seconds) + Double(stamp.nanoseconds) / 1e9 < Clock.secondsSince1970() - FileCache.settlingSeconds
    }

    /// Records the bytes read of a file whose stamp could not be trusted.
    mutating func settle(_ path: String, bytes: [UInt8]) {
        if files[path] == Self.unsettled { files[path] = "#" + String(Fingerprint.of(bytes).value, radix: 16) }
    }

    /// The files whose stamps (or bytes, for a file recorded by its bytes) changed; nil when a file
    /// or folder came or went, or a folder cannot be listed. A file recorded by its bytes whose
    /// bytes are the same, and whose stamp has settled since, is recorded by its stamp from now on
    /// (and named in `settled`), so that later builds need not read it again: a build run right
    /// after a checkout records every file by its bytes.
    mutating func changes(below root: URL) -> (changed: Set<String>, settled: Set<String>)? {
        for path in missing where FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) { return nil }
        for (folder, names) in folders {
            guard let now = try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path),
                  now.filter({ !$0.hasPrefix(".") }).sorted() == names else { return nil }
        }
        var byStamp: [(path: String, text: String)] = [], byBytes: [(path: String, text: String)] = []
        for (path, recorded) in files {
            if recorded.hasPrefix("#") { byBytes.append((path, recorded)) } else { byStamp.append((path, recorded)) }
        }
        var changed = Set(FileStamp.changed(byStamp, below: root.path))
        var settled: [String: String] = [:]
        let folder = root.path + "/"
        for (path, recorded) in byBytes {
            let file = folder + path
            let stamp = FileStamp(file)
            guard let bytes = try? FileBytes.read(file), "#" + String(Fingerprint.of(bytes).value, radix: 16) == recorded else {
                changed.insert(path)
                continue
            }
            if let stamp, Self.hasSettled(stamp) { settled[path] = String(stamp.text) }
        }
        files.merge(settled) { $1 }
        return (changed, Set(settled.keys))
    }
}
