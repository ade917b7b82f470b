"""Spherical k-means on exact integer unit vectors: the same clusters on every machine.

Every decision is exact (:mod:`litkit.topics.vectors`): similarities are exact integer dot
products; centroids are integer sums of their members, re-scaled to unit vectors; k-means++
seeding draws from ``numpy.random.default_rng(seed)`` (PCG64, portable) with integer weights;
ties go to the lowest index. Rows may carry integer weights (themes cluster topic centroids
weighted by topic size).
"""

from __future__ import annotations

import math

import numpy as np
from scipy.sparse import csr_matrix, issparse, spmatrix

from litkit.topics.vectors import UNIT, dots, dots_t, per_row, unit_rows, unit_rows_sparse

MAX_ITER = 100
#: Rows of the similarity matrix computed at once (bounds memory on large corpora).
CHUNK = 8192
#: Lloyd iterations stop when at most 1 row in this many changes cluster.
SETTLED = 200


def _dense(rows: np.ndarray | spmatrix) -> np.ndarray:
    return rows.toarray() if issparse(rows) else np.asarray(rows)


def best(x: np.ndarray | spmatrix, centroids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(index of the most similar centroid, its exact dot product) per row; ties -> lowest."""
    index = np.empty(x.shape[0], dtype=np.int64)
    score = np.empty(x.shape[0], dtype=np.int64)
    centroids_t = np.ascontiguousarray(np.asarray(centroids, dtype=np.float64).T)
    for start in range(0, x.shape[0], CHUNK):
        sims = dots_t(x[start:start + CHUNK], centroids_t)
        index[start:start + CHUNK] = sims.argmax(axis=1)
        score[start:start + CHUNK] = sims[np.arange(len(sims)), index[start:start + CHUNK]]
    return index, score


def centroids_of(x: np.ndarray | spmatrix, labels: np.ndarray, k: int,
                 weights: np.ndarray | None = None) -> np.ndarray:
    """Unit centroids (int32, k x d, dense): the (weighted) integer sum of each cluster's
    rows."""
    n = x.shape[0]
    w = np.ones(n, dtype=np.int64) if weights is None else weights.astype(np.int64)
    member = csr_matrix((w, (labels, np.arange(n))), shape=(k, n))
    if issparse(x):  # only the terms the members use
        sums = (member @ x).tocsr()
        sums.data = np.rint(sums.data).astype(np.int64)  # integer sums, exact in float64
        return unit_rows_sparse(sums).toarray().astype(np.int32)
    return unit_rows(_dense(member @ x).astype(np.int64))


def _seed(x: np.ndarray | spmatrix, k: int, weights: np.ndarray,
          rng: np.random.Generator) -> np.ndarray:
    """Greedy k-means++: each new centre drawn with probability ~ weight * (1 - cosine), the
    best of a few draws (least total distance) kept; all in integers."""
    trials = 2 + k.bit_length() * 2 // 3  # about 2 + ln(k), as scikit-learn draws
    first = _draw(weights, rng, 1)[0]
    chosen = [first]
    distance = np.maximum(UNIT**2 - dots(x, _dense(x[[first]]))[:, 0], 0)
    for _ in range(1, k):
        potential = weights * distance
        if potential.sum() == 0:
            break
        candidates = _draw(potential, rng, trials)
        near = dots(x, _dense(x[candidates]))
        new = np.minimum(distance[:, None], np.maximum(UNIT**2 - near, 0))
        totals = (weights[:, None] * new).sum(axis=0)
        pick = int(totals.argmin())
        chosen.append(int(candidates[pick]))
        distance = new[:, pick]
    return np.array(chosen)


def _draw(weights: np.ndarray, rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` indices drawn with probability proportional to integer ``weights``."""
    cumulative = np.cumsum(weights.astype(np.int64))
    return np.searchsorted(cumulative, rng.integers(0, cumulative[-1], size=n), side="right")


def kmeans(
    x: np.ndarray | spmatrix, k: int, seed: int = 0, weights: np.ndarray | None = None,
    min_size: int = 1, max_iter: int = MAX_ITER,
) -> tuple[np.ndarray, np.ndarray]:
    """(label per row, unit centroids) of spherical k-means with ``k`` clusters at most, over
    unit rows ``x`` (dense, or sparse: TF-IDF vectors).

    Clusters whose total weight falls below ``min_size`` are dissolved (their rows join the
    next most similar centroid) until none is left; iterations stop when at most one row in
    :data:`SETTLED` changes cluster. The labels returned are always the nearest centroid of
    each row, so assigning the rows again gives the same labels.
    """
    x = x.astype(np.float64) if issparse(x) else np.asarray(x, dtype=np.float64)  # integers
    n = x.shape[0]
    w = np.ones(n, dtype=np.int64) if weights is None else np.asarray(weights, np.int64)
    k = max(1, min(k, n))
    centroids = _dense(x[_seed(x, k, w, np.random.default_rng(seed))])
    labels, _ = best(x, centroids)
    for _ in range(max_iter):
        sizes = np.bincount(labels, weights=w, minlength=len(centroids))
        keep = sizes >= min(min_size, sizes.max())
        if not keep.all():
            centroids = centroids[keep]
        else:
            centroids = centroids_of(x, labels, len(centroids), w)
        new, _ = best(x, centroids)
        settled = keep.all() and (new != labels).sum() * SETTLED <= n
        labels = new
        if settled:
            break
    return labels, np.asarray(centroids, dtype=np.int32)


def fences(x: np.ndarray | spmatrix, labels: np.ndarray, k: int) -> np.ndarray:
    """Per cluster, the lowest cosine to its centroid that a paper may have and still belong
    (float64; -inf for clusters under four members): Tukey's lower fence, Q1 - 1.5 IQR, of
    its members' leave-one-out cosines, i.e. each member against the centroid of the others,
    as a new paper would be. Computed from exact integers (Python integers where int64
    could overflow), then correctly rounded sqrt and division: the same on every machine.
    """
    x = csr_matrix(x)
    data = np.rint(x.data).astype(np.int64)
    n = x.shape[0]
    member = csr_matrix((np.ones(n, dtype=np.int64), (labels, np.arange(n))), shape=(k, n))
    sums = _dense(member @ csr_matrix((data, x.indices, x.indptr), shape=x.shape))
    rows = np.repeat(np.arange(n), np.diff(x.indptr))
    own = per_row(np.add, data * sums[labels[rows], x.indices], x.indptr)  # S.x, exact int64
    square = per_row(np.add, data * data, x.indptr)  # x.x
    norms = [sum(v * v for v in row[row != 0].tolist()) for row in sums]  # S.S, exact
    loo = np.full(n, np.nan)
    for i in np.flatnonzero(square > 0):
        rest = norms[labels[i]] - 2 * int(own[i]) + int(square[i])  # |S - x|^2
        if rest > 0:
            loo[i] = float(int(own[i]) - int(square[i])) / (
                math.sqrt(float(rest)) * math.sqrt(float(square[i])))
    out = np.full(k, -np.inf)
    for c in range(k):
        values = np.sort(loo[(labels == c) & ~np.isnan(loo)], kind="stable")
        if len(values) >= 4:
            q1, q3 = values[(len(values) - 1) // 4], values[(3 * (len(values) - 1)) // 4]
            out[c] = q1 - 1.5 * (q3 - q1)
    return out

