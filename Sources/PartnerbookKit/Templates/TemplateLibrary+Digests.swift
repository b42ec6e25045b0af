extension TemplateLibrary {
    /// For each template, a fingerprint of its own text and of every template it reaches through
    /// partials and parents, so a cached page is laid out again exactly when a template it uses
    /// changed. A dynamic partial (`{{>*name}}`) may reach any template, so it takes them all in.
    static func digests(of sources: [String: String]) -> [String: Fingerprint] {
        let edges = sources.mapValues { references(in: $0).map(\.name) }
        var digests: [String: Fingerprint] = [:]
        for name in sources.keys {
            var reached: Set<String> = [name]
            var queue = [name]
            while let current = queue.popLast() {
                let next = edges[current] ?? []
                if next.contains(where: { $0.hasPrefix("*") }) {
                    reached = Set(sources.keys)
                    break
                }
                for other in next where sources[other] != nil && reached.insert(other).inserted { queue.append(other) }
            }
            var digest = Fingerprint()
            for used in reached.sorted() {
                digest.add(used)
                digest.add(sources[used]!)
            }
            digests[name] = digest
        }
        return digests
    }
}
