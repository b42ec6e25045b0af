#if canImport(Glibc)
import Foundation
import Glibc

/// Watches the handbook with Linux's inotify: one watch on the handbook folder (for the settings
/// file, and for `content/` or `layouts/` appearing) and one on every folder below `content/` and
/// `layouts/`. A folder that appears, by creation or by a rename, is watched at once with
/// everything inside it; one renamed away stops being watched. Editors that save by writing a new
/// file and renaming it over the old one show up as a rename onto the path, which counts as a change.
final class InotifyWatcher: ChangeSource, @unchecked Sendable {
    private let root: URL
    private let inotify: Int32
    private let wake: (read: Int32, write: Int32)
    /// Watched folders by watch descriptor, relative to the handbook folder ("" for the folder itself).
    /// Touched by `init` and then only by the watching thread.
    private var folders: [Int32: String] = [:]

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
        | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_EXCL_UNLINK)

    /// Nil when this system has no inotify, or has run out of watches; polling then takes over.
    init?(root: URL) {
        self.root = root.standardizedFileURL
        inotify = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard inotify >= 0 else { return nil }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            close(inotify)
            return nil
        }
        wake = (ends[0], ends[1])
        guard add("") else {
            close(inotify)
            close(wake.read)
            close(wake.write)
            return nil
        }
        for folder in WatchedPaths.folders { addTree(folder) }
    }

    func start(onChange: @escaping @Sendable (String) -> Void) {
        let thread = Thread { [self] in
            watch(onChange)
            close(inotify)
            close(wake.read)
        }
        thread.name = "partnerbook-watch"
        thread.start()
    }

    func stop() {
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
        close(wake.write)
    }

    // MARK: The watching thread

    private func watch(_ onChange: @Sendable (String) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var waits = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
            guard poll(&waits, 2, -1) >= 0 || errno == EINTR else { return }
            if waits[1].revents != 0 { return }
            while true {
                let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                for event in Self.events(in: buffer[..<count]) {
                    for path in handle(event) where WatchedPaths.matters(path) { onChange(path) }
                }
            }
        }
    }

    private struct Event {
        var descriptor: Int32
        var mask: UInt32
        var name: String
    }

    /// Splits what one `read` returned into events: a fixed header, then a NUL-padded name.
    private static func events(in bytes: ArraySlice<UInt8>) -> [Event] {
        var events: [Event] = []
        var offset = bytes.startIndex
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= bytes.endIndex {
            let raw = bytes[offset..<offset + header].withUnsafeBytes { $0.loadUnaligned(as: inotify_event.self) }
            let nameBytes = bytes[(offset + header)..<(offset + header + Int(raw.len))].prefix { $0 != 0 }
            events.append(Event(descriptor: raw.wd, mask: raw.mask, name: String(decoding: nameBytes, as: UTF8.self)))
            offset += header + Int(raw.len)
        }
        return events
    }

    /// Updates the watches an event calls for, and returns the paths it changed.
    private func handle(_ event: Event) -> [String] {
        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: watch whatever exists now and let everything count as changed.
            for folder in WatchedPaths.folders { addTree(folder) }
            return WatchedPaths.folders + [WatchedPaths.settings]
        }
        if event.mask & UInt32(IN_IGNORED) != 0 {
            folders[event.descriptor] = nil
            return []
        }
        guard let folder = folders[event.descriptor] else { return [] }
        let path = event.name.isEmpty ? folder : (folder.isEmpty ? event.name : folder + "/" + event.name)
        if event.mask & UInt32(IN_ISDIR) != 0, WatchedPaths.matters(path) {
            if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
            if event.mask & UInt32(IN_MOVED_FROM) != 0 { removeTree(path) }
        }
        return [path]
    }

    // MARK: Watches

    @discardableResult
    private func add(_ relative: String) -> Bool {
        let descriptor = inotify_add_watch(inotify, root.appendingPathComponent(relative).path, Self.mask | UInt32(IN_ONLYDIR))
        guard descriptor >= 0 else { return false }
        folders[descriptor] = relative
        return true
    }

    /// Watches a folder and every folder below it, skipping hidden ones, and each real folder once.
    private func addTree(_ relative: String) {
        var visited: Set<String> = []
        var queue = [relative]
        while let next = queue.popLast() {
            let url = root.appendingPathComponent(next)
            guard visited.insert(url.resolvingSymlinksInPath().path).inserted, add(next) else { continue }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names where !name.hasPrefix(".") {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder), isFolder.boolValue {
                    queue.append(next + "/" + name)
                }
            }
        }
    }

    /// Stops watching a folder that moved away; if it moved within the handbook, its new place is
    /// watched when the matching event arrives.
    private func removeTree(_ relative: String) {
        for (descriptor, folder) in folders where folder == relative || folder.hasPrefix(relative + "/") {
            inotify_rm_watch(inotify, descriptor)
            folders[descriptor] = nil
        }
    }
}
#endif
