"""End-to-end speed of `litkit extract` as a user sees it: the whole command, wall clock.

Runs `litkit extract INPUT -o mentions.parquet --summary papers.jsonl` plainly, with
`--n-process 2` and with `--dask local:2`, one after the other in each round (so a busy
machine weighs on all three alike), and prints each round's times, the speed-ups against the
plain run of the same round, and whether the outputs are identical. It asserts nothing.

    .venv/bin/python benchmarks/bench_e2e.py [--input FILE] [--rounds 3] [--workers 2]

The default input is the shared 46,606-abstract corpus (../shared/data/ml_abstracts.jsonl.gz).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from shared_corpus import ML_ABSTRACTS

#: The litkit command line, run in a fresh interpreter as the `litkit` script would.
LITKIT = [sys.executable, "-c", "import sys; from litkit.cli import main; sys.exit(main())"]


def run(command: list[str]) -> float:
    """Wall seconds of one command (Dask's workers are not its children: CPU time of the
    whole command cannot be read the same way for all three, so none is shown)."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def wait_until_quiet(load: float, most: float = 3600) -> None:
    """Sleep until the 1-minute load average is below ``load`` (at most ``most`` seconds)."""
    start = time.perf_counter()
    while os.getloadavg()[0] >= load and time.perf_counter() - start < most:
        time.sleep(10)
    print(f"(waited {time.perf_counter() - start:.0f} s for load average "
          f"{os.getloadavg()[0]:.1f})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=ML_ABSTRACTS, help="papers file")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the three runs")
    parser.add_argument("--workers", type=int, default=2, help="processes / Dask workers")
    parser.add_argument("--quiet-below", type=float, metavar="LOAD",
                        help="before each round, wait (up to an hour) until the 1-minute load "
                        "average is below LOAD: on a shared machine, rounds run in quiet spells")
    args = parser.parse_args()
    if not args.input.exists():
        raise SystemExit(f"{args.input} not found: this benchmark needs the shared corpus")
    modes = {
        "plain": [],
        f"--n-process {args.workers}": ["--n-process", str(args.workers)],
        f"--dask local:{args.workers}": ["--dask", f"local:{args.workers}"],
    }
    print(f"input: {args.input.name}; {os.cpu_count()} cores; "
          f"load average before: {os.getloadavg()[0]:.1f}")
    times: dict[str, list[float]] = {name: [] for name in modes}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for round_ in range(1, args.rounds + 1):
            if args.quiet_below:
                wait_until_quiet(args.quiet_below)
            cells = []
            for name, flags in modes.items():
                tag = name.split()[0].strip("-")
                command = [*LITKIT, "extract", str(args.input), "-o", str(out / f"{tag}.parquet"),
                           "--summary", str(out / f"{tag}.jsonl"), "--quiet", *flags]
                wall = run(command)
                times[name].append(wall)
                cells.append(f"{name} {wall:.1f} s")
            print(f"round {round_}: " + "; ".join(cells)
                  + f"; load average {os.getloadavg()[0]:.1f} after", flush=True)
        plain = pd.read_parquet(out / "plain.parquet")
        summary = (out / "plain.jsonl").read_text()
        print(f"{len(plain):,} mentions; {len(summary.splitlines()):,} papers")
        for name in list(modes)[1:]:
            tag = name.split()[0].strip("-")
            same = pd.read_parquet(out / f"{tag}.parquet").equals(plain) and \
                (out / f"{tag}.jsonl").read_text() == summary
            ratios = [p / t for p, t in zip(times["plain"], times[name], strict=True)]
            print(f"{name:16}: speed-up over plain in the same round "
                  f"{statistics.median(ratios):.2f}x "
                  f"(median; each round {', '.join(f'{r:.2f}' for r in ratios)}); best "
                  f"{min(times['plain']) / min(times[name]):.2f}x "
                  f"({min(times['plain']):.1f} s -> {min(times[name]):.1f} s); "
                  f"output identical to plain: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
