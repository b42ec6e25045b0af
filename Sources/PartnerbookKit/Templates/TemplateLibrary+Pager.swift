extension TemplateLibrary {
    /// Whether the template `name` shows `index.pager` (`{{#index.pager}}`, or `{{#pager}}` inside
    /// `{{#index}}`), itself or through a partial or parent it uses, as the built-in theme's index
    /// templates do with `partials/index-pager`. A dynamic partial may reach the pager, so it counts.
    /// A paged index whose template shows no pager keeps all its entries on its first page (see
    /// `IndexPage`), so a theme written before indexes were paged loses none of them.
    func showsPager(_ name: String) -> Bool {
        var seen: Set<String> = [name]
        var queue = [templates[name] ?? []]
        while let nodes = queue.popLast() {
            for node in nodes {
                switch node {
                case .text:
                    break
                case .value(let value):
                    if Self.isPager(value) { return true }
                case .section(let section, let body, _):
                    if Self.isPager(section) { return true }
                    queue.append(body)
                case .partial(let partial, let dynamic, _, let overrides):
                    if dynamic { return true }
                    if seen.insert(partial).inserted, let used = templates[partial] { queue.append(used) }
                    queue += overrides.map { Array($0.values) } ?? []
                case .block(_, let body, _), .override(_, let body):
                    queue.append(body)
                }
            }
        }
        return false
    }

    private static func isPager(_ name: TemplateName) -> Bool { name.path == ["index", "pager"] || name.path == ["pager"] }
}
