import Foundation
import Glibc

extension FileBytes {
    /// Writes a whole file with POSIX calls, creating or emptying it first. Unlike Foundation's
    /// `Data.write(to:)`, which waits for the disk (`fsync`) after every file, this leaves that
    /// to the system: the preview writes a whole site of them on its first build.
    static func write(_ bytes: [UInt8], to path: String) throws(POSIXError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw POSIXError.current }
        do throws(POSIXError) {
            try write(bytes, into: descriptor)
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw POSIXError.current }
    }

    /// Writes all of `bytes` to an open file, however many calls that takes.
    static func write(_ bytes: [UInt8], into descriptor: Int32) throws(POSIXError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            guard count > 0 else {
                let error = POSIXError.current
                if count < 0, error.code == .EINTR { continue }
                throw error
            }
            offset += count
        }
    }
}
