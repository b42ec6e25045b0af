import ArgumentParser
import Foundation
import PartnerbookKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the handbook into a static site.")

    @OptionGroup var site: SiteOptions
    @Flag(help: "Render every page again instead of reusing the previous build's from .partnerbook-cache/.")
    var noCache = false

    func run() throws {
        var options = try site.buildOptions()
        if !noCache { options.cacheFolder = options.handbookCacheFolder }
        options.endsProcess = true
        let report = Builder.build(options)
        site.print(report)
        if !report.succeeded { throw ExitCode.failure }
    }
}

/// The options every command that builds shares.
struct SiteOptions: ParsableArguments {
    @Option(help: "The handbook folder, holding content/ and layouts/.")
    var source = "."
    @Option(help: "Where to write the site (default: public/ in the handbook folder).")
    var output: String?
    @Option(help: "Override the base_url setting, e.g. https://intranet.example/handbook/.")
    var baseURL: String?
    @Flag(help: "Include pages marked 'status: draft'.")
    var drafts = false
    @Flag(help: "Treat warnings as errors.")
    var strict = false
    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false
    @Flag(name: .shortAndLong, help: "Print how long each stage took.")
    var verbose = false

    func buildOptions() throws -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let sourceURL = URL(fileURLWithPath: source, relativeTo: cwd)
        var options = BuildOptions(source: sourceURL, output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) })
        options.baseURL = baseURL
        options.includeDrafts = drafts
        options.strict = strict
        if let day = try Today.fixed() { options.today = day }
        return options
    }

    /// Findings to standard error; the summary line to standard output unless `--quiet`.
    func print(_ report: BuildReport) {
        Console.error(findings: report.diagnostics)
        if verbose { Console.out(report.timings) }
        if !quiet { Console.out(report.summary) }
    }
}

enum Console {
    static func out(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

    /// Each finding to standard error, a few hundred kilobytes per write: a large handbook's
    /// thousands of findings neither cost a write each nor sit in memory as one text.
    static func error(findings: [Diagnostic]) {
        var buffer: [UInt8] = []
        for finding in findings {
            finding.appendFormatted(to: &buffer)
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count >= 1 << 18 { flush(&buffer) }
        }
        flush(&buffer)

        func flush(_ buffer: inout [UInt8]) {
            guard !buffer.isEmpty else { return }
            FileHandle.standardError.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
    }
}
