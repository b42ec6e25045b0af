import Foundation
import Glibc

/// Reads whole files with POSIX calls. Foundation's `Data(contentsOf:)` and `FileManager.contents`
/// leak a page-sized buffer for every empty file they read (AddressSanitizer shows it), and a
/// handbook may hold many empty files.
enum FileBytes {
    static func read(_ path: String) throws(POSIXError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError.current }
        defer { close(descriptor) }
        var info = stat()
        // Room for what the size promises and one byte more, to see the end; grown if the file grows.
        var bytes = [UInt8](repeating: 0, count: (fstat(descriptor, &info) == 0 ? max(Int(info.st_size), 0) : 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: max(bytes.count, 4096)) }
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                guard errno == EINTR else { throw POSIXError.current }
                continue
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
