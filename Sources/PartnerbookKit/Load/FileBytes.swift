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
        // Room for what the size promises and one byte more, to see the end; read again into a
        // larger array if the file grew. The room is not zeroed first: only what was read is kept.
        var capacity = (fstat(descriptor, &info) == 0 ? max(Int(info.st_size), 0) : 0) + 1
        var bytes: [UInt8] = []
        while true {
            var failure: POSIXError?
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = previous.count
                if count > 0 { _ = UnsafeMutableBufferPointer(rebasing: buffer[..<count]).initialize(from: previous) }
                while count < capacity {
                    let got = Glibc.read(descriptor, buffer.baseAddress! + count, capacity - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failure = POSIXError.current
                        return
                    }
                    if got == 0 { return }
                    count += got
                }
            }
            if let failure { throw failure }
            if bytes.count < capacity { return bytes }
            capacity *= 2
        }
    }
}
