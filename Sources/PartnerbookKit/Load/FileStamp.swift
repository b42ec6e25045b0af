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
