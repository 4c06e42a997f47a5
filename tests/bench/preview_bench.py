#!/usr/bin/env python3
"""Times the preview's save -> reload: write an English page, wait for the live-reload event.

Usage: tests/bench/preview_bench.py LABEL CLI THEME INPUT OUTPUT PAGE [SAVES]
Starts `CLI preview` on a free port, waits for the first build, opens /__sccsite/events, then SAVES
times (default 10) appends a sentence to INPUT/PAGE and measures from just before the write to the
arrival of the 'ok' event. Prints one Markdown table row: median, max, first build, RSS now and peak.
"""

import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def memory_mb(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


def next_event(stream):
    while True:
        line = stream.readline()
        if not line:
            raise SystemExit("preview_bench: the event stream ended")
        if line.startswith(b"data: "):
            return json.loads(line[6:])


def main():
    label, cli, theme, site, output, page = sys.argv[1:7]
    saves = int(sys.argv[7]) if len(sys.argv) > 7 else 10
    port = free_port()
    started = time.perf_counter()
    log = open(output + ".preview.log", "w")
    proc = subprocess.Popen([cli, "preview", "--input", site, "--output", output, "--theme", theme, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        while "Preview: http" not in open(log.name, encoding="utf-8").read():  # printed once built and watching
            if proc.poll() is not None:
                raise SystemExit(f"preview_bench: preview exited {proc.returncode}; see {log.name}")
            time.sleep(0.05)
        first_build = time.perf_counter() - started
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        conn.request("GET", "/__sccsite/events")
        stream = conn.getresponse()
        if stream.readline().strip() != b": connected":
            raise SystemExit("preview_bench: no event stream")
        path = os.path.join(site, page)
        times = []
        for i in range(saves):
            time.sleep(0.3)  # let the watcher settle, as between an editor's saves
            with open(path, encoding="utf-8") as f:
                text = f.read()
            t0 = time.perf_counter()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text + f"\nBenchmark save {i}.\n")
            event = next_event(stream)
            times.append((time.perf_counter() - t0) * 1000)
            if event.get("type") != "ok":
                raise SystemExit(f"preview_bench: save {i} gave {event}")
        rss, peak = memory_mb(proc.pid)
        print(f"| {label} | {saves} | {statistics.median(times):.0f} | {max(times):.0f} | {first_build:.1f} | {rss} | {peak} |")
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
