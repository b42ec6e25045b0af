import Glibc

/// A page's distinct search words, each with the highest weight it was given, kept as bytes: a
/// page of a thousand words makes no string and no `Hasher` run per word. Making a string and a
/// dictionary entry for each word took a tenth of a clean build. Words keep the order they first
/// appeared in, so `encoded` is the same in every process.
struct WordWeights {
    private var bytes: [UInt8] = []
    private var words: [(start: Int, count: Int, weight: Int)] = []
    /// Open addressing: each slot holds an index into `words`, or -1.
    private var slots = [Int32](repeating: -1, count: 256)

    /// Gives `word` (its UTF-8 bytes) at least `weight`.
    mutating func raise(_ word: UnsafeBufferPointer<UInt8>, to weight: Int) {
        if 2 * words.count >= slots.count { grow() }
        var slot = home(of: UnsafeRawBufferPointer(word))
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if isStored(word, at: words[index]) {
                if words[index].weight < weight { words[index].weight = weight }
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(words.count)
        words.append((bytes.count, word.count, weight))
        bytes.append(contentsOf: word)
    }

    /// Words and weights as one string, each word after its weight's digit (`3retro 1plan`), in
    /// as many bytes as that takes. Words hold neither spaces nor anything else `SearchIndex.words`
    /// splits at; `SearchIndex.decoded` reads them back.
    var encoded: String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count + 2 * words.count)
        for word in words {
            if !text.isEmpty { text.append(UInt8(ascii: " ")) }
            text.append(UInt8(ascii: "0") + UInt8(word.weight))
            text += bytes[word.start..<word.start + word.count]
        }
        return String(decoding: text, as: UTF8.self)
    }

    private func isStored(_ word: UnsafeBufferPointer<UInt8>, at entry: (start: Int, count: Int, weight: Int)) -> Bool {
        entry.count == word.count && bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + entry.start, word.baseAddress!, word.count) == 0 }
    }

    /// The slot a word's search starts at.
    private func home(of word: UnsafeRawBufferPointer) -> Int {
        Int(truncatingIfNeeded: Fingerprint.of(word).value) & (slots.count - 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (index, word) in words.enumerated() {
            var slot = bytes.withUnsafeBytes { home(of: UnsafeRawBufferPointer(rebasing: $0[word.start..<word.start + word.count])) }
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index)
        }
    }
}
