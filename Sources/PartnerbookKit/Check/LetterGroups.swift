/// Which of 64 groups of letters (`LetterCodes`) a name uses: enough to tell, without
/// the full edit-distance table, that most names are too far from a misspelt one.
struct LetterGroups: Sendable {
    private let bits: UInt64

    init(_ letters: [Int32]) {
        bits = letters.reduce(0) { $0 | Self.bit($1) }
    }

    /// Whether the edit distance between names of `a` and `b` letters using these groups may be
    /// within `limit`: each letter of difference in length costs an edit, and so does each group
    /// one name uses and the other does not, since its letters must be replaced or dropped.
    static func mayBeWithin(_ limit: Int, _ a: Int, _ aGroups: LetterGroups, _ b: Int, _ bGroups: LetterGroups) -> Bool {
        abs(a - b) <= limit && (aGroups.bits & ~bGroups.bits).nonzeroBitCount <= limit
            && (bGroups.bits & ~aGroups.bits).nonzeroBitCount <= limit
    }

    /// Lowercase ASCII letters and digits, the usual letters of page names, each have a group of
    /// their own; the other letters share the remaining 28.
    private static func bit(_ letter: Int32) -> UInt64 {
        switch letter {
        case 0x61...0x7A: 1 << UInt64(letter - 0x61)
        case 0x30...0x39: 1 << UInt64(letter - 0x30 + 26)
        default: 1 << UInt64(36 + letter % 28)
        }
    }
}
