/// Merges a burst of file events into one batch: a batch is delivered once no new event came for
/// `quietPeriod`, or once the burst has lasted `longestWait`, so that a stream of saves that never
/// pauses still rebuilds now and then.
actor ChangeBatcher {
    private let quietPeriod: Duration
    private let longestWait: Duration
    private let deliver: @Sendable (Set<String>) async -> Void
    private var pending: Set<String> = []
    private var burstStart: ContinuousClock.Instant?
    private var latest = 0

    init(quietPeriod: Duration, longestWait: Duration = .seconds(1), deliver: @escaping @Sendable (Set<String>) async -> Void) {
        self.quietPeriod = quietPeriod
        self.longestWait = longestWait
        self.deliver = deliver
    }

    func add(_ path: String) async {
        pending.insert(path)
        latest += 1
        let start = burstStart ?? .now
        burstStart = start
        if start.duration(to: .now) >= longestWait {
            await flush()
            return
        }
        let event = latest
        let quietPeriod = quietPeriod
        Task {
            try? await Task.sleep(for: quietPeriod)
            await self.flush(ifLatest: event)
        }
    }

    private func flush(ifLatest event: Int) async {
        guard event == latest else { return }
        await flush()
    }

    private func flush() async {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = []
        burstStart = nil
        await deliver(batch)
    }
}
