/// Names sorted by their letters (`LetterCodes`), to find the first name, by number, that begins
/// with a given one or that the given one begins with: the names sharing a beginning sit together.
struct SortedNames: Sendable {
    /// Each name's letters, by number.
    private let letters: [[Int32]]
    /// The numbers, ordered by letters and then by number, so a name sorts before those it begins.
    private let order: [Int]

    init(_ letters: [[Int32]]) {
        self.letters = letters
        order = letters.indices.sorted { a, b in
            letters[a] == letters[b] ? a < b : letters[a].lexicographicallyPrecedes(letters[b])
        }
    }

    /// The lowest number of a name that begins with `target` or that `target` begins with.
    func firstRelative(of target: [Int32]) -> Int? {
        guard !order.isEmpty else { return nil }
        var range = order.indices
        var first = Int.max
        for (depth, letter) in target.enumerated() {
            // Every name in `range` begins with `target[..<depth]`; one that ends there comes first.
            if letters[order[range.lowerBound]].count == depth { first = min(first, order[range.lowerBound]) }
            range = narrowed(range, at: depth, to: letter)
            if range.isEmpty { return first == .max ? nil : first }
        }
        return min(first, order[range].min()!)
    }

    /// The numbers of the few names on either side of where `target` would sort: a misspelt
    /// name often keeps its first letters.
    func neighbours(of target: [Int32]) -> ArraySlice<Int> {
        var (low, high) = (0, order.count)
        while low < high {
            let middle = (low + high) / 2
            if letters[order[middle]].lexicographicallyPrecedes(target) { low = middle + 1 } else { high = middle }
        }
        return order[max(0, low - 2)..<min(order.count, low + 2)]
    }

    /// The part of `range` whose names have `letter` at `depth`; those before `depth` ends come first.
    private func narrowed(_ range: Range<Int>, at depth: Int, to letter: Int32) -> Range<Int> {
        func position(where isAfter: (Int32) -> Bool) -> Int {
            var (low, high) = (range.lowerBound, range.upperBound)
            while low < high {
                let middle = (low + high) / 2
                let name = letters[order[middle]]
                if name.count > depth && isAfter(name[depth]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        return position { $0 >= letter }..<position { $0 > letter }
    }
}
