import Glibc

/// A file's bytes mapped into memory, read-only, for as long as a value holds the mapping. The
/// build snapshot is read this way: its tens of megabytes at 10,000 pages are neither zeroed nor
/// copied, and its pages come straight from the system's file cache.
///
/// Partnerbook replaces the files it maps by renaming new ones over them, which leaves a mapped
/// file as it was. A file cut short in place while mapped would stop the process.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    /// Maps the regular file at `path`; nil when it cannot be opened or is empty.
    init?(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        let count = Int(info.st_size)
        guard let start = mmap(nil, count, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0), start != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: start, count: count)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
