import ArgumentParser
import Foundation
import PartnerbookKit

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the HTML body one Markdown file renders to, front matter stripped.")

    @Argument(help: "The Markdown file.")
    var file: String
    @Flag(help: "Turn straight quotes, -- and ... into typographic ones.")
    var smartPunctuation = false
    @Flag(help: "Pass raw HTML through instead of omitting it.")
    var unsafeHTML = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("\(file): error: cannot read this file")
            throw ExitCode.failure
        }
        let (html, diagnostics) = SinglePage.render(Array(data), path: file,
                                                    smartPunctuation: smartPunctuation, unsafeHTML: unsafeHTML)
        for diagnostic in diagnostics { Console.error(diagnostic.formatted.replacingOccurrences(of: "content/" + file, with: file)) }
        guard let html else { throw ExitCode.failure }
        FileHandle.standardOutput.write(Data(html.utf8))
    }
}
