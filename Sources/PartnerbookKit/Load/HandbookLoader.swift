import Foundation

/// Reads a handbook folder: `partnerbook.yml`, `content/` and `layouts/`. The build's input edge;
/// it reports what it cannot read instead of stopping, and never follows a link out of the folder.
public struct HandbookLoader {
    let root: URL
    /// The handbook folder with every symbolic link in its path resolved, to judge where links lead.
    private let realRoot: String
    public private(set) var diagnostics: [Diagnostic] = []
    /// How each file and folder read looked, for a later process to tell what changed.
    private(set) var stamps = InputStamps()
    private let files = FileManager.default
    private let cache: FileCache?

    /// With a cache, files whose size, time and inode are unchanged since the last load are not read again.
    public init(root: URL, cache: FileCache? = nil) {
        self.root = root.standardizedFileURL
        self.cache = cache
        realRoot = (try? Self.realPath(root.path).get()) ?? root.standardizedFileURL.path
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
            stamps.missing.append(path)
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
        walk("content", visited: &visited) { path in
            if path.hasSuffix(".md") { markdown.append(path) } else { others.append(path) }
        }
        for path in others { stamps.stamp("content/" + path, at: content.below(path)) }
        if markdown.isEmpty {
            diagnostics.append(.warning("no-pages", at: SourceLocation(file: "content/"), "content/ holds no Markdown pages: the site has no pages",
                                        hint: "pages are files ending in .md; start with content/index.md"))
        }
        return (markdown.sorted(), others.sorted())
    }

    /// Visits regular files below `content/` or `layouts/` (`top`); skips hidden names, refuses links
    /// that lead outside the handbook or back into `top` (those files are read at their own place),
    /// and visits each real folder once, so a link loop ends.
    private mutating func walk(_ top: String, relative: String = "", visited: inout Set<String>, _ visit: (String) -> Void) {
        let folder = root.appendingPathComponent(relative.isEmpty ? top : top + "/" + relative)
        let shownFolder = relative.isEmpty ? top + "/" : top + "/" + relative + "/"
        guard case .success(let real) = Self.realPath(folder.path), visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try files.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            diagnostics.append(.error("unreadable", at: SourceLocation(file: shownFolder), "cannot list this folder: \(Self.reason(error))"))
            return
        }
        stamps.folders[shownFolder] = names.filter { !$0.hasPrefix(".") }
        let topReal = (try? Self.realPath(root.appendingPathComponent(top).path).get()) ?? real
        for name in names where !name.hasPrefix(".") {
            let url = folder.below(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            let place = SourceLocation(file: top + "/" + path)
            var kind = Self.kind(of: url.path, following: false)
            if kind == S_IFLNK {
                kind = Self.kind(of: url.path)
                let target: String
                switch Self.realPath(url.path) {
                case .success(let resolved): target = resolved
                case .failure(let error):
                    diagnostics.append(error.code == .ELOOP
                        ? .warning("symlink-loop", at: place, "symbolic link loops back on itself; it is skipped")
                        : .warning("dangling-symlink", at: place, "symbolic link leads nowhere; it is skipped"))
                    continue
                }
                guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                    diagnostics.append(.warning("symlink-outside", at: place,
                                                "symbolic link leads outside the handbook folder; it is not followed"))
                    continue
                }
                if kind == S_IFDIR, target == topReal || target.hasPrefix(topReal + "/") || visited.contains(target) {
                    let shown = target == topReal ? top + "/" : target.hasPrefix(topReal + "/")
                        ? top + "/" + target.dropFirst(topReal.count + 1) + "/" : "a folder already read"
                    diagnostics.append(.warning("symlink-folder", at: place,
                                                "symbolic link leads back to \(shown); it is not followed, as that folder is read at its own place"))
                    continue
                }
            }
            if kind == S_IFDIR {
                walk(top, relative: path, visited: &visited, visit)
            } else if kind == S_IFREG {
                visit(path)
            } else if kind != nil {
                diagnostics.append(.warning("not-a-file", at: place, "this is not a regular file (a pipe, socket or device); it is skipped"))
            } else if name.unicodeScalars.contains("\u{FFFD}") {
                diagnostics.append(.error("file-name", at: SourceLocation(file: shownFolder),
                                          "a file name in this folder is not valid UTF-8, so the file cannot be read",
                                          hint: "rename the file shown as \"\(name)\""))
            } else {
                diagnostics.append(.warning("vanished", at: place, "this file vanished while the handbook was read; it is skipped"))
            }
        }
    }

    /// The path with every symbolic link resolved; `ELOOP` for a link loop.
    static func realPath(_ path: String) -> Result<String, POSIXError> {
        guard let resolved = realpath(path, nil) else { return .failure(POSIXError(POSIXErrorCode(rawValue: errno) ?? .ENOENT)) }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }

    /// The kind of file at `path` (`S_IFREG`, `S_IFDIR`, …), following links unless `following`
    /// is false; nil when there is none. One system call, where asking Foundation whether a file is
    /// a link made an error object for every file that is not.
    static func kind(of path: String, following: Bool = true) -> mode_t? {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    // MARK: layouts/

    mutating func loadLayouts() -> [String: LayoutFile] {
        var layouts = DefaultTheme.files.mapValues { LayoutFile(bytes: Array($0.utf8), isBuiltIn: true) }
        let folder = root.appendingPathComponent("layouts")
        guard isDirectory(folder) else {
            stamps.missing.append("layouts")
            return layouts
        }
        var visited: Set<String> = []
        var found: [String] = []
        walk("layouts", visited: &visited) { found.append($0) }
        for path in found where path.hasSuffix(".mustache") || path.hasPrefix("assets/") {
            if let bytes = read("layouts/" + path) { layouts[path] = LayoutFile(bytes: bytes, isBuiltIn: false) }
        }
        return layouts
    }

    // MARK: Reading

    mutating func read(_ path: String) -> [UInt8]? {
        let url = root.below(path)
        var info = stat()
        let found = stat(url.path, &info) == 0
        if found, info.st_mode & S_IFMT != S_IFDIR, info.st_mode & S_IFMT != S_IFREG {
            diagnostics.append(.error("unreadable", at: SourceLocation(file: path), "cannot read this file: it is not a regular file"))
            return nil
        }
        stamps.stamp(path, as: found ? FileStamp(info) : nil)
        do throws(POSIXError) {
            let bytes: [UInt8]
            if let cache {
                bytes = try cache.bytes(at: url.path) { () throws(POSIXError) in try FileBytes.read(url.path) }
            } else {
                bytes = try FileBytes.read(url.path)
            }
            stamps.settle(path, bytes: bytes)
            return bytes
        } catch {
            diagnostics.append(.error("unreadable", at: SourceLocation(file: path), "cannot read this file: \(error.reason)"))
            return nil
        }
    }

    private func isDirectory(_ url: URL) -> Bool { Self.kind(of: url.path) == S_IFDIR }

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
