import Foundation

/// A value made the first time it is read, once, whichever thread reads it first. A site read
/// from a build snapshot keeps each page's rendered Markdown this way: a rebuild after one edit
/// looks at a few pages' headings, links and tasks, and decoding all of them took a third of it.
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (@Sendable () -> Value)?
    private var made: Value?

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make!()
        (made, make) = (value, nil)
        return value
    }
}
