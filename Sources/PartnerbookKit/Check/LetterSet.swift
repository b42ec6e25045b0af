/// Which letters a name uses, folded into 64 groups (`LetterCodes` modulo 64), with how often
/// each group occurs: enough to tell, without the full edit-distance table, that most names are
/// too far from a misspelt one.
struct LetterSet: Sendable {
    private let groups: UInt64
    private let count: Int

    init(_ letters: [Int32]) {
        groups = letters.reduce(0) { $0 | 1 << UInt64($1 & 63) }
        count = letters.count
    }

    /// At least how many edits turn the name of `other` into this one: each letter of difference
    /// in length costs one, and so does each group that one name uses and the other does not,
    /// since its letters have to be replaced or dropped.
    func fewestEdits(to other: LetterSet) -> Int {
        max(abs(count - other.count), (groups & ~other.groups).nonzeroBitCount, (other.groups & ~groups).nonzeroBitCount)
    }
}
