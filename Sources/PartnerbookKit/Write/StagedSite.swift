import Foundation
import Glibc

/// The new site assembled in a staging folder from three sources: hard links to the old site's
/// files whose bytes did not change (their dates stay, and linking costs no copy), new files for
/// the rest, and hard links to every file in the old folder that Partnerbook did not write.
struct StagedSite: Sendable {
    /// The current output folder, which may not exist yet.
    let old: URL
    let folder: URL
    /// The output folder as the user named it, for messages.
    let shownAs: URL
    let writer: OutputWriter
    private var made: Set<String> = [""]

    init(old: URL, folder: URL, shownAs: URL, writer: OutputWriter) {
        self.old = old
        self.folder = folder
        self.shownAs = shownAs
        self.writer = writer
    }

    mutating func fill(with files: [OutputFile], manifest: Manifest) throws(OutputWriter.Failure) -> OutputWriter.Report {
        for file in files { try makeFolder(parent(of: file.path)) }
        // Folders first, one after another; then the files on every core (creating thousands of
        // files is mostly the kernel's work, which runs in parallel).
        let site = self
        let outcomes = files.parallelMap { file in Result { () throws(OutputWriter.Failure) in try site.place(file) } }
        var report = OutputWriter.Report()
        for outcome in outcomes {
            if try outcome.get() { report.written += 1 } else { report.unchanged += 1 }
        }
        if FolderExchange.exists(old.path) {
            report.removed = try keepUnwritten(below: "", site: Set(files.map(\.path)), ownFiles: manifest.paths)
        }
        return report
    }

    /// Puts one file into the staging folder, as a link to the old site's copy when its bytes are
    /// the same; returns whether it was written.
    private func place(_ file: OutputFile) throws(OutputWriter.Failure) -> Bool {
        let previous = old.below(file.path).path
        if case .kept = file.contents {
            do throws(POSIXError) {
                try link(previous, to: file.path)
            } catch {
                throw failure(file.path, "the build cache counts on this file of the last build, which cannot be kept: \(error.reason)",
                              hint: "build again with --no-cache")
            }
            return false
        }
        let bytes = try writer.contents(of: file)
        if Self.isRegularFile(previous), let existing = try? FileBytes.read(previous),
           OutputWriter.same(existing, bytes), (try? link(previous, to: file.path)) != nil {
            return false
        }
        try create(file.path, bytes)
        return true
    }

    /// The old folder's permissions carry over to the new one.
    func copyMode() {
        var info = stat()
        if stat(old.path, &info) == 0 { chmod(folder.path, info.st_mode & 0o7777) }
    }

    // MARK: Files Partnerbook did not write

    /// Links every file below `relative` in the old folder that is neither part of the new site nor
    /// one Partnerbook wrote before; returns how many of Partnerbook's own files are left behind.
    private mutating func keepUnwritten(below relative: String, site: Set<String>, ownFiles: Set<String>) throws(OutputWriter.Failure) -> Int {
        let here = old.below(relative)
        let entries: [FolderEntries.Entry]
        do throws(POSIXError) {
            entries = try FolderEntries(atPath: here.path).entries.sorted { $0.name < $1.name }
        } catch {
            throw failure(relative, "cannot read the folder to keep the files in it: \(error.reason)")
        }
        if entries.isEmpty, !relative.isEmpty { try makeFolder(relative) }
        var stale = 0
        for entry in entries where !(relative.isEmpty && entry.name == Manifest.fileName) {
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            if entry.isFolder {
                stale += try keepUnwritten(below: path, site: site, ownFiles: ownFiles)
            } else if site.contains(path) {
                continue
            } else if ownFiles.contains(path) || OutputWriter.replacing(entry.name).map({ own(parent(of: path), $0) }) == true {
                stale += 1
            } else {
                try makeFolder(parent(of: path))
                do throws(POSIXError) {
                    try link(old.below(path).path, to: path)
                } catch where error.code == .ENOENT {
                    continue
                } catch where error.code == .EEXIST {
                    throw failure(path, "this file was not written by Partnerbook, and the site needs a folder here",
                                  hint: "move it out of the output folder")
                } catch {
                    throw failure(path, "cannot keep this file, which Partnerbook did not write: \(error.reason)")
                }
            }
        }
        return stale

        /// Whether `name` in `folder` is a file of the site, new or old.
        func own(_ folder: String, _ name: String) -> Bool {
            let path = folder.isEmpty ? name : folder + "/" + name
            return site.contains(path) || ownFiles.contains(path)
        }
    }

    // MARK: Disk

    private mutating func makeFolder(_ relative: String) throws(OutputWriter.Failure) {
        guard !made.contains(relative) else { return }
        try makeFolder(parent(of: relative))
        var mode: mode_t = 0o777
        var info = stat()
        if lstat(old.below(relative).path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            mode = info.st_mode & 0o7777
        }
        guard mkdir(folder.below(relative).path, mode) == 0 else {
            let error = POSIXError.current
            throw error.code == .EEXIST
                ? failure(relative, "the site puts a file here and needs a folder here too, or a folder Partnerbook did not write stands here")
                : failure(relative, error.reason)
        }
        made.insert(relative)
    }

    private func create(_ relative: String, _ bytes: [UInt8]) throws(OutputWriter.Failure) {
        let descriptor = open(folder.below(relative).path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let error = POSIXError.current
            throw error.code == .EEXIST
                ? failure(relative, "the site needs a folder here and puts a file here too")
                : failure(relative, error.reason)
        }
        defer { close(descriptor) }
        do throws(POSIXError) {
            try FileBytes.write(bytes, into: descriptor)
        } catch {
            throw failure(relative, error.reason)
        }
    }

    /// A hard link in the staging folder to a file of the old folder; a copy where the file system has no hard links.
    private func link(_ existing: String, to relative: String) throws(POSIXError) {
        let destination = folder.below(relative).path
        guard Glibc.link(existing, destination) != 0 else { return }
        let error = POSIXError.current
        switch error.code {
        case .EPERM, .EMLINK, .EOPNOTSUPP, .EXDEV: break
        default: throw error
        }
        do {
            try FileManager.default.copyItem(atPath: existing, toPath: destination)
            let date = try FileManager.default.attributesOfItem(atPath: existing)[.modificationDate]
            try FileManager.default.setAttributes([.modificationDate: date as Any], ofItemAtPath: destination)
        } catch {
            throw error as? POSIXError ?? POSIXError(.EIO)
        }
    }

    private func failure(_ relative: String, _ reason: String, hint: String? = nil) -> OutputWriter.Failure {
        OutputWriter.Failure(path: shownAs.below(relative).path, reason: reason, hint: hint)
    }

    private func parent(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
