import Foundation

/// Where the preview writes its site: never over the user's `public/`, but in a folder of its own
/// inside the handbook's cache folder, which `.gitignore` already leaves out. When the handbook
/// folder cannot be written to, a folder under the system's temporary folder is used instead.
enum PreviewFolder {
    static func make(for source: URL) -> URL {
        let fm = FileManager.default
        let inHandbook = source.appendingPathComponent(".partnerbook-cache/preview-site")
        if (try? fm.createDirectory(at: inHandbook, withIntermediateDirectories: true)) != nil { return inHandbook }
        let name = "partnerbook-preview-" + String(stableHash(source.path), radix: 36)
        let temporary = fm.temporaryDirectory.appendingPathComponent(name)
        try? fm.createDirectory(at: temporary, withIntermediateDirectories: true)
        return temporary
    }

    /// FNV-1a, so the same handbook gets the same temporary folder in every run.
    private static func stableHash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
