#!/usr/bin/env python3
"""Measures how long a writer waits in `partnerbook serve`: from saving an edit of one page to the
`reload` event reaching a page that listens, as a browser tab does.

Copies a handbook into a temporary folder (the original is never edited), starts the preview on a
loopback port, listens on /_partnerbook/events, then appends a sentence to one page's Markdown
several times, a second apart, timing each save until `event: reload` arrives. Prints each edit
with the rebuild summary the server printed for it, and the median.

Usage: edit-latency.py [--handbook DIR | --corpus PAGES] [--page content/x.md] [--edits 5]
                       [--partnerbook EXECUTABLE]
  --handbook  the handbook to copy (default: this repository's own)
  --corpus    make a handbook of PAGES pages with bench/make-corpus.py instead
  --page      the page to edit, relative to the handbook (default: the first chapter, or the first
              Markdown file under content/ other than the home page)
Without --partnerbook, builds the release executable (`swift build -c release --scratch-path
.build-release`). Standard library only; every wait has a deadline; the server is always stopped.
"""
import argparse
import os
import queue
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def release_executable():
    build = ["swift", "build", "-c", "release", "--scratch-path", ".build-release"]
    subprocess.run(build + ["--product", "partnerbook"], cwd=REPO, check=True, stdout=sys.stderr)
    folder = subprocess.run(build + ["--show-bin-path"], cwd=REPO, check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(folder, "partnerbook")


def copy_handbook(source, target):
    for name in ["content", "layouts"]:
        if os.path.isdir(os.path.join(source, name)):
            shutil.copytree(os.path.join(source, name), os.path.join(target, name))
    shutil.copy(os.path.join(source, "partnerbook.yml"), target)


def default_page(root):
    chapters = os.path.join(root, "content", "chapters")
    if os.path.isdir(chapters):
        names = sorted(n for n in os.listdir(chapters) if n.endswith(".md"))
        if names:
            return os.path.join("content", "chapters", names[0])
    for folder, dirs, files in sorted(os.walk(os.path.join(root, "content"))):
        dirs.sort()
        for name in sorted(files):
            path = os.path.relpath(os.path.join(folder, name), root)
            if name.endswith(".md") and path != os.path.join("content", "index.md"):
                return path
    sys.exit("edit-latency: the handbook has no page to edit")


class Server:
    """`partnerbook serve` in a child process, its output lines collected by a thread."""

    def __init__(self, executable, root):
        self.lines = queue.Queue()
        self.process = subprocess.Popen([executable, "serve", "--source", root, "--host", "127.0.0.1", "--port", "0"],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def next_line(self, matching, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if matching(line):
                return line
        return None

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class EventStream:
    """A page listening for reloads: a raw HTTP connection to the event stream."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.sock.sendall(b"GET /_partnerbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.received = b""
        if not self.wait_for(b"retry: 1000", timeout=10):
            raise RuntimeError("the event stream did not open")

    def wait_for(self, *markers, timeout):
        """The first of `markers` to arrive (what came before it is dropped), or None."""
        deadline = time.monotonic() + timeout
        while True:
            found = [(self.received.index(m), m) for m in markers if m in self.received]
            if found:
                _, marker = min(found)
                self.received = self.received.split(marker, 1)[1]
                return marker
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return None
            if not chunk:
                return None
            self.received += chunk


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--handbook", default=REPO)
    source.add_argument("--corpus", type=int)
    parser.add_argument("--page")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--partnerbook")
    parser.add_argument("--timeout", type=float, default=600, help="seconds for the first build and for each reload")
    args = parser.parse_args()

    executable = args.partnerbook or release_executable()
    work = tempfile.mkdtemp(prefix="partnerbook-edit-latency-")
    server = None
    try:
        root = os.path.join(work, "handbook")
        if args.corpus:
            maker = os.path.join(REPO, "bench", "make-corpus.py")
            if not os.path.exists(maker):
                sys.exit("edit-latency: --corpus needs bench/make-corpus.py, which this checkout does not have")
            subprocess.run([sys.executable, maker, str(args.corpus), root], check=True, stdout=sys.stderr)
            described = f"a corpus of {args.corpus} pages"
        else:
            os.makedirs(root)
            copy_handbook(args.handbook, root)
            described = "this repository's handbook" if os.path.samefile(args.handbook, REPO) else args.handbook
        page = args.page or default_page(root)

        started = time.monotonic()
        server = Server(executable, root)
        serving = server.next_line(lambda line: "Serving the handbook at " in line, args.timeout)
        if serving is None:
            sys.exit("edit-latency: the server did not start in time")
        first_build = time.monotonic() - started
        port = int(serving.split("http://127.0.0.1:")[1].split("/")[0])
        stream = EventStream(port)
        print(f"handbook: {described}; editing {page}")
        print(f"first build and start: {first_build:.2f} s")

        latencies = []
        for number in range(1, args.edits + 1):
            time.sleep(1)
            with open(os.path.join(root, page), "a", encoding="utf-8") as markdown:
                saved = time.monotonic()
                markdown.write(f"\nA sentence added by edit {number} of the latency measurement.\n")
            event = stream.wait_for(b"event: reload", b"event: failed", timeout=args.timeout)
            if event != b"event: reload":
                what = "the rebuild failed" if event else f"no reload arrived within {args.timeout:.0f} s"
                sys.exit(f"edit-latency: {what} after edit {number}")
            latency = time.monotonic() - saved
            latencies.append(latency)
            rebuild = server.next_line(lambda line: "changed: " in line, 5) or "(no rebuild line)"
            print(f"edit {number}: {latency * 1000:.0f} ms  [server: {rebuild}]")
        print(f"median of {len(latencies)} edits: {statistics.median(latencies) * 1000:.0f} ms "
              f"(min {min(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms)")
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
