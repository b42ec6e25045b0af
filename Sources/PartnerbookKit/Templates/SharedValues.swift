import Foundation

/// Values that many files of one build show, made the first time a file asks for them and shared
/// after: each page's summary (in section lists, story indexes, "Referenced by" and "Used by") and
/// its entry in the sidebar. A 10,000-page build otherwise made the same summaries ~100,000 times,
/// and a build with a cache fingerprinted them as often (see `SharedTemplateValue`).
final class SharedValues: @unchecked Sendable {
    private let lock = NSLock()
    private var summaries: [(values: TemplateValues, shared: TemplateValue)?]
    private var sidebarEntries: [TemplateValue?]
    /// One slot: the whole handbook's count.
    private var taskItems: [Int?] = [nil]

    init(pageCount: Int) {
        summaries = Array(repeating: nil, count: pageCount)
        sidebarEntries = Array(repeating: nil, count: pageCount)
    }

    func summary(_ page: Int, _ make: () -> TemplateValues) -> (values: TemplateValues, shared: TemplateValue) {
        remembered(\.summaries, page) {
            let values = make()
            return (values, .shared(SharedTemplateValue(.object(values))))
        }
    }

    func sidebarEntry(_ page: Int, _ make: () -> TemplateValue) -> TemplateValue {
        remembered(\.sidebarEntries, page) { .shared(SharedTemplateValue(make())) }
    }

    /// How many task items the whole handbook has, which every page of the checklist index shows:
    /// counted once, where each of those pages counting them made the index's cost grow with the
    /// square of the handbook.
    func taskItemCount(_ count: () -> Int) -> Int {
        remembered(\.taskItems, 0, count)
    }

    /// The value in `slots` for `page`, made and kept the first time. Two files may make it at the
    /// same moment; both make the same value, and the later one is kept.
    private func remembered<Value>(_ slots: ReferenceWritableKeyPath<SharedValues, [Value?]>, _ page: Int,
                                   _ make: () -> Value) -> Value {
        if let known = lock.withLock({ self[keyPath: slots][page] }) { return known }
        let made = make()
        lock.withLock { self[keyPath: slots][page] = made }
        return made
    }
}
