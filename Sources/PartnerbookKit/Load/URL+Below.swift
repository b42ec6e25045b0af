import Foundation

extension URL {
    /// The path `relative` below this folder. Foundation's `appendingPathComponent(_:)` asks the
    /// disk whether the result is a folder, a system call each time; reading and writing a site
    /// joins paths for every file, several times, and only ever wants the path.
    func below(_ relative: String) -> URL { appendingPathComponent(relative, isDirectory: false) }
}
