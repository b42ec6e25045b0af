extension EditDistance {
    /// The distance between `a` and `b` when it is at most `limit`, else nil. Stops at the first
    /// row of the table that is all above the limit, since later rows are no smaller.
    static func between<Element: Equatable>(_ a: [Element], _ b: [Element], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            var smallest = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = a[i - 1] == b[j - 1] ? previous : min(previous, row[j], row[j - 1]) + 1
                smallest = min(smallest, row[j])
                previous = current
            }
            if smallest > limit { return nil }
        }
        return row[b.count] <= limit ? row[b.count] : nil
    }
}
