import Foundation

/// The `FolderNames` of a site's folders, each made the first time a broken link points into
/// its folder and kept as long as the site's pages are: a build makes each at most once, however
/// many broken links there are, and a rebuild of one page makes only those its links need.
final class FolderNamesCache: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [String: Slot] = [:]

    /// The names of `folder`, whose pages are `paths`. A thread that asks while another makes
    /// them waits for those rather than making them again.
    func names(in folder: String, paths: [String]) -> FolderNames {
        let slot = lock.withLock {
            if let slot = slots[folder] { return slot }
            let slot = Slot()
            slots[folder] = slot
            return slot
        }
        return slot.names { FolderNames(folder: folder, paths: paths) }
    }

    private final class Slot: @unchecked Sendable {
        private let lock = NSLock()
        private var made: FolderNames?

        func names(_ make: () -> FolderNames) -> FolderNames {
            lock.withLock {
                if let made { return made }
                let names = make()
                made = names
                return names
            }
        }
    }
}
