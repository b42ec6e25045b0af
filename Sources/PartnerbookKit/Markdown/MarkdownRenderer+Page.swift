import Foundation

extension MarkdownRenderer {
    /// Renders a parsed page and settles what depends on its body: its title, summary and words.
    func page(from parsed: ParsedPage, url: String) -> (Page, [Diagnostic]) {
        var (markdown, text, diagnostics) = render(parsed.body, of: parsed.source, bodyFirstLine: parsed.bodyFirstLine)
        let fm = parsed.frontMatter
        if fm.title == nil, markdown.headings.first?.level == 1 { markdown.html = Self.droppingLeadingTitle(markdown.html) }
        let parts = parsed.path.split(separator: "/")
        let title = fm.title
            ?? markdown.headings.first { $0.level == 1 }?.text
            ?? Self.title(fromFileName: String(parts.last!.dropLast(3)), folder: parts.count > 1 ? String(parts[parts.count - 2]) : nil)
        var page = Page(path: parsed.path, url: url, kind: parsed.kind, title: title,
                        summary: fm.summary ?? markdown.firstParagraph ?? "",
                        frontMatter: fm, markdown: markdown,
                        section: parts.count > 1 ? String(parts[0]) : nil)
        page.searchWords = SearchIndex.encodedWords(of: page, text: text)
        return (page, diagnostics)
    }

    /// A page titled by its opening `#` heading shows that title once, from the template.
    static func droppingLeadingTitle(_ html: String) -> String {
        guard html.hasPrefix("<h1 "), let end = html.range(of: "</h1>\n") else { return html }
        return String(html[end.upperBound...])
    }

    /// `aligning-goals` → `Aligning goals`; an `index` page takes its folder's name.
    static func title(fromFileName name: String, folder: String?) -> String {
        var base = name
        if name == "index" || name == "_index" { base = folder ?? "Home" }
        let words = base.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
