import PartnerbookKit
import XCTest
@testable import PartnerbookPreview

/// A rebuilder that records each call and holds it until the test lets it finish.
private actor GatedRebuilder: SiteRebuilder {
    private(set) var calls: [Set<String>] = []
    private(set) var running = 0
    private(set) var mostAtOnce = 0
    private var gates: [CheckedContinuation<Void, Never>] = []

    nonisolated func rebuild(changes: Set<String>) async -> BuildReport {
        await enter(changes)
        var report = BuildReport()
        report.filesWritten = 1
        return report
    }

    private func enter(_ changes: Set<String>) async {
        calls.append(changes)
        running += 1
        mostAtOnce = max(mostAtOnce, running)
        await withCheckedContinuation { gates.append($0) }
        running -= 1
    }

    var waiting: Int { gates.count }

    func open() {
        for gate in gates { gate.resume() }
        gates = []
    }
}

final class RebuildCoordinatorTests: XCTestCase {
    func testChangesDuringARebuildAreMergedIntoOneMore() async {
        let rebuilder = GatedRebuilder()
        let outcomes = Collector<Set<String>>()
        let coordinator = RebuildCoordinator(hub: LiveReloadHub()) { outcome in Task { await outcomes.add(outcome.changes) } }
        let first = Task { await coordinator.start(with: rebuilder) }
        await eventually("the first build runs") { await rebuilder.waiting == 1 }

        await coordinator.request(["content/a.md"])
        await coordinator.request(["content/b.md"])
        await coordinator.request(["content/a.md", "layouts/base.mustache"])
        await rebuilder.open()
        _ = await first.value
        await eventually("the second build runs") { await rebuilder.waiting == 1 }
        await rebuilder.open()

        await eventually("both outcomes are announced") { await outcomes.values.count == 2 }
        let calls = await rebuilder.calls
        XCTAssertEqual(calls, [[], ["content/a.md", "content/b.md", "layouts/base.mustache"]])
        let mostAtOnce = await rebuilder.mostAtOnce
        XCTAssertEqual(mostAtOnce, 1)
    }

    func testNothingIsBuiltBeforeTheBuilderIsKnown() async {
        let rebuilder = GatedRebuilder()
        let coordinator = RebuildCoordinator(hub: LiveReloadHub())
        await coordinator.request(["content/early.md"])
        let calls = await rebuilder.calls
        XCTAssertEqual(calls, [])
        let first = Task { await coordinator.start(with: rebuilder) }
        await eventually("the first build runs") { await rebuilder.waiting == 1 }
        await rebuilder.open()
        let outcome = await first.value
        XCTAssertEqual(outcome.changes, ["content/early.md"])
    }

    func testAFailedBuildKeepsTheLastGoodSiteOnDisk() async throws {
        let handbook = try TemporaryHandbook(self)
        let hub = LiveReloadHub()
        let coordinator = RebuildCoordinator(hub: hub)
        let good = await coordinator.start(with: IncrementalRebuild(options: handbook.options(), fixedDay: true))
        XCTAssertTrue(good.report.succeeded, good.report.diagnostics.map(\.formatted).joined(separator: "\n"))
        let page = handbook.output.appendingPathComponent("chapters/first/index.html")
        let before = try String(contentsOf: page, encoding: .utf8)

        try handbook.write("content/chapters/first.md", "---\ntitle: [unclosed\n---\n\nChanged.\n")
        let bad = await coordinator.rebuild(["content/chapters/first.md"])
        XCTAssertFalse(bad.report.succeeded)
        XCTAssertEqual(try String(contentsOf: page, encoding: .utf8), before)
        let overlay = await hub.snapshot.overlay
        XCTAssertTrue(overlay?.contains("content/chapters/first.md:3:1</code> invalid YAML in front matter") == true, overlay ?? "no overlay")
    }
}
