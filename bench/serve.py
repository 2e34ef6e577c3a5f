"""Load on `icgraph serve` (run by hand, not in tests): latency and errors under concurrent clients.

    .venv/bin/python bench/serve.py                       # 100k triples, 50 and 200 clients
    .venv/bin/python bench/serve.py --against oxigraph    # the same load on `oxigraph serve-read-only`

Builds the synthetic graph of bench/queries.py (about 100k triples) in an on-disk store, starts the
real server as a separate process (`icgraph serve` with its default limits unless told otherwise),
and runs N clients, each a thread with its own keep-alive connection, sending the saved queries
with their benchmark parameters (bound with the library's safe binding) one after another for
--duration seconds. Then the same with one more client that sends a runaway query (a four-way
cross join) over and over. Prints p50/p99 latency of the saved queries, the answers that were not
200 (by status, and failed connections), and the peak RSS of the server and of its workers.

The clients run on the same machine as the server: on a small shared machine they compete for
the same cores, which the figures include.
"""

from __future__ import annotations

import argparse
import http.client
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from queries import BENCH_PARAMS, Generator  # noqa: E402  (bench/queries.py)

from icgraph.bindings import bind_values  # noqa: E402
from icgraph.query import bindings_for, saved_queries  # noqa: E402

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }"


def build_store(folder: Path, triples: int) -> tuple[Path, list[str]]:
    events = max(50, triples // 27)
    generator = Generator(events)
    data = folder / "graph.nq"
    count = generator.write(data)
    first_kind = next(line for line in generator.lines if "/id/event/0-" in line).split("/id/event/0-")[1].split(">")[0]
    store_dir = folder / "store"
    native = ox.Store(str(store_dir))
    native.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    native.flush()
    del native
    library = saved_queries()
    texts = []
    for name, query in library.items():
        params = {k: v.replace("{kind}", first_kind) for k, v in BENCH_PARAMS.get(name, dict(query.example)).items()}
        try:
            texts.append(bind_values(query.text, bindings_for(query, params)))
        except Exception as error:  # noqa: BLE001 - a query whose parameters changed is left out, and said so
            print(f"  {name}: left out ({error})", file=sys.stderr)
    print(f"{count:,} triples, {len(texts)} saved queries", file=sys.stderr)
    return store_dir, texts


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_icgraph(store: Path, extra: list[str]) -> tuple[subprocess.Popen, str]:
    icgraph = Path(sys.executable).with_name("icgraph")
    process = subprocess.Popen([str(icgraph), "serve", "--store", str(store), "--port", "0", *extra], stderr=subprocess.PIPE, text=True)
    line = process.stderr.readline()
    match = re.search(r"at (http://[\d.]+:\d+)/", line)
    if not match:
        raise SystemExit(f"the server did not start: {line}")
    threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()  # drain the log
    return process, f"{match.group(1)}/sparql"


def start_oxigraph(store: Path, timeout: float) -> tuple[subprocess.Popen, str]:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    port = free_port()
    process = subprocess.Popen([binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}", "--union-default-graph", "--timeout-s", str(int(timeout))], stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    return process, f"http://127.0.0.1:{port}/query"


def rss_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except FileNotFoundError:
        pass
    return 0


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
    return found


class Load:
    def __init__(self, endpoint: str, texts: list[str], clients: int, duration: float, runaway: bool) -> None:
        self.url = urllib.parse.urlsplit(endpoint)
        self.texts = texts
        self.clients = clients
        self.duration = duration
        self.runaway = runaway
        self.latencies: list[float] = []
        self.statuses: Counter = Counter()
        self.runaway_statuses: Counter = Counter()
        self.lock = threading.Lock()

    def send(self, connection: http.client.HTTPConnection, sparql: str) -> int:
        body = urllib.parse.urlencode({"query": sparql})
        connection.request("POST", self.url.path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
        response = connection.getresponse()
        response.read()
        return response.status

    def client(self, number: int, stop: float, texts: list[str], record: Counter, timed: bool) -> None:
        connection = None
        index = number
        while time.monotonic() < stop:
            sparql = texts[index % len(texts)]
            index += 1
            started = time.perf_counter()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=120)
                status = self.send(connection, sparql)
            except (OSError, http.client.HTTPException) as error:
                status = type(error).__name__
                if connection is not None:
                    connection.close()
                connection = None
            took = time.perf_counter() - started
            with self.lock:
                record[status] += 1
                if timed and status == 200:
                    self.latencies.append(took)
        if connection is not None:
            connection.close()

    def run(self, server_pid: int) -> dict:
        stop = time.monotonic() + self.duration
        threads = [threading.Thread(target=self.client, args=(n, stop, self.texts, self.statuses, True)) for n in range(self.clients)]
        if self.runaway:
            threads.append(threading.Thread(target=self.client, args=(0, stop, [RUNAWAY], self.runaway_statuses, False)))
        peak_workers = 0
        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            peak_workers = max(peak_workers, sum(rss_kb(pid, "VmRSS") for pid in children(server_pid)))
            time.sleep(0.2)
        ordered = sorted(self.latencies)
        return {
            "requests": sum(self.statuses.values()),
            "ok": len(ordered),
            "p50": statistics.median(ordered) if ordered else None,
            "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else None,
            "errors": {str(k): v for k, v in self.statuses.items() if k != 200},
            "runaway": dict(self.runaway_statuses),
            "workers_rss_mb": peak_workers / 1024,
        }


def ms(value: float | None) -> str:
    return "—" if value is None else f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--clients", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--duration", type=float, default=15.0, help="seconds of load per run")
    parser.add_argument("--against", choices=["icgraph", "oxigraph"], default="icgraph")
    parser.add_argument("--timeout", type=float, default=30.0, help="the server's query time limit")
    parser.add_argument("serve_options", nargs="*", help="more `icgraph serve` options, after --")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="icgraph-bench-serve-") as folder:
        store, texts = build_store(Path(folder), args.triples)
        print("\n| server | clients | runaway | requests | p50 | p99 | not 200 | runaway answers | peak RSS server / workers |")
        print("|---|---|---|---|---|---|---|---|---|")
        for clients in args.clients:
            for runaway in (False, True):
                if args.against == "icgraph":
                    process, endpoint = start_icgraph(store, ["--timeout", str(args.timeout), *args.serve_options])
                else:
                    process, endpoint = start_oxigraph(store, args.timeout)
                try:
                    result = Load(endpoint, texts, clients, args.duration, runaway).run(process.pid)
                    server_mb = rss_kb(process.pid, "VmHWM") / 1024
                finally:
                    process.terminate()
                    process.wait(timeout=30)
                errors = ", ".join(f"{k}: {v}" for k, v in sorted(result["errors"].items())) or "0"
                runaway_cell = ", ".join(f"{k}: {v}" for k, v in result["runaway"].items()) if runaway else "—"
                print(f"| {args.against} | {clients} | {'yes' if runaway else 'no'} | {result['requests']} | {ms(result['p50'])} | {ms(result['p99'])} | {errors} | {runaway_cell} | {server_mb:.0f} MB / {result['workers_rss_mb']:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
