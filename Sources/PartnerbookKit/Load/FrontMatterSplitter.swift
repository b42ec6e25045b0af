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
        guard isFence(text[..<(text.utf8.firstIndex(of: 10) ?? text.endIndex)], closing: false) else {
            return .success(SplitPage(yaml: nil, yamlFirstLine: 0, body: text[...], bodyFirstLine: 1))
        }
        guard let firstNewline = text.utf8.firstIndex(of: 10) else { return .failure(Unterminated()) }
        let yamlStart = text.index(after: firstNewline)
        var lineStart = yamlStart
        var line = 2
        while lineStart < text.endIndex {
            let lineEnd = text.utf8[lineStart...].firstIndex(of: 10) ?? text.endIndex
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

    /// Works on bytes, so a megabyte-long first line costs no more than reading it.
    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var bytes = line.utf8[...]
        while let last = bytes.last, last == 32 || last == 9 { bytes = bytes.dropLast() }
        return bytes.elementsEqual("---".utf8) || (closing && bytes.elementsEqual("...".utf8))
    }
}
