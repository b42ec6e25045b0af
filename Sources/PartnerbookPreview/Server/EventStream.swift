import Hummingbird
import ServiceLifecycle

/// One page's live-reload connection: a Server-Sent Events response that stays open, writes each
/// event the hub sends and a heartbeat when idle, and ends when the server shuts down or the
/// browser goes away. A closed connection is noticed as soon as its inbound side ends, not only
/// when the next heartbeat fails to be written, so pages that come and go leave nothing behind.
struct EventStream {
    private typealias Subscription = (events: AsyncStream<LiveEvent>, continuation: AsyncStream<LiveEvent>.Continuation)

    let hub: LiveReloadHub
    let heartbeat: Duration

    /// The page subscribes only once the body is written, so a `HEAD` request or a response that
    /// is never sent leaves nothing behind in the hub.
    func response(to request: Request) -> Response {
        let (hub, heartbeat) = (hub, heartbeat)
        let token = request.uri.queryParameters["token"].map(String.init)
        let headers: HTTPFields = [.contentType: ContentType.eventStream, .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            await hub.streamStarted()
            do {
                let subscription = await hub.subscribe(token: token)
                try await request.body.consumeWithInboundCloseHandler { _ in
                    try await Self.send(subscription, to: &writer, heartbeat: heartbeat)
                } onInboundClosed: {
                    subscription.continuation.finish()
                }
            } catch {
                await hub.streamEnded()
                throw error
            }
            await hub.streamEnded()
        })
    }

    private static func send(_ subscription: Subscription, to writer: inout any ResponseBodyWriter, heartbeat: Duration) async throws {
        let (events, continuation) = subscription
        defer { continuation.finish() }
        // Tells the browser to retry quickly when the server restarts.
        try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
        try await withGracefulShutdownHandler {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    while true {
                        try await Task.sleep(for: heartbeat)
                        continuation.yield(.heartbeat)
                    }
                }
                defer { group.cancelAll() }
                for await event in events {
                    try await writer.write(ByteBuffer(string: event.encoded))
                }
            }
        } onGracefulShutdown: {
            continuation.finish()
        }
        try await writer.finish(nil)
    }
}
