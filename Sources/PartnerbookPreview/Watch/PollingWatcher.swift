import Foundation

/// Watches the handbook by listing it every `interval` and comparing each file's size and
/// modification time with the listing before: slower than inotify, but it works on every file
/// system, network shares among them.
final class PollingWatcher: ChangeSource, @unchecked Sendable {
    private let root: URL
    private let interval: Double
    private let stopped = DispatchSemaphore(value: 0)

    init(root: URL, interval: Duration = .milliseconds(500)) {
        self.root = root.standardizedFileURL
        self.interval = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
    }

    func start(onChange: @escaping @Sendable (String) -> Void) {
        let first = listing()
        let thread = Thread { [self] in
            var previous = first
            while stopped.wait(timeout: .now() + interval) == .timedOut {
                let current = listing()
                for path in Self.differences(previous, current) { onChange(path) }
                previous = current
            }
        }
        thread.name = "partnerbook-poll"
        thread.start()
    }

    func stop() {
        stopped.signal()
    }

    private struct Stamp: Equatable {
        var isFolder: Bool
        var size: Int
        var modified: Date
    }

    /// Paths that appeared, disappeared or changed between two listings, sorted.
    private static func differences(_ old: [String: Stamp], _ new: [String: Stamp]) -> [String] {
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
    }

    /// Every file and folder a build reads, relative to the handbook folder.
    private func listing() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.isDirectoryKey, .fileSizeKey, .contentModificationDateKey]
        func stamp(_ url: URL) -> Stamp? {
            guard let values = try? url.resourceValues(forKeys: Set(keys)) else { return nil }
            return Stamp(isFolder: values.isDirectory ?? false, size: values.fileSize ?? 0, modified: values.contentModificationDate ?? .distantPast)
        }
        let settings = root.appendingPathComponent(WatchedPaths.settings)
        if let found = stamp(settings) { stamps[WatchedPaths.settings] = found }
        for folder in WatchedPaths.folders {
            let top = root.appendingPathComponent(folder)
            guard let found = stamp(top) else { continue }
            stamps[folder] = found
            let walker = FileManager.default.enumerator(at: top, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
            while let url = walker?.nextObject() as? URL {
                let relative = folder + "/" + url.standardizedFileURL.path.dropFirst(top.standardizedFileURL.path.count + 1)
                if let found = stamp(url) { stamps[relative] = found }
            }
        }
        return stamps
    }
}
