"""Time reading the shared 46,606-paper corpus and report what cleaning and language detection find.

Usage: .venv/bin/python benchmarks/read_corpus.py [path/to/ml_abstracts.jsonl.gz]
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

import litkit
from litkit.corpus import detect_language, rejects_of

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ml_abstracts.jsonl.gz"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    with gzip.open(path, "rt", encoding="utf-8") as f:
        raw = [json.loads(line)["abstract"] for line in f]
    start = time.perf_counter()
    corpus = litkit.read(path)
    read_s = time.perf_counter() - start
    rejects = rejects_of(corpus)
    print(f"read {path.name}: {len(corpus)} papers, {len(rejects)} rejects in {read_s:.1f} s")
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
