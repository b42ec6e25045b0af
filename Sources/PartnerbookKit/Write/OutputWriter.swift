import Foundation

/// Writes the finished site into the output folder, by one of two strategies (`WriteStrategy`).
/// Either way only files whose bytes changed get new contents, the files an earlier build wrote
/// that are no longer part of the site go, and files Partnerbook did not write are left alone.
struct OutputWriter {
    let output: URL
    let content: URL
    var strategy: WriteStrategy = .swap
    /// Files whose stamp on disk (`FileStamp`) the report gives, for the build cache.
    var recordingStates: Set<String> = []
    let fs = FileManager.default

    struct Report: Equatable {
        var written = 0
        var unchanged = 0
        var removed = 0
        /// Findings that do not stop the site from being written, such as a swap that had to be done in place.
        var warnings: [Diagnostic] = []
        /// The state of each file of `recordingStates` as this build left it, taken while no other
        /// build can write the folder, so a build that finishes just after this one cannot pass its
        /// files off as this one's.
        var states: [String: Substring] = [:]
    }

    struct Failure: Error {
        let path: String
        let reason: String
        /// What to do, and what is left in the output folder.
        var hint: String?
    }

    /// Writes `files`. Given the files of the previous build into the same folder (the preview
    /// server's rebuilds), a file identical to its previous version is known to be on disk already
    /// and is not even read.
    func write(_ files: [OutputFile], unchangedSince previous: [String: OutputFile]? = nil) throws(Failure) -> Report {
        do throws(Failure) {
            switch strategy {
            case .inPlace: return try writeInPlace(files, unchangedSince: previous)
            case .swap: return try writeBySwapping(files)
            }
        } catch {
            let left = !FolderExchange.exists(output.path) ? "nothing was written"
                : strategy == .swap ? "\(output.path) still holds the previous site, unchanged"
                : "the files written before this one are complete"
            throw Failure(path: error.path, reason: error.reason,
                          hint: (error.hint.map { $0 + "; " } ?? "") + left + "; fix the cause and build again")
        }
    }

    // MARK: In place

    func writeInPlace(_ files: [OutputFile], unchangedSince previous: [String: OutputFile]? = nil) throws(Failure) -> Report {
        var report = Report()
        try makeFolder(output)
        let old = readManifest(in: output)
        for file in files {
            if case .kept = file.contents {
                report.unchanged += 1
                continue
            }
            if case .bytes = file.contents, let previous, previous[file.path] == file {
                report.unchanged += 1
                continue
            }
            if try writeIfChanged(file) { report.written += 1 } else { report.unchanged += 1 }
        }
        let current = Set(files.map(\.path))
        for stale in old.paths.subtracting(current).sorted() {
            let url = output.below(stale)
            guard (try? fs.removeItem(at: url)) != nil else { continue }
            report.removed += 1
            removeEmptyFolders(from: url.deletingLastPathComponent())
        }
        if current != old.paths { try writeManifest(current, in: output) }
        report.states = states(in: output)
        return report
    }

    func states(in folder: URL) -> [String: Substring] {
        var states: [String: Substring] = [:]
        for path in recordingStates {
            if let stamp = FileStamp(folder.below(path).path) { states[path] = stamp.text }
        }
        return states
    }

    // MARK: Shared

    /// The bytes of an output file, reading a file copied from `content/` or kept from the last build.
    /// Writes `file` in place unless the output folder already holds exactly its bytes; returns
    /// whether it wrote.
    func writeIfChanged(_ file: OutputFile) throws(Failure) -> Bool {
        let destination = output.below(file.path)
        let bytes = try contents(of: file)
        if let existing = try? FileBytes.read(destination.path), Self.same(existing, bytes) { return false }
        try makeFolder(destination.deletingLastPathComponent())
        do {
            try Self.replace(destination, with: bytes)
        } catch {
            throw Failure(path: destination.path, reason: HandbookLoader.reason(error))
        }
        return true
    }

    func contents(of file: OutputFile) throws(Failure) -> [UInt8] {
        switch file.contents {
        case .bytes(let bytes): return bytes
        case .deferred(let later): return later.make()
        case .kept:
            do {
                return try FileBytes.read(output.below(file.path).path)
            } catch {
                throw Failure(path: output.below(file.path).path,
                              reason: "the build cache counts on this file, which cannot be read: \(error.reason)",
                              hint: "build again with --no-cache")
            }
        case .contentFile(let path):
            do {
                return try FileBytes.read(content.below(path).path)
            } catch {
                throw Failure(path: "content/" + path, reason: "cannot read the file to copy it: \(error.reason)")
            }
        }
    }

    static func same(_ old: [UInt8], _ new: [UInt8]) -> Bool {
        guard old.count == new.count else { return false }
        guard !new.isEmpty else { return true }
        return old.withUnsafeBytes { a in new.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, new.count) == 0 } }
    }

    /// Writes a sibling file and renames it over `url`, so a reader sees the old file or the new
    /// one, never half of one. No fsync per file: a site is thousands of files, and a crash is
    /// answered by building again (measured: one fsync per file made writing a 1,000-page site
    /// take seconds). The swap strategy makes a whole build atomic.
    static func replace(_ url: URL, with bytes: [UInt8]) throws {
        let temporary = url.deletingLastPathComponent().below(".\(url.lastPathComponent)" + temporarySuffix)
        do {
            try FileBytes.write(bytes, to: temporary.path)
        } catch {
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(code))
        }
    }

    private static let temporarySuffix = ".partnerbook-new"

    /// The name of the file `name` was to replace, when it is one of `replace`'s files, left by a
    /// build stopped before it could rename it.
    static func replacing(_ name: String) -> String? {
        guard name.hasPrefix("."), name.hasSuffix(temporarySuffix), name.count > temporarySuffix.count + 1 else { return nil }
        return String(name.dropFirst().dropLast(temporarySuffix.count))
    }

    func readManifest(in folder: URL) -> Manifest {
        let url = folder.appendingPathComponent(Manifest.fileName)
        guard let bytes = try? FileBytes.read(url.path) else { return Manifest(paths: []) }
        return Manifest(text: String(decoding: bytes, as: UTF8.self))
    }

    func writeManifest(_ paths: Set<String>, in folder: URL) throws(Failure) {
        let url = folder.appendingPathComponent(Manifest.fileName)
        do {
            try Self.replace(url, with: Array(Manifest(paths: paths).text.utf8))
        } catch {
            throw Failure(path: output.appendingPathComponent(Manifest.fileName).path, reason: HandbookLoader.reason(error))
        }
    }

    func makeFolder(_ url: URL) throws(Failure) {
        do {
            try fs.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: url.path, reason: HandbookLoader.reason(error))
        }
    }

    /// Folders left empty by a removed page go too, up to the output folder itself.
    func removeEmptyFolders(from folder: URL) {
        var folder = folder.standardizedFileURL
        let top = output.standardizedFileURL.path
        while folder.path.hasPrefix(top + "/"), (try? fs.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? fs.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }
}
