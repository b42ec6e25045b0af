import Dispatch
import Foundation
import PartnerbookKit

/// Brings the preview site up to date after files changed. Today every rebuild is a full build;
/// an incremental builder that uses `changes` to redo only what they affect can take its place
/// without the coordinator, the watcher or the server noticing.
public protocol SiteRebuilder: Sendable {
    /// - Parameter changes: paths relative to the handbook folder (`content/chapters/x.md`), or
    ///   empty for the first build, when everything is new.
    func rebuild(changes: Set<String>) async -> BuildReport
}

/// A full `Builder` build into the preview folder, run off Swift's cooperative threads since a
/// build keeps every core busy for a while.
public struct FullRebuild: SiteRebuilder {
    public let options: BuildOptions
    private let fixedDay: Bool

    /// - Parameter fixedDay: keep `options.today` instead of reading the clock at each build, which
    ///   is what a server that runs past midnight needs.
    public init(options: BuildOptions, fixedDay: Bool = false) {
        self.options = options
        self.fixedDay = fixedDay
    }

    public func rebuild(changes: Set<String>) async -> BuildReport {
        var todays = options
        if !fixedDay { todays.today = .today() }
        let options = todays
        return await withCheckedContinuation { (done: CheckedContinuation<BuildReport, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                done.resume(returning: Builder.build(options))
            }
        }
    }
}
