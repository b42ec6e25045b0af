import Foundation

/// What a build is asked to do; the command line fills it in.
public struct BuildOptions: Sendable {
    /// The handbook folder, holding `content/`, `layouts/` and `partnerbook.yml`.
    public var source: URL
    /// Where the site is written; `public/` in the handbook folder unless given.
    public var output: URL
    /// Overrides `base_url` from the settings.
    public var baseURL: String?
    /// Include pages marked `status: draft`.
    public var includeDrafts = false
    /// Treat warnings as errors.
    public var strict = false
    /// The day review dates are judged against; today unless a test fixes it.
    public var today: Day = .today()
    /// Swap the whole site in at once (the default), or update changed files in place (the preview server).
    public var writeStrategy: WriteStrategy = .swap
    /// Where the build cache lives (`BuildCache`): the previous build's layout is reused from it and
    /// it is updated after a successful build. Nil (the default) builds without one.
    public var cacheFolder: URL?
    /// Whether the process ends with this build, as `partnerbook build` does. The build's values
    /// are then left for the exit to reclaim all at once: freeing them one by one takes a tenth of
    /// a rebuild after one edit, and a second or more after a clean build of a large handbook.
    public var endsProcess = false

    /// The handbook's own cache folder, `.partnerbook-cache/`.
    public var handbookCacheFolder: URL { source.appendingPathComponent(BuildCache.folderName) }

    public init(source: URL, output: URL? = nil) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent("public")).standardizedFileURL
    }
}
