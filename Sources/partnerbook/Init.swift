import ArgumentParser
import Foundation
import PartnerbookKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new handbook: settings, a home page, a first chapter and the theme to change.")

    @Argument(help: "The folder to create the handbook in; made if missing, refused if it holds one already.")
    var folder = "."

    func run() throws {
        let place = FolderName(folder)
        switch HandbookStarter.create(in: place.url, shownAs: place.prefix, today: try Today.value()) {
        case .success(let written):
            Console.out(HandbookStarter.report(written, shownAs: place.prefix, command: place.typed))
        case .failure(let failure):
            Console.error(failure.diagnostic.formatted)
            throw ExitCode.failure
        }
    }
}

/// A folder named on the command line, as a URL and as the user wrote it, for messages.
struct FolderName {
    /// The name as typed, without trailing slashes; `.` for the current folder.
    let typed: String
    let url: URL

    init(_ typed: String) {
        var name = typed
        while name.count > 1, name.hasSuffix("/") { name.removeLast() }
        self.typed = name.isEmpty ? "." : name
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        url = URL(fileURLWithPath: self.typed, relativeTo: cwd).standardizedFileURL
    }

    /// What goes before a path inside the folder in messages: `my-handbook/`, or nothing for `.`.
    var prefix: String { typed == "." ? "" : typed == "/" ? "/" : typed + "/" }
}
