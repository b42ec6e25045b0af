import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A deliberately plain HTTP/1.1 client over a loopback TCP socket: it sends request paths exactly
/// as written (no client library normalises `..` away) and can read a response that never ends,
/// such as an event stream. Every read has a deadline; blocking work runs off Swift's threads.
final class LoopbackConnection: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible { let description: String }

    private let socket: Int32
    private var received: [UInt8] = []
    private var consumed = 0

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            Glibc.close(socket)
            throw Failure(description: "cannot connect to 127.0.0.1:\(port)")
        }
        var wait = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { Glibc.close(socket) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// What arrived since the last call, once it contains `marker` (or the peer closed, or time ran
    /// out); the next call starts after it.
    func read(until marker: String?, timeout: Duration = .seconds(10)) async -> String {
        await Self.offload { [self] in
            let deadline = ContinuousClock.now + timeout
            var chunk = [UInt8](repeating: 0, count: 16 * 1024)
            while ContinuousClock.now < deadline {
                if let marker, String(decoding: received[consumed...], as: UTF8.self).contains(marker) { break }
                let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                if count == 0 { break }
                if count > 0 { received += chunk[..<count] }
            }
            defer { consumed = received.count }
            return String(decoding: received[consumed...], as: UTF8.self)
        }
    }

    /// Closes the connection as a browser tab does when it goes away.
    func close() { shutdown(socket, Int32(SHUT_RDWR)) }

    private static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { done in DispatchQueue.global().async { done.resume(returning: work()) } }
    }
}

/// One response read off a socket.
struct RawResponse {
    var status: Int
    var headers: [String: String]
    var body: String

    /// Sends one request with `Connection: close` and reads the whole answer.
    static func fetch(port: Int, method: String = "GET", path: String) async throws -> RawResponse {
        let connection = try LoopbackConnection(port: port)
        connection.send("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        return RawResponse(parsing: await connection.read(until: nil))
    }

    init(parsing text: String) {
        let parts = text.components(separatedBy: "\r\n\r\n")
        let lines = parts[0].components(separatedBy: "\r\n")
        status = Int(lines[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        headers = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        body = parts.dropFirst().joined(separator: "\r\n\r\n")
    }
}
