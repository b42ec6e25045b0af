import Foundation
import XCTest

/// A built site served over HTTP on 127.0.0.1 by `python3 -m http.server`, for as long as a test runs.
final class StaticServer {
    let root: URL
    let port: Int
    private let process: Process

    /// Starts serving `root` on a port the system picks; the server is stopped when the test ends.
    init(serving root: URL, for test: XCTestCase) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // `-u`: the "Serving HTTP on … port N" line must not sit in a buffer.
        process.arguments = ["python3", "-u", "-m", "http.server", "--bind", "127.0.0.1", "0", "--directory", root.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.root = root
        self.process = process
        test.addTeardownBlock { [process] in
            process.terminate()
            process.waitUntilExit()
        }
        guard let port = Self.announcedPort(output.fileHandleForReading, within: 15) else {
            process.terminate()
            throw BrowserFailure("python3 -m http.server did not start within 15 s")
        }
        self.port = port
    }

    /// `http://127.0.0.1:PORT` + path.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)" + path }

    /// Reads the server's first line, "Serving HTTP on 127.0.0.1 port 43117 (…) ...", waiting at most `seconds`.
    private static func announcedPort(_ handle: FileHandle, within seconds: Double) -> Int? {
        let found = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var text = ""
        let lock = NSLock()
        handle.readabilityHandler = { handle in
            let data = handle.availableData
            lock.lock()
            defer { lock.unlock() }
            if data.isEmpty { handle.readabilityHandler = nil; found.signal(); return }
            text += String(decoding: data, as: UTF8.self)
            if text.contains("\n") { handle.readabilityHandler = nil; found.signal() }
        }
        _ = found.wait(timeout: .now() + seconds)
        lock.lock()
        defer { lock.unlock() }
        handle.readabilityHandler = nil
        guard let range = text.range(of: #"port (\d+)"#, options: .regularExpression) else { return nil }
        return Int(text[range].dropFirst("port ".count))
    }
}

/// Headless Chromium running a test script against pages of a served site.
///
/// The script runs in a harness page written into the served folder, so the pages it opens in its
/// iframe (`load(path)`) are same-origin and it may read and drive their DOM. It reports by
/// returning a JSON value; Chromium's `--dump-dom` hands that back. Every wait in the harness is
/// bounded, and so is Chromium itself.
enum Browser {
    /// Chromium or Chrome on the PATH, or the test is skipped.
    static func executable() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        throw XCTSkip("chromium is not installed")
    }

    /// Runs `script` (the body of an async JavaScript function) and returns what it returned.
    ///
    /// The script may use `frame` (the iframe), `load(path, {width, height})` (resolves to the
    /// loaded document), `until(check, ms)` (resolves to the first truthy `check()`, or fails after
    /// `ms`), `sleep(ms)`, `press(element, key)` and `type(input, text)`.
    static func run(_ script: String, on server: StaticServer, test: XCTestCase) throws -> Any {
        let chromium = try executable()
        let name = "__harness-\(UUID().uuidString).html"
        let harness = server.root.appendingPathComponent(name)
        try Data(page(script).utf8).write(to: harness)
        defer { try? FileManager.default.removeItem(at: harness) }
        let profile = try Paths.temporaryFolder(test)

        let process = Process()
        process.executableURL = chromium
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                             "--user-data-dir=\(profile.path)", "--window-size=1400,1000",
                             "--virtual-time-budget=60000", "--dump-dom", server.url("/" + name)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var data = Data()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            data = output.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        if done.wait(timeout: .now() + 120) == .timedOut {
            process.terminate()
            throw BrowserFailure("chromium did not finish within 120 s")
        }
        process.waitUntilExit()

        let dom = String(decoding: data, as: UTF8.self)
        guard let start = dom.range(of: #"<pre id="result">"#), let end = dom[start.upperBound...].range(of: "</pre>"),
              let json = String(dom[start.upperBound..<end.lowerBound]).removingPercentEncoding,
              let report = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) as? [String: Any]
        else {
            throw BrowserFailure("the harness reported nothing; the page ended:\n\(dom.suffix(2000))")
        }
        if let error = report["error"] as? String { throw BrowserFailure("the browser script failed: \(error)") }
        return report["result"] ?? NSNull()
    }

    private static func page(_ script: String) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>harness</title></head>
        <body>
        <iframe id="frame" style="border:0;width:1280px;height:900px"></iframe>
        <script>
        "use strict";
        var frame = document.getElementById("frame");
        function load(path, size) {
          size = size || {};
          frame.style.width = (size.width || 1280) + "px";
          frame.style.height = (size.height || 900) + "px";
          return new Promise(function (resolve, reject) {
            var timer = setTimeout(function () { reject(new Error("timed out loading " + path)); }, 15000);
            frame.onload = function () { clearTimeout(timer); resolve(frame.contentDocument); };
            frame.src = path;
          });
        }
        function sleep(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
        async function until(check, ms) {
          var end = Date.now() + (ms || 5000);
          for (;;) {
            var value = check();
            if (value) return value;
            if (Date.now() > end) throw new Error("timed out waiting for " + check);
            await sleep(25);
          }
        }
        function press(element, key) {
          element.dispatchEvent(new KeyboardEvent("keydown", { key: key, bubbles: true, cancelable: true }));
        }
        function type(input, text) {
          input.focus();
          input.value = text;
          input.dispatchEvent(new Event("input", { bubbles: true }));
        }
        function report(value) {
          var pre = document.createElement("pre");
          pre.id = "result";
          pre.textContent = encodeURIComponent(JSON.stringify(value));
          document.body.appendChild(pre);
        }
        (async function () {
        \(script)
        })().then(function (result) { report({ result: result }); },
                  function (error) { report({ error: String(error && error.stack || error) }); });
        </script>
        </body></html>
        """
    }
}

/// Why a browser run gave no answer; thrown, so the test fails with the reason.
struct BrowserFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
