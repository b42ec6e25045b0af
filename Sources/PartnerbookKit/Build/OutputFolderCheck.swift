import Foundation

/// Refuses output folders where writing a site would destroy the handbook or the user's files.
enum OutputFolderCheck {
    static func refusal(output: URL, source: URL) -> Diagnostic? {
        let out = output.resolvingSymlinksInPath().standardizedFileURL.path
        let src = source.resolvingSymlinksInPath().standardizedFileURL.path
        let home = FileManager.default.homeDirectoryForCurrentUser.resolvingSymlinksInPath().standardizedFileURL.path
        func inside(_ folder: String) -> Bool { out == folder || out.hasPrefix(folder + "/") }
        let reason: String? =
            if out == "/" { "it is the root of the file system" }
            else if out == home { "it is your home folder" }
            else if out == src { "it is the handbook folder itself" }
            else if inside(src + "/content") { "it lies inside content/" }
            else if inside(src + "/layouts") { "it lies inside layouts/" }
            else if src.hasPrefix(out + "/") { "it holds the handbook folder" }
            else { nil }
        guard let reason else { return nil }
        return .error("output-folder", at: nil, "refusing to write the site to \(output.path): \(reason)",
                      hint: "choose another folder with --output, such as public/")
    }
}
