import Foundation

/// Values that many files of one build show, made the first time a file asks for them and shared
/// after: each page's summary (in section lists, story indexes, "Referenced by" and "Used by") and
/// its entry in the sidebar. A 10,000-page build otherwise made the same summaries ~100,000 times,
/// and a build with a cache fingerprinted them as often (see `SharedTemplateValue`).
final class SharedValues: @unchecked Sendable {
    private let lock = NSLock()
    private var summaries: [(values: TemplateValues, shared: TemplateValue)?]
    private var sidebarEntries: [TemplateValue?]

    init(pageCount: Int) {
        summaries = Array(repeating: nil, count: pageCount)
        sidebarEntries = Array(repeating: nil, count: pageCount)
    }

    func summary(_ page: Int, _ make: () -> TemplateValues) -> (values: TemplateValues, shared: TemplateValue) {
        if let known = lock.withLock({ summaries[page] }) { return known }
        let values = make()
        let made = (values, TemplateValue.shared(SharedTemplateValue(.object(values))))
        lock.withLock { summaries[page] = made }
        return made
    }

    func sidebarEntry(_ page: Int, _ make: () -> TemplateValue) -> TemplateValue {
        if let known = lock.withLock({ sidebarEntries[page] }) { return known }
        let made = TemplateValue.shared(SharedTemplateValue(make()))
        lock.withLock { sidebarEntries[page] = made }
        return made
    }
}
