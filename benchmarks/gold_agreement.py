"""Inter-annotator agreement on the version-2 gold fields (two blind annotators, a and b).

    .venv/bin/python benchmarks/gold_agreement.py

Reads gold/v2/a/<part>.jsonl and gold/v2/b/<part>.jsonl (the same records, each result of
the v1 gold annotated with kind, model, own and metric_type, and params_models per size)
and prints, per part and over all parts, the share of items both annotators labelled the
same and Cohen's kappa for the categorical fields. Models are compared as the scorer
compares names (case, spaces, hyphens, dots and underscores ignored; null = no model).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
V2 = HERE / "gold" / "v2"
PARTS = ("seed", "dev2", "dev3", "dev4", "dev5", "heldout")
FIELDS = ("kind", "own", "metric_type", "model", "params+model")


def _name(value: object) -> str:
    return re.sub(r"[\s\-._]", "", str(value or "").lower())


def _load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as f:
        return {rec["id"]: rec for rec in map(json.loads, filter(str.strip, f))}


def pairs(a: dict[str, dict], b: dict[str, dict]) -> dict[str, list[tuple]]:
    """(label by a, label by b) per field, over the items both annotated."""
    out: dict[str, list[tuple]] = {f: [] for f in FIELDS}
    for pid in sorted(set(a) & set(b)):
        for ra, rb in zip(a[pid].get("results") or [], b[pid].get("results") or [],
                          strict=False):
            for field in ("kind", "own", "metric_type"):
                out[field].append((ra.get(field), rb.get(field)))
            out["model"].append((_name(ra.get("model")), _name(rb.get("model"))))
        sizes_a = {float(x["value"]): _name(x.get("model"))
                   for x in a[pid].get("params_models") or []}
        sizes_b = {float(x["value"]): _name(x.get("model"))
                   for x in b[pid].get("params_models") or []}
        both = sorted(set(sizes_a) & set(sizes_b))
        out["params+model"] += [(sizes_a[v], sizes_b[v]) for v in both]
    return out


def kappa(labels: list[tuple]) -> float:
    """Cohen's kappa of two annotators' labels (nan when chance agreement is total)."""
    n = len(labels)
    if not n:
        return float("nan")
    observed = sum(x == y for x, y in labels) / n
    ca, cb = Counter(x for x, _ in labels), Counter(y for _, y in labels)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return float("nan") if expected == 1 else (observed - expected) / (1 - expected)


def report(name: str, found: dict[str, list[tuple]]) -> None:
    cells = []
    for field in FIELDS:
        labels = found[field]
        agree = sum(x == y for x, y in labels) / len(labels) if labels else float("nan")
        cells.append(f"{field} {agree:.2f} (k={kappa(labels):.2f}, n={len(labels)})")
    print(f"{name:8s} " + "  ".join(cells))


def main() -> None:
    total: dict[str, list[tuple]] = {f: [] for f in FIELDS}
    for part in PARTS:
        paths = [V2 / who / f"{part}.jsonl" for who in ("a", "b")]
        if not all(p.is_file() for p in paths):
            print(f"{part:8s} not annotated by both")
            continue
        found = pairs(*map(_load, paths))
        report(part, found)
        for field in FIELDS:
            total[field] += found[field]
    report("all", total)


if __name__ == "__main__":
    main()
