"""The reference corpus for the topics benchmarks, read from ../shared/data when present."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pandas as pd

from litkit.corpus import make_corpus
from litkit.text import detect_language

ROOT = Path(__file__).resolve().parents[1]
ML_ABSTRACTS = ROOT.parent / "shared" / "data" / "ml_abstracts.jsonl.gz"


def read_ml_abstracts(path: Path = ML_ABSTRACTS, limit: int | None = None) -> pd.DataFrame:
    """The shared 46,606-abstract corpus as a Corpus (date = first of the month when known)."""
    if not path.exists():
        raise SystemExit(f"{path} not found: the topics benchmarks need the shared corpus")
    records = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("month"):
                rec["date"] = f"{rec['year']}-{int(rec['month']):02d}-01"
            records.append(rec)
            if limit and len(records) >= limit:
                break
    return make_corpus(records)


def quality_sample(corpus: pd.DataFrame, n: int = 5000, seed: int = 7) -> pd.DataFrame:
    """A fixed sample for coherence checks: 2010+, English, no PDF artefacts."""
    keep = (corpus["year"] >= 2010) & ~corpus["abstract"].str.contains("(cid:", regex=False)
    pool = corpus[keep].sort_values("id")
    pool = pool[[detect_language(a[:400]) == "en" for a in pool["abstract"]]]
    order = np.random.default_rng(seed).permutation(len(pool))[:n]
    return pool.iloc[np.sort(order)].reset_index(drop=True)
