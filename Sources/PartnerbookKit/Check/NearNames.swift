/// Names arranged to find the one closest to a misspelt name by edit distance, working out the
/// distance for few of them: those whose length and letters leave it possibly small enough.
struct NearNames: Sendable {
    private let names: [String]
    /// Each name's length in Characters, as written.
    private let lengths: [Int]
    /// Each name lowercased, as letter codes, with its number of letters and the groups of letters it uses.
    private let lowercased: [[Int32]]
    private let letterCounts: [Int]
    private let groups: [LetterGroups]
    /// Letter count lowercased → the numbers of the names that long: a name of another length is
    /// at least that difference away.
    private let numbersByLength: [Int: [Int]]

    init(names: [String], lowercased: [[Int32]], lengths: [Int]) {
        (self.names, self.lengths, self.lowercased) = (names, lengths, lowercased)
        letterCounts = lowercased.map(\.count)
        groups = lowercased.map(LetterGroups.init)
        numbersByLength = Dictionary(grouping: lowercased.indices) { lowercased[$0].count }
    }

    /// Among the names whose length is within `limit` of `length`, the number of the one closest
    /// to `target` (lowercased letters), if within `limit` edits; of equally close ones, the one
    /// whose name sorts first. `first` are names worth trying before the others: finding a close
    /// one early rules the others out sooner.
    func closest(to target: [Int32], length: Int, within limit: Int, trying first: some Sequence<Int>) -> Int? {
        let targetGroups = LetterGroups(target)
        let pattern = DistancePattern(target)
        var best: (distance: Int, number: Int)?
        func consider(_ number: Int) {
            let bound = best?.distance ?? limit
            guard abs(lengths[number] - length) <= limit,
                  LetterGroups.mayBeWithin(bound, letterCounts[number], groups[number], target.count, targetGroups),
                  let distance = pattern.distance(to: lowercased[number], atMost: bound) else { return }
            if let best, (best.distance, names[best.number]) <= (distance, names[number]) { return }
            best = (distance, number)
        }
        first.forEach(consider)
        var difference = 0
        while difference <= best?.distance ?? limit {
            numbersByLength[target.count - difference]?.forEach(consider)
            if difference > 0 { numbersByLength[target.count + difference]?.forEach(consider) }
            difference += 1
        }
        return best?.number
    }
}
