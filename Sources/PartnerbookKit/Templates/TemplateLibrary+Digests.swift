extension TemplateLibrary {
    /// For each template, a fingerprint of its own text and of every template it reaches through
    /// partials and parents, so a cached page is laid out again exactly when a template it uses
    /// changed. A dynamic partial (`{{>*name}}`) may reach any template, so it takes them all in.
    static func digests(of sources: [String: String]) -> [String: Fingerprint] {
        digests(of: sources, for: sources.keys)
    }

    /// The digests of `names` alone; `sources` holds at least every template they reach.
    static func digests(of sources: [String: String], for names: some Sequence<String>) -> [String: Fingerprint] {
        var edges: [String: [String]] = [:]
        func next(_ name: String) -> [String] {
            if let known = edges[name] { return known }
            let found = references(in: sources[name]!).map(\.name)
            edges[name] = found
            return found
        }
        let known = Set(sources.keys)
        var digests: [String: Fingerprint] = [:]
        for name in names {
            var digest = Fingerprint()
            for used in reach(from: [name], among: known, next).sorted() {
                digest.add(used)
                digest.add(sources[used]!)
            }
            digests[name] = digest
        }
        return digests
    }

    /// The templates among `names` that `roots` reach through the names each one's tags give
    /// (`next`), `roots` included. A dynamic partial (`{{>*name}}`) may reach any template, so it
    /// takes them all in.
    static func reach(from roots: [String], among names: Set<String>, _ next: (String) -> [String]) -> Set<String> {
        var reached = Set(roots.filter(names.contains))
        var queue = Array(reached)
        while let current = queue.popLast() {
            let tags = next(current)
            if tags.contains(where: { $0.hasPrefix("*") }) { return names }
            for other in tags where names.contains(other) && reached.insert(other).inserted { queue.append(other) }
        }
        return reached
    }
}
