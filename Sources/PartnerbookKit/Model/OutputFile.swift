/// A file of the finished site, relative to the output folder.
public struct OutputFile: Hashable, Sendable {
    public enum Contents: Hashable, Sendable {
        case bytes([UInt8])
        /// A file under `content/` copied as it is, by its path below `content/`.
        case contentFile(String)
        /// The file an earlier build wrote at this path, known unchanged in the output folder (see `BuildCache`).
        case kept
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    public static func text(_ path: String, _ text: String) -> OutputFile {
        OutputFile(path: path, contents: .bytes(Array(text.utf8)))
    }
}
