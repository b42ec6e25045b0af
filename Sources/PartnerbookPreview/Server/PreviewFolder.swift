import Foundation
import PartnerbookKit

/// Where the preview writes its site: never over the user's `public/`, but in a folder of its own
/// inside the handbook's cache folder, which `.gitignore` already leaves out. When the handbook
/// folder cannot be written to, a folder under the system's temporary folder is used instead.
enum PreviewFolder {
    static func make(for source: URL) -> URL {
        let fm = FileManager.default
        let inHandbook = source.appendingPathComponent(".partnerbook-cache/preview-site")
        if (try? fm.createDirectory(at: inHandbook, withIntermediateDirectories: true)) != nil { return inHandbook }
        let name = "partnerbook-preview-" + String(Fingerprint.of(source.path).value, radix: 36)
        let temporary = fm.temporaryDirectory.appendingPathComponent(name)
        try? fm.createDirectory(at: temporary, withIntermediateDirectories: true)
        return temporary
    }
}
