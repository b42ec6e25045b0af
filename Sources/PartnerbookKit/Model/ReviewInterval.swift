/// How often a page must be reviewed, written like `6 months`, `90 days`, `2 weeks` or `1 year`.
public struct ReviewInterval: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: String, Sendable { case day, week, month, year }

    public let count: Int
    public let unit: Unit

    init(count: Int, unit: Unit) { (self.count, self.unit) = (count, unit) }

    public init?(_ text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, let n = Int(words[0]), n > 0 else { return nil }
        var name = words[1].lowercased()
        if name.hasSuffix("s") { name.removeLast() }
        guard let unit = Unit(rawValue: name) else { return nil }
        self.count = n
        self.unit = unit
    }

    public var description: String { "\(count) \(unit.rawValue)\(count == 1 ? "" : "s")" }

    /// The day a review falls due after one made on `day`.
    public func due(after day: Day) -> Day {
        switch unit {
        case .day: day.adding(days: count)
        case .week: day.adding(days: 7 * count)
        case .month: day.adding(months: count)
        case .year: day.adding(months: 12 * count)
        }
    }
}
