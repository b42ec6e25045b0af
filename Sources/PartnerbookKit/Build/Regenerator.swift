/// Builds a handbook again and again, as the preview server does after every save, redoing only
/// what changed since the previous build. Each rebuild writes exactly what a clean build would.
/// One rebuild at a time: callers serialise access (the preview server's coordinator does).
public final class Regenerator: @unchecked Sendable {
    public private(set) var options: BuildOptions
    private var memory = BuildMemory()
    private let files = FileCache()

    /// Rebuilds write in place (`WriteStrategy.inPlace`): only the changed files, in milliseconds,
    /// into an output folder that only the preview reads. When `options` name a build cache, the
    /// first build starts from it and records what it laid out; later ones have their memory, and
    /// writing the cache after every save would cost more than it saves.
    public init(options: BuildOptions) {
        var options = options
        options.writeStrategy = .inPlace
        self.options = options
    }

    /// Builds again; `today`, when given, is the day review dates are judged against from now on.
    /// Given the paths that changed since the last rebuild (relative to the handbook folder), only
    /// those files are read again when nothing came or went; nil looks at every file.
    public func rebuild(today: Day? = nil, changes: Set<String>? = nil) -> BuildReport {
        if let today { options.today = today }
        defer { options.cacheFolder = nil }
        return Builder.build(options, memory: &memory, files: files, changes: changes)
    }
}
