import Foundation

extension Data {
    /// The bytes as an array, copied in one go (iterating `Data` byte by byte is slow).
    var byteArray: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Whether these are exactly `bytes`, compared with `memcmp`.
    func hasSameBytes(as bytes: [UInt8]) -> Bool {
        guard count == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        return withUnsafeBytes { mine in bytes.withUnsafeBytes { memcmp(mine.baseAddress!, $0.baseAddress!, bytes.count) == 0 } }
    }
}
