import Foundation

/// The built preview site on disk, and the one place that turns a request path into a file of it.
///
/// A path is percent-decoded exactly once; a `.` or `..` segment, a backslash or a NUL in it makes
/// the request bad, and a hidden name (such as the build's manifest) is never found, so no spelling
/// of a path reaches a file outside the folder. Folders are never listed: one is served through its
/// `index.html` or not at all.
public struct SiteFolder: Sendable {
    /// The folder, with symbolic links resolved, so that containment can be checked on real paths.
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// What a request path names in the site.
    public enum Lookup: Equatable, Sendable {
        /// A regular file inside the folder.
        case file(URL)
        /// A folder asked for without its trailing slash: the browser should ask again at this path,
        /// so that the page's relative links resolve.
        case redirect(String)
        case notFound
        /// A path no browser sends for a real page: bad percent-encoding, `..`, backslashes.
        case badRequest
    }

    /// Looks up a raw request path (as sent, still percent-encoded, without the query).
    public func lookup(_ rawPath: String) -> Lookup {
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return .badRequest }
        guard !decoded.contains("\\"), !decoded.contains("\0") else { return .badRequest }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !segments.contains(where: { $0 == "." || $0 == ".." }) else { return .badRequest }
        guard !segments.contains(where: { $0.hasPrefix(".") }) else { return .notFound }

        let candidate = segments.reduce(root) { $0.appendingPathComponent($1) }
        guard contains(candidate) else { return .notFound }
        switch kind(of: candidate) {
        case .file:
            return decoded.hasSuffix("/") ? .notFound : .file(candidate)
        case .folder:
            guard decoded.hasSuffix("/") else { return .redirect(Self.folderPath(segments)) }
            let index = candidate.appendingPathComponent("index.html")
            return kind(of: index) == .file && contains(index) ? .file(index) : .notFound
        case .none:
            return .notFound
        }
    }

    /// The site's own `404.html`, if it has one.
    public var notFoundPage: URL? {
        let page = root.appendingPathComponent("404.html")
        return kind(of: page) == .file ? page : nil
    }

    /// True when the path, once its links are resolved, still lies inside the folder.
    private func contains(_ url: URL) -> Bool {
        let real = url.resolvingSymlinksInPath().path
        return real == root.path || real.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/")
    }

    private enum Kind { case file, folder }

    private func kind(of url: URL) -> Kind? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
        return isFolder.boolValue ? .folder : .file
    }

    /// `/chapters/intro/`, each segment percent-encoded again; never `//host`, which a browser would
    /// read as another site.
    private static func folderPath(_ segments: [String]) -> String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/;?#"))
        return "/" + segments.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0 }
            .map { $0 + "/" }.joined()
    }
}
