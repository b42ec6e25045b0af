import Foundation

/// Reads a handbook folder: `partnerbook.yml`, `content/` and `layouts/`. The build's input edge;
/// it reports what it cannot read instead of stopping, and never follows a link out of the folder.
public struct HandbookLoader {
    let root: URL
    public private(set) var diagnostics: [Diagnostic] = []
    private let files = FileManager.default
    private let cache: FileCache?

    /// With a cache, files whose size, time and inode are unchanged since the last load are not read again.
    public init(root: URL, cache: FileCache? = nil) {
        self.root = root.standardizedFileURL
        self.cache = cache
    }

    public mutating func load() -> Handbook {
        let config = loadConfig()
        let (markdown, others) = listContent()
        var pages: [SourceFile] = []
        for path in markdown {
            if let bytes = read("content/" + path) { pages.append(SourceFile(path: path, bytes: bytes)) }
        }
        return Handbook(config: config, pages: pages, files: others, layouts: loadLayouts())
    }

    // MARK: Settings

    private mutating func loadConfig() -> SiteConfig {
        let path = SiteConfig.fileName
        guard files.fileExists(atPath: root.appendingPathComponent(path).path), let bytes = read(path) else {
            return SiteConfig()
        }
        let (config, problems) = SiteConfigDecoder.decode(bytes, file: path)
        diagnostics += problems
        return config
    }

    // MARK: content/

    /// Markdown paths and other file paths below `content/`, each sorted.
    private mutating func listContent() -> (markdown: [String], others: [String]) {
        var markdown: [String] = [], others: [String] = []
        let content = root.appendingPathComponent("content")
        guard isDirectory(content) else {
            diagnostics.append(.warning("no-content", at: nil, "no content/ folder in \(root.path): the site has no pages",
                                        hint: "create content/index.md, or run `partnerbook init`"))
            return ([], [])
        }
        var visited: Set<String> = []
        walk(content, relative: "", visited: &visited) { path in
            if path.hasSuffix(".md") { markdown.append(path) } else { others.append(path) }
        }
        return (markdown.sorted(), others.sorted())
    }

    /// Visits regular files; skips hidden names, refuses links that lead outside the handbook, and
    /// visits each real folder once, so a link loop ends.
    private mutating func walk(_ folder: URL, relative: String, visited: inout Set<String>, _ visit: (String) -> Void) {
        let real = folder.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try files.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            diagnostics.append(.error("unreadable", at: SourceLocation(file: "content/" + relative),
                                      "cannot list this folder: \(Self.reason(error))"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            if isSymlink(url) {
                let target = url.resolvingSymlinksInPath().path
                guard target == root.path || target.hasPrefix(root.path + "/") else {
                    diagnostics.append(.warning("symlink-outside", at: SourceLocation(file: "content/" + path),
                                                "symbolic link leads outside the handbook folder; it is not followed"))
                    continue
                }
            }
            if isDirectory(url) {
                walk(url, relative: path, visited: &visited, visit)
            } else if files.fileExists(atPath: url.path) {
                visit(path)
            } else {
                diagnostics.append(.warning("dangling-symlink", at: SourceLocation(file: "content/" + path),
                                            "symbolic link leads nowhere; it is skipped"))
            }
        }
    }

    // MARK: layouts/

    private mutating func loadLayouts() -> [String: LayoutFile] {
        var layouts = DefaultTheme.files.mapValues { LayoutFile(bytes: Array($0.utf8), isBuiltIn: true) }
        let folder = root.appendingPathComponent("layouts")
        guard isDirectory(folder) else { return layouts }
        var visited: Set<String> = []
        var found: [String] = []
        walk(folder, relative: "", visited: &visited) { found.append($0) }
        for path in found where path.hasSuffix(".mustache") || path.hasPrefix("assets/") {
            if let bytes = read("layouts/" + path) { layouts[path] = LayoutFile(bytes: bytes, isBuiltIn: false) }
        }
        return layouts
    }

    // MARK: Reading

    private mutating func read(_ path: String) -> [UInt8]? {
        let url = root.appendingPathComponent(path)
        do {
            guard let cache else { return try Array(Data(contentsOf: url)) }
            return try cache.bytes(at: url.path) { try Array(Data(contentsOf: url)) }
        } catch {
            diagnostics.append(.error("unreadable", at: SourceLocation(file: path), "cannot read this file: \(Self.reason(error))"))
            return nil
        }
    }

    private func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return files.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    private func isSymlink(_ url: URL) -> Bool {
        (try? files.destinationOfSymbolicLink(atPath: url.path)) != nil
    }

    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError ?? error as NSError
        if underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        switch (error as NSError).code {
        case NSFileReadNoPermissionError: return "permission denied"
        case NSFileReadNoSuchFileError: return "no such file"
        default: return error.localizedDescription
        }
    }
}
