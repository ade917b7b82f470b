"""Mentions -> Papers: one row per paper in the evaluation format of the shared guidelines."""

from __future__ import annotations

import math

import pandas as pd

from litkit.evaluate import norm_name

#: Papers columns: the fields ``litkit eval`` scores, one list per paper.
PAPER_COLUMNS = ["id", "params", "tokens", "datasets", "models", "results"]


def summarize(mentions: pd.DataFrame, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per paper (every paper of ``corpus`` when given, else those with mentions)."""
    ids = list(corpus["id"]) if corpus is not None else list(dict.fromkeys(mentions["paper_id"]))
    by_paper = {pid: group for pid, group in mentions.groupby("paper_id", sort=False)}
    empty = mentions.iloc[0:0]
    rows = [_paper(pid, by_paper.get(pid, empty)) for pid in ids]
    return pd.DataFrame(rows, columns=PAPER_COLUMNS)


def _paper(paper_id, group: pd.DataFrame) -> dict:
    labels = group["label"]
    return {
        "id": paper_id,
        "params": _values(group[labels == "PARAMS"]),
        "tokens": _values(group[labels == "TOKENS"]),
        "datasets": _names(group[labels == "DATASET"]),
        "models": _names(group[labels == "MODEL"]),
        "results": _results(group[labels == "RESULT"]),
    }


def _values(rows: pd.DataFrame) -> list[float]:
    """Distinct values, in order of first mention."""
    return list(dict.fromkeys(float(v) for v in rows["value"] if _number(v)))


def _names(rows: pd.DataFrame) -> list[str]:
    """Distinct names as the paper writes them (``canonical``: "DeiT-S" of "DeiT-Ti/S/B"),
    one per spelling that differs beyond case and punctuation."""
    seen: dict[str, str] = {}
    for canonical, text in zip(rows["canonical"], rows["text"], strict=True):
        name = canonical if isinstance(canonical, str) and canonical else text
        seen.setdefault(norm_name(name), name)
    return list(seen.values())


def _results(rows: pd.DataFrame) -> list[dict]:
    """Distinct (value, unit, dataset) results with the first metric stated for them."""
    seen: dict[tuple, dict] = {}
    for value, unit, dataset, metric in zip(rows["value"], rows["unit"], rows["dataset"],
                                            rows["metric"], strict=True):
        if not _number(value):
            continue
        dataset = dataset if isinstance(dataset, str) else None
        result = {"value": float(value), "unit": unit or "", "dataset": dataset,
                  "metric": metric if isinstance(metric, str) else None}
        seen.setdefault((round(float(value), 4), result["unit"], dataset), result)
    return list(seen.values())


def _number(value) -> bool:
    return value is not None and isinstance(value, int | float) and math.isfinite(value)
