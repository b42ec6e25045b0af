import Hummingbird
import HummingbirdTesting
import PartnerbookKit
import XCTest
@testable import PartnerbookPreview

/// The HTTP side of the preview, run in process (`.router`) and over a socket (`.live`).
final class PreviewResponderTests: XCTestCase {
    private func makeApp(_ handbook: TemporaryHandbook, drafts: Bool = true) async throws
        -> (Application<PreviewResponder>, LiveReloadHub) {
        let report = Builder.build(handbook.options(drafts: drafts))
        XCTAssertTrue(report.succeeded, report.diagnostics.map(\.formatted).joined(separator: "\n"))
        let hub = LiveReloadHub()
        await hub.publish(report)
        let responder = PreviewResponder(site: SiteFolder(root: handbook.output), hub: hub)
        return (Application(responder: responder), hub)
    }

    private func servesTheSite(_ testing: TestingSetup) async throws {
        let handbook = try TemporaryHandbook(self)
        let (app, _) = try await makeApp(handbook)
        try await app.test(testing) { client in
            try await client.execute(uri: "/", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "text/html; charset=utf-8")
                XCTAssertEqual(response.headers[.cacheControl], "no-store")
                XCTAssertTrue(text(response).contains("Welcome to the test handbook."))
            }
            try await client.execute(uri: "/chapters/first/", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(text(response).contains("The first sentence."))
            }
            try await client.execute(uri: "/chapters/first", method: .get) { response in
                XCTAssertEqual(response.status, .movedPermanently)
                XCTAssertEqual(response.headers[.location], "/chapters/first/")
            }
            let types = ["/files/notes.txt": "text/plain; charset=utf-8", "/files/data.json": "application/json; charset=utf-8",
                         "/files/style.css": "text/css; charset=utf-8", "/files/shape.svg": "image/svg+xml; charset=utf-8",
                         "/chapters/first/index.html": "text/html; charset=utf-8"]
            for (path, type) in types {
                try await client.execute(uri: path, method: .get) { response in
                    XCTAssertEqual(response.status, .ok, path)
                    XCTAssertEqual(response.headers[.contentType], type, path)
                }
            }
        }
    }

    func testServesPagesFilesAndIndexPagesInProcess() async throws { try await servesTheSite(.router) }
    func testServesPagesFilesAndIndexPagesOverASocket() async throws { try await servesTheSite(.live) }

    func testTheLiveScriptIsAddedToHTMLOnly() async throws {
        let handbook = try TemporaryHandbook(self)
        let (app, hub) = try await makeApp(handbook)
        let token = await hub.snapshot.token
        try await app.test(.router) { client in
            try await client.execute(uri: "/chapters/second/", method: .get) { response in
                XCTAssertTrue(text(response).contains("<script src=\"/_partnerbook/live.js\" data-token=\"\(token)\"></script></body>"))
                XCTAssertEqual(response.headers[.contentLength], String(response.body.readableBytes))
            }
            try await client.execute(uri: "/files/notes.txt", method: .get) { response in
                XCTAssertEqual(text(response), "plain notes\n")
            }
            try await client.execute(uri: "/_partnerbook/live.js", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "text/javascript; charset=utf-8")
                XCTAssertTrue(text(response).contains("new EventSource(\"/_partnerbook/events?token=\""))
            }
        }
        let written = try handbook.read(".partnerbook-cache/preview-site/chapters/second/index.html")
        XCTAssertFalse(written.contains("_partnerbook"), "the build itself never writes the script")
    }

    func testHeadAnswersLikeGetWithoutABody() async throws {
        let handbook = try TemporaryHandbook(self)
        let (app, _) = try await makeApp(handbook)
        try await app.test(.router) { client in
            let get = try await client.execute(uri: "/chapters/first/", method: .get)
            let head = try await client.execute(uri: "/chapters/first/", method: .head)
            XCTAssertEqual(head.status, .ok)
            XCTAssertEqual(head.body.readableBytes, 0)
            XCTAssertEqual(head.headers[.contentLength], String(get.body.readableBytes))
            XCTAssertEqual(head.headers[.contentType], "text/html; charset=utf-8")
            let missing = try await client.execute(uri: "/no/such/page/", method: .head)
            XCTAssertEqual(missing.status, .notFound)
        }
    }

    func testOnlyGetAndHeadAreServed() async throws {
        let handbook = try TemporaryHandbook(self)
        let (app, _) = try await makeApp(handbook)
        try await app.test(.router) { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch, .options] {
                try await client.execute(uri: "/", method: method) { response in
                    XCTAssertEqual(response.status, .methodNotAllowed, method.rawValue)
                    XCTAssertEqual(response.headers[.allow], "GET, HEAD")
                }
            }
        }
    }

    func testTraversalNeverLeavesTheSite() async throws {
        let handbook = try TemporaryHandbook(self)
        let (app, _) = try await makeApp(handbook)
        // partnerbook.yml sits two folders above the preview site: reachable only by escaping it.
        let attempts = ["/../../partnerbook.yml", "/%2e%2e/%2e%2e/partnerbook.yml", "/%2E%2E%2F%2E%2E%2Fpartnerbook.yml",
                        "/..%2f..%2fpartnerbook.yml", "/%252e%252e/%252e%252e/partnerbook.yml", "/..\\..\\partnerbook.yml",
                        "/%5c..%5c..%5cpartnerbook.yml", "/chapters/../../../partnerbook.yml", "/.partnerbook-manifest"]
        try await app.test(.router) { client in
            for path in attempts {
                try await client.execute(uri: path, method: .get) { response in
                    XCTAssertTrue([.badRequest, .notFound].contains(response.status), "\(path): \(response.status)")
                    XCTAssertFalse(text(response).contains("Test Handbook\nbase_url"), path)
                }
            }
        }
    }

    func testMissingPagesUseTheSitesOwn404PageOrAPlainOne() async throws {
        let handbook = try TemporaryHandbook(self)
        let (app, _) = try await makeApp(handbook)
        try await app.test(.router) { client in
            try await client.execute(uri: "/no/such/page/", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertEqual(response.headers[.contentType], "text/html; charset=utf-8")
                XCTAssertTrue(text(response).contains("<h1 class=\"page-title\">Page not found</h1>"), "the theme's 404.html")
            }
        }
        try FileManager.default.removeItem(at: handbook.output.appendingPathComponent("404.html"))
        try await app.test(.router) { client in
            try await client.execute(uri: "/no/such/page/", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertTrue(text(response).contains("<h1>Page not found</h1>"), "the built-in page, for a site without one")
                XCTAssertTrue(text(response).contains("data-missing=\"true\""))
            }
            try await client.execute(uri: "/chapters/", method: .get) { response in
                XCTAssertEqual(response.status, .ok, "a section index is a page, not a listing")
            }
        }
        try Data("<html><body>Our own 404</body></html>".utf8).write(to: handbook.output.appendingPathComponent("404.html"))
        try await app.test(.router) { client in
            try await client.execute(uri: "/gone/", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertTrue(text(response).hasPrefix("<html><body>Our own 404<script"))
            }
        }
    }

    func testDraftsAreShownWithTheirBannerUnlessLeftOut() async throws {
        let handbook = try TemporaryHandbook(self)
        let (withDrafts, _) = try await makeApp(handbook, drafts: true)
        try await withDrafts.test(.router) { client in
            try await client.execute(uri: "/chapters/unfinished/", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(text(response).contains("notice--draft"))
                XCTAssertTrue(text(response).contains(">Draft</strong>"))
            }
        }
        let (withoutDrafts, _) = try await makeApp(handbook, drafts: false)
        try await withoutDrafts.test(.router) { client in
            try await client.execute(uri: "/chapters/unfinished/", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
        }
    }

    func testAFailedRebuildShowsItsErrorsOnEveryPage() async throws {
        let handbook = try TemporaryHandbook(self)
        let (app, hub) = try await makeApp(handbook)
        var failed = BuildReport()
        failed.diagnostics = [.error("front-matter", at: SourceLocation(file: "content/chapters/first.md", line: 2, column: 8),
                                     "unexpected end of <flow> sequence")]
        await hub.publish(failed)
        try await app.test(.router) { client in
            for path in ["/chapters/first/", "/missing/"] {
                try await client.execute(uri: path, method: .get) { response in
                    let html = text(response)
                    XCTAssertTrue(html.contains("id=\"partnerbook-error-overlay\""), path)
                    XCTAssertTrue(html.contains("content/chapters/first.md:2:8</code> unexpected end of &lt;flow&gt; sequence"), path)
                }
            }
            try await client.execute(uri: "/chapters/first/", method: .get) { response in
                XCTAssertTrue(text(response).contains("The first sentence."), "the last good page is still served")
            }
        }
    }
}

private func text(_ response: TestResponse) -> String { String(buffer: response.body) }
