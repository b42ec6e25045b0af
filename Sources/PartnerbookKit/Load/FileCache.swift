import Glibc

/// File contents remembered with the size, time and inode they had, so a rebuild reads only the
/// files that changed on disk. Used by one rebuild at a time; not for concurrent use.
public final class FileCache: @unchecked Sendable {
    private var entries: [String: (stamp: FileStamp, bytes: [UInt8])] = [:]

    /// A file changed this recently before it was read may change again within the file system's
    /// timestamp granularity without its stamp showing it; such files are read every time.
    static let settlingSeconds = 1.0

    public init() {}

    /// The file's bytes, from memory when its stamp is unchanged, else read with `read`.
    func bytes<Failure: Error>(at path: String, read: () throws(Failure) -> [UInt8]) throws(Failure) -> [UInt8] {
        guard let stamp = FileStamp(path) else { return try read() }
        if let entry = entries[path], entry.stamp == stamp { return entry.bytes }
        let readAt = Clock.secondsSince1970()
        let bytes = try read()
        let modifiedAt = Double(stamp.seconds) + Double(stamp.nanoseconds) / 1e9
        entries[path] = modifiedAt < readAt - Self.settlingSeconds ? (stamp, bytes) : nil
        return bytes
    }
}
