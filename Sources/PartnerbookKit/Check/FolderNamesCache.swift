import Foundation

/// The `FolderNames` of a site's folders, each made the first time a broken link points into
/// its folder and kept as long as the site's pages are: a build makes each at most once, however
/// many broken links there are, and a rebuild of one page makes only those its links need.
final class FolderNamesCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: FolderNames] = [:]

    /// The names of `folder`, whose pages are `paths`. Two threads may make the same folder's at
    /// the same moment; the first one kept is the one both use after.
    func names(in folder: String, paths: [String]) -> FolderNames {
        if let names = lock.withLock({ made[folder] }) { return names }
        let names = FolderNames(folder: folder, paths: paths)
        return lock.withLock {
            if let earlier = made[folder] { return earlier }
            made[folder] = names
            return names
        }
    }
}
