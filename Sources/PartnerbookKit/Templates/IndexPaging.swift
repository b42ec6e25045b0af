/// How the generated indexes that grow with the handbook are split into pages, so that no file
/// grows with it: each section's list (`/chapters/`, …), `/stories/`, `/practices/`, `/review/`,
/// `/checklists/` and its printable `/checklists/all/`, and each partner team's and tag's page. Each page holds at most `perPage`
/// entries (stories, practices, pages due for review, pages with tasks, pages naming the partner
/// team or tag). The first page keeps the index's own URL; the others are `page/2/`, `page/3/`, …
/// below it.
enum IndexPaging {
    /// Fifty entries: a handbook the size of this repository's, and any up to several times larger,
    /// keeps every index on one page (and one print job), while at 10,000 pages an index page stays
    /// a few hundred kilobytes, a size a browser lays out without a pause.
    static let perPage = 50

    /// Page numbers either side of the current one that the pager names; with the first and the
    /// last, the pager holds at most seven numbers however many pages there are.
    static let pagerReach = 2

    static let checklists = "checklists/"
    static let checklistsPrint = "checklists/all/"
    static let stories = "stories/"
    static let practices = "practices/"
    static let review = "review/"

    /// The URL path of page `number` (from 1) of the index at `base`.
    static func path(_ base: String, page number: Int) -> String { number <= 1 ? base : base + "page/\(number)/" }

    /// Whether `base` is the URL path of an index that may have more than one page: one of the
    /// fixed ones, `partners/NAME/` or `tags/NAME/`, or `NAME/` for any folder at the top of
    /// `content/`, since each of those that holds a page is a section with a list of its own;
    /// not the generated pages at the top that list no pages (`unpaged`).
    static func isPaged(_ base: String) -> Bool {
        if base == checklistsPrint { return true }
        let parts = base.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count > 1, parts.last!.isEmpty, !parts.dropLast().contains(where: \.isEmpty) else { return false }
        return (parts.count == 2 && !unpaged.contains(parts[0])) || (parts.count == 3 && ["partners", "tags"].contains(parts[0]))
    }

    /// The generated pages at the top that list partner teams, tags, or nothing (search): one page each.
    static let unpaged: Set<Substring> = ["partners", "tags", "search"]

    /// `stories/page/3/` → (`stories/`, 3): the index and page number a URL path names, for any
    /// `page/N/` below a paged index. Each of these URLs is kept from content pages, however many
    /// pages the handbook needs today, so a page that builds now does not start to clash when the
    /// handbook grows.
    static func laterPage(_ url: String) -> (base: String, number: Int)? {
        guard url.hasSuffix("/") else { return nil }
        let parts = url.dropLast().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[parts.count - 2] == "page", let digits = parts.last, !digits.isEmpty,
              digits.allSatisfy(\.isASCIIDigit) else { return nil }
        let base = parts.dropLast(2).joined(separator: "/") + "/"
        return isPaged(base) ? (base, Int(digits) ?? Int.max) : nil
    }

    /// `path` (with or without its last slash) as the URL path of a page after the first of one of
    /// the `indexes`, or nil: `stories/page/2` → `stories/page/2/` when `stories/` is among them.
    static func laterPageURL(_ path: String, among indexes: Set<String>) -> String? {
        let url = path.hasSuffix("/") ? path : path + "/"
        guard let later = laterPage(url), later.number > 1, indexes.contains(later.base) else { return nil }
        return url
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

/// One page of a paged index: its number, how many pages the index has, and which of its entries
/// (positions in the index's whole list) the page shows.
struct IndexPage: Sendable, Hashable {
    var number: Int
    var count: Int
    var shown: Range<Int>

    /// Page `number` of an index of `total` entries; when not `paged` (a theme's template that
    /// shows no pager), the one page holding every entry.
    init(_ number: Int = 1, of total: Int, paged: Bool = true) {
        guard paged else {
            (self.number, count, shown) = (1, 1, 0..<total)
            return
        }
        count = max(1, (total + IndexPaging.perPage - 1) / IndexPaging.perPage)
        self.number = min(max(1, number), count)
        let start = min(total, (self.number - 1) * IndexPaging.perPage)
        shown = start..<min(total, start + IndexPaging.perPage)
    }

    /// The page's entries out of the index's whole list.
    func slice<Entry>(_ entries: [Entry]) -> ArraySlice<Entry> { entries[shown.clamped(to: entries.indices)] }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
