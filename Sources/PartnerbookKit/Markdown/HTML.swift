/// Escaping for text placed into HTML by Partnerbook itself (cmark escapes its own output).
public enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as entities, so the text cannot end a text node or an attribute.
    public static func escape(_ text: String) -> String {
        var text = text
        // Over the bytes: a build escapes every title, summary and link it puts in a template.
        let escaped = text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case 38: out += "&amp;".utf8
                case 60: out += "&lt;".utf8
                case 62: out += "&gt;".utf8
                case 34: out += "&quot;".utf8
                case 39: out += "&#39;".utf8
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }
}
