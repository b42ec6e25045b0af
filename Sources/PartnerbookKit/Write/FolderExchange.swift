import Foundation
import Glibc

/// Puts a staged folder in the place of another in one step, with `renameat2(…, RENAME_EXCHANGE)`:
/// at every moment the target path holds one complete folder, the old or the new.
///
/// Glibc declares `renameat2` only to C code that asks for GNU extensions, so Swift cannot see it
/// and `syscall` is variadic; the function is looked up by name at run time instead. Where it is
/// missing or the file system refuses the flag, two renames are used, and a build stopped between
/// them leaves the old folder under the `retired` name, which `recover` puts back.
enum FolderExchange {
    enum Outcome: Equatable {
        /// The old folder is now at the staged path.
        case exchanged
        /// The old folder is now at the retired path.
        case renamedTwice
        /// There was no old folder; the staged one was renamed.
        case moved
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
    private static let exchangeFlag: UInt32 = 1 << 1

    static func exchange(_ staged: String, with target: String, retired: String) throws(POSIXError) -> Outcome {
        guard exists(target) else {
            guard rename(staged, target) == 0 else { throw POSIXError.current }
            return .moved
        }
        if let renameat2 = dlsym(nil, "renameat2").map({ unsafeBitCast($0, to: RenameAt2.self) }) {
            if renameat2(AT_FDCWD, staged, AT_FDCWD, target, exchangeFlag) == 0 { return .exchanged }
            let error = POSIXError.current
            guard [.EINVAL, .ENOSYS, .EOPNOTSUPP].contains(error.code) else { throw error }
        }
        guard rename(target, retired) == 0 else { throw POSIXError.current }
        guard rename(staged, target) == 0 else {
            let failure = POSIXError.current
            _ = rename(retired, target)
            throw failure
        }
        return .renamedTwice
    }

    /// After a build stopped between the two renames, the old folder is put back in its place.
    static func recover(_ target: String, retired: String) {
        if !exists(target), exists(retired) { _ = rename(retired, target) }
    }

    /// True for anything at the path, a dangling link included.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}

extension POSIXError {
    /// The error `errno` names now.
    static var current: POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }

    /// `no space left on device`, as the other messages of a build are worded.
    var reason: String { String(cString: strerror(code.rawValue)).lowercased() }
}
