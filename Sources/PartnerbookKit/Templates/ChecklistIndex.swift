/// How `/checklists/` and its printable `/checklists/all/` are split into pages, so that no file
/// grows with the handbook: each page holds the task items of at most `groupsPerPage` source pages.
/// The first page keeps the index's own URL; the others are `page/2/`, `page/3/`, … below it.
enum ChecklistIndex {
    /// Fifty source pages: a handbook the size of this repository's, and any up to several times
    /// larger, keeps everything on one page (and one print job), while at 10,000 pages an index page
    /// stays a few hundred kilobytes, a size a browser lays out without a pause.
    static let groupsPerPage = 50

    /// The two indexes, as URL paths below the base path.
    static let list = "checklists/"
    static let print = "checklists/all/"

    /// Page numbers either side of the current one that the pager names; with the first and the
    /// last, the pager holds at most seven numbers however many pages there are.
    static let pagerReach = 2

    static func pageCount(groups: Int) -> Int { max(1, (groups + groupsPerPage - 1) / groupsPerPage) }

    /// The URL path of page `number` (from 1) of the index at `base`.
    static func path(_ base: String, page number: Int) -> String { number <= 1 ? base : base + "page/\(number)/" }

    /// The groups (positions in `taskPages`) that page `number` shows.
    static func groups(onPage number: Int, of total: Int) -> Range<Int> {
        let start = min(total, (number - 1) * groupsPerPage)
        return start..<min(total, start + groupsPerPage)
    }

    /// Whether a content page at this URL would take the place of an index page after the first.
    /// Every `page/N/` below either index is kept, however many the handbook needs today, so a page
    /// that builds now does not start to clash when the handbook grows.
    static func isReserved(_ url: String) -> Bool {
        for base in [list, print] where url.hasPrefix(base + "page/") {
            let rest = url.dropFirst(base.count + "page/".count)
            if rest.hasSuffix("/"), rest.count > 1, rest.dropLast().allSatisfy(\.isASCIIDigit) { return true }
        }
        return false
    }

    /// The page numbers a pager shows: the first, the last, and those within `pagerReach` of the
    /// current one; `nil` stands for the numbers left out between two of them.
    static func pagerNumbers(current: Int, count: Int) -> [Int?] {
        let shown = Set([1, count] + Array(max(1, current - pagerReach)...min(count, current + pagerReach))).sorted()
        var numbers: [Int?] = []
        for number in shown {
            if let last = numbers.last ?? nil, number > last + 1 { numbers.append(nil) }
            numbers.append(number)
        }
        return numbers
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
