/// One message on the live-reload stream, in the Server-Sent Events format.
public enum LiveEvent: Equatable, Sendable {
    /// The site changed: the page reloads.
    case reload
    /// A rebuild failed: the page shows this HTML panel over itself.
    case failed(overlay: String)
    /// A comment that keeps idle connections open through proxies and lets the server notice
    /// browsers that went away.
    case heartbeat

    /// The bytes on the wire. A multi-line payload becomes one `data:` line per line, which the
    /// browser joins back with newlines; an event without data would never be delivered.
    public var encoded: String {
        switch self {
        case .reload: return "event: reload\ndata: reload\n\n"
        case .failed(let overlay):
            let lines = overlay.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            return "event: failed\n" + lines.map { "data: \($0)\n" }.joined() + "\n"
        case .heartbeat: return ": heartbeat\n\n"
        }
    }
}
