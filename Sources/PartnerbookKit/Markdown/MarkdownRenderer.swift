/// Renders one page's Markdown body: cmark's HTML plus heading ids, checkboxes and rewritten links.
struct MarkdownRenderer {
    let options: CMark.Options
    /// Without a resolver, links stay as written and are not checked.
    let resolver: LinkResolver?

    /// `bodyFirstLine` is the file line the body starts on, so every reported line is the file's own.
    /// Also returns the body's readable text, for its words.
    func render(_ body: String, of file: SourceFile, bodyFirstLine: Int) -> (RenderedMarkdown, text: String, [Diagnostic]) {
        var visitor = Visitor(file: file, body: body, lineOffset: bodyFirstLine - 1, resolver: resolver)
        visitor.result.html = CMark.render(body, options: options, visitor: &visitor)
        visitor.result.compact()
        return (visitor.result, visitor.text, visitor.diagnostics)
    }

    private struct Visitor: MarkdownVisitor {
        let file: SourceFile
        let body: String
        let lineOffset: Int
        let resolver: LinkResolver?
        var result = RenderedMarkdown()
        /// The readable text, gathered for its words.
        var text = ""
        var diagnostics: [Diagnostic] = []
        var slugger = Slugger()
        lazy var lines = LineIndex(body)

        mutating func heading(level: Int, text: String, line: Int) -> String {
            let id = slugger.uniqueSlug(text)
            result.headings.append(Heading(level: level, id: id, text: text, line: line + lineOffset))
            return id
        }

        mutating func taskItem(text: String, checked: Bool, line: Int) -> String {
            let id = slugger.uniqueSlug("task " + text, fallback: "task")
            result.tasks.append(TaskItem(text: text, checked: checked, id: id, line: line + lineOffset))
            return id
        }

        mutating func link(_ destination: String, isImage: Bool, line: Int, column: Int) -> String? {
            guard let resolver else { return nil }
            let column = lines.characterColumn(line: line, byteColumn: column)
            let target = resolver.resolve(destination, from: file.path)
            result.links.append(Link(destination: destination, target: target, isImage: isImage,
                                     line: line + lineOffset, column: column))
            return resolver.url(for: target)
        }

        mutating func firstParagraph(_ text: String) {
            result.firstParagraph = text
        }

        mutating func text(_ text: String) {
            self.text += text
        }
    }
}
