"""Scoring Papers against gold annotations, with the rules of the shared annotation guidelines.

Per field, micro precision/recall/F1 over (paper, item) pairs: sizes match within 1%
relative, names after lower-casing and removing spaces, hyphens, dots and underscores,
results by value (to 0.01) and unit, and "results+dataset" also by dataset. Where the gold
carries the guidelines' version 2 fields, results also by kind ("results+kind"), by model
("results+model") and, for scores, by dataset, metric type and model together
("results+tuple"), and sizes by their model ("params+model"), as ``score.py`` does.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pandas as pd

from litkit.errors import InputError

FIELDS = ["params", "tokens", "datasets", "models", "results", "results+dataset"]
#: scored only when the gold carries the version 2 fields
V2_FIELDS = ["results+kind", "results+model", "results+tuple", "params+model"]
_UNIT_ALIASES = {"pp": "points", "times": "x", "\u00d7": "x"}


def evaluate(gold: str | Path | pd.DataFrame, papers: str | Path | pd.DataFrame) -> pd.DataFrame:
    """P/R/F1 per field (rows) of ``papers`` against ``gold`` (tables or JSON Lines paths)."""
    gold_records, pred_records = records(gold), records(papers)
    fields = FIELDS + (V2_FIELDS if has_v2(gold_records) else [])
    totals = {field: [0, 0, 0] for field in fields}
    for paper_id, gold_rec in gold_records.items():
        pred_rec = pred_records.get(paper_id, {})
        for field in fields:
            for i, n in enumerate(score_field(field, gold_rec, pred_rec)):
                totals[field][i] += n
    rows = []
    for field, (tp, predicted, expected) in totals.items():
        p = tp / predicted if predicted else 0.0
        r = tp / expected if expected else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append({"field": field, "precision": round(p, 4), "recall": round(r, 4),
                     "f1": round(f1, 4), "tp": tp, "predicted": predicted, "gold": expected})
    return pd.DataFrame(rows).set_index("field")


def has_v2(gold: dict) -> bool:
    """Whether gold records (by id) carry the version 2 fields."""
    return any(not isinstance(rec.get("params_models", math.nan), float)
               or any("kind" in r for r in _items(rec.get("results")))
               for rec in gold.values())


def score_field(field: str, gold: dict, pred: dict) -> tuple[int, int, int]:
    """(true positives, predicted, gold) of one field of one paper."""
    if field == "params+model":
        return _match_sized_models(_items(gold.get("params_models")),
                                   _items(pred.get("params_models")))
    base = "results" if field.startswith("results") else field
    g, p = _items(gold.get(base)), _items(pred.get(base))
    if field in ("params", "tokens"):
        return _match_numbers(g, p)
    if field in ("datasets", "models"):
        gold_names, pred_names = {norm_name(x) for x in g}, {norm_name(x) for x in p}
        return len(gold_names & pred_names), len(pred_names), len(gold_names)
    gold_keys = {k for r in g if (k := result_key(r, field)) is not None}
    pred_keys = {k for r in p if (k := result_key(r, field)) is not None}
    return len(gold_keys & pred_keys), len(pred_keys), len(gold_keys)


def norm_name(name: object) -> str:
    """A name as scoring compares it: lower case without spaces, hyphens, dots, underscores."""
    return re.sub(r"[\s\-._]", "", str(name).lower())


def _close(a: float, b: float, rel: float = 0.01) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


def _match_numbers(gold: list, pred: list) -> tuple[int, int, int]:
    """Each prediction matches at most one unused gold value within 1%."""
    gold_values, pred_values = [float(v) for v in gold], [float(v) for v in pred]
    used: set[int] = set()
    tp = 0
    for p in pred_values:
        for i, g in enumerate(gold_values):
            if i not in used and _close(p, g):
                used.add(i)
                tp += 1
                break
    return tp, len({round(v, 6) for v in pred_values}), len(gold_values)


def _match_sized_models(gold: list, pred: list) -> tuple[int, int, int]:
    """Distinct predicted (size, model) pairs, each matching one unused gold pair with the
    same model and a size within 1%."""
    gold_pairs = [(float(x["value"]), norm_name(x.get("model") or "")) for x in gold]
    pred_pairs = {(round(float(x["value"]), 6), norm_name(x.get("model") or "")) for x in pred}
    used: set[int] = set()
    tp = 0
    for value, model in pred_pairs:
        for i, (gold_value, gold_model) in enumerate(gold_pairs):
            if i not in used and gold_model == model and _close(value, gold_value):
                used.add(i)
                tp += 1
                break
    return tp, len(pred_pairs), len(gold_pairs)


def result_key(result: dict, field: str) -> tuple | None:
    """A result's key for ``field``; None where the field does not count it (results+tuple
    counts scores only: leaderboard rows)."""
    unit = (result.get("unit") or "").strip().lower()
    key: tuple = (round(float(result["value"]), 2), _UNIT_ALIASES.get(unit, unit))
    model = norm_name(result.get("model") or "")
    if field == "results+dataset":
        return key + (norm_name(result.get("dataset") or ""),)
    if field == "results+kind":
        return key + (result.get("kind") or "",)
    if field == "results+model":
        return key + (model,)
    if field == "results+tuple":
        if result.get("kind") != "score":
            return None
        return key + (norm_name(result.get("dataset") or ""), result.get("metric_type") or "",
                      model)
    return key


def _items(value: object) -> list:
    """A field's list; missing, None and NaN are empty (arrays from Parquet become lists)."""
    if value is None or isinstance(value, float):
        return []
    return list(value)


def records(source: str | Path | pd.DataFrame) -> dict:
    """Records keyed by id from a Papers table or a JSON Lines file."""
    if isinstance(source, pd.DataFrame):
        return {rec["id"]: rec for rec in source.to_dict("records")}
    records = {}
    path = Path(source)
    if not path.is_file():
        raise InputError(path, "no such file")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(path, f"not JSON: {exc.msg}", n) from exc
            if not isinstance(rec, dict) or "id" not in rec:
                raise InputError(path, "a record needs an 'id'", n)
            records[rec["id"]] = rec
    return records


def format_report(report: pd.DataFrame) -> str:
    """The report as a fixed-width table, as the shared score.py prints it."""
    lines = [f"{'field':16s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'pred':>5s} {'gold':>5s}"]
    for field, m in report.iterrows():
        lines.append(f"{field:16s} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
                     f"{int(m['tp']):5d} {int(m['predicted']):5d} {int(m['gold']):5d}")
    return "\n".join(lines)
