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
        var bytes = [UInt8](repeating: 0, count: fstat(descriptor, &info) == 0 ? max(Int(info.st_size), 0) : 0)
        var count = 0
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            // Into the space the file's size promised, then in chunks: a file may grow, and a size may lie.
            let got = count < bytes.count
                ? bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
                : chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 {
                guard errno == EINTR else { throw POSIXError.current }
                continue
            }
            if got == 0 { break }
            if count >= bytes.count { bytes += chunk[..<got] }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
