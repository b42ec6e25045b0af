/// Reads one source file into a parsed page: its text checked, its front matter typed.
enum PageParser {
    static func parse(_ file: SourceFile) -> (ParsedPage?, [Diagnostic]) {
        let text: String
        switch TextDecoding.decode(file.bytes) {
        case .success(let decoded): text = decoded
        case .failure(let bad):
            return (nil, [.error("encoding", at: file.location(line: bad.line, column: bad.column),
                                 "the file is not valid UTF-8", hint: "save it as UTF-8 in your editor")])
        }
        let split: SplitPage
        switch FrontMatterSplitter.split(text) {
        case .success(let value): split = value
        case .failure:
            return (nil, [.error("front-matter", at: file.location(line: 1, column: 1),
                                 "front matter opened with '---' is never closed",
                                 hint: "end it with a line holding only '---'")])
        }
        var frontMatter = FrontMatter()
        var diagnostics: [Diagnostic] = []
        if let yaml = split.yaml {
            (frontMatter, diagnostics) = FrontMatterDecoder.decode(yaml, firstLine: split.yamlFirstLine, in: file)
        }
        let page = ParsedPage(source: file, frontMatter: frontMatter, body: String(split.body), bodyFirstLine: split.bodyFirstLine)
        return (diagnostics.hasErrors ? nil : page, diagnostics)
    }
}
