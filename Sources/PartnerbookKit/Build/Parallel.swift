import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over all cores; the results keep the input's order.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        withoutActuallyEscaping(transform) { transform in
            let work = UnsafeSendable(value: (self, transform))
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let (items, transform) = work.value
                results.store(transform(items[index]), at: index)
            }
        }
        return results.values()
    }
}

/// One slot per result; each index is written by exactly one worker, so no lock is needed.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func store(_ value: T, at index: Int) { slots[index] = value }
    func values() -> [T] { slots.map { $0! } }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
}
