"""What is rising now: emerging themes, fine topics and names in one table.

Each row is an item whose share bursts in the last complete bin and still grows
(:func:`litkit.topics.emerging`), with the year its burst started; ``within_venue`` says
whether it is still emerging when shares are normalized within venue
(:func:`litkit.topics.within_venue`), i.e. whether a change of venue mix can explain it.
"""

from __future__ import annotations

import pandas as pd

from litkit.topics.bursts import bursts, emerging
from litkit.topics.names import name_counts
from litkit.topics.venues import within_venue

COLUMNS = ["kind", "topic", "name", "start", "end", "start_year", "bins", "weight", "trend",
           "last_share", "within_venue"]


def emerging_names(counts: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """The names rising now in a :func:`litkit.topics.name_counts` table, strongest first:
    :func:`litkit.topics.emerging` on each kind's terms (``kwargs`` go there)."""
    return _per_kind(counts, emerging, **kwargs)


def name_bursts(counts: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """Every burst of the names in a :func:`litkit.topics.name_counts` table (or term counts
    with a ``kind`` column), past ones too, strongest first: :func:`litkit.topics.bursts`
    on each kind's terms (``kwargs`` go there)."""
    return _per_kind(counts, bursts, **kwargs)


def _per_kind(counts: pd.DataFrame, find, **kwargs) -> pd.DataFrame:
    """``find`` (bursts or emerging) on the terms of each kind, in one table with ``kind``
    first, strongest first; the same columns when nothing is found."""
    found = [find(group, key="term", **kwargs).assign(kind=kind)
             for kind, group in counts.groupby("kind", sort=False)]
    found = [f for f in found if not f.empty] or [
        find(counts.iloc[:0], key="term", **kwargs).assign(kind=None)]
    out = pd.concat(found, ignore_index=True)
    return out.sort_values(["weight", "term"], ascending=[False, True], kind="stable")[
        ["kind", *[c for c in out.columns if c != "kind"]]].reset_index(drop=True)


def _levels(model) -> list[str]:
    return ["theme", "topic"] if "theme" in model.doc_topics else ["topic"]


def emerging_table(
    model,
    corpus: pd.DataFrame | None = None,
    papers: pd.DataFrame | None = None,
    min_papers: int = 3,
) -> pd.DataFrame:
    """Emerging themes and fine topics of a fitted ``model`` and, with ``corpus`` (methods)
    and ``papers`` (datasets, models), emerging names; strongest burst first within kind.

    Columns: kind ('theme', 'topic', 'dataset', 'model', 'method'), topic (id; empty for
    names), name, start/end (bins), start_year, bins, weight, trend, last_share and
    within_venue (True/False; empty without ``corpus``). ``min_papers``: names need this
    many papers overall.
    """
    bins = model.params.get("bins", "year")
    doc_topics = model.doc_topics
    parts = []
    for level in _levels(model):
        table = (model.topics_over_time if level == "topic"
                 else model.over_time(bins, level=level))
        found = emerging(table).assign(kind=level, name=lambda t: t["label"])
        if corpus is not None:
            fair = emerging(within_venue(doc_topics, corpus, bins, level))
            found["within_venue"] = found["topic"].isin(fair["topic"])
        parts.append(found)
    if papers is not None or corpus is not None:
        counts = name_counts(doc_topics, papers, corpus, bins, min_papers)
        found = emerging_names(counts).rename(columns={"term": "name"})
        if corpus is not None:
            fair = emerging_names(name_counts(doc_topics, papers, corpus, bins, min_papers,
                                              venues=corpus))
            keys = set(zip(fair["kind"], fair["term"], strict=True))
            found["within_venue"] = [(k, n) in keys for k, n in
                                     zip(found["kind"], found["name"], strict=True)]
        parts.append(found)
    parts = [p for p in parts if not p.empty]
    if not parts:
        return pd.DataFrame(columns=COLUMNS)
    out = pd.concat(parts, ignore_index=True).reindex(columns=COLUMNS)
    out["topic"] = out["topic"].astype("Int64")
    return out.reset_index(drop=True)
