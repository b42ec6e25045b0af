/// The bytes the template syntax is made of, besides delimiters.
enum TemplateSyntax {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}

/// The pieces `TemplateParser` reads a template with: text up to a tag, names, delimiters.
extension TemplateParser {
    enum TextStop: Equatable {
        case tag
        case newline(length: Int)
        case end
    }

    /// Text up to the next tag (whose opening delimiter is consumed) or line end (which is not).
    mutating func readText(_ state: State) -> ([UInt8], TextStop) {
        let start = position
        let first = state.open[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == TemplateSyntax.newline { return (Array(bytes[start..<position]), .newline(length: 1)) }
            if byte == TemplateSyntax.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == TemplateSyntax.newline {
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

    mutating func isStandalone(_ state: State) -> Bool { state.newLine && finishLine() }

    /// Whether only blanks are left on this line; if so, moves past them and the line end.
    mutating func finishLine() -> Bool {
        guard position < bytes.count else { return true }
        var next = position
        while next < bytes.count, bytes[next] == TemplateSyntax.space || bytes[next] == TemplateSyntax.tab { next += 1 }
        guard next < bytes.count else { return false }
        if bytes[next] == TemplateSyntax.newline { position = next + 1; return true }
        if bytes[next] == TemplateSyntax.carriageReturn {
            position = next + (next + 1 < bytes.count && bytes[next + 1] == TemplateSyntax.newline ? 2 : 1)
            return true
        }
        return false
    }

    /// A tag's name up to the closing delimiter, with its transforms: `empty(.)` is `.` under `empty`.
    mutating func readName(_ state: State) throws(TemplateSyntaxError) -> TemplateName {
        skipWhitespace()
        let written = String(decoding: read(while: Self.isNameByte), as: UTF8.self)
        skipWhitespace()
        guard matches(state.close, at: position) else { throw error(.unfinishedTag, at: position) }
        position += state.close.count
        guard let (name, transforms) = Self.transforms(of: written) else { throw error(.unfinishedTag, at: position) }
        return TemplateName(name, transforms: transforms)
    }

    mutating func readPartialName(_ state: State) throws(TemplateSyntaxError) -> String {
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

    mutating func changeDelimiters(_ state: inout State) throws(TemplateSyntaxError) {
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
    mutating func readPragma(_ state: State) throws(TemplateSyntaxError) {
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

    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "._-?()*".utf8.contains(byte)
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == TemplateSyntax.space || byte == TemplateSyntax.tab || byte == TemplateSyntax.newline || byte == TemplateSyntax.carriageReturn || byte == 0x0B || byte == 0x0C
    }

    mutating func skipWhitespace() { _ = read(while: Self.isWhitespace) }

    mutating func read(while accepts: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, accepts(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    func matches(_ delimiter: [UInt8], at offset: Int) -> Bool {
        offset + delimiter.count <= bytes.count && bytes[offset..<offset + delimiter.count].elementsEqual(delimiter)
    }

    func find(_ delimiter: [UInt8]) -> Int? {
        var offset = position
        while offset + delimiter.count <= bytes.count {
            if matches(delimiter, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    /// Lines and columns count characters from 1, as an editor shows them.
    func error(_ problem: TemplateSyntaxError.Problem, at offset: Int) -> TemplateSyntaxError {
        let before = bytes[..<min(offset, bytes.count)]
        let lineStart = before.lastIndex(of: TemplateSyntax.newline).map { $0 + 1 } ?? 0
        let line = before.count(where: { $0 == TemplateSyntax.newline }) + 1
        let column = String(decoding: bytes[lineStart..<before.endIndex], as: UTF8.self).count + 1
        return TemplateSyntaxError(problem: problem, line: line, column: column)
    }
}
