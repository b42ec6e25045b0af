/// One name made ready to be compared with many others by edit distance, a column of the
/// distance table at a time in the bits of one word (Myers' bit-parallel algorithm, as Hyyrö
/// gives it for Levenshtein distance): a handful of operations per letter where the table takes
/// one per letter pair. Names longer than 64 letters are compared the usual way.
struct DistancePattern {
    private let pattern: [Int32]
    /// Letter → the positions in `pattern` that hold it, for letters below 128 and then the others.
    private var ascii = [UInt64](repeating: 0, count: 128)
    private var others: [Int32: UInt64] = [:]

    init(_ pattern: [Int32]) {
        self.pattern = pattern
        guard pattern.count <= 64 else { return }
        for (position, letter) in pattern.enumerated() {
            if letter >= 0 && letter < 128 { ascii[Int(letter)] |= 1 << UInt64(position) } else { others[letter, default: 0] |= 1 << UInt64(position) }
        }
    }

    /// The edit distance from the pattern to `text` when it is at most `limit`, else nil.
    func distance(to text: [Int32], atMost limit: Int) -> Int? {
        guard pattern.count <= 64 else { return EditDistance.between(text, pattern, atMost: limit) }
        guard abs(text.count - pattern.count) <= limit else { return nil }
        guard !pattern.isEmpty else { return text.count }
        // Hyyrö's Pv, Mv (a row below is one more or one less than the row above) and Ph, Mh
        // (a column is one more or one less than the column before).
        let last: UInt64 = 1 << UInt64(pattern.count - 1)
        var verticalUp: UInt64 = pattern.count == 64 ? ~0 : (1 << UInt64(pattern.count)) - 1
        var verticalDown: UInt64 = 0
        var score = pattern.count
        for (column, letter) in text.enumerated() {
            let equal = letter >= 0 && letter < 128 ? ascii[Int(letter)] : others[letter] ?? 0
            let vertical = equal | verticalDown
            let horizontal = (((equal & verticalUp) &+ verticalUp) ^ verticalUp) | equal
            var horizontalUp = verticalDown | ~(horizontal | verticalUp)
            var horizontalDown = verticalUp & horizontal
            if horizontalUp & last != 0 { score += 1 } else if horizontalDown & last != 0 { score -= 1 }
            // The last row falls by at most one a column.
            if score - (text.count - column - 1) > limit { return nil }
            horizontalUp = horizontalUp << 1 | 1
            horizontalDown <<= 1
            verticalUp = horizontalDown | ~(vertical | horizontalUp)
            verticalDown = horizontalUp & vertical
        }
        return score <= limit ? score : nil
    }
}
