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

    /// `value` as a part of its own, with its own texts, that a reader may skip and read later
    /// (`SnapshotReader.deferred`).
    mutating func writeDeferrable(_ value: some SnapshotCoding) {
        var part = SnapshotWriter()
        part.write(value)
        write(part.bytes.count)
        bytes += part.bytes
    }

    /// The bytes followed by their fingerprint, which the reader checks before it trusts them.
    var sealedBytes: [UInt8] {
        withUnsafeBytes(of: Fingerprint.of(bytes).value.littleEndian) { bytes + $0 }
    }

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

    /// The mapped snapshot file, held for as long as a reader or a deferred part may read it.
    private let file: MappedFile
    private let bytes: UnsafeRawBufferPointer
    private var position: Int
    private let end: Int
    private var texts: [String] = []

    /// Reads the part of `file` in `range`.
    private init(_ file: MappedFile, range: Range<Int>) {
        (self.file, bytes) = (file, file.bytes)
        (position, end) = (range.lowerBound, range.upperBound)
    }

    /// Reads what a writer's `sealedBytes` holds; nil when the bytes are not what it wrote.
    init?(sealed file: MappedFile) {
        let bytes = file.bytes
        guard bytes.count >= 8 else { return nil }
        let body = bytes.count - 8
        let seal = bytes[body...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard Fingerprint.of(UnsafeRawBufferPointer(rebasing: bytes[..<body])).value == seal else { return nil }
        self.init(file, range: 0..<body)
    }

    var isAtEnd: Bool { position == end }

    mutating func int() throws(Damaged) -> Int {
        var value: UInt = 0
        var shift: UInt = 0
        while true {
            guard position < end, shift < 64 else { throw Damaged() }
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
        guard count >= 0, count <= end - position else { throw Damaged() }
        return count
    }

    mutating func read<Value: SnapshotCoding>(_: Value.Type = Value.self) throws(Damaged) -> Value {
        try Value(from: &self)
    }

    /// A part written by `writeDeferrable`, skipped now and read when the value is first asked
    /// for. The part's bytes were sealed with the rest, so reading them cannot fail.
    mutating func deferred<Value: SnapshotCoding & Sendable>(_: Value.Type = Value.self) throws(Damaged) -> Deferred<Value> {
        let count = try count()
        let (file, range) = (file, position..<position + count)
        position += count
        return Deferred {
            var reader = SnapshotReader(file, range: range)
            guard let value = try? reader.read(Value.self), reader.isAtEnd else {
                preconditionFailure("a sealed build snapshot holds a part its reader cannot read")
            }
            return value
        }
    }

    mutating func string() throws(Damaged) -> String {
        let word = try int()
        if word & 1 == 1 {
            guard word >> 1 < texts.count else { throw Damaged() }
            return texts[word >> 1]
        }
        let count = word >> 1
        guard count >= 0, count <= end - position else { throw Damaged() }
        defer { position += count }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + count]), as: UTF8.self)
        texts.append(text)
        return text
    }
}

extension Int: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(self) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) { self = try reader.int() }
}

extension Int32: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(Int(self)) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) { self = try Int32(checking: try reader.int()) }

    /// `value`, which a damaged snapshot may have made too large.
    init(checking value: Int) throws(SnapshotReader.Damaged) {
        guard let exact = Int32(exactly: value) else { throw SnapshotReader.Damaged() }
        self = exact
    }
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
