"""Where the benchmarks find ../shared, and the shared corpus read through litkit.

Imported by the benchmark scripts (run as `python benchmarks/<script>.py`, which puts this
folder on the import path); it measures nothing itself.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import litkit

SHARED = Path(__file__).resolve().parents[2] / "shared"
ML_ABSTRACTS = SHARED / "data" / "ml_abstracts.jsonl.gz"


def read_corpus(limit: int | None = None) -> pd.DataFrame:
    """The shared 46,606-abstract corpus as a Corpus (its first ``limit`` papers); exits with
    a message when ../shared is absent."""
    if not ML_ABSTRACTS.exists():
        raise SystemExit(f"{ML_ABSTRACTS} not found: this benchmark needs the shared corpus")
    corpus = litkit.read(ML_ABSTRACTS)
    return corpus.head(limit).reset_index(drop=True) if limit else corpus
