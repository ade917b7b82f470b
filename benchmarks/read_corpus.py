"""Time reading the shared 46,606-paper corpus, and litkit's own Parquet, CSV and JSON Lines
copies of it; report what cleaning and language detection find.

Target (issue 14): litkit's own 46k-paper Parquet Corpus reads in <= 2 s on 2 cores.

Usage: .venv/bin/python benchmarks/read_corpus.py [path/to/ml_abstracts.jsonl.gz] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import tempfile
import time
from pathlib import Path

import pandas as pd
from shared_corpus import ML_ABSTRACTS

import litkit
from litkit.corpus import detect_language, rejects_of


def timed_read(path: Path, repeat: int) -> tuple[pd.DataFrame, float]:
    """The Corpus read from ``path`` and the best wall time of ``repeat`` reads."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        corpus = litkit.read(path)
        best = min(best, time.perf_counter() - start)
    return corpus, best


def as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as text, every missing value as one text (NaN, None, NaT and <NA> alike)."""
    return frame.astype(object).where(frame.notna(), None).map(str)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=ML_ABSTRACTS)
    parser.add_argument("--repeat", type=int, default=3, help="reads per file (best is shown)")
    args = parser.parse_args()
    path = args.path
    if not path.exists():
        raise SystemExit(f"{path} not found: this benchmark needs the shared corpus")
    print(f"{os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.1f}")
    corpus, read_s = timed_read(path, args.repeat)
    rejects = rejects_of(corpus)
    print(f"read {path.name}: {len(corpus)} papers, {len(rejects)} rejects in {read_s:.1f} s "
          f"(best of {args.repeat})")
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".parquet", ".csv", ".jsonl"):
            copy = litkit.write_table(corpus, Path(tmp) / f"corpus{suffix}")
            again, seconds = timed_read(copy, args.repeat)
            same = (as_text(again) == as_text(corpus)).all(axis=1).sum()
            target = "  (target <= 2 s)" if suffix == ".parquet" else ""
            print(f"read litkit's own {suffix[1:]:7}: {seconds:5.1f} s{target}; {same} of "
                  f"{len(corpus)} papers read back as they were written")
    print(f"load average after: {os.getloadavg()[0]:.1f}")

    with gzip.open(path, "rt", encoding="utf-8") as f:
        raw = [json.loads(line)["abstract"] for line in f]
    print(
        f"  (cid:173) artefacts: {sum('(cid:173)' in a for a in raw)} raw -> "
        f"{corpus['abstract'].str.contains('(cid:173)', regex=False).sum()} after cleaning"
    )
    print(
        f"  doubled spaces: {sum('  ' in a for a in raw)} raw -> "
        f"{corpus['abstract'].str.contains('  ', regex=False).sum()} after cleaning"
    )
    start = time.perf_counter()
    languages = detect_language(corpus)["extra"].str.get("language")
    lang_s = time.perf_counter() - start
    top = ", ".join(f"{k}={v}" for k, v in languages.value_counts().head(5).items())
    print(f"language detection: {lang_s:.1f} s; {top}")


if __name__ == "__main__":
    main()
