/// Turns a file's bytes into text the rest of the build can trust: valid UTF-8, no byte-order
/// mark, and `\n` for every line ending (CRLF and lone CR alike), so line numbers stay true.
enum TextDecoding {
    struct InvalidUTF8: Error, Equatable {
        let line: Int
        let column: Int
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidUTF8> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        let normalized = body.contains(13) ? normalizeLineEndings(body) : Array(body)
        if let text = String(validating: normalized, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalidByte(in: normalized))
    }

    static func normalizeLineEndings(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 13 {
                out.append(10)
                previousWasCR = true
                continue
            }
            if !(byte == 10 && previousWasCR) { out.append(byte) }
            previousWasCR = false
        }
        return out
    }

    /// The 1-based line and column (counted in characters before it) of the first byte that is not UTF-8.
    static func firstInvalidByte(in bytes: [UInt8]) -> InvalidUTF8 {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            guard length > 0 else { break }
            if bytes[index] == 10 {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        let lineBytes = bytes[lineStart..<index]
        let column = (String(validating: lineBytes, as: UTF8.self)?.count ?? lineBytes.count) + 1
        return InvalidUTF8(line: line, column: column)
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or 0 when it is ill-formed.
    private static func validSequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        let (length, low, high): (Int, UInt8, UInt8) = switch lead {
        case 0x00...0x7F: (1, 0x80, 0xBF)
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: (0, 0, 0)
        }
        guard length > 0, i + length <= b.count else { return 0 }
        for k in 1..<length {
            let byte = b[i + k]
            let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lo, byte <= hi else { return 0 }
        }
        return length
    }
}
