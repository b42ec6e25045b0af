import Dispatch
import Foundation
import PartnerbookKit

/// Brings the preview site up to date after files changed.
public protocol SiteRebuilder: Sendable {
    /// - Parameter changes: paths relative to the handbook folder (`content/chapters/x.md`), or
    ///   empty for the first build, when everything is new.
    func rebuild(changes: Set<String>) async -> BuildReport
}

/// A build into the preview folder that redoes only what changed since the previous one
/// (`Regenerator`), run off Swift's cooperative threads since a full first build keeps every core
/// busy for a while. Its output is always what a clean build would write.
public struct IncrementalRebuild: SiteRebuilder {
    private let regenerator: Regenerator
    private let fixedDay: Bool

    /// - Parameter fixedDay: keep `options.today` instead of reading the clock at each build, which
    ///   is what a server that runs past midnight needs.
    public init(options: BuildOptions, fixedDay: Bool = false) {
        self.regenerator = Regenerator(options: options)
        self.fixedDay = fixedDay
    }

    public func rebuild(changes: Set<String>) async -> BuildReport {
        let today: Day? = fixedDay ? nil : .today()
        let regenerator = regenerator
        return await withCheckedContinuation { (done: CheckedContinuation<BuildReport, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                done.resume(returning: regenerator.rebuild(today: today, changes: changes.isEmpty ? nil : changes))
            }
        }
    }
}
