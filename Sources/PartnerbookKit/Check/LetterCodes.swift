/// Small numbers standing for the Characters of a folder's page names, equal exactly when the
/// Characters are (`==`, which holds across Unicode spellings such as a precomposed and a
/// decomposed "é"), so names compare as arrays of numbers instead of Characters.
struct LetterCodes: Sendable {
    /// An ASCII Character's code is its byte. Holding those here too lets a lookup find the few
    /// Characters outside ASCII that equal one inside it, as the Kelvin sign equals "K".
    private static let ascii = Dictionary(uniqueKeysWithValues: (0..<128).map { (Character(Unicode.Scalar(UInt8($0))), Int32($0)) })
    private var known = LetterCodes.ascii
    private var next: Int32 = 128

    /// The codes of `text`, numbering any Character not seen before.
    mutating func codes(_ text: String) -> [Int32] {
        if let bytes = Self.plainASCII(text) { return bytes }
        return text.map { letter in
            if let code = Self.byte(letter) ?? known[letter] { return code }
            defer { next += 1 }
            known[letter] = next
            return next
        }
    }

    /// The codes of `text`, with Characters no name uses numbered in `unseen` (the same one
    /// the same number), so they equal each other but nothing in the folder.
    func codes(_ text: String, unseen: inout [Character: Int32]) -> [Int32] {
        if let bytes = Self.plainASCII(text) { return bytes }
        return text.map { letter in
            if let code = Self.byte(letter) ?? known[letter] ?? unseen[letter] { return code }
            let code = next + Int32(unseen.count)
            unseen[letter] = code
            return code
        }
    }

    /// ASCII text without a carriage return is one Character per byte (only CR LF joins two).
    private static func plainASCII(_ text: String) -> [Int32]? {
        var text = text
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? bytes.map(Int32.init) : nil }
    }

    private static func byte(_ letter: Character) -> Int32? {
        letter.utf8.count == 1 ? Int32(letter.utf8.first!) : nil
    }
}
