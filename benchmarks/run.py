"""Benchmark the running stack with wrk: cached (Varnish hit), uncached (one app server) and
the ceiling (the cheapest Django view on the same gunicorn). It starts nothing itself.

    make stack                      # BENCHMARK_CEILING=1 is set by the stack
    .venv/bin/python benchmarks/run.py [--duration 5] [--rounds 2] [--connections 8]

The runs are interleaved (every page, hit then miss, then the ceiling, round after round), so a
busy moment on the machine touches all columns alike. Each cell is the median over the rounds.
"""

import argparse
import statistics
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = {
    "home": "/",
    "members": "/medlemmer/",
    "municipality": "/medlemmer/asker/",
    "event": "/arrangementer/2024-09-18-seadito-kickoff/",
    "project": "/prosjekter/seadito/",
    "annual report": "/publikasjoner/arsrapport-2024/",
}
CEILING = "/benchmark/ceiling"


def wrk(url, args):
    out = subprocess.run(
        [
            "wrk",
            f"-t{args.threads}",
            f"-c{args.connections}",
            f"-d{args.duration}s",
            "--timeout",
            "10s",
            "-H",
            "Accept-Encoding: gzip",
            "-s",
            str(HERE / "report.lua"),
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("RESULT"))
    rps, p50, p99, errors = line.split()[1:]
    return float(rps), float(p50), float(p99), int(errors)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--front", default="http://127.0.0.1:8080", help="Varnish")
    parser.add_argument("--app", default="http://127.0.0.1:8001", help="one app server")
    parser.add_argument("--duration", type=int, default=5, help="seconds per run")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()

    runs = {}
    for _ in range(args.rounds):
        for name, path in PAGES.items():
            runs.setdefault((name, "hit"), []).append(wrk(args.front + path, args))
            runs.setdefault((name, "miss"), []).append(wrk(args.app + path, args))
        runs.setdefault(("ceiling", "app"), []).append(wrk(args.app + CEILING, args))

    def cell(key):
        results = runs[key]
        rps = statistics.median(r[0] for r in results)
        p50 = statistics.median(r[1] for r in results)
        p99 = statistics.median(r[2] for r in results)
        errors = sum(r[3] for r in results)
        return f"{rps:8.0f} | {p50:7.1f} | {p99:7.1f} | {errors}"

    print(
        f"wrk -t{args.threads} -c{args.connections} -d{args.duration}s, {args.rounds} rounds, "
        "medians; hit = through Varnish, miss = straight from one app server"
    )
    print("| page | where | req/s | p50 ms | p99 ms | errors |")
    print("|---|---|---:|---:|---:|---:|")
    for name in PAGES:
        for where in ("hit", "miss"):
            print(f"| {name} | {where} | {cell((name, where))} |")
    print(f"| ceiling ({CEILING}) | app | {cell(('ceiling', 'app'))} |")


if __name__ == "__main__":
    main()
