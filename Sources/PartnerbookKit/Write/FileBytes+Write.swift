import Foundation
import Glibc

extension FileBytes {
    /// Writes a whole file with POSIX calls, creating or emptying it first. Unlike Foundation's
    /// `Data.write(to:)`, which waits for the disk (`fsync`) after every file, this leaves that
    /// to the system: the preview writes a whole site of them on its first build.
    static func write(_ bytes: [UInt8], to path: String) throws(POSIXError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw POSIXError.current }
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            guard count > 0 else {
                let error = POSIXError.current
                if count < 0, error.code == .EINTR { continue }
                close(descriptor)
                throw error
            }
            offset += count
        }
        guard close(descriptor) == 0 else { throw POSIXError.current }
    }
}
