extension TemplateLibrary {
    /// A `{{> partial}}` or `{{< parent}}` tag that leads, through any number of templates, back to
    /// the template it stands in. Mustache would render such a template until the stack overflows,
    /// even inside a section, since a section's name is looked up in every enclosing context.
    struct Cycle: Equatable {
        /// The template holding the tag, and where the tag is.
        let template: String
        let line: Int
        let column: Int
        /// The names from the template back to itself: `["page", "partials/a", "page"]`.
        let path: [String]
    }

    /// Every tag that closes a cycle, ordered by template and place.
    static func cycles(in sources: [String: String]) -> [Cycle] {
        let references = sources.mapValues { Self.references(in: $0) }
        let edges = references.mapValues { $0.map(\.name) }
        var found: [Cycle] = []
        for (name, tags) in references.sorted(by: { $0.key < $1.key }) {
            for tag in tags {
                guard let route = route(from: tag.name, to: name, edges) else { continue }
                found.append(Cycle(template: name, line: tag.line, column: tag.column, path: [name] + route))
            }
        }
        return found
    }

    /// The shortest chain of names from `start` to `goal` (both included), breadth first.
    private static func route(from start: String, to goal: String, _ edges: [String: [String]]) -> [String]? {
        var previous: [String: String] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            if current == goal {
                var chain = [current]
                while let before = previous[chain[0]], before != chain[0] { chain.insert(before, at: 0) }
                return chain
            }
            for next in edges[current] ?? [] where previous[next] == nil {
                previous[next] = current
                queue.append(next)
            }
        }
        return nil
    }
}
