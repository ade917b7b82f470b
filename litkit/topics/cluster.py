"""Spherical k-means on exact integer unit vectors: the same clusters on every machine.

Every decision is exact (:mod:`litkit.topics.vectors`): similarities are exact integer dot
products; centroids are integer sums of their members, re-scaled to unit vectors; k-means++
seeding draws from ``numpy.random.default_rng(seed)`` (PCG64, portable) with integer weights;
ties go to the lowest index. Rows may carry integer weights (themes cluster topic centroids
weighted by topic size).
"""

from __future__ import annotations

import numpy as np

from litkit.topics.vectors import UNIT, dots, unit_rows

MAX_ITER = 100
#: Rows of the similarity matrix computed at once (bounds memory on large corpora).
CHUNK = 8192
#: A member below its topic's lower fence (Tukey: Q1 - 1.5 IQR of members' similarities)
#: is an outlier.
FENCE_IQR = 1.5


def best(x: np.ndarray, centroids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(index of the most similar centroid, its exact dot product) per row; ties -> lowest."""
    index = np.empty(len(x), dtype=np.int64)
    score = np.empty(len(x), dtype=np.int64)
    for start in range(0, len(x), CHUNK):
        sims = dots(x[start:start + CHUNK], centroids)
        index[start:start + CHUNK] = sims.argmax(axis=1)
        score[start:start + CHUNK] = sims[np.arange(len(sims)), index[start:start + CHUNK]]
    return index, score


def centroids_of(x: np.ndarray, labels: np.ndarray, k: int,
                 weights: np.ndarray | None = None) -> np.ndarray:
    """Unit centroids (int32, k x d): the (weighted) integer sum of each cluster's rows."""
    from scipy.sparse import csr_matrix

    w = np.ones(len(x), dtype=np.int64) if weights is None else weights.astype(np.int64)
    member = csr_matrix((w, (labels, np.arange(len(x)))), shape=(k, len(x)))
    return unit_rows(np.asarray(member @ x, dtype=np.int64))


def _seed(x: np.ndarray, k: int, weights: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Greedy k-means++: each new centre drawn with probability ~ weight * (1 - cosine), the
    best of a few draws (least total distance) kept; all in integers."""
    trials = 2 + k.bit_length() * 2 // 3  # about 2 + ln(k), as scikit-learn draws
    first = _draw(weights, rng, 1)[0]
    chosen = [first]
    distance = np.maximum(UNIT**2 - dots(x, x[[first]])[:, 0], 0)
    for _ in range(1, k):
        potential = weights * distance
        if potential.sum() == 0:
            break
        candidates = _draw(potential, rng, trials)
        new = np.minimum(distance[:, None], np.maximum(UNIT**2 - dots(x, x[candidates]), 0))
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
    x: np.ndarray, k: int, seed: int = 0, weights: np.ndarray | None = None,
    min_size: int = 1, max_iter: int = MAX_ITER,
) -> tuple[np.ndarray, np.ndarray]:
    """(label per row, unit centroids) of spherical k-means with ``k`` clusters at most.

    Clusters whose total weight falls below ``min_size`` are dissolved (their rows join the
    next most similar centroid) until none is left. The labels returned are always the
    nearest centroid of each row, so assigning the rows again gives the same labels.
    """
    x = np.asarray(x, dtype=np.float64)  # exact: integers below 2^21
    w = np.ones(len(x), dtype=np.int64) if weights is None else np.asarray(weights, np.int64)
    k = max(1, min(k, len(x)))
    centroids = x[_seed(x, k, w, np.random.default_rng(seed))]
    labels, _ = best(x, centroids)
    for _ in range(max_iter):
        sizes = np.bincount(labels, weights=w, minlength=len(centroids))
        keep = sizes >= min(min_size, sizes.max())
        if not keep.all():
            centroids = centroids[keep]
        else:
            centroids = centroids_of(x, labels, len(centroids), w)
        new, _ = best(x, centroids)
        if keep.all() and np.array_equal(new, labels):
            break
        labels = new
    return labels, np.asarray(centroids, dtype=np.int32)


def fences(scores: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Per cluster, the lowest similarity (exact integer dot) that still counts as a member:
    Q1 - 1.5 IQR of its members' similarities, in integers (order statistics, no floats)."""
    out = np.full(k, np.iinfo(np.int64).min // 2, dtype=np.int64)
    for c in range(k):
        member = np.sort(scores[labels == c], kind="stable")
        if len(member) >= 4:
            q1 = member[(len(member) - 1) // 4]
            q3 = member[(3 * (len(member) - 1)) // 4]
            out[c] = q1 - (3 * (q3 - q1)) // 2
    return out

