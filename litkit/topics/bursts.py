"""Emerging topics and terms: Kleinberg's two-state burst detection over time bins.

This is the batched form of Kleinberg (2002, "Bursty and hierarchical structure in
streams", section 4), the one CiteSpace uses: in each bin ``r`` of ``d`` papers are about an
item; a base state emits at the item's overall rate ``p0`` and a burst state at ``s * p0``;
entering the burst state costs ``gamma * ln(n_bins)``; the cheapest state sequence
(Viterbi) marks the bursts, each weighted by how much cheaper the burst state made it.

An item is *emerging* when a burst is still on in the last complete bin and its share has
risen over the last few bins (:func:`emerging`): a burst that ended, or one that is fading,
is history, not news.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from litkit.errors import LitkitError
from litkit.topics.time import DEFAULT_MIN_PAPERS

#: Bins over which the recent trend (the slope of the share) is measured.
TREND_BINS = 3


def _state_costs(r: np.ndarray, d: np.ndarray, p: float) -> np.ndarray:
    """Negative log-likelihood of ``r`` successes in ``d`` trials at rate ``p`` (per bin)."""
    return -(r * np.log(p) + (d - r) * np.log1p(-p))


def burst_states(
    counts: np.ndarray, totals: np.ndarray, s: float = 2.0, gamma: float = 1.0
) -> tuple[np.ndarray, np.ndarray]:
    """(state per bin, 1 = burst; cost saved per bin by the burst state) for one series."""
    r = np.asarray(counts, dtype=float)
    d = np.asarray(totals, dtype=float)
    if r.shape != d.shape or (r > d).any() or (r < 0).any():
        raise LitkitError("burst detection needs 0 <= count <= total in every bin")
    n = len(r)
    p0 = r.sum() / d.sum() if d.sum() else 0.0
    if n == 0 or p0 <= 0 or p0 >= 1:
        return np.zeros(n, dtype=int), np.zeros(n)
    p1 = min(s * p0, 0.9999)
    cost = np.stack([_state_costs(r, d, p0), _state_costs(r, d, p1)])
    up = gamma * np.log(n) if n > 1 else gamma
    total = np.empty((2, n))
    back = np.zeros((2, n), dtype=int)
    total[:, 0] = cost[:, 0] + np.array([0.0, up])
    for t in range(1, n):
        stay0, from1_to0 = total[0, t - 1], total[1, t - 1]
        back[0, t] = int(from1_to0 < stay0)
        total[0, t] = cost[0, t] + min(stay0, from1_to0)
        from0_to1, stay1 = total[0, t - 1] + up, total[1, t - 1]
        back[1, t] = int(stay1 <= from0_to1)
        total[1, t] = cost[1, t] + min(from0_to1, stay1)
    states = np.zeros(n, dtype=int)
    states[-1] = int(total[1, -1] < total[0, -1])
    for t in range(n - 1, 0, -1):
        states[t - 1] = back[states[t], t]
    return states, cost[0] - cost[1]


def bursts(
    table: pd.DataFrame,
    key: str = "topic",
    count: str = "count",
    total: str = "bin_papers",
    time: str = "bin",
    s: float = 2.0,
    gamma: float = 1.0,
) -> pd.DataFrame:
    """One row per burst of each ``key`` in a long (key x time bin) table, strongest first.

    Works on TopicsOverTime (key 'topic'; the outlier topic -1 is left out) and on
    :func:`litkit.topics.term_counts` tables (key 'term'). ``start``/``end`` are the first and
    last bins of the burst, ``start_year`` the year it starts; ``weight`` is Kleinberg's
    burst weight (log-likelihood gained).
    """
    missing = [c for c in (key, count, total, time) if c not in table]
    if missing:
        raise LitkitError(f"bursts: table has no column(s) {missing} (columns: {list(table)})")
    if key == "topic":
        table = table[table["topic"] >= 0]
    order = "start" if "start" in table else time
    rows = []
    for item, group in table.sort_values([key, order], kind="stable").groupby(key, sort=True):
        states, gain = burst_states(group[count].to_numpy(), group[total].to_numpy(), s, gamma)
        edges = np.flatnonzero(np.diff(np.concatenate([[0], states, [0]])))
        for begin, end in zip(edges[::2], edges[1::2], strict=True):
            span = group.iloc[begin:end]
            row = {key: item, "start": span[time].iloc[0], "end": span[time].iloc[-1],
                   "start_year": _start_year(span.iloc[0], time),
                   "bins": int(end - begin), "weight": float(gain[begin:end].sum()),
                   "count": int(span[count].sum()), "papers": int(span[total].sum())}
            row["rate"] = row["count"] / row["papers"] if row["papers"] else np.nan
            row["base_rate"] = float(group[count].sum() / group[total].sum())
            if "label" in group:
                row["label"] = group["label"].iloc[0]
            rows.append(row)
    columns = [key, "label", "start", "end", "start_year", "bins", "weight", "count", "papers",
               "rate", "base_rate"]
    out = pd.DataFrame(rows, columns=columns)
    if "label" not in table:
        out = out.drop(columns="label")
    return out.sort_values(["weight", key], ascending=[False, True], kind="stable").reset_index(
        drop=True)


def _start_year(row: pd.Series, time: str) -> int | None:
    """The year a bin starts: from its ``start`` date, its ``year``, or its label ('2021-2022')."""
    if isinstance(row.get("start"), pd.Timestamp) and not pd.isna(row["start"]):
        return int(row["start"].year)
    if "year" in row and not pd.isna(row["year"]):
        return int(row["year"])
    label = str(row[time])
    return int(label[:4]) if label[:4].isdigit() else None


def complete_bins(table: pd.DataFrame, total: str = "bin_papers", time: str = "bin",
                  min_papers: int = DEFAULT_MIN_PAPERS) -> list:
    """The table's bins in time order up to the last complete one: trailing bins flagged
    ``low_count`` (or with under ``min_papers`` papers), such as a year just begun, are cut."""
    order = "start" if "start" in table else time
    bins = table.sort_values(order, kind="stable").drop_duplicates(time)
    full = ~bins["low_count"].astype(bool) if "low_count" in bins else bins[total] >= min_papers
    last = np.flatnonzero(full.to_numpy() if full.any() else bins[total].to_numpy() > 0)
    return bins[time].iloc[: last[-1] + 1].tolist() if len(last) else []


def recent_trend(table: pd.DataFrame, key: str = "topic", count: str = "count",
                 total: str = "bin_papers", time: str = "bin", bins: list | None = None,
                 k: int = TREND_BINS) -> pd.Series:
    """Each item's share slope (per bin) over the last ``k`` of ``bins`` (default: the
    complete bins), least squares weighted by the bins' papers (a bin of 500 papers says
    less than one of 2,000); bins without papers are skipped, NaN under two points."""
    bins = complete_bins(table, total, time) if bins is None else bins
    recent = {b: i for i, b in enumerate(bins[-k:])}
    rows = table[table[time].isin(recent) & (table[total] > 0)]
    x = rows[time].map(recent).astype(float).to_numpy()
    w = rows[total].to_numpy(dtype=float)
    y = rows[count].to_numpy(dtype=float) / w
    sums = pd.DataFrame({"w": w, "x": w * x, "y": w * y, "xx": w * x * x, "xy": w * x * y},
                        index=rows[key].to_numpy()).groupby(level=0).sum()
    spread = sums["w"] * sums["xx"] - sums["x"] ** 2
    slope = (sums["w"] * sums["xy"] - sums["x"] * sums["y"]) / spread.where(
        spread > 1e-9 * sums["w"] ** 2)
    return slope.rename("trend").rename_axis(key)


def emerging(table: pd.DataFrame, key: str = "topic", k: int = TREND_BINS,
             min_papers: int = DEFAULT_MIN_PAPERS, **kwargs) -> pd.DataFrame:
    """Items rising now, strongest burst first: a burst still on in the last complete bin
    (see :func:`complete_bins`) *and* a share that grew over the last ``k`` bins.

    One row per emerging item: its running burst (as :func:`bursts`, with ``start_year``
    when it began), ``trend`` (share change per bin over the last ``k`` bins, > 0; see
    :func:`recent_trend`) and ``last_share``. ``kwargs`` go to :func:`bursts` (``count``,
    ``total``, ``time``, ``s``, ``gamma``). Works on TopicsOverTime at either level, on
    venue-adjusted tables (:func:`litkit.topics.within_venue`) and on term counts
    (``key="term"``).
    """
    count, total = kwargs.get("count", "count"), kwargs.get("total", "bin_papers")
    time = kwargs.get("time", "bin")
    bins = complete_bins(table, total, time, min_papers)
    table = table[table[time].isin(bins)]
    found = bursts(table, key=key, **kwargs)
    found = found[found["end"] == (bins[-1] if bins else None)]
    trend = recent_trend(table, key, count, total, time, bins, k)
    last = table[table[time] == (bins[-1] if bins else None)]
    last_share = pd.Series((last[count] / last[total]).to_numpy(), index=last[key].to_numpy())
    found = found.assign(trend=found[key].map(trend), last_share=found[key].map(last_share))
    return found[found["trend"] > 0].reset_index(drop=True)
