import Foundation
import ServiceLifecycle

/// Watches a handbook folder while the server runs and hands each burst of changes, merged into one
/// set of paths, to `onChange`. It uses inotify where the system has it and polling otherwise.
public struct HandbookWatcher: Service {
    public enum Method: String, Sendable {
        case inotify
        case polling
    }

    /// How changes are noticed: inotify unless polling was asked for or inotify is not available.
    public let method: Method
    private let source: any ChangeSource
    private let quietPeriod: Duration
    private let onChange: @Sendable (Set<String>) async -> Void

    /// - Parameters:
    ///   - quietPeriod: how long to wait after an event for more before reporting the burst. An
    ///     editor's save (write a new file, rename it over the old) arrives within a millisecond or
    ///     two, and what arrives during a rebuild joins the next one, so waiting longer only delays
    ///     the reload.
    ///   - onChange: receives paths relative to the handbook folder, such as `content/x.md`.
    public init(root: URL, polling: Bool = false, quietPeriod: Duration = .milliseconds(15),
                onChange: @escaping @Sendable (Set<String>) async -> Void) {
        #if canImport(Glibc)
        if !polling, let inotify = InotifyWatcher(root: root) {
            (method, source) = (.inotify, inotify)
        } else {
            (method, source) = (.polling, PollingWatcher(root: root))
        }
        #else
        (method, source) = (.polling, PollingWatcher(root: root))
        #endif
        self.quietPeriod = quietPeriod
        self.onChange = onChange
    }

    /// Watches until the task is cancelled or the service group shuts down.
    public func run() async throws {
        let (paths, continuation) = AsyncStream.makeStream(of: String.self)
        source.start { continuation.yield($0) }
        defer { source.stop() }
        let batcher = ChangeBatcher(quietPeriod: quietPeriod, deliver: onChange)
        await cancelWhenGracefulShutdown {
            for await path in paths { await batcher.add(path) }
        }
    }
}
