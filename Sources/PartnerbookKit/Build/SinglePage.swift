import Foundation

/// `partnerbook render`: one Markdown file's body as HTML, front matter stripped, links left as written.
public enum SinglePage {
    public static func render(_ bytes: [UInt8], path: String, smartPunctuation: Bool = false, unsafeHTML: Bool = false)
        -> (html: String?, diagnostics: [Diagnostic]) {
        let file = SourceFile(path: path, bytes: bytes)
        let (parsed, problems) = PageParser.parse(file)
        guard let parsed else { return (nil, problems) }
        let renderer = MarkdownRenderer(options: CMark.Options(smartPunctuation: smartPunctuation, unsafeHTML: unsafeHTML),
                                        resolver: nil)
        let (markdown, _, more) = renderer.render(parsed.body, of: file, bodyFirstLine: parsed.bodyFirstLine)
        return (markdown.html, problems + more)
    }
}
