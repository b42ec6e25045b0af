/// A value that writes itself into a snapshot and reads itself back, field by field in a fixed
/// order, with no names: the build snapshot (`BuildSnapshot`) must be read in a few milliseconds,
/// which Foundation's coders, at about a second per megabyte of a 1,000-page site, are far from.
protocol SnapshotCoding {
    func write(to writer: inout SnapshotWriter)
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged)
}

/// Each piece of text is written once: a repeat (a finding's hint, a link's target, a folder)
/// is written as the number of its first appearance.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []
    private var texts: [String: Int] = [:]

    /// Variable-length, seven bits a byte: small numbers, the most common, take one byte.
    mutating func write(_ value: Int) {
        var rest = UInt(bitPattern: value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: some SnapshotCoding) { value.write(to: &self) }

    mutating func write(utf8 text: String) {
        if let number = texts[text] { return write(number << 1 | 1) }
        texts[text] = texts.count
        var text = text
        text.withUTF8 { buffer in
            write(buffer.count << 1)
            bytes.append(contentsOf: buffer)
        }
    }
}

struct SnapshotReader {
    /// The snapshot ends early or holds what no writer wrote: it is not used.
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var position = 0
    private var texts: [String] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func int() throws(Damaged) -> Int {
        var value: UInt = 0
        var shift: UInt = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return Int(bitPattern: value) }
            shift += 7
        }
    }

    /// How many values follow: never more than the bytes left, each value taking one at least.
    mutating func count() throws(Damaged) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Damaged() }
        return count
    }

    mutating func read<Value: SnapshotCoding>(_: Value.Type = Value.self) throws(Damaged) -> Value {
        try Value(from: &self)
    }

    mutating func string() throws(Damaged) -> String {
        let word = try int()
        if word & 1 == 1 {
            guard word >> 1 < texts.count else { throw Damaged() }
            return texts[word >> 1]
        }
        let count = word >> 1
        guard count >= 0, count <= bytes.count - position else { throw Damaged() }
        defer { position += count }
        let text = bytes.withUnsafeBufferPointer { String(decoding: $0[position..<position + count], as: UTF8.self) }
        texts.append(text)
        return text
    }
}

extension Int: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(self) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) { self = try reader.int() }
}

extension Bool: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(self ? 1 : 0) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) { self = try reader.int() != 0 }
}

extension String: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(utf8: self) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) { self = try reader.string() }
}

extension Optional: SnapshotCoding where Wrapped: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(self == nil ? 0 : 1)
        if let self { writer.write(self) }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self = try reader.int() == 0 ? nil : reader.read(Wrapped.self)
    }
}

extension Array: SnapshotCoding where Element: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(count)
        for element in self { writer.write(element) }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let count = try reader.count()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try reader.read(Element.self)) }
    }
}

extension Set: SnapshotCoding where Element: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(Array(self)) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) { self = Set(try reader.read([Element].self)) }
}

extension Dictionary: SnapshotCoding where Key: SnapshotCoding, Value: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(count)
        for (key, value) in self {
            writer.write(key)
            writer.write(value)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let count = try reader.count()
        self = [:]
        reserveCapacity(count)
        for _ in 0..<count { self[try reader.read(Key.self)] = try reader.read(Value.self) }
    }
}
