/// Where a link written in Markdown leads, decided from the pages and files the handbook has.
public enum LinkTarget: Hashable, Sendable {
    /// Another page (its path under `content/`), with the `#fragment` if one was given.
    case page(String, fragment: String?)
    /// A file under `content/` that is copied to the site.
    case file(String)
    /// A page the build makes itself, by its URL path: a section's list (`stories/`) when the
    /// section has no `index.md`, or an index such as `partners/platform/` or `review/`.
    case generated(String, fragment: String?)
    /// An anchor on the same page.
    case samePage(fragment: String)
    /// A link Partnerbook leaves alone: another site, `mailto:`, and the like.
    case external
    /// A page or file that does not exist; the path is what was looked for.
    case missing(String)
}

/// Knows every page's URL and every other file under `content/`. Two resolvers are equal when
/// they resolve every link alike.
struct LinkResolver: Sendable, Equatable {
    /// Page path under `content/` → its URL path without the base path (`chapters/x/`, or `` for home).
    let pageURLs: [String: String]
    /// Files under `content/` that are not pages.
    let files: Set<String>
    let basePath: String
    /// URL path → page path, for links written as site URLs.
    private let pagesByURL: [String: String]
    /// URL paths of the pages and files the build makes itself, sections' list pages among them.
    let generated: Set<String>

    init(pageURLs: [String: String], files: Set<String>, basePath: String, generated: Set<String> = []) {
        self.pageURLs = pageURLs
        self.files = files
        self.basePath = basePath
        var pagesByURL: [String: String] = [:]
        pagesByURL.reserveCapacity(pageURLs.count)
        var generated = generated
        for (path, url) in pageURLs {
            if pagesByURL[url].map({ path < $0 }) ?? true { pagesByURL[url] = path }
            if let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) { generated.insert(String(path[...slash])) }
        }
        self.pagesByURL = pagesByURL
        self.generated = generated
    }

    static func == (a: LinkResolver, b: LinkResolver) -> Bool {
        a.basePath == b.basePath && a.pageURLs == b.pageURLs && a.files == b.files && a.generated == b.generated
    }

    func resolve(_ destination: String, from pagePath: String) -> LinkTarget {
        if destination.isEmpty || Self.hasScheme(destination) || destination.hasPrefix("//") { return .external }
        let (path, fragment) = Self.splitFragment(destination)
        if path.isEmpty { return fragment.map { .samePage(fragment: $0) } ?? .external }
        let decoded = path.percentDecoded ?? path
        if decoded.hasPrefix("/") { return resolveSiteURL(decoded, fragment: fragment) }

        let directory = Self.segments(of: pagePath).dropLast()
        guard let target = Self.normalize(directory + Self.segments(of: decoded, omittingEmpty: false)) else {
            return .missing(decoded)
        }
        // A page's own path is kept rather than the one just made, so the links of a large
        // handbook share their targets' paths instead of each holding a copy.
        if let page = pageURLs.index(forKey: target) { return .page(pageURLs.keys[page], fragment: fragment) }
        if files.contains(target) { return .file(target) }
        for index in ["index.md", "_index.md"] {
            let candidate = target.isEmpty ? index : target + "/" + index
            if let page = pageURLs.index(forKey: candidate), !target.hasSuffix(".md") {
                return .page(pageURLs.keys[page], fragment: fragment)
            }
        }
        if let url = generatedURL(target) { return .generated(url, fragment: fragment) }
        return .missing(target)
    }

    /// The URL a reader's browser should follow for a resolved target, or nil to keep the link as written.
    func url(for target: LinkTarget) -> String? {
        switch target {
        case .page(let path, let fragment):
            guard let url = pageURLs[path] else { return nil }
            return basePath + url + (fragment.map { "#" + $0 } ?? "")
        case .file(let path):
            return basePath + Self.percentEncodePath(path)
        case .generated(let url, let fragment):
            return basePath + Self.percentEncodePath(url) + (fragment.map { "#" + $0 } ?? "")
        case .samePage, .external, .missing:
            return nil
        }
    }

    private func resolveSiteURL(_ path: String, fragment: String?) -> LinkTarget {
        var relative = Substring(path)
        if basePath != "/", relative.hasPrefix(basePath) { relative = relative.dropFirst(basePath.count) }
        else { relative = relative.dropFirst() }
        var key = String(relative)
        if key.hasSuffix("index.html") { key.removeLast("index.html".count) }
        if let page = pagesByURL[key] ?? pagesByURL[key + "/"] { return .page(page, fragment: fragment) }
        if files.contains(key) { return .file(key) }
        if let url = generatedURL(key) { return .generated(url, fragment: fragment) }
        return .missing(path)
    }

    /// `stories` or `stories/` → `stories/`, when the build makes a page or file there.
    private func generatedURL(_ path: String) -> String? {
        if generated.contains(path) { return path }
        return generated.contains(path + "/") ? path + "/" : IndexPaging.laterPageURL(path, among: generated)
    }

    /// `mailto:`, `https:`: a letter, then letters, digits, `+`, `-` or `.`, then a colon (read as
    /// bytes: every character that can make a scheme is ASCII).
    static func hasScheme(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = bytes[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let first = scheme.first, isLetter(first) else { return false }
        return scheme.allSatisfy {
            isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "+")
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    /// The parts of a path between its slashes, split over its bytes: splitting on a Character
    /// runs grapheme breaking, for every link of the handbook.
    static func segments(of path: String, omittingEmpty: Bool = true) -> [String] {
        path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: omittingEmpty).map { String(Substring($0)) }
    }

    static func splitFragment(_ destination: String) -> (path: String, fragment: String?) {
        var path = Substring(destination)
        var fragment: String? = nil
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(path[path.utf8.index(after: hash)...])
            path = path[..<hash]
        }
        if let query = path.utf8.firstIndex(of: UInt8(ascii: "?")) { path = path[..<query] }
        return (String(path), fragment.map { $0.percentDecoded ?? $0 })
    }

    /// Joins path parts, resolving `.` and `..`; nil when the path climbs out of `content/`.
    static func normalize(_ parts: [String]) -> String? {
        var stack: [String] = []
        for part in parts {
            switch part {
            case "", ".": continue
            case "..":
                guard !stack.isEmpty else { return nil }
                stack.removeLast()
            default: stack.append(part)
            }
        }
        return stack.joined(separator: "/")
    }

    static func percentEncodePath(_ path: String) -> String {
        func unreserved(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "/"): true
            default: false
            }
        }
        guard !path.utf8.allSatisfy(unreserved) else { return path }
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count * 3)
        for byte in path.utf8 {
            if unreserved(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }

    /// `%XX` sequences decoded as UTF-8; nil when they do not form valid UTF-8.
    var percentDecoded: String? {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next(), let low = iterator.next(),
                  let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
