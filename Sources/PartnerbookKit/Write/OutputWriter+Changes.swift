import Foundation

extension OutputWriter {
    /// Writes in place the files a quick rebuild changed, knowing the rest of the site is on disk
    /// as the previous build left it, so no other file is looked at.
    /// - Parameters:
    ///   - files: the changed files by path; nil for a file that is no longer part of the site.
    ///   - previous: what each of them was before, absent for a new one.
    ///   - site: every file of the site now, for the manifest when a file came or went.
    func writeChanges(_ files: [String: OutputFile?], previous: [String: OutputFile],
                      site: [String: OutputFile]) throws(Failure) -> Report {
        var report = Report()
        var pathsChanged = false
        for path in files.keys.sorted() {
            if previous[path] == nil { pathsChanged = true }
            guard let file = files[path]! else {
                pathsChanged = true
                let url = output.below(path)
                guard (try? fs.removeItem(at: url)) != nil else { continue }
                report.removed += 1
                removeEmptyFolders(from: url.deletingLastPathComponent())
                continue
            }
            if previous[path] == file { continue }
            if try writeIfChanged(file) { report.written += 1 }
        }
        if pathsChanged { try writeManifest(Set(site.keys), in: output) }
        return report
    }
}
