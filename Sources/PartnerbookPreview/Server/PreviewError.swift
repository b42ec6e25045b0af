/// Why the preview server could not start, in words a user can act on.
public struct PreviewError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public let hint: String?

    public var description: String { message + (hint.map { "\n  hint: \($0)" } ?? "") }

    static func portInUse(_ address: ListenAddress) -> PreviewError {
        PreviewError(message: "port \(address.port) on \(address.host) is already in use",
                     hint: "stop the program using it, or choose another port: --port \(address.port + 1), or --port 0 for any free one")
    }

    static func cannotListen(_ address: ListenAddress, _ reason: String) -> PreviewError {
        PreviewError(message: "cannot listen on \(address.host):\(address.port): \(reason)",
                     hint: address.port < 1024 && address.port != 0
                         ? "ports below 1024 need special rights; try --port 8000" : "check --host and --port")
    }
}
