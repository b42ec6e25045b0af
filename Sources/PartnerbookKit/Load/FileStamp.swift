import Glibc

/// What a regular file looks like on disk without reading it: size, modification time and inode.
/// Equal stamps mean the file was not replaced or written since (within the time's precision), which
/// is how the file cache and the build cache tell a file is as they last saw it.
struct FileStamp: Equatable {
    var size: Int
    var seconds: Int
    var nanoseconds: Int
    var inode: UInt

    /// The stamp of the regular file at `path`, following links; nil for anything else or nothing.
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        (size, seconds, nanoseconds, inode) = (Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), UInt(info.st_ino))
    }

    /// `size,seconds.nanoseconds,inode`: one word, as the build cache writes it.
    var text: Substring { "\(size),\(seconds).\(nanoseconds),\(inode)"[...] }
}
