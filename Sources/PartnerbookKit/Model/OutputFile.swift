/// A file of the finished site, relative to the output folder.
public struct OutputFile: Hashable, Sendable {
    public enum Contents: Hashable, Sendable {
        case bytes([UInt8])
        /// A file under `content/` copied as it is, by its path below `content/`.
        case contentFile(String)
        /// The file an earlier build wrote at this path, known unchanged in the output folder (see `BuildCache`).
        case kept
        /// Bytes made as the file is written, so a one-off build never holds the whole site in memory.
        case deferred(DeferredBytes)
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

    /// A file whose bytes `make` makes: now, or as the file is written when `deferred`.
    static func made(_ path: String, deferred: Bool, _ make: @escaping @Sendable () -> [UInt8]) -> OutputFile {
        OutputFile(path: path, contents: deferred ? .deferred(DeferredBytes(make)) : .bytes(make()))
    }
}

/// How to make a file's bytes later; two are equal only when they are the same one.
public final class DeferredBytes: Hashable, Sendable {
    let make: @Sendable () -> [UInt8]

    init(_ make: @escaping @Sendable () -> [UInt8]) { self.make = make }

    public static func == (left: DeferredBytes, right: DeferredBytes) -> Bool { left === right }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
