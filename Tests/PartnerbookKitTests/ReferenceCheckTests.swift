import Foundation
@testable import PartnerbookKit
import XCTest

/// Names in front matter that name nothing: the hint names the closest real one, the same one in
/// every run.
final class ReferenceCheckTests: XCTestCase {
    func testOfTwoNamesThatDifferOnlyInCaseTheFirstListedIsSuggested() throws {
        let source = try Paths.temporaryFolder(self).appendingPathComponent("handbook")
        try FileTree.write(["partnerbook.yml": "title: Teams\npartners: [Platform, platform, Security]\n",
                            "content/index.md": "---\ntitle: Teams\npartners: [PLATFORM, Securty]\n---\nText.\n"], to: source)
        var options = BuildOptions(source: source)
        options.today = BuiltSite.today
        let findings = Checker.check(options).diagnostics.filter { $0.code == "unknown-partner" }
        XCTAssertEqual(findings.map { $0.hint ?? "" }, ["did you mean 'Platform'?", "did you mean 'Security'?"])
    }
}
