/// The list of files a build wrote into the output folder, kept there so the next build removes
/// only its own stale files and leaves everything else (a `CNAME`, a deploy script) alone.
struct Manifest: Equatable {
    static let fileName = ".partnerbook-manifest"
    var paths: Set<String>

    init(paths: Set<String>) { self.paths = paths }

    init(text: String) {
        paths = Set(text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    var text: String {
        "# Files written by partnerbook; it removes only these when they are no longer built.\n"
            + paths.sorted().joined(separator: "\n") + "\n"
    }
}
