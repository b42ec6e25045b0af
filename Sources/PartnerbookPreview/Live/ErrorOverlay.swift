import PartnerbookKit

/// The panel a browser shows over the page while the last rebuild failed: every error with its
/// place, as the terminal shows them. It carries its own styles so that no theme can hide it.
public enum ErrorOverlay {
    /// The element's id, by which the live-reload script replaces or removes it.
    public static let elementID = "partnerbook-error-overlay"

    /// An HTML fragment listing the errors among `diagnostics`; every message is escaped.
    public static func html(for diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errors
        let items = errors.map { diagnostic -> String in
            let place = diagnostic.location.map { "<code style=\"\(Style.place)\">\(escape($0.description))</code> " } ?? ""
            let hint = diagnostic.hint.map { "<div style=\"\(Style.hint)\">hint: \(escape($0))</div>" } ?? ""
            return "<li style=\"\(Style.item)\">\(place)\(escape(diagnostic.message))\(hint)</li>"
        }
        let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        return """
            <div id="\(elementID)" role="alert" style="\(Style.panel)">\
            <button type="button" aria-label="Hide" style="\(Style.close)" \
            onclick="this.parentElement.remove()">×</button>\
            <strong style="\(Style.title)">The handbook did not build: \(count)</strong>\
            <p style="\(Style.note)">You are seeing the last version that built. Fix the file and save; \
            this page reloads by itself.</p>\
            <ul style="\(Style.list)">\(items.joined())</ul></div>
            """
    }

    /// Escapes the five characters that could end a text node or an attribute.
    static func escape(_ text: String) -> String { HTML.escape(text) }

    private enum Style {
        static let panel = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;"
            + "margin:0;padding:16px 20px;background:#2b0b0e;color:#fde8e8;border-top:4px solid #e5484d;"
            + "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 24px rgba(0,0,0,.4)"
        static let close = "float:right;background:none;border:0;color:inherit;font-size:22px;line-height:1;cursor:pointer"
        static let title = "display:block;font-size:16px;color:#ffb4b4"
        static let note = "margin:4px 0 8px;color:#f4c7c7"
        static let list = "margin:0;padding:0 0 0 18px"
        static let item = "margin:6px 0;white-space:pre-wrap"
        static let place = "color:#ffd479"
        static let hint = "color:#c8d0ff"
    }
}
