import Foundation
import Hummingbird
import NIOPosix

/// Answers every request of the preview: the live-reload script and event stream at their reserved
/// paths, and the built site for everything else. Only `GET` and `HEAD` are served; every answer
/// says not to cache it, since the site changes under the browser.
public struct PreviewResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    let site: SiteFolder
    let hub: LiveReloadHub
    let heartbeat: Duration

    /// - Parameter heartbeat: how often an idle event stream sends a comment.
    public init(site: SiteFolder, hub: LiveReloadHub, heartbeat: Duration = .seconds(15)) {
        self.site = site
        self.hub = hub
        self.heartbeat = heartbeat
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.plain(.methodNotAllowed, "This preview only serves pages: it answers GET and HEAD.\n",
                              extra: [.allow: "GET, HEAD"])
        }
        let response: Response
        switch request.uri.path {
        case LiveReloadScript.path:
            response = Self.bytes(.ok, Array(LiveReloadScript.source.utf8), type: ContentType.javascript)
        case LiveReloadScript.eventsPath:
            response = EventStream(hub: hub, heartbeat: heartbeat).response(to: request)
        default:
            response = try await file(at: request.uri.path)
        }
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func file(at path: String) async throws -> Response {
        // Read the state before the file: a page then never carries a newer token than its content.
        let state = await hub.snapshot
        switch site.lookup(path) {
        case .file(let url):
            let bytes = try await Self.read(url)
            let type = ContentType.of(path: url.lastPathComponent)
            guard ContentType.isHTML(type) else { return Self.bytes(.ok, bytes, type: type) }
            return Self.bytes(.ok, PageInjection.inject(into: bytes, token: state.token, overlay: state.overlay, pageIsMissing: false),
                              type: type)
        case .redirect(let location):
            return Self.plain(.movedPermanently, "Moved to \(location)\n", extra: [.location: location])
        case .badRequest:
            return Self.plain(.badRequest, "This path is not allowed.\n")
        case .notFound:
            var page = Array(NotFoundPage.html.utf8)
            if let custom = site.notFoundPage { page = try await Self.read(custom) }
            return Self.bytes(.notFound, PageInjection.inject(into: page, token: state.token, overlay: state.overlay, pageIsMissing: true),
                              type: ContentType.html)
        }
    }

    /// Reads a file on NIO's thread pool, off the threads that serve requests.
    private static func read(_ url: URL) async throws -> [UInt8] {
        try await NIOThreadPool.singleton.runIfActive { Array(try Data(contentsOf: url)) }
    }

    private static let noSniff = HTTPFields.Element.Name("X-Content-Type-Options")!

    static func bytes(_ status: HTTPResponse.Status, _ bytes: [UInt8], type: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store", noSniff: "nosniff"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        bytes(status, Array(text.utf8), type: ContentType.plainText, extra: extra)
    }
}
