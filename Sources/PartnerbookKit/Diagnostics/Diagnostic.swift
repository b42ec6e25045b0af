/// A place in a source file, 1-based, in the compiler style editors understand.
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// The path as the user knows it: relative to the handbook folder, e.g. `content/stories/kickoff.md`.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    /// `file:line:column`, leaving out what is not known.
    public var description: String {
        guard line > 0 else { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}

/// One finding of a build or a check: an error stops the site from being written; a warning does not.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// A short, stable name for the kind of finding, for scripts (`--format json`).
    public var code: String
    /// What the user can do about it, when that is not obvious from the message.
    public var hint: String?

    public init(_ severity: Severity, _ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.code = code
        self.hint = hint
    }

    public static func error(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, message, hint: hint)
    }

    public static func warning(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message, hint: hint)
    }

    /// `content/x.md:4:7: error: message`, then the hint on its own line.
    public var formatted: String {
        var bytes: [UInt8] = []
        appendFormatted(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `formatted`, appended as UTF-8 without making the text first: a build may print thousands.
    public func appendFormatted(to bytes: inout [UInt8]) {
        if let location {
            bytes += location.description.utf8
            bytes += ": ".utf8
        }
        bytes += severity.rawValue.utf8
        bytes += ": ".utf8
        bytes += message.utf8
        if let hint {
            bytes += "\n  hint: ".utf8
            bytes += hint.utf8
        }
    }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Ordered by file, line and column; findings without a place come first.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// Every warning turned into an error, for `--strict`.
    public func escalatingWarnings() -> [Diagnostic] {
        map { var d = $0; d.severity = .error; return d }
    }
}
