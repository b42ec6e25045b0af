import Foundation

/// The build-time search index the search box reads, split so a browser loads only what a query needs.
///
/// `search/pages.json` lists every page as `[title, url, summary]`; its position is the page's
/// number. Each word of every page goes into a shard named after its first two characters,
/// `search/terms/<hex of those characters>.json`, mapping the word to `page * 4 + weight` numbers,
/// where weight 3 means the word is in the title, 2 in a heading and 1 in the body. A query word
/// of two characters or more loads one shard and matches every word it is a prefix of.
enum SearchIndex {
    static let summaryLength = 160

    static func files(for site: Site) -> [OutputFile] {
        var shards: [String: [String: [Int]]] = [:]
        var pages: [String] = []
        for (number, page) in site.pages.enumerated() {
            pages.append(JSON.array([JSON.string(page.title), JSON.string(site.config.basePath + LinkResolver.percentEncodePath(page.url)),
                                     JSON.string(shortened(page.summary))]))
            var weights: [String: Int] = [:]
            func add(_ text: String, weight: Int) {
                for word in words(text) where weights[word, default: 0] < weight { weights[word] = weight }
            }
            add(page.markdown.text, weight: 1)
            for heading in page.markdown.headings { add(heading.text, weight: 2) }
            add(page.title, weight: 3)
            for (word, weight) in weights {
                shards[shardKey(word), default: [:]][word, default: []].append(number * 4 + weight)
            }
        }
        var files = [OutputFile.text("search/pages.json", JSON.object([("pages", JSON.array(pages))]))]
        for (key, terms) in shards {
            let body = JSON.object(terms.sorted { $0.key < $1.key }.map { term, postings in
                (term, JSON.array(postings.map(String.init)))
            })
            files.append(.text("search/terms/\(key).json", body))
        }
        return files
    }

    /// Lowercased words without accents: runs of letters and digits, as the search box splits a query.
    static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber { current.append(character) } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The first two characters of a word, as lowercase hex of their UTF-8 bytes, so any script makes a safe file name.
    static func shardKey(_ word: String) -> String {
        word.prefix(2).utf8.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    static func shortened(_ text: String) -> String {
        guard text.count > summaryLength else { return text }
        let cut = text.prefix(summaryLength)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
