import Foundation
import XCTest

/// The repository's handbook built with the built-in theme: valid HTML, no broken internal link or
/// anchor (at the site root and under a subpath), and every page reachable from an index.
final class SiteQualityTests: XCTestCase {
    func testEveryPageIsTidyClean() throws {
        guard Tidy.isInstalled else { throw XCTSkip("tidy is not installed") }
        let site = try BuiltSite.repository(self)
        let pages = BuiltSite.htmlFiles(in: site)
        XCTAssertGreaterThan(pages.count, 40)
        var findings: [String] = []
        for page in pages {
            findings += try Tidy.findings(in: site.appendingPathComponent(page)).map { "\(page): \($0)" }
        }
        XCTAssertEqual(findings, [], "tidy -e reports errors or warnings")
    }

    func testEveryInternalLinkAndAnchorResolvesAtTheSiteRoot() throws {
        let site = try BuiltSite.repository(self)
        XCTAssertEqual(try LinkAudit(site: site, basePath: "/").brokenLinks(), [])
    }

    func testEveryInternalLinkAndAnchorResolvesUnderASubpath() throws {
        let site = try BuiltSite.repository(baseURL: "http://intranet.example/handbook/", self)
        let audit = try LinkAudit(site: site, basePath: "/handbook/")
        XCTAssertGreaterThan(audit.linkCount, 1000, "the audit saw the site's links")
        XCTAssertEqual(try audit.brokenLinks(), [])
    }

    func testEveryPageIsReachableFromAnIndex() throws {
        let site = try BuiltSite.repository(self)
        let data = try Data(contentsOf: site.appendingPathComponent("pages.json"))
        let pages = try XCTUnwrap((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["pages"] as? [[String: Any]])
        let home = try BuiltSite.text(site, "index.html")
        let stories = try BuiltSite.text(site, "stories/index.html")
        let checklists = try BuiltSite.text(site, "checklists/index.html")
        var unreachable: [String] = []
        var taskCount = 0
        for page in pages {
            let url = try XCTUnwrap(page["url"] as? String), kind = page["kind"] as? String
            guard url != "/" else { continue }
            let section = url.split(separator: "/").first.map(String.init) ?? ""
            let sectionIndex = (try? BuiltSite.text(site, section + "/index.html")) ?? ""
            if url != "/\(section)/", !sectionIndex.contains(#"href="\#(url)""#), !home.contains(#"href="\#(url)""#) {
                unreachable.append("\(url) is linked from neither /\(section)/ nor the home page")
            }
            if kind == "story", !stories.contains(#"href="\#(url)""#) { unreachable.append("\(url) is not on /stories/") }
            let html = try BuiltSite.text(site, String(url.dropFirst()) + "index.html")
            for id in Self.taskIDs(in: html) {
                taskCount += 1
                if !checklists.contains(#"href="\#(url)#\#(id)""#) { unreachable.append("\(url)#\(id) is not on /checklists/") }
            }
        }
        XCTAssertGreaterThan(taskCount, 100)
        XCTAssertEqual(unreachable, [])
    }

    static func taskIDs(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<input type="checkbox" class="task" id="([^"]+)""#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }
}
