import Foundation

/// The build-time search index the search box reads, split so a browser loads only what a query needs.
///
/// `search/pages.json` lists every page as `[title, url, summary]`; its position is the page's
/// number. Each word of every page goes into a shard named after its first two characters,
/// `search/terms/<hex of those characters>.json`, mapping the word to `page * 4 + weight` numbers,
/// where weight 3 means the word is in the title, 2 in a heading and 1 in the body. A query word
/// of two characters or more loads one shard and matches every word it is a prefix of.
struct SearchIndex: Sendable {
    static let summaryLength = 160

    /// Per page number, its words and their weights; nil for an index read from a build snapshot,
    /// whose page's words `replace` finds in the shards.
    private var pageWords: [[String: Int]]?
    /// Shard key → word → postings (`page * 4 + weight`), ascending.
    private(set) var shards: [String: [String: [Posting]]] = [:]

    /// `page * 4 + weight`: 32 bits hold half a billion pages, in half the memory of `Int` (a
    /// 10,000-page handbook has nearly two million postings).
    typealias Posting = Int32

    static func posting(page: Int, weight: Int) -> Posting { Posting(page * 4 + weight) }

    /// - Parameter keepingPageWords: whether to keep each page's words as a dictionary for later
    ///   `replace` calls (the preview); a one-off build holds only the postings.
    init(site: Site, keepingPageWords: Bool = true) {
        var postings: [String: [Posting]] = [:]
        for (number, page) in site.pages.enumerated() {
            for (word, weight) in Self.decoded(page.searchWords) {
                postings[String(word), default: []].append(Self.posting(page: number, weight: weight))
            }
        }
        // Each list is copied into an array of its own size, as lists grown by appending have up
        // to twice the room they need.
        while let (word, list) = postings.popFirst() { shards[Self.shardKey(word), default: [:]][word] = list.exactlySized }
        pageWords = keepingPageWords ? site.pages.parallelMap(Self.words(of:)) : nil
    }

    init(shards: [String: [String: [Posting]]]) {
        self.shards = shards
    }

    /// Puts a shard as a build snapshot's journal recorded it; nil for one no word needs any more.
    mutating func replaceShard(_ key: String, with terms: [String: [Posting]]?) {
        pageWords = nil
        shards[key] = terms
    }

    /// The words of one page as the shards hold them.
    private func storedWords(ofPage number: Int) -> [String: Int] {
        if let pageWords { return pageWords[number] }
        var words: [String: Int] = [:]
        for terms in shards.values {
            for (word, postings) in terms {
                if let posting = postings.first(where: { Int($0 / 4) == number }) { words[word] = Int(posting % 4) }
            }
        }
        return words
    }

    /// Every file of the index; with `deferred`, their bytes are made as they are written.
    func files(for site: Site, deferred: Bool = false) -> [OutputFile] {
        [.made(Self.pagesPath, deferred: deferred) { Array(Self.pageList(site).utf8) }]
            + shards.keys.map { key in .made(Self.shardPath(key), deferred: deferred) { [self] in shardBytes(key) ?? [] } }
    }

    /// Replaces one page's words, returning the shard keys whose files changed.
    mutating func replace(page number: Int, with words: [String: Int]) -> Set<String> {
        let old = storedWords(ofPage: number)
        guard old != words else { return [] }
        pageWords?[number] = words
        var touched: Set<String> = []
        for (word, weight) in old where words[word] != weight {
            let key = Self.shardKey(word)
            touched.insert(key)
            shards[key]![word]!.removeAll { $0 == Self.posting(page: number, weight: weight) }
            if shards[key]![word]!.isEmpty { shards[key]![word] = nil }
            if shards[key]!.isEmpty { shards[key] = nil }
        }
        for (word, weight) in words where old[word] != weight {
            let key = Self.shardKey(word)
            touched.insert(key)
            var postings = shards[key, default: [:]][word, default: []]
            let posting = Self.posting(page: number, weight: weight)
            postings.insert(posting, at: postings.firstIndex { $0 > posting } ?? postings.endIndex)
            shards[key, default: [:]][word] = postings
        }
        return touched
    }

    static func shardPath(_ key: String) -> String { "search/terms/\(key).json" }

    /// The shard's file, or nil when no word starts with its characters any more.
    func shardFile(_ key: String) -> OutputFile? {
        shardBytes(key).map { OutputFile(path: Self.shardPath(key), contents: .bytes($0)) }
    }

    /// The shard's bytes, or nil when no word starts with its characters any more.
    /// Written as bytes, number by number: the largest shards of a big handbook hold tens of
    /// thousands of postings, and a preview rebuild writes the shards its page's new words touch.
    private func shardBytes(_ key: String) -> [UInt8]? {
        guard let terms = shards[key] else { return nil }
        var body: [UInt8] = [UInt8(ascii: "{")]
        for (number, term) in terms.sorted(by: { $0.key < $1.key }).enumerated() {
            if number > 0 { body.append(UInt8(ascii: ",")) }
            body += JSON.string(term.key).utf8
            body += [UInt8(ascii: ":"), UInt8(ascii: "[")]
            for (position, posting) in term.value.enumerated() {
                if position > 0 { body.append(UInt8(ascii: ",")) }
                Self.appendDecimal(Int(posting), to: &body)
            }
            body.append(UInt8(ascii: "]"))
        }
        body.append(UInt8(ascii: "}"))
        return body
    }

    /// `String(value)` for a value that is not negative, without making a string.
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    static let pagesPath = "search/pages.json"

    /// The text of `search/pages.json`.
    static func pageList(_ site: Site) -> String {
        let base = site.config.basePath
        let pages = site.pages.map { page in
            JSON.array([JSON.string(page.title), JSON.string(base + LinkResolver.percentEncodePath(page.url)),
                        JSON.string(shortened(page.summary))])
        }
        return JSON.object([("pages", JSON.array(pages))])
    }

    /// A page's words with the weight of the most prominent place each appears in, as its render
    /// recorded them (`Page.searchWords`).
    static func words(of page: Page) -> [String: Int] {
        var weights: [String: Int] = [:]
        for (word, weight) in decoded(page.searchWords) { weights[String(word)] = weight }
        return weights
    }

    /// The words of a page whose body reads `text`, each with the weight of the most prominent
    /// place it appears in (the title, a heading or the body), `encoded`.
    static func encodedWords(of page: Page, text: String) -> String {
        var weights = WordWeights()
        func add(_ text: String, weight: Int) { forEachWord(in: text) { weights.raise($0, to: weight) } }
        add(text, weight: 1)
        for heading in page.markdown.headings { add(heading.text, weight: 2) }
        add(page.title, weight: 3)
        return weights.encoded
    }

    /// The words and weights `WordWeights.encoded` wrote.
    static func decoded(_ text: String) -> some Sequence<(word: Substring, weight: Int)> {
        // Split on bytes: splitting on a Character runs grapheme breaking over every page's words.
        text.utf8.split(separator: UInt8(ascii: " ")).lazy.map { entry in
            (Substring(entry.dropFirst()), Int(entry.first! - UInt8(ascii: "0")))
        }
    }

    /// Words as the search box splits a query: canonical decomposition, marks removed, lowercased
    /// (final sigma as sigma), then runs of letters and digits. Each of these steps works scalar by
    /// scalar, so a scalar beyond ASCII is folded once per build (`ScalarFolding`) and ASCII inline.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Calls `body` with the UTF-8 bytes of each word of `text`, as `words` splits them.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(64)
        func finish() {
            guard !current.isEmpty else { return }
            current.withUnsafeBufferPointer(body)
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                switch scalar.value {
                case 0x61...0x7A, 0x30...0x39: current.append(UInt8(scalar.value))
                case 0x41...0x5A: current.append(UInt8(scalar.value + 32))
                default: finish()
                }
            } else if isLetterOrDigit(scalar) || isMark(scalar) {
                for folded in ScalarFolding.shared.fold(scalar) {
                    if isLetterOrDigit(folded) { UTF8.encode(folded) { current.append($0) } } else { finish() }
                }
            } else {
                finish()
            }
        }
        finish()
    }

    /// One scalar beyond ASCII as the search box folds it: decomposed, marks removed, lowercased.
    static func folded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let bare = String.UnicodeScalarView(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter { !isMark($0) })
        return Array(String(bare).lowercased().replacingOccurrences(of: "ς", with: "σ").unicodeScalars)
    }

    /// The first two characters (Unicode scalars) of a word, as lowercase hex of their UTF-8 bytes, so any script makes a safe file name.
    static func shardKey(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.prefix(2))).utf8.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }

    static func shortened(_ text: String) -> String {
        guard text.count > summaryLength else { return text }
        let cut = text.prefix(summaryLength)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}

/// The folded form of each scalar beyond ASCII met in this process, kept: a handbook uses a few
/// hundred, and folding one through Foundation costs far more than a lookup.
final class ScalarFolding: @unchecked Sendable {
    static let shared = ScalarFolding()
    private let lock = NSLock()
    private var known: [Unicode.Scalar: [Unicode.Scalar]] = [:]

    func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let folded = lock.withLock({ known[scalar] }) { return folded }
        let folded = SearchIndex.folded(scalar)
        lock.withLock { known[scalar] = folded }
        return folded
    }
}
