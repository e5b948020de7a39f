#!/usr/bin/env python3
"""`docgen serve` on the 10,000-page corpus: how soon an edit reaches the browser.

Copies the corpus (`../shared/bench/gen_corpus.py --pages 10000 --seed 1`,
generated when --corpus is not given) into a scratch folder, then:

1. times a clean release `docgen build` of it (--no-cache, into an empty
   folder) and its peak RSS (wait4, as /usr/bin/time -v), `--runs` times;
2. starts `docgen serve` on a free port and times start → first answer
   (`ready`); its peak RSS is read from /proc/PID/status (VmHWM) at the end;
3. with one SSE client on /__docgen/events, edits `--edits` different pages
   one at a time (every `--title-every`-th edit also changes the page's
   title, which its section's sidebar shows on every page of the section)
   and times, from the moment the file is written (closed):
   - `event`: the `build` event arriving at the SSE client,
   - `fetch`: a GET of the page (polled every 2 ms from the write) whose body
     holds the edit;
   and reads the server's own rebuild time (`ms` in the event).

Prints a table (p50, p95, max) and the goals of issue 11: text edit p50 ≤ 50
ms and p95 ≤ 150 ms (event), ready ≤ 1.2 × build, peak memory ≤ 2 × build's.

    python3 bench/serve_benchmark.py [--corpus /tmp/c10k] [--edits 50] [--out DIR]

DOCGEN=path uses that binary instead of `swift build -c release`.
"""

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN_CORPUS = os.path.join(os.path.dirname(REPO), "shared", "bench", "gen_corpus.py")


def find_docgen():
    if os.environ.get("DOCGEN"):
        return os.environ["DOCGEN"]
    subprocess.run(["swift", "build", "-c", "release", "--product", "docgen"], cwd=REPO, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "docgen")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed_build(docgen, site, output):
    shutil.rmtree(output, ignore_errors=True)
    started = time.perf_counter()
    proc = subprocess.Popen([docgen, "build", site, "--output", output, "--no-cache"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit("docgen build failed with status %d" % code)
    return wall, usage.ru_maxrss * 1024 / 1e6


def http_get(port, path, timeout=60):
    """(status, body) of one GET over a plain socket (Connection: close)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" % path).encode())
        chunks = []
        while True:
            data = s.recv(1 << 16)
            if not data:
                break
            chunks.append(data)
    raw = b"".join(chunks)
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head else 0
    return status, body


class EventClient:
    """Reads /__docgen/events on a thread; keeps (arrival time, name, data) per event."""

    def __init__(self, port):
        self.events = []
        self.cond = threading.Condition()
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /__docgen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        raw = b""
        body = b""
        in_body = False
        while True:
            data = self.sock.recv(1 << 20)
            now = time.perf_counter()
            if not data:
                return
            raw += data
            if not in_body:
                if b"\r\n\r\n" not in raw:
                    continue
                raw = raw.split(b"\r\n\r\n", 1)[1]
                in_body = True
            while True:  # chunked transfer encoding
                line_end = raw.find(b"\r\n")
                if line_end < 0:
                    break
                size = int(raw[:line_end], 16)
                if len(raw) < line_end + 2 + size + 2:
                    break
                body += raw[line_end + 2:line_end + 2 + size]
                raw = raw[line_end + 2 + size + 2:]
            while b"\n\n" in body:
                block, body = body.split(b"\n\n", 1)
                name, data_lines = "message", []
                for line in block.decode().split("\n"):
                    if line.startswith("event: "):
                        name = line[7:]
                    elif line.startswith("data: "):
                        data_lines.append(line[6:])
                if data_lines:
                    with self.cond:
                        self.events.append((now, name, json.loads("\n".join(data_lines))))
                        self.cond.notify_all()

    def wait_build(self, after_count, timeout=60):
        deadline = time.time() + timeout
        with self.cond:
            while True:
                builds = [e for e in self.events if e[1] == "build"]
                if len(builds) > after_count:
                    return builds[after_count]
                left = deadline - time.time()
                if left <= 0:
                    raise TimeoutError("no build event")
                self.cond.wait(left)

    def build_count(self):
        with self.cond:
            return sum(1 for e in self.events if e[1] == "build")


def page_url(relative):
    """The URL docgen gives content/<relative> (no url:/slug: in the corpus)."""
    path = relative[:-3]
    if path == "index":
        return "/"
    if path.endswith("/index"):
        path = path[:-len("index")]
    else:
        path += "/"
    return "/" + urllib.parse.quote(path.lstrip("/"), safe="/")


def peak_rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    return float("nan")


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", help="a corpus folder (holding content/); generated when absent")
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=50)
    parser.add_argument("--title-every", type=int, default=5)
    parser.add_argument("--runs", type=int, default=2, help="clean builds to time (median)")
    parser.add_argument("--out", default="/tmp/docgen-serve-bench")
    args = parser.parse_args()

    docgen = find_docgen()
    os.makedirs(args.out, exist_ok=True)
    site = os.path.join(args.out, "site")
    shutil.rmtree(site, ignore_errors=True)
    if args.corpus:
        shutil.copytree(os.path.join(args.corpus, "content"), os.path.join(site, "content"))
        for extra in ("docgen.yml", "templates"):
            source = os.path.join(args.corpus, extra)
            if os.path.isdir(source):
                shutil.copytree(source, os.path.join(site, extra))
            elif os.path.exists(source):
                shutil.copy(source, site)
    else:
        subprocess.run([sys.executable, GEN_CORPUS, "--pages", str(args.pages), "--seed", "1", "--out", site],
                       check=True)

    builds = [timed_build(docgen, site, os.path.join(args.out, "public")) for _ in range(args.runs)]
    shutil.rmtree(os.path.join(args.out, "public"), ignore_errors=True)
    build_wall = statistics.median(b[0] for b in builds)
    build_rss = statistics.median(b[1] for b in builds)

    port = free_port()
    log = open(os.path.join(args.out, "serve.log"), "w")
    started = time.perf_counter()
    server = subprocess.Popen([docgen, "serve", site, "--port", str(port)], stdout=log, stderr=log)
    while True:
        try:
            status, _ = http_get(port, "/", timeout=5)
            if status in (200, 302):
                break
        except OSError:
            pass
        if server.poll() is not None:
            sys.exit("docgen serve exited: see " + log.name)
        time.sleep(0.005)
    ready = time.perf_counter() - started

    try:
        client = EventClient(port)
        time.sleep(0.5)
        content = os.path.join(site, "content")
        pages = sorted(os.path.relpath(os.path.join(d, f), content)
                       for d, _, files in os.walk(content) for f in files if f.endswith(".md"))
        step = max(1, len(pages) // (args.edits * 2))
        chosen = []
        for relative in pages[::step]:
            if len(chosen) == args.edits:
                break
            if http_get(port, page_url(relative))[0] == 200:
                chosen.append(relative)
        rows = []
        for index, relative in enumerate(chosen):
            path = os.path.join(content, relative)
            url = page_url(relative)
            with open(path) as f:
                text = f.read()
            token = "serve-bench-edit-%d-%d" % (index, int(time.time() * 1000))
            changes_title = args.title_every > 0 and index % args.title_every == 0
            if changes_title:
                text = re.sub(r'^title: (.*)$', lambda m: 'title: "Retitled %d"' % index, text, count=1, flags=re.M)
            text = text.rstrip("\n") + "\n\nThe edit %s is here.\n" % token
            before = client.build_count()
            fetched = {}

            def poll():
                while True:
                    status, body = http_get(port, url)
                    if token.encode() in body:
                        fetched["at"] = time.perf_counter()
                        return
                    time.sleep(0.002)

            poller = threading.Thread(target=poll, daemon=True)
            with open(path, "w") as f:
                f.write(text)
            written = time.perf_counter()
            poller.start()
            arrived, _, event = client.wait_build(before)
            poller.join(60)
            rows.append({
                "page": relative, "title": changes_title,
                "event_ms": (arrived - written) * 1000,
                "fetch_ms": (fetched.get("at", float("nan")) - written) * 1000,
                "server_ms": event.get("ms"), "since_change_ms": event.get("since_change_ms"),
                "rendered": event.get("pages"),
                "changed": len(event.get("changed", [])),
            })
            time.sleep(0.3)
        serve_rss = peak_rss_mb(server.pid)
    finally:
        server.send_signal(2)
        server.wait(10)
        log.close()

    def summary(kind, key):
        values = [r[key] for r in rows if (kind is None or r["title"] == kind)]
        return percentile(values, 50), percentile(values, 95), max(values) if values else float("nan"), len(values)

    print()
    print("docgen serve on %d pages (%s)" % (len(pages), docgen))
    print()
    print("| edit | n | write → build event p50 / p95 / max | write → page with the edit p50 / p95 / max "
          "| first file event → event sent (server) p50 / p95 | rebuild p50 / p95 | pages re-rendered p50 |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, kind in (("text only", False), ("title change", True), ("all", None)):
        ep50, ep95, emax, n = summary(kind, "event_ms")
        fp50, fp95, fmax, _ = summary(kind, "fetch_ms")
        sp50, sp95 = summary(kind, "server_ms")[:2]
        cp50, cp95 = summary(kind, "since_change_ms")[:2]
        rp50 = summary(kind, "rendered")[0]
        print("| %s | %d | %.0f / %.0f / %.0f ms | %.0f / %.0f / %.0f ms | %.0f / %.0f ms | %.0f / %.0f ms | %.0f |"
              % (label, n, ep50, ep95, emax, fp50, fp95, fmax, cp50, cp95, sp50, sp95, rp50))
    print()
    print("| | serve | clean `docgen build` | ratio |")
    print("| --- | --- | --- | --- |")
    print("| ready to serve / build time | %.2f s | %.2f s | %.2f× |" % (ready, build_wall, ready / build_wall))
    print("| peak RSS | %.0f MB | %.0f MB | %.2f× |" % (serve_rss, build_rss, serve_rss / build_rss))
    print()
    text_p50, text_p95 = summary(False, "event_ms")[:2]
    goals = [
        ("text edit p50 ≤ 50 ms", text_p50 <= 50, "%.0f ms" % text_p50),
        ("text edit p95 ≤ 150 ms", text_p95 <= 150, "%.0f ms" % text_p95),
        ("ready ≤ 1.2 × build", ready <= 1.2 * build_wall, "%.2f×" % (ready / build_wall)),
        ("peak memory ≤ 2 × build", serve_rss <= 2 * build_rss, "%.2f×" % (serve_rss / build_rss)),
    ]
    for name, ok, value in goals:
        print("%s  %s (%s)" % ("PASS" if ok else "FAIL", name, value))
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"edits": rows, "ready_s": ready, "build_s": build_wall, "serve_rss_mb": serve_rss,
                   "build_rss_mb": build_rss, "builds": builds}, f, indent=1)


if __name__ == "__main__":
    main()
