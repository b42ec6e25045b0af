/// The likely intended name for a misspelt one, for "did you mean …?" hints.
enum Suggestion {
    /// A candidate equal to `name` but for case wins; otherwise the closest one by edit distance,
    /// if it is within `distance` edits (by default about a third of the name), so a typo is
    /// caught but another name is not offered.
    static func nearest(to name: String, in candidates: some Sequence<String>, within distance: Int? = nil) -> String? {
        let candidates = Array(candidates)
        if let sameLetters = candidates.first(where: { $0.lowercased() == name.lowercased() }) { return sameLetters }
        let scored = candidates.map { ($0, FrontMatterDecoder.editDistance($0.lowercased(), name.lowercased())) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= distance ?? max(2, name.count / 3) else { return nil }
        return best.0
    }
}
