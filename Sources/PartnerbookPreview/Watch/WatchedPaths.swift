/// The parts of a handbook folder a build reads, and so the only ones whose changes rebuild:
/// `content/`, `layouts/` and the settings file. Hidden names are skipped, as the build skips
/// them, which also keeps editors' swap and lock files from starting rebuilds.
enum WatchedPaths {
    static let folders = ["content", "layouts"]
    static let settings = "partnerbook.yml"

    /// Whether a change at `path` (relative to the handbook folder) can change the site.
    static func matters(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let top = parts.first, !parts.contains(where: { $0.hasPrefix(".") }) else { return false }
        return parts.count == 1 && top == settings || folders.contains(String(top))
    }
}
