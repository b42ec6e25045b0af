import Foundation

extension HandbookLoader {
    /// The handbook as `previous` was, with the files in `changed` (paths relative to the handbook
    /// folder, as the preview's watcher reports them) read again: what a full `load()` would give
    /// when those are the only changes. Nil when only a full load will do: the settings changed, a
    /// file or folder came, went or was renamed, or a page became something other than a file.
    /// Paths that were not part of the handbook and still are not (an editor's temporary file) are
    /// ignored.
    public mutating func reload(_ previous: Handbook, changed: Set<String>) -> Handbook? {
        var handbook = previous
        let pageIndex = Dictionary(uniqueKeysWithValues: previous.pages.enumerated().map { ($1.path, $0) })
        let otherFiles = Set(previous.files)
        for path in changed.sorted() {
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, ["content", "layouts"].contains(parts[0]) else { return nil }
            let (top, relative) = (parts[0], parts[1])
            let isFile = Self.kind(of: root.below(path).path, following: false) == S_IFREG
            if top == "content", let index = pageIndex[relative] {
                guard isFile, let bytes = read(path) else { return nil }
                handbook.pages[index].bytes = bytes
            } else if top == "content", otherFiles.contains(relative) {
                guard isFile else { return nil }
            } else if top == "layouts", let layout = previous.layouts[relative], !layout.isBuiltIn {
                guard isFile, let bytes = read(path) else { return nil }
                handbook.layouts[relative] = LayoutFile(bytes: bytes, isBuiltIn: false)
            } else {
                let known = top == "content" ? previous.pages.map(\.path) + previous.files
                    : previous.layouts.filter { !$0.value.isBuiltIn }.map(\.key)
                let isHidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
                let exists = Self.kind(of: root.below(path).path, following: false) != nil
                if known.contains(where: { $0.hasPrefix(relative + "/") }) || (exists && !isHidden) { return nil }
            }
        }
        return handbook
    }
}
