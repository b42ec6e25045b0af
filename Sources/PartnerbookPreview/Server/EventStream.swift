import Hummingbird
import ServiceLifecycle

/// One page's live-reload connection: a Server-Sent Events response that stays open, writes each
/// event the hub sends and a heartbeat when idle, and ends when the browser goes away (the next
/// write fails) or the server shuts down.
struct EventStream {
    let hub: LiveReloadHub
    let heartbeat: Duration

    /// The page subscribes only once the body is written, so a `HEAD` request or a response that
    /// is never sent leaves nothing behind in the hub.
    func response(token: String?) -> Response {
        let (hub, heartbeat) = (hub, heartbeat)
        let headers: HTTPFields = [.contentType: ContentType.eventStream, .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let (events, continuation) = await hub.subscribe(token: token)
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
        })
    }
}
