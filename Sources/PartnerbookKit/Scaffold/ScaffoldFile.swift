/// One file `init` or `new` means to write, as a value: its path in the handbook folder and its text.
public struct ScaffoldFile: Hashable, Sendable {
    public enum Mode: Hashable, Sendable {
        /// A new file; an existing one is never overwritten.
        case create
        /// A list of lines such as `.gitignore`: an existing file gains the lines it lacks.
        case addMissingLines
    }

    /// The path below the handbook folder, with `/` separators: `content/chapters/risk.md`.
    public var path: String
    public var text: String
    public var mode: Mode

    public init(path: String, text: String, mode: Mode = .create) {
        self.path = path
        self.text = text
        self.mode = mode
    }
}

/// What writing one scaffold file did.
public enum ScaffoldOutcome: Hashable, Sendable {
    case created
    /// The file was there and gained these lines.
    case extended([String])
    /// The file was there and already held every line.
    case unchanged
}

/// A scaffold file and what writing it did, for the report a command prints.
public struct WrittenFile: Hashable, Sendable {
    public var file: ScaffoldFile
    public var outcome: ScaffoldOutcome
}

/// Why `init` or `new` wrote nothing (or stopped part way), as the finding the user sees.
public struct ScaffoldFailure: Error, Hashable, Sendable {
    public var diagnostic: Diagnostic

    static func error(_ code: String, at location: SourceLocation?, _ message: String, hint: String? = nil) -> ScaffoldFailure {
        ScaffoldFailure(diagnostic: .error(code, at: location, message, hint: hint))
    }
}
