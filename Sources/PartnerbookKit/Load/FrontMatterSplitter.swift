/// A page's text cut into its YAML front matter and its Markdown body.
struct SplitPage: Equatable {
    /// The YAML between the `---` lines, or nil when the page has none.
    var yaml: String?
    /// The 1-based line of the file on which the YAML starts.
    var yamlFirstLine: Int
    var body: Substring
    /// The 1-based line of the file on which the body starts.
    var bodyFirstLine: Int
}

enum FrontMatterSplitter {
    struct Unterminated: Error, Equatable {}

    /// Front matter must open on the very first line with `---` and close with `---` or `...`.
    static func split(_ text: String) -> Result<SplitPage, Unterminated> {
        guard isFence(text.prefix(while: { $0 != "\n" }), closing: false) else {
            return .success(SplitPage(yaml: nil, yamlFirstLine: 0, body: text[...], bodyFirstLine: 1))
        }
        guard let firstNewline = text.firstIndex(of: "\n") else { return .failure(Unterminated()) }
        let yamlStart = text.index(after: firstNewline)
        var lineStart = yamlStart
        var line = 2
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            if isFence(text[lineStart..<lineEnd], closing: true) {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return .success(SplitPage(
                    yaml: String(text[yamlStart..<lineStart]), yamlFirstLine: 2,
                    body: text[bodyStart...], bodyFirstLine: line + 1))
            }
            guard lineEnd < text.endIndex else { break }
            lineStart = text.index(after: lineEnd)
            line += 1
        }
        return .failure(Unterminated())
    }

    /// `---` (or, closing, `...`) with nothing after it but spaces and tabs.
    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let bytes = line.utf8
        guard bytes.count >= 3 else { return false }
        let start = bytes.startIndex
        let mark = bytes[start]
        guard mark == UInt8(ascii: "-") || (closing && mark == UInt8(ascii: ".")) else { return false }
        let third = bytes.index(start, offsetBy: 3)
        return bytes[start..<third].allSatisfy { $0 == mark }
            && bytes[third...].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
