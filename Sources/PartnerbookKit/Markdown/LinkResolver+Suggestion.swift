extension LinkResolver {
    /// For a broken link, what the author likely meant: a page or file in the same folder whose name
    /// is a near miss, as when a name is misspelt or a chapter was renamed by adding words to it.
    func hint(forMissing target: String) -> String? {
        guard !target.hasPrefix("/"), !target.hasPrefix(".") else { return nil }
        let (folder, name) = Self.split(target)
        let neighbours = pathsByFolder[folder] ?? []
        let names = neighbours.map { Self.split($0).name }
        let close = Suggestion.nearest(to: name, in: names, within: max(2, name.count / 4))
        let extended = names.first { name.count >= 4 && ($0.hasPrefix(name) || name.hasPrefix($0)) }
        guard let found = close ?? extended, let path = neighbours.first(where: { Self.split($0).name == found }) else { return nil }
        return "did you mean content/\(path)?"
    }

    /// `chapters/aligning.md` → (`chapters`, `aligning`): the folder, and the name without `.md`.
    static func split(_ path: String) -> (folder: String, name: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        var name = String(parts.last ?? "")
        if name.hasSuffix(".md") { name.removeLast(3) }
        return (parts.dropLast().joined(separator: "/"), name)
    }
}
