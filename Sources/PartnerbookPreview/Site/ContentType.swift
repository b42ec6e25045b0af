import Hummingbird

/// The `Content-Type` a served file gets, from its extension.
enum ContentType {
    static let html = "text/html; charset=utf-8"
    static let javascript = "text/javascript; charset=utf-8"
    static let eventStream = "text/event-stream; charset=utf-8"
    static let plainText = "text/plain; charset=utf-8"

    /// Text types say they are UTF-8, which is what a build writes; unknown types are plain bytes.
    static func of(path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "application/octet-stream" }
        let ext = path[path.index(after: dot)...].lowercased()
        guard let type = MediaType.getMediaType(forExtension: ext) else { return "application/octet-stream" }
        let textual = type.type == .text || ["json", "xml", "svg", "webmanifest"].contains(ext)
        return textual ? "\(type); charset=utf-8" : type.description
    }

    static func isHTML(_ contentType: String) -> Bool { contentType.hasPrefix("text/html") }
}
