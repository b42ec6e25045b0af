import Foundation

/// Writes the finished site into the output folder: only files whose bytes changed, each by an
/// atomic rename, then removes the files an earlier build wrote that are no longer part of the site.
struct OutputWriter {
    let output: URL
    let content: URL
    private let fs = FileManager.default

    struct Report: Equatable {
        var written = 0
        var unchanged = 0
        var removed = 0
    }

    struct Failure: Error {
        let path: String
        let reason: String
    }

    /// Writes `files`. Given the files of the previous build (which wrote this folder), any file
    /// identical to its previous version is taken as already on disk and not even read.
    func write(_ files: [OutputFile], unchangedSince previous: [String: OutputFile]? = nil) throws(Failure) -> Report {
        var report = Report()
        try makeFolder(output)
        let old = readManifest()
        for file in files {
            if case .bytes = file.contents, let previous, previous[file.path] == file {
                report.unchanged += 1
                continue
            }
            let destination = output.appendingPathComponent(file.path)
            let bytes: [UInt8]
            switch file.contents {
            case .bytes(let b): bytes = b
            case .contentFile(let path):
                guard let data = fs.contents(atPath: content.appendingPathComponent(path).path) else {
                    throw Failure(path: "content/" + path, reason: "cannot read the file to copy it")
                }
                bytes = data.byteArray
            }
            if let existing = fs.contents(atPath: destination.path), existing.hasSameBytes(as: bytes) {
                report.unchanged += 1
                continue
            }
            try makeFolder(destination.deletingLastPathComponent())
            do {
                try Self.replace(destination, with: bytes)
            } catch {
                throw Failure(path: destination.path, reason: HandbookLoader.reason(error))
            }
            report.written += 1
        }
        let current = Set(files.map(\.path))
        for stale in old.paths.subtracting(current).sorted() {
            let url = output.appendingPathComponent(stale)
            guard (try? fs.removeItem(at: url)) != nil else { continue }
            report.removed += 1
            removeEmptyFolders(from: url.deletingLastPathComponent())
        }
        do {
            try Self.replace(output.appendingPathComponent(Manifest.fileName), with: Array(Manifest(paths: current).text.utf8))
        } catch {
            throw Failure(path: output.appendingPathComponent(Manifest.fileName).path, reason: HandbookLoader.reason(error))
        }
        return report
    }

    /// Writes a sibling file and renames it over `url`, so a reader sees the old file or the new
    /// one, never half of one. No fsync per file: a site is thousands of files, and a crash is
    /// answered by building again, not by the disk's journal (measured: one fsync per file made
    /// writing a 1,000-page site take seconds).
    static func replace(_ url: URL, with bytes: [UInt8]) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partnerbook-new")
        try Data(bytes).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(code))
        }
    }

    private func readManifest() -> Manifest {
        let url = output.appendingPathComponent(Manifest.fileName)
        guard let data = fs.contents(atPath: url.path) else { return Manifest(paths: []) }
        return Manifest(text: String(decoding: data, as: UTF8.self))
    }

    private func makeFolder(_ url: URL) throws(Failure) {
        do {
            try fs.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: url.path, reason: HandbookLoader.reason(error))
        }
    }

    /// Folders left empty by a removed page go too, up to the output folder itself.
    private func removeEmptyFolders(from folder: URL) {
        var folder = folder.standardizedFileURL
        let top = output.standardizedFileURL.path
        while folder.path.hasPrefix(top + "/"), (try? fs.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? fs.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }
}
