/// Turns Mustache text into `TemplateNode`s, reading bytes (every character that matters to the
/// syntax is ASCII).
///
/// Which whitespace a tag alone on its line removes follows swift-mustache 2.1, the engine
/// Partnerbook rendered with before this one, so that themes written for it come out byte for byte
/// the same: a tag is "standalone" only when nothing but blanks came before it on its line since
/// the last newline or standalone tag, and only blanks follow it to the end of the line.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0

    private struct State {
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
                let lineBlanks = read(while: { $0 == space || $0 == tab })
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

private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

extension TemplateParser {
    private enum TextStop: Equatable {
        case tag
        case newline(length: Int)
        case end
    }

    /// Text up to the next tag (whose opening delimiter is consumed) or line end (which is not).
    private mutating func readText(_ state: State) -> ([UInt8], TextStop) {
        let start = position
        let first = state.open[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == newline { return (Array(bytes[start..<position]), .newline(length: 1)) }
            if byte == carriageReturn, position + 1 < bytes.count, bytes[position + 1] == newline {
                return (Array(bytes[start..<position]), .newline(length: 2))
            }
            if byte == first, matches(state.open, at: position) {
                let text = Array(bytes[start..<position])
                position += state.open.count
                return (text, .tag)
            }
            position += 1
        }
        return (Array(bytes[start..<position]), .end)
    }

    private mutating func isStandalone(_ state: State) -> Bool { state.newLine && finishLine() }

    /// Whether only blanks are left on this line; if so, moves past them and the line end.
    private mutating func finishLine() -> Bool {
        guard position < bytes.count else { return true }
        var next = position
        while next < bytes.count, bytes[next] == space || bytes[next] == tab { next += 1 }
        guard next < bytes.count else { return false }
        if bytes[next] == newline { position = next + 1; return true }
        if bytes[next] == carriageReturn {
            position = next + (next + 1 < bytes.count && bytes[next + 1] == newline ? 2 : 1)
            return true
        }
        return false
    }

    /// A tag's name up to the closing delimiter, with its transforms: `empty(.)` is `.` under `empty`.
    private mutating func readName(_ state: State) throws(TemplateSyntaxError) -> TemplateName {
        skipWhitespace()
        let written = String(decoding: read(while: Self.isNameByte), as: UTF8.self)
        skipWhitespace()
        guard matches(state.close, at: position) else { throw error(.unfinishedTag, at: position) }
        position += state.close.count
        guard let (name, transforms) = Self.transforms(of: written) else { throw error(.unfinishedTag, at: position) }
        return TemplateName(name, transforms: transforms)
    }

    private mutating func readPartialName(_ state: State) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let name = String(decoding: read(while: { Self.isNameByte($0) || $0 == UInt8(ascii: "/") }), as: UTF8.self)
        skipWhitespace()
        guard matches(state.close, at: position) else { throw error(.unfinishedTag, at: position) }
        position += state.close.count
        return name
    }

    /// `a(b(c))` is `c` under `b`, then `a`: transforms listed outermost first.
    static func transforms(of written: String) -> (String, [String])? {
        var transforms: [String] = []
        var rest = written[...]
        while let open = rest.firstIndex(of: "(") {
            let head = rest[..<open]
            if head.contains(")") { return nil }
            transforms.append(String(head))
            rest = rest[rest.index(after: open)...]
        }
        guard !transforms.isEmpty else { return rest.contains(")") ? nil : (written, []) }
        guard let close = rest.firstIndex(of: ")") else { return nil }
        let tail = rest[close...]
        guard tail.count == transforms.count, tail.allSatisfy({ $0 == ")" }) else { return nil }
        return (String(rest[..<close]), transforms)
    }

    private mutating func changeDelimiters(_ state: inout State) throws(TemplateSyntaxError) {
        skipWhitespace()
        let open = read(while: { !Self.isWhitespace($0) })
        skipWhitespace()
        let close = read(while: { !Self.isWhitespace($0) && $0 != UInt8(ascii: "=") })
        skipWhitespace()
        guard !open.isEmpty, !close.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
            throw error(.badDelimiters, at: position)
        }
        position += 1
        guard matches(state.close, at: position) else { throw error(.badDelimiters, at: position) }
        position += state.close.count
        state.open = Array(open)
        state.close = Array(close)
        state.parentTopLevel = false
    }

    /// `{{% CONTENT_TYPE: TEXT}}`: accepted and ignored, as values are escaped before rendering.
    private mutating func readPragma(_ state: State) throws(TemplateSyntaxError) {
        skipWhitespace()
        let key = String(decoding: read(while: Self.isNameByte), as: UTF8.self)
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error(.badPragma, at: position) }
        position += 1
        skipWhitespace()
        let value = String(decoding: read(while: Self.isNameByte), as: UTF8.self)
        skipWhitespace()
        guard !key.isEmpty, !value.isEmpty, matches(state.close, at: position) else { throw error(.badPragma, at: position) }
        position += state.close.count
        guard key == "CONTENT_TYPE", value == "TEXT" || value == "HTML" else { throw error(.unknownPragma, at: position) }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "._-?()*".utf8.contains(byte)
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn || byte == 0x0B || byte == 0x0C
    }

    private mutating func skipWhitespace() { _ = read(while: Self.isWhitespace) }

    private mutating func read(while accepts: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, accepts(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    private func matches(_ delimiter: [UInt8], at offset: Int) -> Bool {
        offset + delimiter.count <= bytes.count && bytes[offset..<offset + delimiter.count].elementsEqual(delimiter)
    }

    private func find(_ delimiter: [UInt8]) -> Int? {
        var offset = position
        while offset + delimiter.count <= bytes.count {
            if matches(delimiter, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    /// Lines and columns count characters from 1, as an editor shows them.
    private func error(_ problem: TemplateSyntaxError.Problem, at offset: Int) -> TemplateSyntaxError {
        let before = bytes[..<min(offset, bytes.count)]
        let lineStart = before.lastIndex(of: newline).map { $0 + 1 } ?? 0
        let line = before.count(where: { $0 == newline }) + 1
        let column = String(decoding: bytes[lineStart..<before.endIndex], as: UTF8.self).count + 1
        return TemplateSyntaxError(problem: problem, line: line, column: column)
    }
}
