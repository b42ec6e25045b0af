import Foundation

/// Checks every `href` and `src` in a built site's HTML: an internal one must lead to a written
/// file inside the site's base path, and its `#anchor` to an `id` on the target page.
struct LinkAudit {
    let site: URL
    let basePath: String
    private(set) var linkCount = 0
    private var links: [(page: String, target: String)] = []

    init(site: URL, basePath: String) throws {
        self.site = site
        self.basePath = basePath
        let attribute = try NSRegularExpression(pattern: #"\s(?:href|src)="([^"]*)""#)
        for page in BuiltSite.htmlFiles(in: site) {
            let html = try BuiltSite.text(site, page)
            for match in attribute.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let value = String(html[Range(match.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
                links.append((page, value))
            }
        }
        linkCount = links.count
    }

    /// "page: link (reason)" for every link that does not resolve.
    func brokenLinks() throws -> [String] {
        var ids: [String: Set<String>] = [:]
        var broken: [String] = []
        for (page, link) in links {
            if link.contains("://") || link.hasPrefix("mailto:") || link.hasPrefix("data:") { continue }
            var rest = Substring(link), fragment: String?
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...]).removingPercentEncoding
                rest = rest[..<hash]
            }
            if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
            let file: String
            if rest.isEmpty {
                file = page
            } else if rest.hasPrefix(basePath) {
                let path = String(rest.dropFirst(basePath.count)).removingPercentEncoding ?? ""
                file = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
            } else {
                broken.append("\(page): \(link) (not under \(basePath))")
                continue
            }
            guard FileManager.default.fileExists(atPath: site.appendingPathComponent(file).path) else {
                broken.append("\(page): \(link) (no file \(file))")
                continue
            }
            guard let fragment, !fragment.isEmpty else { continue }
            if ids[file] == nil { ids[file] = try Self.ids(in: BuiltSite.text(site, file)) }
            if !ids[file]!.contains(fragment) { broken.append("\(page): \(link) (no id \"\(fragment)\" in \(file))") }
        }
        return broken
    }

    static func ids(in html: String) throws -> Set<String> {
        let pattern = try NSRegularExpression(pattern: #"\sid="([^"]*)""#)
        return Set(pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
        })
    }
}
