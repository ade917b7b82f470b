"""Time bins and the TopicsOverTime table (topic x bin: count, share, words).

Bins are calendar years (default), months, or custom edges (years or dates). Every bin in
the range gets a row, even an empty one, and bins with few papers are flagged
(``low_count``) rather than dropped, so a figure can grey them out honestly. A paper is
binned only where its date, at the precision known, lies wholly in one bin.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from litkit.dates import decimal_year, periods
from litkit.errors import LitkitError

#: A bin with fewer modelled papers than this is flagged ``low_count``.
DEFAULT_MIN_PAPERS = 20
N_WORDS = 5


def _edges(
    bins: str | Sequence, start: pd.Series, end: pd.Series
) -> tuple[list[pd.Timestamp], list[str]]:
    """Bin edges (n+1 timestamps) and labels (n) for ``bins`` over the papers' periods.

    Month bins span the papers dated to a month or a day; a year alone cannot go in one.
    """
    if isinstance(bins, str):
        if bins not in ("year", "month"):
            raise LitkitError(f"unknown bins {bins!r}: use 'year', 'month' or a list of edges")
        if start.isna().all():
            raise LitkitError("no paper has a date or year: cannot make time bins")
        if bins == "year":
            years = range(start.min().year, (end.max() - pd.Timedelta(1)).year + 2)
            return [pd.Timestamp(y, 1, 1) for y in years], [str(y) for y in years[:-1]]
        known = start[(end - start) <= pd.Timedelta(days=31)]
        if known.empty:
            raise LitkitError(f"no paper has a month ({int(start.notna().sum())} have only a "
                              "year): month bins need months; use bins='year'")
        starts = pd.date_range(known.min().to_period("M").to_timestamp(),
                               known.max().to_period("M").to_timestamp(), freq="MS")
        edges = list(starts) + [starts[-1] + pd.offsets.MonthBegin(1)]
        return edges, [f"{s:%Y-%m}" for s in starts]
    edges = [pd.Timestamp(int(e), 1, 1) if isinstance(e, int | np.integer) else pd.Timestamp(e)
             for e in bins]
    if len(edges) < 2 or any(b <= a for a, b in itertools.pairwise(edges)):
        raise LitkitError(f"bin edges must be at least two increasing values, got {list(bins)}")
    return edges, [_span_label(a, b) for a, b in itertools.pairwise(edges)]


def _span_label(start: pd.Timestamp, end: pd.Timestamp) -> str:
    if start == start.normalize().replace(month=1, day=1) and end == end.replace(month=1, day=1):
        last = end.year - 1
        return str(start.year) if last == start.year else f"{start.year}-{last}"
    return f"{start:%Y-%m-%d}..{end:%Y-%m-%d}"


def assign_bins(
    doc_topics: pd.DataFrame, bins: str | Sequence = "year"
) -> tuple[np.ndarray, pd.DataFrame]:
    """(bin number per row, -1 when unbinned; the bins table: bin, start, end).

    A paper goes in a bin only when the whole period its date stands for (its day, month
    or year: :func:`litkit.dates.periods`) lies inside: a year-only paper is in no month
    bin, a paper dated to a month in no bin that splits that month. ``doc_topics`` needs
    ``date`` and ``year`` (and ``date_precision``; without it a date counts as a day).
    """
    start, end = periods(doc_topics)
    edges, labels = _edges(bins, start, end)
    bounds = np.array(edges, dtype="datetime64[ns]")
    first = np.searchsorted(bounds, start.to_numpy(), side="right") - 1
    last = np.searchsorted(bounds, (end - pd.Timedelta(1)).to_numpy(), side="right") - 1
    inside = start.notna().to_numpy() & (first == last) & (first >= 0) & (first < len(labels))
    table = pd.DataFrame({"bin": labels, "start": edges[:-1], "end": edges[1:]})
    return np.where(inside, first, -1), table


def _bin_words(words: Callable, rows: pd.DataFrame, n_words: int) -> dict[tuple[int, int], str]:
    """Top words of each (topic, bin) with papers: ``words`` maps {(topic, bin number):
    row numbers} to {(topic, bin number): 'word, word, ...'} (the model's term scores)."""
    groups = rows[rows["topic"] >= 0].groupby(["topic", "bin_no"], sort=True).groups
    return words({k: np.asarray(v) for k, v in groups.items()}, n_words) if groups else {}


def topics_over_time(
    doc_topics: pd.DataFrame,
    bins: str | Sequence = "year",
    min_papers: int = DEFAULT_MIN_PAPERS,
    words: Callable | None = None,
    n_words: int = N_WORDS,
) -> pd.DataFrame:
    """TopicsOverTime: one row per (topic, bin) with count, share of the bin's papers, words.

    Only modelled papers count. ``share`` is the topic's share of the bin's modelled
    papers (outliers included); ``low_count`` flags bins with under ``min_papers`` papers.
    ``words`` (a fitted model's, see ``TopicModel.over_time``) gives each topic's words per
    bin.
    ``attrs["unbinned"]`` counts the modelled papers in no bin: no year, outside custom
    edges, or dated more coarsely than the bins (a year alone is in no month bin).
    """
    modelled = doc_topics["modelled"].to_numpy(dtype=bool)
    bin_no, table = assign_bins(doc_topics, bins)
    rows = pd.DataFrame({"topic": doc_topics["topic"].to_numpy(), "bin_no": bin_no})
    rows.index = np.arange(len(rows))
    rows = rows[modelled & (bin_no >= 0)]
    topics = sorted(set(doc_topics.loc[modelled, "topic"].astype(int)))
    grid = pd.MultiIndex.from_product([topics, range(len(table))], names=["topic", "bin_no"])
    counts = rows.groupby(["topic", "bin_no"]).size().reindex(grid, fill_value=0)
    out = counts.rename("count").reset_index()
    per_bin = rows.groupby("bin_no").size().reindex(range(len(table)), fill_value=0)
    out["bin_papers"] = per_bin.to_numpy()[out["bin_no"]]
    out["share"] = out["count"] / out["bin_papers"].where(out["bin_papers"] > 0)
    out["low_count"] = out["bin_papers"] < min_papers
    out = out.join(table, on="bin_no")
    out["year"] = out["start"].dt.year
    out["time"] = decimal_year(out["start"])
    labels = dict(zip(doc_topics["topic"], doc_topics["label"], strict=True))
    out["label"] = out["topic"].map(labels)
    top = _bin_words(words, rows, n_words) if words is not None else {}
    out["words"] = [top.get((t, b), "") for t, b in zip(out["topic"], out["bin_no"], strict=True)]
    out = out[["topic", "label", "bin", "start", "end", "year", "time", "count", "share",
               "bin_papers", "low_count", "words"]]
    out.attrs["unbinned"] = int((modelled & (bin_no < 0)).sum())
    return out
