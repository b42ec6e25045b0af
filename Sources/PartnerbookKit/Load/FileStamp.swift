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
    /// A relative `path` is taken from the open folder `folder`, when one is given.
    init?(_ path: String, in folder: Int32 = AT_FDCWD) {
        var info = stat()
        guard fstatat(folder, path, &info, 0) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp `stat` gave; nil unless it is of a regular file.
    init?(_ info: stat) {
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        (size, seconds, nanoseconds, inode) = (Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), UInt(info.st_ino))
    }

    /// `size,seconds.nanoseconds,inode`: one word, as the build cache writes it. Written digit by
    /// digit: a rebuild compares the stamps of every input and output file with their texts.
    var text: Substring {
        String(unsafeUninitializedCapacity: 4 * 21 + 3) { buffer in
            var count = 0
            func append(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            func append(digitsOf number: UInt) {
                let start = count
                var rest = number
                repeat {
                    append(UInt8(ascii: "0") + UInt8(rest % 10))
                    rest /= 10
                } while rest > 0
                buffer[start..<count].reverse()
            }
            func append(_ number: Int, then separator: Unicode.Scalar) {
                if number < 0 { append(UInt8(ascii: "-")) }
                append(digitsOf: number.magnitude)
                append(UInt8(ascii: separator))
            }
            append(size, then: ",")
            append(seconds, then: ".")
            append(nanoseconds, then: ",")
            append(digitsOf: inode)
            return count
        }[...]
    }
}

extension FileStamp {
    /// The paths among `recorded` whose files below `folder` no longer have the recorded stamp
    /// texts. A rebuild compares every input and output of the site this way, tens of thousands of
    /// `stat` calls at 10,000 pages, so they are made on every core and relative to the open
    /// folder, which spares the system walking the folder's own path each time.
    static func changed(_ recorded: [(path: String, text: String)], below folder: String) -> [String] {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return recorded.map(\.path) }
        defer { close(descriptor) }
        let size = max(256, recorded.count / 16)
        let chunks = stride(from: 0, to: recorded.count, by: size).map { $0..<min($0 + size, recorded.count) }
        return chunks.parallelMap { chunk in
            recorded[chunk].compactMap { file in
                guard let stamp = FileStamp(file.path, in: descriptor), stamp.text == file.text else { return file.path }
                return nil
            }
        }.flatMap { $0 }
    }
}
