import Foundation

/// `partnerbook init`: a new handbook folder with settings, a home page, a first chapter and a
/// copy of the built-in theme to change, ready to build without a warning.
public enum HandbookStarter {
    /// Lines `.gitignore` gains: the built site and the build's cache are not sources.
    static let ignoredPaths = ["public/", ".partnerbook-cache/"]

    /// What each file `init` writes outside `layouts/` is for, as `init` reports it.
    static let purposes = [
        SiteConfig.fileName: "settings: the title, where the site is published",
        ".gitignore": "keeps \(ignoredPaths.joined(separator: " and ")) out of git",
        "content/index.md": "the home page",
        "content/chapters/getting-started.md": "the first chapter",
    ]

    /// Every file of a new handbook, as values.
    public static func files(title: String, today: Day) -> [ScaffoldFile] {
        [
            ScaffoldFile(path: SiteConfig.fileName, text: StarterText.settings(title: title)),
            ScaffoldFile(path: ".gitignore", text: ignoredPaths.joined(separator: "\n") + "\n", mode: .addMissingLines),
            ScaffoldFile(path: "content/index.md", text: StarterText.home),
            ScaffoldFile(path: "content/chapters/getting-started.md", text: StarterText.gettingStarted(today: today)),
        ] + DefaultTheme.files.sorted { $0.key < $1.key }.map { ScaffoldFile(path: "layouts/" + $0.key, text: $0.value) }
    }

    /// A handbook title from a folder name: `team-handbook` → `Team handbook`.
    public static func title(forFolderNamed name: String) -> String {
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." })
        guard let first = words.first else { return "Handbook" }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst().map(String.init)).joined(separator: " ")
    }

    /// Creates the handbook in `folder`, making it if needed. Refuses, writing nothing, a folder that
    /// holds a handbook already or a file that would be overwritten.
    public static func create(in folder: URL, shownAs: String, today: Day) -> Result<[WrittenFile], ScaffoldFailure> {
        let fs = FileManager.default
        let place = SourceLocation(file: shownAs.isEmpty ? "." : String(shownAs.dropLast()))
        var isFolder: ObjCBool = false
        if fs.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            return .failure(.error("init", at: place, "this is a file, not a folder; nothing was written"))
        }
        let found = [SiteConfig.fileName, "content/"].filter { fs.fileExists(atPath: folder.appendingPathComponent($0).path) }
        if !found.isEmpty {
            return .failure(.error("init", at: place,
                                   "this folder already holds a handbook (it has \(found.joined(separator: " and "))); nothing was written",
                                   hint: "build it with `partnerbook build`, or choose a new folder for `partnerbook init`"))
        }
        let title = title(forFolderNamed: folder.standardizedFileURL.lastPathComponent)
        return ScaffoldWriter(root: folder, shownAs: shownAs).write(files(title: title, today: today))
    }

    /// What `init` prints: the files made, then how to go on. `command` is the folder as typed, for `cd`.
    public static func report(_ written: [WrittenFile], shownAs: String, command: String) -> String {
        var rows: [(String, String)] = []
        let themeFiles = written.filter { $0.file.path.hasPrefix("layouts/") }.count
        for item in written where !item.file.path.hasPrefix("layouts/") {
            switch item.outcome {
            case .created: rows.append((item.file.path, purposes[item.file.path] ?? ""))
            case .extended(let lines): rows.append((item.file.path, "now also ignores \(lines.joined(separator: " and "))"))
            case .unchanged: continue
            }
        }
        if themeFiles > 0 { rows.append(("layouts/", "the built-in theme (\(themeFiles) files), yours to change")) }

        let build = command == "." ? "partnerbook build" : "cd \(ShellWord.quoted(command)) && partnerbook build"
        let steps = [(build, "write the site to \(shownAs)public/"), ("partnerbook serve", "preview it in a browser while you edit")]
        let place = shownAs.isEmpty ? "the current folder" : shownAs
        return "Created a handbook in \(place):\n" + table(rows) + "\n\nNext steps:\n" + table(steps)
    }

    private static func table(_ rows: [(String, String)]) -> String {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }.joined(separator: "\n")
    }
}

/// A word for a shell command line: as it is when it is safe, in single quotes otherwise.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let safe = !word.isEmpty && word.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._/-+@%=:,".unicodeScalars.contains($0))
        }
        return safe ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
