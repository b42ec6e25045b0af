/// The likely intended name for a misspelt one, for "did you mean …?" hints.
enum Suggestion {
    /// A candidate equal to `name` but for case wins; otherwise the closest one by edit distance,
    /// if it is within `distance` edits (by default about a third of the name), so a typo is
    /// caught but another name is not offered.
    static func nearest(to name: String, in candidates: some Sequence<String>, within distance: Int? = nil) -> String? {
        let candidates = Array(candidates)
        let lowered = name.lowercased()
        // Lowercasing keeps the length of ASCII text, so an ASCII candidate of another length cannot match.
        let ascii = lowered.utf8.allSatisfy { $0 < 0x80 }
        if let sameLetters = candidates.first(where: { candidate in
            let cannot = ascii && candidate.utf8.count != lowered.utf8.count && candidate.utf8.allSatisfy { $0 < 0x80 }
            return !cannot && candidate.lowercased() == lowered
        }) { return sameLetters }
        let limit = distance ?? max(2, name.count / 3)
        // Names whose lengths differ by more than the limit are further than it; most are, in a large folder.
        let scored = candidates.filter { abs($0.count - name.count) <= limit }
            .map { ($0, FrontMatterDecoder.editDistance($0.lowercased(), lowered)) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= limit else { return nil }
        return best.0
    }
}
