"""Store overhead and incremental re-runs on the shared 46,606-abstract corpus.

Targets (issue 6): extraction through the DuckDB store <= 1.2x the plain in-memory time,
and an unchanged re-run <= 5% of it. Also times a re-run after 1% of abstracts changed.

    .venv/bin/python benchmarks/bench_store.py [--limit N] [--batch-size 1000]

Timings are wall-clock on whatever else the machine is doing: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from measure import timed
from shared_corpus import read_corpus

from litkit.distributed import pipeline
from litkit.extract import extract, summarize
from litkit.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="first N abstracts only")
    parser.add_argument("--batch-size", type=int, default=1000, help="papers per store commit")
    args = parser.parse_args()
    corpus = read_corpus(args.limit)
    n = len(corpus)
    # import and build the pipelines (the plain one and the store's cached one) off the clock
    extract(corpus.head(20), progress=False)
    pipeline()

    mentions, t_extract = timed(extract, corpus, progress=False)
    _, t_summarize = timed(summarize, mentions, corpus)
    t_plain = t_extract + t_summarize
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        stored, t_store = timed(store.extract, corpus, batch_size=args.batch_size, progress=False)
        assert len(stored) == len(mentions), (len(stored), len(mentions))
        _, t_rerun = timed(store.extract, corpus, batch_size=args.batch_size, progress=False)
        assert store.last_run["extracted"] == 0
        changed = corpus.copy()
        rows = changed.index[:: 100]
        changed.loc[rows, "abstract"] = changed.loc[rows, "abstract"] + " We release the code."
        _, t_changed = timed(store.extract, changed, batch_size=args.batch_size, progress=False)
        assert store.last_run["extracted"] == len(rows)
        store.sql("checkpoint")
        size = (Path(tmp) / "bench.duckdb").stat().st_size

    print(f"corpus: {n} abstracts, {len(mentions)} mentions; store batch size {args.batch_size}")
    print(f"plain in-memory extract + summarize : {t_plain:8.1f} s  ({n / t_plain:6.0f} docs/s;"
          f" extract {t_extract:.1f} s, summarize {t_summarize:.1f} s)")
    print(f"through the store (first run)       : {t_store:8.1f} s  ({n / t_store:6.0f} docs/s)")
    print(f"unchanged re-run                    : {t_rerun:8.2f} s")
    print(f"re-run after {len(rows)} abstracts changed  : {t_changed:8.2f} s")
    print(f"store file: {size / 2**20:.1f} MiB")
    ratio, rerun = t_store / t_plain, t_rerun / t_plain
    print(f"store / plain   = {ratio:.3f}  (target <= 1.2: {'met' if ratio <= 1.2 else 'MISSED'})")
    print(f"re-run / plain  = {rerun:.3%}  (target <= 5%: {'met' if rerun <= 0.05 else 'MISSED'})")


if __name__ == "__main__":
    main()
