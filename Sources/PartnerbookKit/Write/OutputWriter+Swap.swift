import Foundation

extension OutputWriter {
    /// Builds the new site in `.<name>.partnerbook-staging` beside the output folder, then swaps the
    /// two (`FolderExchange`) and removes the old tree. A build stopped at any moment leaves the
    /// output folder whole; what it left beside it is removed by the next build.
    func writeBySwapping(_ files: [OutputFile]) throws(Failure) -> Report {
        guard let target = swapTarget() else {
            return try inPlace(files, because: "\(output.path) is a symbolic link that leads nowhere")
        }
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).partnerbook-staging")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).partnerbook-old")
        try Self.makeFolders(parent.path)
        let lock = FolderLock(parent.path)
        defer { lock.release() }

        FolderExchange.recover(target.path, retired: retired.path)
        for leftover in [staging, retired] where FolderExchange.exists(leftover.path) {
            do throws(TreeRemover.Failure) {
                try TreeRemover.remove(leftover.path)
            } catch {
                throw Failure(path: error.path, reason: "cannot remove what an interrupted build left: \(error.error.reason)",
                              hint: "remove \(leftover.path) by hand")
            }
        }
        guard mkdir(staging.path, 0o777) == 0 else {
            let error = POSIXError.current
            return try inPlace(files, because: "cannot create \(staging.path): \(error.reason)")
        }
        if FolderExchange.exists(target.path), Self.device(of: target.path) != Self.device(of: staging.path) {
            try? TreeRemover.remove(staging.path)
            return try inPlace(files, because: "\(output.path) is a mount point, so no folder beside it can take its place")
        }

        var report: Report
        do throws(Failure) {
            var stage = StagedSite(old: target, folder: staging, shownAs: output, writer: self)
            report = try stage.fill(with: files, manifest: readManifest(in: target))
            try writeManifest(Set(files.map(\.path)), in: staging)
            stage.copyMode()
            report.states = states(in: staging)
        } catch {
            try? TreeRemover.remove(staging.path)
            throw error
        }
        let outcome: FolderExchange.Outcome
        do {
            outcome = try FolderExchange.exchange(staging.path, with: target.path, retired: retired.path)
        } catch {
            try? TreeRemover.remove(staging.path)
            throw Failure(path: output.path, reason: "cannot put the new site in place: \(error.reason)")
        }
        switch outcome {
        case .exchanged: try? TreeRemover.remove(staging.path)
        case .renamedTwice: try? TreeRemover.remove(retired.path)
        case .moved: break
        }
        return report
    }

    /// The folder to swap: the output folder, or the one its symbolic link leads to; nil for a dangling link.
    private func swapTarget() -> URL? {
        guard (try? fs.destinationOfSymbolicLink(atPath: output.path)) != nil else { return output }
        guard case .success(let real) = HandbookLoader.realPath(output.path) else { return nil }
        return URL(fileURLWithPath: real)
    }

    private func inPlace(_ files: [OutputFile], because reason: String) throws(Failure) -> Report {
        var report = try writeInPlace(files)
        report.warnings.append(.warning("write-in-place", at: SourceLocation(file: output.path),
                                        "the site was written in place: \(reason)",
                                        hint: "a build stopped half way would leave old and new pages mixed"))
        return report
    }

    /// `mkdir -p`, failing at the exact part of the path that is in the way.
    private static func makeFolders(_ path: String) throws(Failure) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw Failure(path: path, reason: POSIXError(.ENOTDIR).reason) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolders(parent) }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else { throw Failure(path: path, reason: POSIXError.current.reason) }
    }

    private static func device(of path: String) -> UInt? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt(info.st_dev) : nil
    }
}

/// An exclusive lock on a folder, held until released or until the process ends, however it ends:
/// two builds into the same output folder take turns.
struct FolderLock {
    private let descriptor: Int32

    init(_ path: String) {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 { _ = flock(descriptor, LOCK_EX) }
    }

    func release() {
        if descriptor >= 0 { close(descriptor) }
    }
}
