import CMark
import Glibc

/// What the Markdown walk asks of its caller where Partnerbook adds to cmark's output. Lines are
/// 1-based within the Markdown text handed to cmark; columns count bytes, as cmark does.
protocol MarkdownVisitor {
    /// Returns the id the heading gets.
    mutating func heading(level: Int, text: String, line: Int) -> String
    /// Returns the id a `- [ ]` / `- [x]` item's checkbox gets.
    mutating func taskItem(text: String, checked: Bool, line: Int) -> String
    /// Returns the destination to write instead, or nil to keep the link as it is.
    mutating func link(_ destination: String, isImage: Bool, line: Int, column: Int) -> String?
    /// The plain text of the document's first top-level paragraph.
    mutating func firstParagraph(_ text: String)
    /// Every piece of readable text, in document order, for search.
    mutating func text(_ text: String)
}

/// The one place that speaks to libcmark. It parses, lets a visitor decide heading ids, task items
/// and link targets, and renders HTML that is otherwise exactly cmark's own. No C pointer leaves it.
enum CMark {
    struct Options: Hashable, Sendable {
        var smartPunctuation = false
        var unsafeHTML = false
    }

    static func render<V: MarkdownVisitor>(_ markdown: String, options: Options, visitor: inout V) -> String {
        var flags = CMARK_OPT_DEFAULT
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        if options.unsafeHTML { flags |= CMARK_OPT_UNSAFE }
        var source = markdown
        let root: OpaquePointer = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, flags)! }
        }
        defer { cmark_node_free(root) }
        cmark_consolidate_text_nodes(root)

        let found = collect(root, visitor: &visitor)
        for node in found.links {
            let destination = string(cmark_node_get_url(node))
            let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
            if let replacement = visitor.link(destination, isImage: isImage,
                                              line: Int(cmark_node_get_start_line(node)),
                                              column: Int(cmark_node_get_start_column(node))) {
                cmark_node_set_url(node, replacement)
            }
        }
        for item in found.items { markTask(item, visitor: &visitor) }
        for heading in found.headings { patchHeading(heading, flags: flags, visitor: &visitor) }
        return html(of: root, flags: flags)
    }

    private struct Found {
        var links: [OpaquePointer] = []
        var items: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
    }

    /// One walk over the tree records the nodes to change; the changes come after, when no iterator is live.
    private static func collect<V: MarkdownVisitor>(_ root: OpaquePointer, visitor: inout V) -> Found {
        var found = Found()
        var sawParagraph = false
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: found.links.append(node)
            case CMARK_NODE_ITEM: found.items.append(node)
            case CMARK_NODE_HEADING:
                found.headings.append(node)
                visitor.text("\n")
            case CMARK_NODE_PARAGRAPH:
                visitor.text("\n")
                if !sawParagraph, cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT {
                    sawParagraph = true
                    visitor.firstParagraph(plainText(of: node))
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                visitor.text(string(cmark_node_get_literal(node)))
            case CMARK_NODE_CODE_BLOCK:
                visitor.text("\n" + string(cmark_node_get_literal(node)))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                visitor.text(" ")
            default: break
            }
        }
        return found
    }

    /// A list item whose text starts `[ ] ` or `[x] ` becomes a labelled checkbox.
    private static func markTask<V: MarkdownVisitor>(_ item: OpaquePointer, visitor: inout V) {
        guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_TEXT else { return }
        let literal = string(cmark_node_get_literal(first))
        let checked: Bool
        if literal.hasPrefix("[ ] ") { checked = false }
        else if literal.hasPrefix("[x] ") || literal.hasPrefix("[X] ") { checked = true }
        else { return }
        let rest = String(literal.utf8.dropFirst(4))!
        guard !rest.isEmpty || cmark_node_next(first) != nil else { return }
        cmark_node_set_literal(first, rest)

        let id = HTML.escape(visitor.taskItem(text: plainText(of: paragraph), checked: checked,
                                              line: Int(cmark_node_get_start_line(item))))
        let label = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(label, "<input type=\"checkbox\" class=\"task\" id=\"\(id)\" data-task=\"\(id)\"\(checked ? " checked" : "")> <label for=\"\(id)\">")
        cmark_node_set_on_exit(label, "</label>")
        while let child = cmark_node_first_child(paragraph) { cmark_node_append_child(label, child) }
        cmark_node_append_child(paragraph, label)
    }

    /// cmark renders the heading; only the id is written in, so the rest stays exactly cmark's HTML.
    private static func patchHeading<V: MarkdownVisitor>(_ heading: OpaquePointer, flags: Int32, visitor: inout V) {
        let level = Int(cmark_node_get_heading_level(heading))
        let id = HTML.escape(visitor.heading(level: level, text: plainText(of: heading),
                                             line: Int(cmark_node_get_start_line(heading))))
        var rendered = html(of: heading, flags: flags)
        let openTag = "<h\(level)>"
        guard rendered.hasPrefix(openTag) else { return }
        rendered = "<h\(level) id=\"\(id)\">" + rendered.dropFirst(openTag.count)
        while rendered.hasSuffix("\n") { rendered.removeLast() }
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(block, rendered)
        cmark_node_insert_before(heading, block)
        cmark_node_unlink(heading)
        cmark_node_free(heading)
    }

    private static func html(of node: OpaquePointer, flags: Int32) -> String {
        guard let pointer = cmark_render_html(node, flags) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The text a reader sees in a node: literals joined, line breaks as spaces, markup dropped.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
