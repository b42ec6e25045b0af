/// Suggests the id a broken `#anchor` most likely meant. Comparing a fragment with every id of a
/// page costs ids × fragments, so a page with thousands of repeated headings and as many broken
/// links would keep a build busy for minutes; past a fixed amount of work per page checked, no more
/// suggestions are made (the warnings themselves are all still given).
struct AnchorSuggester {
    /// Edit distances computed per page checked before suggestions stop.
    static let budget = 100_000
    private var remaining = budget
    private var idsByPage: [String: [[UInt32]]] = [:]

    mutating func suggestion(for fragment: String, in page: Page) -> String? {
        let ids = idsByPage[page.path] ?? page.markdown.anchors.sorted().map(Self.scalars)
        idsByPage[page.path] = ids
        let wanted = Self.scalars(fragment)
        let limit = max(2, fragment.count / 3)
        var best: (distance: Int, id: [UInt32])?
        for id in ids where abs(id.count - wanted.count) <= limit {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let distance = Self.distance(id, wanted)
            if distance <= limit, best == nil || distance < best!.distance { best = (distance, id) }
        }
        return best.map { String(String.UnicodeScalarView($0.id.compactMap(Unicode.Scalar.init))) }
    }

    private static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// Levenshtein distance over Unicode scalars.
    static func distance(_ a: [UInt32], _ b: [UInt32]) -> Int { EditDistance.between(a, b) }
}
