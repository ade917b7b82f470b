"""Emerging topics and terms: Kleinberg's two-state burst detection over time bins.

This is the batched form of Kleinberg (2002, "Bursty and hierarchical structure in
streams", section 4), the one CiteSpace uses: in each bin ``r`` of ``d`` papers are about an
item; a base state emits at the item's overall rate ``p0`` and a burst state at ``s * p0``;
entering the burst state costs ``gamma * ln(n_bins)``; the cheapest state sequence
(Viterbi) marks the bursts, each weighted by how much cheaper the burst state made it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from litkit.errors import LitkitError


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
    :func:`litkit.topics.term_counts` tables (key 'term'). ``weight`` is Kleinberg's burst
    weight (log-likelihood gained).
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
                   "bins": int(end - begin), "weight": float(gain[begin:end].sum()),
                   "count": int(span[count].sum()), "papers": int(span[total].sum())}
            row["rate"] = row["count"] / row["papers"] if row["papers"] else np.nan
            row["base_rate"] = float(group[count].sum() / group[total].sum())
            if "label" in group:
                row["label"] = group["label"].iloc[0]
            rows.append(row)
    columns = [key, "label", "start", "end", "bins", "weight", "count", "papers", "rate",
               "base_rate"]
    out = pd.DataFrame(rows, columns=columns)
    if "label" not in table:
        out = out.drop(columns="label")
    return out.sort_values(["weight", key], ascending=[False, True], kind="stable").reset_index(
        drop=True)


def emerging(table: pd.DataFrame, key: str = "topic", last: int = 3, **kwargs) -> pd.DataFrame:
    """Bursts still running in the table's ``last`` time bins: what is hot now, strongest first.

    ``kwargs`` go to :func:`bursts` (``count``, ``total``, ``time``, ``s``, ``gamma``).
    """
    time = kwargs.get("time", "bin")
    order = "start" if "start" in table else time
    recent = table.sort_values(order, kind="stable")[time].drop_duplicates().iloc[-last:]
    found = bursts(table, key=key, **kwargs)
    return found[found["end"].isin(set(recent))].reset_index(drop=True)
