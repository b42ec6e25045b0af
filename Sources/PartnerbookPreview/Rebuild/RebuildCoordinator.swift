import PartnerbookKit

/// Runs one rebuild at a time. Changes that arrive while a rebuild runs are merged into the single
/// rebuild that follows it, however many there were. Each result goes to the live-reload hub (a
/// failure there leaves the last good site in place, since a failed build writes nothing) and to
/// the terminal.
public actor RebuildCoordinator {
    /// What one rebuild did, for the terminal.
    public struct Outcome: Sendable {
        public var changes: Set<String>
        public var report: BuildReport
    }

    private let hub: LiveReloadHub
    private let announce: @Sendable (Outcome) -> Void
    private var rebuilder: (any SiteRebuilder)?
    private var pending: Set<String>?
    private var pendingWaiters: [CheckedContinuation<Outcome, Never>] = []
    private var running = false

    public init(hub: LiveReloadHub, announce: @escaping @Sendable (Outcome) -> Void = { _ in }) {
        self.hub = hub
        self.announce = announce
    }

    /// Sets the builder (the server's address is part of its options, so it is known only once the
    /// server listens) and runs the first build, with any changes seen before.
    @discardableResult
    public func start(with rebuilder: any SiteRebuilder) async -> Outcome {
        self.rebuilder = rebuilder
        return await rebuild([])
    }

    /// Asks for a rebuild and returns at once.
    public func request(_ changes: Set<String>) {
        pending = (pending ?? []).union(changes)
        startIfIdle()
    }

    /// Asks for a rebuild and waits for one that started after the request.
    public func rebuild(_ changes: Set<String>) async -> Outcome {
        await withCheckedContinuation { waiter in
            pendingWaiters.append(waiter)
            request(changes)
        }
    }

    private func startIfIdle() {
        guard !running, rebuilder != nil, pending != nil else { return }
        running = true
        Task { await drain() }
    }

    private func drain() async {
        while let changes = pending, let rebuilder {
            pending = nil
            let waiters = pendingWaiters
            pendingWaiters = []
            let report = await rebuilder.rebuild(changes: changes)
            await hub.publish(report)
            let outcome = Outcome(changes: changes, report: report)
            announce(outcome)
            for waiter in waiters { waiter.resume(returning: outcome) }
        }
        running = false
    }
}
