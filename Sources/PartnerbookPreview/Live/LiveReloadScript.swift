/// The script the server adds to every HTML page it serves, and the tag that loads it. A build
/// never writes it: it exists only while `partnerbook serve` runs.
public enum LiveReloadScript {
    /// Where the script is served; the `_partnerbook/` prefix is reserved for the preview server.
    public static let path = "/_partnerbook/live.js"
    /// The Server-Sent Events stream the script listens to.
    public static let eventsPath = "/_partnerbook/events"

    /// The tag put before `</body>`. `token` names the site version the page was served from, so the
    /// server can tell a page that connects late that it is already out of date.
    static func tag(token: String, pageIsMissing: Bool) -> String {
        let missing = pageIsMissing ? " data-missing=\"true\"" : ""
        return "<script src=\"\(path)\" data-token=\"\(ErrorOverlay.escape(token))\"\(missing)></script>"
    }

    /// On `reload` it reloads the page, or opens the home page when the page it shows is gone; on
    /// `failed` it shows the error panel the event carries. EventSource reconnects by itself when
    /// the server restarts, and the new server then tells it to reload.
    static let source = """
        (function () {
          "use strict";
          var script = document.currentScript;
          var token = script ? script.getAttribute("data-token") || "" : "";
          var wasMissing = script ? script.getAttribute("data-missing") === "true" : false;
          var overlayID = "\(ErrorOverlay.elementID)";
          var events = new EventSource("\(eventsPath)?token=" + encodeURIComponent(token));

          events.addEventListener("reload", function () {
            events.close();
            if (wasMissing) { location.reload(); return; }
            fetch(location.pathname, { method: "HEAD", cache: "no-store" }).then(function (response) {
              if (response.status === 404) { location.assign("/"); } else { location.reload(); }
            }, function () { location.reload(); });
          });

          events.addEventListener("failed", function (event) {
            var old = document.getElementById(overlayID);
            if (old) { old.remove(); }
            document.body.insertAdjacentHTML("beforeend", event.data);
          });
        })();

        """
}
