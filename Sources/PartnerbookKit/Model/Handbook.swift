/// Everything a build reads from disk, as plain values: the input of the pure stages.
public struct Handbook: Sendable {
    public var config: SiteConfig
    /// Markdown files under `content/`, sorted by path.
    public var pages: [SourceFile]
    /// Other files under `content/` (images, PDFs), by path below `content/`, copied as they are.
    public var files: [String]
    /// Templates and theme assets by path below `layouts/`: the handbook's own over the built-in theme.
    public var layouts: [String: LayoutFile]

    public init(config: SiteConfig, pages: [SourceFile], files: [String], layouts: [String: LayoutFile]) {
        self.config = config
        self.pages = pages
        self.files = files
        self.layouts = layouts
    }

    /// The same handbook with its pages' paths but not their bytes: what a one-off build keeps of
    /// it once the pages are rendered.
    var outline: Handbook {
        var outline = self
        outline.pages = pages.map { SourceFile(path: $0.path, bytes: []) }
        return outline
    }
}

/// A file of the theme, and whether the handbook gave it or it came with Partnerbook.
public struct LayoutFile: Hashable, Sendable {
    public var bytes: [UInt8]
    public var isBuiltIn: Bool

    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public init(bytes: [UInt8], isBuiltIn: Bool) {
        self.bytes = bytes
        self.isBuiltIn = isBuiltIn
    }
}
