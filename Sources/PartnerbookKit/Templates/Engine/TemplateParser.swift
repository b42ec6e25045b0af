/// Turns Mustache text into `TemplateNode`s, reading bytes (every character that matters to the
/// syntax is ASCII).
///
/// Which whitespace a tag alone on its line removes follows swift-mustache 2.1, the engine
/// Partnerbook rendered with before this one, so that themes written for it come out byte for byte
/// the same: a tag is "standalone" only when nothing but blanks came before it on its line since
/// the last newline or standalone tag, and only blanks follow it to the end of the line.
struct TemplateParser {
    /// The template, and how far parsing has read (only `parse(_:)` makes a parser).
    let bytes: [UInt8]
    var position = 0

    struct State {
        /// The open section (`#`, `^`, `$` or `<`) that a closing tag must name.
        var section: (name: String, transforms: [String])?
        /// Whether the next tag may be standalone.
        var newLine = true
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        /// Inside `{{< parent}}…{{/parent}}`, and directly inside it (where only blocks may stand).
        var inParent = false
        var parentTopLevel = false
        /// How much leading whitespace the first line of an override had; later lines lose as much.
        var overrideIndent: Int?

        /// The state inside a section's body.
        mutating func enter(section: (name: String, transforms: [String]), standalone: Bool) {
            self.section = section
            parentTopLevel = false
            if !standalone { newLine = false }
        }
    }

    private init(_ text: String) { bytes = Array(text.utf8) }

    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(text)
        var state = State()
        // Partnerbook used to put a tag in front of every template, which kept a tag on the first
        // line from being standalone (and removed the first line when it was blank). Kept as it was.
        state.newLine = parser.finishLine()
        return try parser.parse(&state)
    }

    private mutating func parse(_ state: inout State) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var blanks: ArraySlice<UInt8> = []
        while position < bytes.count {
            if state.newLine {
                let lineBlanks = read(while: { $0 == TemplateSyntax.space || $0 == TemplateSyntax.tab })
                if state.inParent && !state.parentTopLevel {
                    if let indent = state.overrideIndent {
                        blanks = lineBlanks.dropFirst(indent)
                    } else {
                        state.overrideIndent = lineBlanks.count
                    }
                } else {
                    blanks = lineBlanks
                }
            }
            let (text, stop) = readText(state)
            if case .newline(let length) = stop {
                nodes.append(.text(Array(blanks) + text + bytes[position..<position + length]))
                position += length
                state.newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array(blanks) + text))
                blanks = []
                state.newLine = false
            }
            guard stop == .tag, position < bytes.count else { break }

            func flushBlanks() {
                if !blanks.isEmpty { nodes.append(.text(Array(blanks))) }
                blanks = []
            }
            var standalone = false
            let sigil = bytes[position]
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let name = try readName(state)
                standalone = isStandalone(state)
                if !standalone { flushBlanks() }
                var inner = state
                inner.enter(section: (name.name, name.transforms), standalone: standalone)
                let body = try parse(&inner)
                nodes.append(.section(name, body: body, inverted: sigil == UInt8(ascii: "^")))
            case UInt8(ascii: "/"):
                position += 1
                let start = position
                let name = try readName(state)
                guard let open = state.section, open.name == name.name, open.transforms == name.transforms else {
                    throw error(.closedWithOtherName, at: start)
                }
                if !isStandalone(state) { flushBlanks() }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(state.close) else { throw error(.unfinishedComment, at: bytes.count) }
                position = end + state.close.count
                standalone = isStandalone(state)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flushBlanks()
                position += 1
                let name = try readName(state)
                if sigil == UInt8(ascii: "{") {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw error(.unfinishedTag, at: position)
                    }
                    position += 1
                }
                nodes.append(.value(name))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                let dynamic = bytes[position...].first == UInt8(ascii: "*")
                if dynamic { position += 1 }
                let name = try readPartialName(state)
                if !blanks.isEmpty { nodes.append(.text(Array(blanks))) }
                standalone = isStandalone(state)
                nodes.append(.partial(name, dynamic: dynamic, indentation: standalone ? Array(blanks) : nil, overrides: nil))
                blanks = []
            case UInt8(ascii: "<"):
                position += 1
                skipWhitespace()
                let written = try readPartialName(state)
                if !blanks.isEmpty { nodes.append(.text(Array(blanks))) }
                standalone = isStandalone(state)
                var inner = state
                inner.section = (written, [])
                inner.newLine = true
                inner.inParent = true
                inner.parentTopLevel = true
                var overrides: [String: [TemplateNode]] = [:]
                for node in try parse(&inner) {
                    switch node {
                    case .override(let block, let body): overrides[block] = body
                    case .text: break
                    default: throw error(.tagInsideParent, at: position)
                    }
                }
                let dynamic = written.first == "*"
                nodes.append(.partial(dynamic ? String(written.dropFirst()) : written, dynamic: dynamic,
                                      indentation: Array(blanks), overrides: overrides))
                blanks = []
            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state)
                guard name.transforms.isEmpty else { throw error(.transformOnBlock, at: position) }
                if state.parentTopLevel {
                    standalone = isStandalone(state)
                    var inner = state
                    inner.enter(section: (name.name, []), standalone: standalone)
                    nodes.append(.override(name.name, body: try parse(&inner)))
                } else {
                    if !blanks.isEmpty { nodes.append(.text(Array(blanks))) }
                    standalone = isStandalone(state)
                    var inner = state
                    inner.enter(section: (name.name, []), standalone: standalone)
                    nodes.append(.block(name.name, body: try parse(&inner), indentation: Array(blanks)))
                    blanks = []
                }
            case UInt8(ascii: "="):
                position += 1
                try changeDelimiters(&state)
                standalone = isStandalone(state)
            case UInt8(ascii: "%"):
                position += 1
                try readPragma(state)
                standalone = isStandalone(state)
            default:
                flushBlanks()
                nodes.append(.value(try readName(state)))
            }
            state.newLine = standalone
        }
        if state.section != nil { throw error(.unclosedSection, at: bytes.count) }
        return nodes
    }
}
