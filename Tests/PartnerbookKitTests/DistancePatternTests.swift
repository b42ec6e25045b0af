@testable import PartnerbookKit
import XCTest

/// The quick ways to tell whether two names are within some edit distance must agree with the
/// full table (`EditDistance.between`) on every pair.
final class DistancePatternTests: XCTestCase {
    func testAgreesWithTheFullTable() {
        var random = SplitMix(state: 64)
        var within = 0
        for _ in 0..<4_000 {
            // Few letters, so names are often close; codes past 127 and names past 64 letters take the other ways.
            let alphabet: [Int32] = [97, 98, 99, 300, 5000]
            let pattern = (0..<Int.random(in: 0...70, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            var text = pattern
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                let at = Int.random(in: 0...text.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: text.insert(alphabet.randomElement(using: &random)!, at: at)
                case 1 where at < text.count: text[at] = alphabet.randomElement(using: &random)!
                default: if at < text.count { text.remove(at: at) }
                }
            }
            if Int.random(in: 0..<10, using: &random) == 0 { text = (0..<Int.random(in: 0...70, using: &random)).map { _ in alphabet.randomElement(using: &random)! } }
            let distance = EditDistance.between(text, pattern)
            let limit = Int.random(in: 0...8, using: &random)
            let expected = distance <= limit ? distance : nil
            XCTAssertEqual(DistancePattern(pattern).distance(to: text, atMost: limit), expected, "\(pattern) \(text) \(limit)")
            XCTAssertEqual(EditDistance.between(text, pattern, atMost: limit), expected, "\(pattern) \(text) \(limit)")
            if expected != nil { within += 1 }
        }
        XCTAssertGreaterThan(within, 1_000)
    }
}
