import Foundation

/// The ranking the search box promises, computed straight from a built site's index files, so a
/// browser test can compare what the page shows with what it should show.
struct SearchOracle {
    struct Result: Equatable {
        var title: String
        var url: String
    }

    let site: URL
    private let pages: [[String]]

    init(site: URL) throws {
        self.site = site
        let data = try Data(contentsOf: site.appendingPathComponent("search/pages.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        pages = object?["pages"] as? [[String]] ?? []
    }

    /// Pages matching every word of `query` (each word a prefix of an indexed word): title matches
    /// first, then headings, then body; then by summed weight; then in page order.
    func results(for query: String) throws -> [Result] {
        let terms = query.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count >= 2 }
        var scores: [Int: (best: Int, total: Int)]?
        for term in terms {
            var found: [Int: Int] = [:]
            for (word, postings) in try shard(for: term) where word.hasPrefix(term) {
                for posting in postings { found[posting / 4] = max(found[posting / 4] ?? 0, posting % 4) }
            }
            var next: [Int: (best: Int, total: Int)] = [:]
            for (page, weight) in found {
                guard let before = scores == nil ? (0, 0) : scores?[page] else { continue }
                next[page] = (max(before.best, weight), before.total + weight)
            }
            scores = next
        }
        let ranked = (scores ?? [:]).sorted { a, b in
            (a.value.best, a.value.total, -a.key) > (b.value.best, b.value.total, -b.key)
        }
        return ranked.map { Result(title: pages[$0.key][0], url: pages[$0.key][1]) }
    }

    private func shard(for term: String) throws -> [String: [Int]] {
        let key = term.prefix(2).utf8.map { String(format: "%02x", $0) }.joined()
        let url = site.appendingPathComponent("search/terms/\(key).json")
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: [Int]] ?? [:]
    }
}
