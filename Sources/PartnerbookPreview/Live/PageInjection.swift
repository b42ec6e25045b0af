/// Adds what only the preview shows to an HTML page on its way to the browser: the error panel
/// while the last rebuild failed, and the live-reload script. Both go just before `</body>`.
enum PageInjection {
    static func inject(into page: [UInt8], token: String, overlay: String?, pageIsMissing: Bool) -> [UInt8] {
        let addition = Array(((overlay ?? "") + LiveReloadScript.tag(token: token, pageIsMissing: pageIsMissing)).utf8)
        guard let end = lastClosingBody(in: page) else { return page + addition }
        return Array(page[..<end]) + addition + Array(page[end...])
    }

    /// The offset of the last `</body` in any letter case; a page may mention `</body>` earlier, in
    /// a code sample, but only the last one closes the body.
    static func lastClosingBody(in page: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard page.count >= needle.count else { return nil }
        var start = page.count - needle.count
        while start >= 0 {
            if zip(needle, page[start...]).allSatisfy({ $0 == lowercase($1) }) { return start }
            start -= 1
        }
        return nil
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }
}
