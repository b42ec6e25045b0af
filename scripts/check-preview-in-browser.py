#!/usr/bin/env python3
"""Checks `partnerbook serve` in a real browser, as a writer would use it.

Starts the preview of a small handbook, opens a chapter in headless Chromium and drives it over
the DevTools protocol: appends a sentence to the chapter's Markdown and waits for the page to
reload with it; breaks the front matter and waits for the error panel (with no reload); fixes it
and waits for the page to come back; deletes a page that is open and waits for the home page.

Usage: check-preview-in-browser.py PARTNERBOOK [--screenshot FILE]
Needs python3 (standard library only) and Debian's `chromium`. Everything runs on loopback, and
every wait has a deadline. Exits 0 when every check passed.
"""
import argparse
import base64
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

HANDBOOK = {
    "partnerbook.yml": "title: Browser Check\n",
    "content/index.md": "---\ntitle: Home\n---\n\nThe home page.\n",
    "content/chapters/first.md": "---\ntitle: First chapter\norder: 1\n---\n\nThe first sentence.\n",
    "content/chapters/second.md": "---\ntitle: Second chapter\norder: 2\n---\n\nThe second chapter.\n",
}
# The handbook's own page templates, so that the check depends only on the built-in page shell.
for kind in ["chapter", "story", "practice", "checklist"]:
    HANDBOOK[f"layouts/{kind}.mustache"] = '{{<base}}{{$main}}<div class="content">{{{page.content}}}</div>{{/main}}{{/base}}\n'


class WebSocket:
    """Just enough of RFC 6455 for the DevTools protocol: text frames, client-side masking."""

    def __init__(self, url, timeout):
        match = re.match(r"ws://([^:/]+):(\d+)(/.*)", url)
        host, port, path = match.group(1), int(match.group(2)), match.group(3)
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise RuntimeError("websocket handshake: connection closed")
            head += chunk
        accept = base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()).decode()
        if b" 101 " not in head.split(b"\r\n")[0] or accept.encode() not in head:
            raise RuntimeError("websocket handshake refused: " + head.decode(errors="replace"))

    def send(self, text):
        payload = text.encode()
        header = bytes([0x81])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _exactly(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise RuntimeError("websocket closed")
            data += chunk
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._exactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exactly(8))[0]
            payload = self._exactly(length)
            opcode = first & 0x0F
            if opcode == 0x8:
                raise RuntimeError("websocket closed by the browser")
            if opcode in (0x9, 0xA):
                continue
            message += payload
            if first & 0x80:
                return message.decode()


class DevTools:
    def __init__(self, url, timeout):
        self.ws = WebSocket(url, timeout)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            reply = json.loads(self.ws.receive())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")


def wait_for(what, check, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (RuntimeError, OSError, ValueError):
            pass  # the page may be between two documents
        time.sleep(0.05)
    raise AssertionError("timed out waiting until " + what)


def read_line_matching(stream, pattern, timeout, what):
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        seen.append(line.rstrip())
        match = re.search(pattern, line)
        if match:
            return match
    raise AssertionError(f"no {what} within {timeout} s; saw: {seen}")


def drain(stream):
    """Keeps reading a child's output so that a full pipe never blocks it."""
    threading.Thread(target=lambda: [None for _ in stream], daemon=True).start()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("partnerbook")
    parser.add_argument("--screenshot", help="save a PNG of the page with the error panel here")
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("chromium is not installed; skipping", file=sys.stderr)
        return 77

    work = tempfile.mkdtemp(prefix="partnerbook-browser-")
    root = os.path.join(work, "handbook")
    for path, text in HANDBOOK.items():
        os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
        with open(os.path.join(root, path), "w", encoding="utf-8") as handle:
            handle.write(text)
    chapter = os.path.join(root, "content/chapters/first.md")

    serve = subprocess.Popen([args.partnerbook, "serve", "--source", root, "--port", "0"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    chrome = None
    passed, failed = 0, 0
    try:
        base = read_line_matching(serve.stdout, r"Serving the handbook at (http://127\.0\.0\.1:\d+/)", 60, "address").group(1)
        chrome = subprocess.Popen([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                   "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                                   f"--user-data-dir={os.path.join(work, 'profile')}", "about:blank"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        endpoint = read_line_matching(chrome.stderr, r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", 30, "DevTools port")
        drain(chrome.stderr)
        drain(serve.stdout)
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{endpoint.group(1)}/json/list", timeout=10))
        page = next(t for t in targets if t.get("type") == "page")
        tools = DevTools(page["webSocketDebuggerUrl"], timeout=30)
        tools.call("Page.enable")

        def body():
            return tools.evaluate("document.body ? document.body.innerText : ''") or ""

        def check(name, step):
            nonlocal passed, failed
            try:
                step()
                passed += 1
                print(f"ok: {name}")
            except AssertionError as problem:
                failed += 1
                print(f"FAILED: {name}: {problem}")

        def opens_chapter():
            tools.call("Page.navigate", url=base + "chapters/first/")
            wait_for("the chapter shows", lambda: "The first sentence." in body())

        def edit_reloads():
            tools.evaluate("window.beforeEdit = true")
            with open(chapter, "a", encoding="utf-8") as handle:
                handle.write("\nA sentence typed in the editor.\n")
            wait_for("the page reloads with the new sentence",
                     lambda: "A sentence typed in the editor." in body() and tools.evaluate("window.beforeEdit") is None)

        def error_shows():
            tools.evaluate("window.beforeError = true")
            with open(chapter, "w", encoding="utf-8") as handle:
                handle.write("---\ntitle: [First chapter\n---\n\nThe first sentence.\n")
            overlay = "(document.getElementById('partnerbook-error-overlay') || {}).innerText || ''"
            wait_for("the error panel shows", lambda: "content/chapters/first.md:" in tools.evaluate(overlay))
            assert tools.evaluate("window.beforeError") is True, "the page reloaded on a failed build"
            assert "A sentence typed in the editor." in body(), "the last good page stays"
            if args.screenshot:
                shot = tools.call("Page.captureScreenshot", format="png")
                with open(args.screenshot, "wb") as handle:
                    handle.write(base64.b64decode(shot["data"]))

        def fix_clears():
            with open(chapter, "w", encoding="utf-8") as handle:
                handle.write("---\ntitle: First chapter\n---\n\nThe chapter, fixed.\n")
            wait_for("the fixed page shows without the panel",
                     lambda: "The chapter, fixed." in body()
                     and tools.evaluate("document.getElementById('partnerbook-error-overlay') === null"))

        def deleted_page_goes_home():
            tools.call("Page.navigate", url=base + "chapters/second/")
            wait_for("the second chapter shows", lambda: "The second chapter." in body())
            os.remove(os.path.join(root, "content/chapters/second.md"))
            wait_for("the browser is sent to the home page",
                     lambda: tools.evaluate("location.pathname") == "/" and "The home page." in body())

        check("a chapter opens", opens_chapter)
        check("an edit reloads the page with the new sentence", edit_reloads)
        check("broken front matter shows the error panel", error_shows)
        check("fixing the file brings the page back", fix_clears)
        check("a deleted page sends the browser home", deleted_page_goes_home)
    finally:
        if chrome:
            chrome.kill()
            chrome.wait(timeout=10)
        serve.send_signal(signal.SIGINT)
        try:
            code = serve.wait(timeout=10)
        except subprocess.TimeoutExpired:
            serve.kill()
            code = "still running after Ctrl-C"
        shutil.rmtree(work, ignore_errors=True)
    if code != 0:
        failed += 1
        print(f"FAILED: Ctrl-C stops the server cleanly: exit status {code}")
    else:
        passed += 1
        print("ok: Ctrl-C stops the server cleanly")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
