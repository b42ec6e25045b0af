import ArgumentParser
import Foundation
import PartnerbookKit
import PartnerbookPreview

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the handbook: build it, serve it on this computer and rebuild it as you edit.",
        discussion: """
            Open the printed address in a browser. Every save under content/ or layouts/, and in \
            partnerbook.yml, rebuilds the site and reloads the open pages; a build error shows over \
            the page until it is fixed. The preview is written to .partnerbook-cache/preview-site/, \
            never to public/, and is served at the root of the address whatever base_url says.
            """)

    @Option(help: "The handbook folder, holding content/ and layouts/.")
    var source = "."
    @Option(help: "The address to listen on. Anything but a loopback address shows the handbook to your network.")
    var host = "127.0.0.1"
    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8000
    @Flag(help: "Leave out pages marked 'status: draft' (they are shown, with a banner, by default).")
    var noDrafts = false
    @Flag(help: "Treat warnings as errors.")
    var strict = false
    @Flag(help: "Notice changes by checking the files twice a second instead of with inotify.")
    var poll = false
    @Flag(name: .shortAndLong, help: "Print how long each stage of every rebuild took.")
    var verbose = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, got \(port)") }
    }

    func run() async throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var settings = PreviewServer.Settings(source: URL(fileURLWithPath: source, relativeTo: cwd))
        settings.address = ListenAddress(host: host, port: port)
        settings.includeDrafts = !noDrafts
        settings.strict = strict
        settings.polling = poll
        if let day = try Today.fixed() { settings.today = day }
        var console = PreviewConsole(out: Console.out, error: Console.error)
        console.verbose = verbose
        let server = PreviewServer(settings: settings, console: console)
        do {
            try await server.run()
        } catch let error as PreviewError {
            Console.error("error: \(error)")
            throw ExitCode.failure
        }
    }
}
