/// Names as a tree of their letters (`LetterCodes`), numbered in the order they were added, to
/// find at once the first name that begins with a given one or that the given one begins with.
struct NameTree: Sendable {
    /// Node and letter → the node below.
    private var children: [Int: Int] = [:]
    /// The first name that ends at each node.
    private var firstEnding: [Int] = [.max]
    /// The first name that ends at each node or below it.
    private var firstBelow: [Int] = [.max]

    /// Adds name number `number`; numbers are added in increasing order.
    mutating func add(_ letters: [Int32], number: Int) {
        var node = 0
        firstBelow[0] = min(firstBelow[0], number)
        for letter in letters {
            let key = Self.key(node, letter)
            if let child = children[key] {
                node = child
            } else {
                children[key] = firstEnding.count
                node = firstEnding.count
                firstEnding.append(.max)
                firstBelow.append(number)
            }
        }
        firstEnding[node] = min(firstEnding[node], number)
    }

    /// The lowest number of a name that begins with `letters` or that `letters` begins with.
    func firstRelative(of letters: [Int32]) -> Int? {
        var node = 0
        var first = firstEnding[0]
        for letter in letters {
            guard let child = children[Self.key(node, letter)] else { return first == .max ? nil : first }
            node = child
            first = min(first, firstEnding[node])
        }
        first = min(first, firstBelow[node])
        return first == .max ? nil : first
    }

    private static func key(_ node: Int, _ letter: Int32) -> Int {
        node << 32 | Int(UInt32(bitPattern: letter))
    }
}
