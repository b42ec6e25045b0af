import ArgumentParser
import Foundation
import PartnerbookKit

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a page: a chapter, story, practice or checklist with its front matter and headings.")

    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case chapter, story, practice, checklist

        var pageKind: PageKind {
            switch self {
            case .chapter: .chapter
            case .story: .story
            case .practice: .practice
            case .checklist: .checklist
            }
        }
    }

    @Argument(help: "What kind of page to start.")
    var kind: Kind
    @Argument(help: "The page's title; its file name is made from it.")
    var title: String
    @Option(help: "The handbook folder, holding content/ and partnerbook.yml.")
    var source = "."
    @Option(help: "Who keeps the page up to date (default: left empty to fill in).")
    var owner: String?

    func validate() throws {
        if title.allSatisfy(\.isWhitespace) { throw ValidationError("the title must not be empty") }
    }

    func run() throws {
        let place = FolderName(source)
        let result = PageStarter.create(kind.pageKind, title: title, owner: owner, today: try Today.value(),
                                        in: place.url, shownAs: place.prefix)
        switch result {
        case .success(let file):
            Console.out("Created \(place.prefix + file.path)")
        case .failure(let failure):
            Console.error(failure.diagnostic.formatted)
            throw ExitCode.failure
        }
    }
}
