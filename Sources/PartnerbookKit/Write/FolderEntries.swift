import Foundation
import Glibc

/// The names in a folder and whether each is a folder itself, read through a descriptor with
/// `readdir`: the kind comes with the name (`d_type`), so walking a site of thousands of entries
/// costs one call per folder instead of a `stat` per entry. Symbolic links count as files, never
/// as the folder they lead to.
struct FolderEntries {
    struct Entry: Sendable {
        let name: String
        let isFolder: Bool
    }

    let entries: [Entry]

    /// The entries of the open folder `descriptor`, which stays open and owned by the caller.
    init(of descriptor: Int32) throws(POSIXError) {
        let copy = dup(descriptor)
        guard copy >= 0 else { throw POSIXError.current }
        guard let stream = fdopendir(copy) else {
            let error = POSIXError.current
            close(copy)
            throw error
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var entries: [Entry] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                guard errno == 0 else { throw POSIXError.current }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            entries.append(Entry(name: name, isFolder: Self.isFolder(entry.pointee.d_type, name, in: descriptor)))
        }
        self.entries = entries
    }

    /// The entries of the folder at `path`.
    init(atPath path: String) throws(POSIXError) {
        let descriptor = try Self.open(path, in: AT_FDCWD)
        defer { close(descriptor) }
        try self.init(of: descriptor)
    }

    /// Opens the folder `name` below `parent` for reading, refusing to follow a symbolic link.
    static func open(_ name: String, in parent: Int32) throws(POSIXError) -> Int32 {
        let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError.current }
        return descriptor
    }

    /// From `d_type`, asking the file system only where it leaves the kind unknown.
    private static func isFolder(_ type: UInt8, _ name: String, in folder: Int32) -> Bool {
        guard Int(type) == DT_UNKNOWN else { return Int(type) == DT_DIR }
        var info = stat()
        return fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
