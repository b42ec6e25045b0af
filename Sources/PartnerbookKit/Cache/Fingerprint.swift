/// A 64-bit FNV-1a hash that is the same in every process and on every machine (Swift's own
/// `Hasher` is seeded anew per process), so a build can tell whether a file's inputs changed since
/// an earlier build that ran in another process. Every value is fed with its kind and length, so
/// `["ab"]` and `["a", "b"]` differ.
public struct Fingerprint: Hashable, Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    init(value: UInt64) { self.value = value }

    /// The fingerprint of one piece of text.
    public static func of(_ text: String) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.add(text)
        return fingerprint
    }

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { add(UInt8(truncatingIfNeeded: number >> UInt64(shift))) }
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            add(UInt64(bytes.count))
            for byte in bytes { add(byte) }
        }
    }

    mutating func add(_ bytes: [UInt8]) {
        add(UInt64(bytes.count))
        for byte in bytes { add(byte) }
    }

    /// A template context: strings, booleans, numbers, lists and dictionaries, nested. Dictionary
    /// keys are taken in sorted order, since their order in memory differs between processes.
    mutating func add(context value: Any) {
        switch value {
        case let text as String:
            add(UInt8(1))
            add(text)
        case let flag as Bool:
            add(UInt8(flag ? 2 : 3))
        case let number as Int:
            add(UInt8(4))
            add(UInt64(bitPattern: Int64(number)))
        case let values as [String: Any]:
            add(UInt8(5))
            add(UInt64(values.count))
            for (key, item) in values.sorted(by: { $0.key < $1.key }) {
                add(key)
                add(context: item)
            }
        case let list as [[String: Any]]:
            add(UInt8(6))
            add(UInt64(list.count))
            for item in list { add(context: item) }
        case let list as [Any]:
            add(UInt8(6))
            add(UInt64(list.count))
            for item in list { add(context: item) }
        default:
            add(UInt8(7))
            add(String(reflecting: type(of: value)) + "|" + String(describing: value))
        }
    }
}
