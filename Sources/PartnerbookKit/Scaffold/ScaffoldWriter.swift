import Foundation

/// Writes scaffold files into a handbook folder: all of them, or none when one would overwrite
/// a file that is already there.
public struct ScaffoldWriter {
    let root: URL
    /// How the handbook folder is named in messages: `my-handbook/`, or empty for the current folder.
    let shownAs: String
    private let fs = FileManager.default

    public init(root: URL, shownAs: String) {
        self.root = root.standardizedFileURL
        self.shownAs = shownAs
    }

    /// The paths of `files` that exist already and may not be overwritten.
    public func conflicts(_ files: [ScaffoldFile]) -> [String] {
        files.filter { $0.mode == .create && exists($0.path) }.map(\.path)
    }

    /// Writes every file, making folders as needed; nothing at all when a file would be overwritten.
    public func write(_ files: [ScaffoldFile]) -> Result<[WrittenFile], ScaffoldFailure> {
        let taken = conflicts(files)
        if let first = taken.first {
            let message = taken.count == 1
                ? "a file is already here; nothing was written"
                : "\(taken.count) files are already there (\(taken.map { shownAs + $0 }.joined(separator: ", "))); nothing was written"
            return .failure(.error("exists", at: SourceLocation(file: shownAs + first), message,
                                   hint: "move the existing files aside, or choose another name"))
        }
        var done: [WrittenFile] = []
        for file in files {
            do {
                done.append(WrittenFile(file: file, outcome: try write(file)))
            } catch {
                return .failure(.error("write", at: SourceLocation(file: shownAs + file.path),
                                       "cannot write this file: \(HandbookLoader.reason(error))",
                                       hint: done.isEmpty ? nil : "the files before it were written"))
            }
        }
        return .success(done)
    }

    private func write(_ file: ScaffoldFile) throws -> ScaffoldOutcome {
        let url = root.appendingPathComponent(file.path)
        try fs.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard file.mode == .addMissingLines, let existing = fs.contents(atPath: url.path) else {
            try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
            return .created
        }
        let text = String(decoding: existing, as: UTF8.self)
        let present = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = file.text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !present.contains($0) }
        guard !missing.isEmpty else { return .unchanged }
        let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
        try Data((text + separator + missing.joined(separator: "\n") + "\n").utf8).write(to: url, options: .atomic)
        return .extended(missing)
    }

    private func exists(_ path: String) -> Bool {
        fs.fileExists(atPath: root.appendingPathComponent(path).path)
    }
}
