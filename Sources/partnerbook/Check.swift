import ArgumentParser
import Foundation
import PartnerbookKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the handbook without writing a site: front matter, links, references and reviews.",
        discussion: """
            Reports every error and warning at its file, line and column. Exits with 0 when there are \
            no errors and 1 when there are; --strict makes warnings errors. External links are not fetched.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "The handbook folder, holding content/ and layouts/.")
    var source = "."
    @Option(help: "Override the base_url setting, which decides how links written as site URLs resolve.")
    var baseURL: String?
    @Flag(help: "Check pages marked 'status: draft' too.")
    var drafts = false
    @Flag(help: "Treat warnings as errors.")
    var strict = false
    @Option(help: "How to print the findings: text or json.")
    var format: Format = .text

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = BuildOptions(source: URL(fileURLWithPath: source, relativeTo: cwd))
        options.baseURL = baseURL
        options.includeDrafts = drafts
        options.strict = strict
        if let day = try Today.fixed() { options.today = day }
        let report = Checker.check(options)
        FileHandle.standardOutput.write(Data((format == .json ? report.json : report.text).utf8))
        if !report.succeeded { throw ExitCode.failure }
    }
}
