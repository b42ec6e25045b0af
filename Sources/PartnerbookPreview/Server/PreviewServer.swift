import Foundation
import Hummingbird
import Logging
import NIOCore
import PartnerbookKit
import ServiceLifecycle

/// `partnerbook serve`: builds the handbook into a private folder, serves it, watches the handbook
/// and rebuilds on every change, and tells open pages to reload. Content can make a rebuild fail
/// but never stops the server: the last good site keeps being served, with the errors over it.
public struct PreviewServer: Sendable {
    public struct Settings: Sendable {
        /// The handbook folder.
        public var source: URL
        public var address = ListenAddress(host: "127.0.0.1", port: 8000)
        /// Show pages marked `status: draft`, with their banner. On unless `--no-drafts`.
        public var includeDrafts = true
        public var strict = false
        /// Watch by polling even where inotify is available.
        public var polling = false
        /// Fixes the day review dates are judged against, for tests; today otherwise.
        public var today: Day?
        /// Where the preview site is written; a folder of its own under `.partnerbook-cache/` unless given.
        public var output: URL?
        public var heartbeat: Duration = .seconds(15)

        public init(source: URL) {
            self.source = source.standardizedFileURL
        }
    }

    public let settings: Settings
    private let console: PreviewConsole

    public init(settings: Settings, console: PreviewConsole) {
        self.settings = settings
        self.console = console
    }

    /// Serves until Ctrl-C (or SIGTERM, or the task is cancelled); `ready` gets the site's URL once
    /// the first build is done and the server is answering.
    public func run(ready: @escaping @Sendable (String) async -> Void = { _ in }) async throws {
        let output = settings.output ?? PreviewFolder.make(for: settings.source)
        let hub = LiveReloadHub()
        let console = console
        let coordinator = RebuildCoordinator(hub: hub, announce: console.show)
        let watcher = HandbookWatcher(root: settings.source, polling: settings.polling) { await coordinator.request($0) }
        var logger = Logger(label: "partnerbook.serve")
        logger.logLevel = .critical

        if !settings.address.isLoopback {
            console.error("warning: listening on \(settings.address.host): anyone who can reach this computer "
                + "over the network can read the handbook, drafts included; use --host 127.0.0.1 to keep it private")
        }
        let settings = settings
        let app = Application(
            responder: PreviewResponder(site: SiteFolder(root: output), hub: hub, heartbeat: settings.heartbeat),
            configuration: .init(address: .hostname(settings.address.host, port: settings.address.port), serverName: nil),
            onServerRunning: { channel in
                // Runs before the first connection is accepted: a browser that comes early waits for the site.
                let port = channel.localAddress?.port ?? settings.address.port
                let address = ListenAddress(host: settings.address.host, port: port)
                let options = Self.buildOptions(settings, output: output, baseURL: address.url)
                await coordinator.start(with: IncrementalRebuild(options: options, fixedDay: settings.today != nil))
                console.out("Serving the handbook at \(address.url) (watching with \(watcher.method.rawValue); press Ctrl-C to stop)")
                await ready(address.url)
            },
            logger: logger)
        var configuration = ServiceGroupConfiguration(
            services: [app, watcher], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        // A browser that keeps a connection half open must not keep Ctrl-C from stopping the server.
        configuration.maximumGracefulShutdownDuration = .seconds(3)
        let group = ServiceGroup(configuration: configuration)
        do {
            try await group.run()
        } catch let error as IOError {
            throw Self.explain(error, settings.address)
        }
        await hub.closeAll()
    }

    static func buildOptions(_ settings: Settings, output: URL, baseURL: String) -> BuildOptions {
        var options = BuildOptions(source: settings.source, output: output)
        options.baseURL = baseURL
        options.includeDrafts = settings.includeDrafts
        options.strict = settings.strict
        options.cacheFolder = options.handbookCacheFolder
        if let today = settings.today { options.today = today }
        return options
    }

    private static func explain(_ error: IOError, _ address: ListenAddress) -> any Error {
        switch error.errnoCode {
        case EADDRINUSE: return PreviewError.portInUse(address)
        case EACCES: return PreviewError.cannotListen(address, "permission denied")
        case EADDRNOTAVAIL: return PreviewError.cannotListen(address, "this computer has no such address")
        default: return error
        }
    }
}
