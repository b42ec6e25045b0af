import XCTest

/// Waits until `condition` holds, checking every 20 ms, and fails the test after `timeout`.
/// A bound on waiting for something that happens on another thread, not a timing assertion.
@discardableResult
func eventually(_ what: String, timeout: Duration = .seconds(10), file: StaticString = #filePath, line: UInt = #line,
                _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    XCTFail("timed out waiting until \(what)", file: file, line: line)
    return false
}

/// Collects values handed over from other tasks, for assertions.
actor Collector<Value: Sendable> {
    private(set) var values: [Value] = []
    func add(_ value: Value) { values.append(value) }
}
