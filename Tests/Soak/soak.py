#!/usr/bin/env python3
"""Soak test for `factlint lsp`: keeps the server busy for N minutes with a
scripted client on stdio (incremental and full edits, hovers, code actions,
pulled diagnostics, malformed messages), then checks that every well-formed
request was answered and that resident memory at the end is within 10 % of
the memory after warm-up.

    Tests/Soak/soak.py --minutes 10 --bin .build/release/factlint

Python 3 standard library only; Linux (memory is read from /proc/PID/status).
Not part of `swift test`. Exit status 0 when both conditions hold.
"""
import argparse
import json
import pathlib
import random
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]

SENTENCES = [
    "Muse Spark scored {n} on the Artificial Analysis Intelligence Index.",
    "Meta laid off {n},000 employees.",
    "Meta paid ${n}.3 billion for its stake in Scale AI.",
    "Muse Spark launched on April {d}, 2026, a Wednesday.",
    "GPT-5.4 scored {n} on the Artificial Analysis Intelligence Index, ahead of the model.",
    "The report runs to {n}8 pages 🙂 and “quotes” matter.",
    "Llama models had been downloaded {n}.2 billion times by early 2026.",
]


class Server:
    """The server process, a reader thread that collects its messages."""

    def __init__(self, binary):
        self.proc = subprocess.Popen([binary, "lsp", "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.responses = {}
        self.notifications = 0
        self.null_id_errors = 0
        self.lock = threading.Condition()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            message = json.loads(out.read(length))
            with self.lock:
                if "id" in message and "method" not in message:
                    if message["id"] is None:
                        self.null_id_errors += 1
                    else:
                        self.responses[message["id"]] = message
                else:
                    self.notifications += 1
                self.lock.notify_all()

    def write(self, body):
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def send(self, message):
        self.write(json.dumps(message).encode())

    def flush(self):
        self.proc.stdin.flush()

    def wait_for(self, ids, timeout):
        deadline = time.time() + timeout
        with self.lock:
            while not all(i in self.responses for i in ids):
                left = deadline - time.time()
                if left <= 0:
                    return False
                self.lock.wait(left)
        return True

    def rss_kib(self):
        for line in pathlib.Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0


def utf16_position(text, index):
    """LSP position (UTF-16) of code point `index` in `text`."""
    before = text[:index]
    line = before.count("\n")
    column_text = before[before.rfind("\n") + 1:]
    return {"line": line, "character": len(column_text.encode("utf-16-le")) // 2}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--bin", default=str(ROOT / ".build/release/factlint"))
    parser.add_argument("--warmup", type=float, default=None, help="seconds of warm-up before the first memory reading (default: a tenth of the run, at most 60)")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    duration = args.minutes * 60
    warmup = args.warmup if args.warmup is not None else min(60, duration / 10)

    drafts = [p.read_text() for p in sorted((ROOT / "Tests/Fixtures/drafts").glob("*.md"))]
    drafts.append((ROOT / "Tests/Fixtures/launch-draft.md").read_text())
    server = Server(args.bin)
    next_id = [1]
    sent = []
    counts = {"requests": 0, "notifications": 0, "malformed": 0, "edits": 0}

    def request(method, params):
        i = next_id[0]
        next_id[0] += 1
        server.send({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
        sent.append(i)
        counts["requests"] += 1

    def notify(method, params):
        server.send({"jsonrpc": "2.0", "method": method, "params": params})
        counts["notifications"] += 1

    request("initialize", {"processId": None, "capabilities": {"general": {"positionEncodings": ["utf-16"]}}})
    notify("initialized", {})
    server.flush()
    docs = {}
    for k, text in enumerate(drafts):
        uri = f"file:///soak/draft-{k}.md"
        docs[uri] = [text, 1]
        notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    server.flush()

    start = time.time()
    rss_warm = None
    samples = []
    last_sample = 0
    while time.time() - start < duration:
        for _ in range(20):
            uri = rng.choice(list(docs))
            text, version = docs[uri]
            action = rng.random()
            if action < 0.45:  # an incremental edit: replace a short span with a sentence or a few characters
                lo = rng.randrange(len(text) + 1)
                hi = min(len(text), lo + rng.randrange(12))
                new = rng.choice(SENTENCES).format(n=rng.randrange(10, 99), d=rng.randrange(1, 28)) if rng.random() < 0.5 else rng.choice(["", " ", "x", "\n", "🙂", "é"])
                change = {"range": {"start": utf16_position(text, lo), "end": utf16_position(text, hi)}, "text": new}
                text = text[:lo] + new + text[hi:]
                if len(text) > 30000:  # keep documents of a realistic size: start over
                    text, change = rng.choice(drafts), {"text": None}
                    change["text"] = text
                version += 1
                docs[uri] = [text, version]
                notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
                counts["edits"] += 1
            elif action < 0.55:
                request("textDocument/hover", {"textDocument": {"uri": uri}, "position": utf16_position(text, rng.randrange(len(text) + 1))})
            elif action < 0.65:
                request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": utf16_position(text, len(text))}, "context": {"diagnostics": []}})
            elif action < 0.75:
                request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
            elif action < 0.78:  # close and reopen
                notify("textDocument/didClose", {"textDocument": {"uri": uri}})
                notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": version, "text": text}})
            elif action < 0.82:  # well-formed but wrong: answered with an error
                request(rng.choice(["no/such/method", "textDocument/hover"]), rng.choice([{}, {"position": "nowhere"}, None]))
            else:  # malformed: not JSON, not UTF-8, a batch, too deep, a bad header
                counts["malformed"] += 1
                kind = rng.randrange(5)
                if kind == 0:
                    server.write(b'{"jsonrpc": "2.0", "id": ')
                elif kind == 1:
                    server.write(b'\xff\xfe{}')
                elif kind == 2:
                    server.write(b'[{"jsonrpc": "2.0"}]')
                elif kind == 3:
                    server.write(b'{"jsonrpc":"2.0","id":0,"method":"x","params":' + b"[" * 5000 + b"]" * 5000 + b"}")
                else:
                    server.proc.stdin.write(b"Content-Type: nothing\r\n\r\n")
        server.flush()
        # Every request so far must be answered before going on (a stuck server fails the run).
        if not server.wait_for(sent[-40:], timeout=60):
            print("a request went unanswered for 60 s", file=sys.stderr)
            break
        now = time.time() - start
        if rss_warm is None and now >= warmup:
            rss_warm = server.rss_kib()
        if now - last_sample >= 10:
            samples.append((round(now), server.rss_kib()))
            last_sample = now
    rss_end = server.rss_kib()
    elapsed = time.time() - start
    request("shutdown", None)
    server.flush()
    server.wait_for(sent, timeout=60)
    notify("exit", None)
    server.flush()
    status = server.proc.wait(timeout=30)

    unanswered = [i for i in sent if i not in server.responses]
    growth = (rss_end - rss_warm) / rss_warm * 100 if rss_warm else float("nan")
    ok = not unanswered and status == 0 and rss_warm is not None and abs(growth) <= 10
    print(f"soak: {elapsed / 60:.1f} min, {counts['requests']} requests ({len(unanswered)} unanswered), "
          f"{counts['notifications']} notifications ({counts['edits']} edits), {counts['malformed']} malformed messages "
          f"({server.null_id_errors} answered with id null), {server.notifications} notifications received")
    print(f"soak: RSS after {warmup:.0f} s warm-up {rss_warm} KiB, at the end {rss_end} KiB ({growth:+.1f} %); exit status {status}")
    print("soak: RSS samples (s, KiB): " + ", ".join(f"{t}:{r}" for t, r in samples))
    print("soak: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
