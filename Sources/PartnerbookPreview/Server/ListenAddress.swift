/// Where the preview listens, and how it is written in a URL.
public struct ListenAddress: Sendable, Equatable {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// True for addresses only this computer can reach. Anything else shares the handbook with
    /// every computer that can reach this one.
    public var isLoopback: Bool {
        let name = host.lowercased()
        return name == "localhost" || name == "::1" || name == "[::1]" || name.hasPrefix("127.")
    }

    /// `http://127.0.0.1:8000/`, with an IPv6 address in brackets.
    public var url: String {
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(shown):\(port)/"
    }
}
