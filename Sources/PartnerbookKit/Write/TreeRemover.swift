import Foundation
import Glibc

/// Removes a folder and everything in it, as `rm -rf` does, for the old site after a swap and for
/// what an interrupted build left. It works through folder descriptors (`openat`, `readdir` with
/// the kind of each entry, `unlinkat`), so no path is resolved twice and nothing is `stat`ed, and
/// it spreads the folders two levels down over every core: each removal waits on the file system
/// more than it computes, and a site's pages are thousands of small folders side by side.
/// Foundation's `FileManager.removeItem`, one path at a time, took seconds for a 10,000-page site.
enum TreeRemover {
    struct Failure: Error {
        /// The entry that could not be removed.
        let path: String
        let error: POSIXError
    }

    /// Removes whatever is at `path`: a file or a link is unlinked, a folder emptied and removed.
    /// Nothing there is no failure. Symbolic links are removed, never followed.
    static func remove(_ path: String) throws(Failure) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw Failure(path: path, error: .current)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            guard unlink(path) == 0 || errno == ENOENT else { throw Failure(path: path, error: .current) }
            return
        }
        let top: Int32
        do {
            top = try FolderEntries.open(path, in: AT_FDCWD)
        } catch {
            throw Failure(path: path, error: error)
        }
        defer { close(top) }
        try removeContents(of: top, at: path)
        guard rmdir(path) == 0 || errno == ENOENT else { throw Failure(path: path, error: .current) }
    }

    /// One entry to remove, with its folder open.
    private struct Item: Sendable {
        let parent: Int32
        let name: String
        let path: String
        let isFolder: Bool
    }

    /// Empties the open folder `top`: what lies two levels down is removed on every core, then the
    /// folders one level down, now empty, one after another.
    private static func removeContents(of top: Int32, at path: String) throws(Failure) {
        var middle: [(descriptor: Int32, name: String, path: String)] = []
        defer { for folder in middle { close(folder.descriptor) } }
        var items: [Item] = []
        for entry in try entries(of: top, at: path) {
            let entryPath = path + "/" + entry.name
            if entry.isFolder, let descriptor = try? FolderEntries.open(entry.name, in: top) {
                middle.append((descriptor, entry.name, entryPath))
                for inner in try entries(of: descriptor, at: entryPath) {
                    items.append(Item(parent: descriptor, name: inner.name, path: entryPath + "/" + inner.name, isFolder: inner.isFolder))
                }
            } else {
                items.append(Item(parent: top, name: entry.name, path: entryPath, isFolder: entry.isFolder))
            }
        }
        let outcomes = items.parallelMap { item in Result { () throws(Failure) in try remove(item) } }
        for outcome in outcomes { try outcome.get() }
        for folder in middle {
            guard unlinkat(top, folder.name, AT_REMOVEDIR) == 0 || errno == ENOENT else { throw Failure(path: folder.path, error: .current) }
        }
    }

    /// Removes one entry and, for a folder, everything in it, depth first.
    private static func remove(_ item: Item) throws(Failure) {
        if item.isFolder {
            let descriptor: Int32
            do {
                descriptor = try FolderEntries.open(item.name, in: item.parent)
            } catch where error.code == .ENOENT {
                return
            } catch {
                throw Failure(path: item.path, error: error)
            }
            defer { close(descriptor) }
            for entry in try entries(of: descriptor, at: item.path) {
                try remove(Item(parent: descriptor, name: entry.name, path: item.path + "/" + entry.name, isFolder: entry.isFolder))
            }
        }
        guard unlinkat(item.parent, item.name, item.isFolder ? AT_REMOVEDIR : 0) == 0 || errno == ENOENT else {
            throw Failure(path: item.path, error: .current)
        }
    }

    private static func entries(of descriptor: Int32, at path: String) throws(Failure) -> [FolderEntries.Entry] {
        do {
            return try FolderEntries(of: descriptor).entries
        } catch {
            throw Failure(path: path, error: error)
        }
    }
}
