/// Turns cmark's byte columns into columns counted in characters (Unicode scalars), as the YAML
/// findings count them, so `Café [link](x.md)` reports the link at column 6, not 7.
struct LineIndex {
    private let lines: [Substring]

    init(_ text: String) {
        // Split on bytes: splitting a String on a Character runs grapheme breaking over the whole
        // page, which a profile of a 10,000-page build showed to cost a tenth of the check stage.
        lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The 1-based character column of the 1-based byte `column` on the 1-based `line`.
    func characterColumn(line: Int, byteColumn column: Int) -> Int {
        guard lines.indices.contains(line - 1), column > 1 else { return column }
        let text = lines[line - 1]
        let bytes = text.utf8
        let end = bytes.index(bytes.startIndex, offsetBy: min(column - 1, bytes.count))
        return text[..<end].unicodeScalars.count + 1
    }
}
