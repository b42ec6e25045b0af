/// One file read from `content/`, before anything is made of it.
public struct SourceFile: Hashable, Sendable {
    /// The path below `content/`, with `/` separators: `chapters/aligning-goals.md`.
    public var path: String
    /// The raw bytes as read from disk.
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The path a user recognises in messages: `content/chapters/aligning-goals.md`.
    public var displayPath: String { "content/" + path }

    public func location(line: Int, column: Int = 0) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }
}
