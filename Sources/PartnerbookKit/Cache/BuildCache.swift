import Foundation

/// What a build leaves for the next one in `.partnerbook-cache/` of the handbook folder: for each
/// HTML file it laid out, the fingerprint of its template and values, and what the file looked like
/// on disk (size, modification time, inode). The next build, in a new process, takes a file as it
/// is when its fingerprint is unchanged and the file is still exactly as it was written; anything
/// else (a file edited or removed by hand, another build of Partnerbook, a damaged cache) only
/// means more files are rendered again. One cache per output folder, so `build` and `serve` do not
/// spoil each other's.
struct BuildCache {
    static let folderName = ".partnerbook-cache"
    /// Raised whenever the file's layout or what a fingerprint covers changes.
    static let format = "partnerbook build cache 1"

    let file: URL
    let output: URL

    init(folder: URL, output: URL) {
        self.output = output
        file = folder.appendingPathComponent("layout-" + String(Fingerprint.of(output.path).value, radix: 36))
    }

    /// The fingerprints of the HTML files in the output folder that are as the last build left them.
    func load() -> [String: Fingerprint] {
        guard let bytes = try? FileBytes.read(file.path) else { return [:] }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[0] == Self.format, let producer = Self.producer(), lines[1] == producer else { return [:] }
        var fingerprints: [String: Fingerprint] = [:]
        for line in lines.dropFirst(2) {
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count == 3, let value = UInt64(fields[0], radix: 16) else { continue }
            let path = String(fields[2])
            guard FileStamp(output.below(path).path)?.text == fields[1] else { continue }
            fingerprints[path] = Fingerprint(value: value)
        }
        return fingerprints
    }

    /// Records the files just written, with their state on disk as the writer saw it (`states`); a
    /// file without one is left out, so it is rendered next time.
    func save(_ fingerprints: [String: Fingerprint], states: [String: Substring]) throws {
        guard let producer = Self.producer() else { return }
        var text = Self.format + "\n" + producer + "\n"
        for (path, fingerprint) in fingerprints.sorted(by: { $0.key < $1.key }) where !path.contains("\n") {
            guard let state = states[path] else { continue }
            text += String(fingerprint.value, radix: 16) + " " + state + " " + path + "\n"
        }
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try OutputWriter.replace(ignore, with: Array("# Partnerbook's build cache: safe to delete, never worth committing.\n*\n".utf8))
        }
        try OutputWriter.replace(file, with: Array(text.utf8))
    }

    /// The program that made the cache: another build of Partnerbook may render the same values
    /// differently, so its cache is not used. Nil where the program cannot be looked at: no cache then.
    static func producer() -> String? {
        FileStamp("/proc/self/exe").map { "producer " + $0.text }
    }
}
