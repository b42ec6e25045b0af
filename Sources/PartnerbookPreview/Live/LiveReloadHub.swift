import PartnerbookKit

/// What the open browsers are told: the site's current version, whether the last rebuild failed,
/// and a stream of events for each connected page.
///
/// A version token names each published site. A page carries the token it was served with and
/// sends it back when it connects, so a page that was served just before a rebuild still learns
/// that it is out of date. The token changes only when a rebuild succeeded and changed the site
/// (or cleared an error), so a failed rebuild never reloads a page.
public actor LiveReloadHub {
    /// The state a served page needs: the token to carry and the error panel to show, if any.
    public struct Snapshot: Sendable, Equatable {
        public var token: String
        public var overlay: String?
    }

    private let instance: String
    private var version = 0
    private var overlay: String?
    private var clients: [Int: AsyncStream<LiveEvent>.Continuation] = [:]
    private var nextClient = 0
    /// Event-stream responses still running, from subscribing to the end of their response; a
    /// page that went away must bring this back down, or its task would live on.
    private(set) var streamsRunning = 0

    public init() {
        instance = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }

    public var snapshot: Snapshot { Snapshot(token: token, overlay: overlay) }
    /// How many pages are listening; closed connections leave this count.
    public var clientCount: Int { clients.count }

    private var token: String { "\(instance)-\(version)" }

    /// Opens a stream for one page. A page served from another version (an older build, or an
    /// earlier run of the server) is told to reload at once; a current one is shown the error panel at once if the last rebuild failed.
    public func subscribe(token known: String?) -> (events: AsyncStream<LiveEvent>, continuation: AsyncStream<LiveEvent>.Continuation) {
        let (events, continuation) = AsyncStream.makeStream(of: LiveEvent.self, bufferingPolicy: .bufferingNewest(16))
        let id = nextClient
        nextClient += 1
        clients[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        if let known, !known.isEmpty, known != token {
            continuation.yield(.reload)
        } else if let overlay {
            continuation.yield(.failed(overlay: overlay))
        }
        return (events, continuation)
    }

    /// Takes in the result of a rebuild: a success that changed the site, or one that follows a
    /// failure, reloads every page; a failure shows its errors on every page.
    public func publish(_ report: BuildReport) {
        if report.succeeded {
            let changed = report.filesWritten + report.filesRemoved > 0
            guard changed || overlay != nil || version == 0 else { return }
            overlay = nil
            version += 1
            broadcast(.reload)
        } else {
            let panel = ErrorOverlay.html(for: report.diagnostics)
            overlay = panel
            broadcast(.failed(overlay: panel))
        }
    }

    /// Ends every stream, so that open connections close and the server can stop.
    public func closeAll() {
        for continuation in clients.values { continuation.finish() }
        clients = [:]
    }

    private func broadcast(_ event: LiveEvent) {
        for continuation in clients.values { continuation.yield(event) }
    }

    private func remove(_ id: Int) {
        clients[id] = nil
    }

    func streamStarted() { streamsRunning += 1 }

    func streamEnded() { streamsRunning -= 1 }
}
