"""Topics joined with extracted facts: model sizes, token counts, datasets, models per topic.

``papers`` is the per-paper Papers table from extraction (id, params, tokens, datasets,
models, results; lists per paper). Papers with no row there simply have no facts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pandas as pd

from litkit.errors import LitkitError
from litkit.topics.hierarchy import at_level
from litkit.topics.time import assign_bins
from litkit.topics.venues import NO_VENUE, standardize, venue_name

LIST_COLUMNS = ("params", "tokens", "datasets", "models")
TOP_N = 5


def name_key(name: str) -> str:
    """How dataset/model names are compared: case, spaces, hyphens and dots ignored."""
    return re.sub(r"[\s\-.]+", "", str(name)).lower()


def _as_list(value) -> list:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    return list(value)


def _joined(doc_topics: pd.DataFrame, papers: pd.DataFrame, bins,
            columns: Sequence[str] = LIST_COLUMNS) -> pd.DataFrame:
    missing = [c for c in ("id", *columns) if c not in papers]
    if missing:
        raise LitkitError(f"papers table has no column(s) {missing} (columns: {list(papers)})")
    facts = papers.drop_duplicates("id").set_index("id")[list(columns)]
    out = doc_topics[["id", "topic", "label"]].join(facts, on="id")
    for column in columns:
        out[column] = out[column].map(_as_list)
    if bins is None:
        out["bin"], out["start"] = "all", pd.NaT
        return out
    bin_no, table = assign_bins(doc_topics, bins)
    out["bin"] = np.where(bin_no >= 0, table["bin"].to_numpy()[bin_no], None)
    out["start"] = table["start"].to_numpy()[bin_no]
    return out[bin_no >= 0]


def _top(names: Sequence[list[str]], top_n: int) -> str:
    """'MMLU (12); C4 (3)': the most frequent names by paper count, first spelling kept."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for paper_names in names:
        keys = {name_key(n): n for n in paper_names}
        for key, name in keys.items():
            spelling.setdefault(key, name)
            counts[key] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]
    return "; ".join(f"{spelling[k]} ({n})" for k, n in ranked)


def _largest(values: pd.Series) -> pd.Series:
    return values.map(lambda v: max(v) if v else np.nan)


def facts_by_topic(
    doc_topics: pd.DataFrame,
    papers: pd.DataFrame,
    bins: str | Sequence | None = "year",
    top_n: int = TOP_N,
    level: str = "topic",
) -> pd.DataFrame:
    """Per topic and time bin (``bins=None``: per topic): paper counts, model and data sizes,
    top datasets and models.

    A paper's size is the largest PARAMS (TOKENS) value it reports; ``median_params`` is
    the median of those over the papers that report one, ``max_params`` the largest.
    ``level='theme'``: per theme (the ``topic`` column holds theme ids).
    """
    joined = _joined(at_level(doc_topics, level), papers, bins)
    rows = []
    for (topic, bin_label), group in joined.groupby(["topic", "bin"], sort=False):
        params, tokens = _largest(group["params"]), _largest(group["tokens"])
        rows.append({
            "topic": int(topic), "label": group["label"].iloc[0], "bin": bin_label,
            "start": group["start"].iloc[0], "papers": len(group),
            "with_params": int(params.notna().sum()), "median_params": params.median(),
            "max_params": params.max(), "with_tokens": int(tokens.notna().sum()),
            "median_tokens": tokens.median(), "max_tokens": tokens.max(),
            "top_datasets": _top(group["datasets"], top_n),
            "top_models": _top(group["models"], top_n),
        })
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    return out.sort_values(["topic", "start"], kind="stable").reset_index(drop=True)


def term_counts(
    doc_topics: pd.DataFrame,
    papers: pd.DataFrame,
    column: str = "datasets",
    bins: str | Sequence = "year",
    min_papers: int = 3,
    venues: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Papers naming each dataset (or model, or other list ``column`` of ``papers``) per
    time bin, ready for :func:`bursts`.

    One row per (term, bin) for terms named by at least ``min_papers`` papers overall;
    ``bin_papers`` is the number of dated papers in the bin. ``venues`` (a Corpus)
    normalizes within venue as :func:`litkit.topics.within_venue` does for topics:
    ``bin_papers`` becomes the bin's papers as the term sees them (``raw_bin_papers`` the
    real ones), so that count / bin_papers is the normalized share.
    """
    joined = _joined(doc_topics, papers, bins, (column,))
    _, table = assign_bins(doc_topics, bins)
    per_bin = joined.groupby("bin").size().reindex(table["bin"], fill_value=0)
    pairs = [(name_key(n), n, b, i)
             for names, b, i in zip(joined[column], joined["bin"], joined["id"], strict=True)
             for n in {name_key(x): x for x in names}.values()]
    mentions = pd.DataFrame(pairs, columns=["key", "name", "bin", "id"])
    spelling = mentions.drop_duplicates("key").set_index("key")["name"]
    totals = mentions.groupby("key").size()
    keep = sorted(totals[totals >= min_papers].index)
    grid = pd.MultiIndex.from_product([keep, table["bin"]], names=["key", "bin"])
    counts = mentions.groupby(["key", "bin"]).size().reindex(grid, fill_value=0)
    out = counts.rename("count").reset_index()
    out.insert(0, "term", out["key"].map(spelling))
    out = out.join(table.set_index("bin"), on="bin")
    out["bin_papers"] = per_bin.reindex(out["bin"]).to_numpy()
    columns = ["term", "bin", "start", "end", "count", "bin_papers"]
    if venues is not None:
        where = pd.Series(venues["venue"].map(venue_name).to_numpy(), index=venues["id"])
        venue = joined["id"].map(where).fillna(NO_VENUE)
        binned = pd.DataFrame({"bin_no": joined["bin"], "venue": venue})
        members = mentions.assign(bin_no=mentions["bin"],
                                  venue=mentions["id"].map(where).fillna(NO_VENUE))
        exposure = standardize(members, binned, "key").set_index(["key", "bin_no"])["exposure"]
        exposure = exposure.reindex(pd.MultiIndex.from_arrays([out["key"], out["bin"]]))
        out["raw_bin_papers"] = out["bin_papers"]
        out["bin_papers"] = np.maximum(exposure.fillna(0.0).to_numpy(), out["count"])
        columns.append("raw_bin_papers")
    return out.drop(columns="key")[columns]
