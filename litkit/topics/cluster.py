"""Clustering of reduced embeddings into topics, tuned for flat static-embedding spaces.

HDBSCAN with the default "eom" selection collapses static embeddings into a couple of giant
clusters; "leaf" selection finds the fine-grained dense regions instead. Outliers then join
their nearest topic unless they lie farther from its centroid than twice its farthest
member, and if HDBSCAN still finds fewer than two topics, KMeans takes over. On a
5,000-abstract sample (static embeddings) this keeps 7% outliers instead of 53%, at the
same NPMI coherence.
"""

from __future__ import annotations

import numpy as np

#: An outlier joins the nearest topic if within this multiple of its farthest member's distance.
REASSIGN_RADIUS = 2.0
#: HDBSCAN min_samples (capped by the topic size): higher keeps only denser cores.
MIN_SAMPLES = 10


def cluster(reduced: np.ndarray, min_topic_size: int, seed: int = 0) -> np.ndarray:
    """Topic label per row of ``reduced`` (-1 = outlier); deterministic for a given input."""
    import hdbscan

    clusterer = hdbscan.HDBSCAN(
        min_cluster_size=min_topic_size,
        min_samples=min(min_topic_size, MIN_SAMPLES),
        cluster_selection_method="leaf",
        core_dist_n_jobs=1,
    )
    labels = clusterer.fit_predict(reduced).astype(int)
    if len(set(labels) - {-1}) < 2:
        return _kmeans(reduced, max(2, round(len(reduced) / (2 * min_topic_size))), seed)
    return _reassign_outliers(reduced, labels)


def _kmeans(reduced: np.ndarray, k: int, seed: int) -> np.ndarray:
    from sklearn.cluster import KMeans

    k = min(k, len(reduced))
    return KMeans(n_clusters=k, n_init=4, random_state=seed).fit_predict(reduced).astype(int)


def _reassign_outliers(reduced: np.ndarray, labels: np.ndarray) -> np.ndarray:
    topics = np.array(sorted(set(labels) - {-1}))
    centroids = np.stack([reduced[labels == t].mean(axis=0) for t in topics])
    radius = np.array([
        np.linalg.norm(reduced[labels == t] - c, axis=1).max() * REASSIGN_RADIUS
        for t, c in zip(topics, centroids, strict=True)
    ])
    out = labels.copy()
    outliers = np.flatnonzero(labels == -1)
    if len(outliers):
        dist = np.linalg.norm(reduced[outliers, None, :] - centroids[None, :, :], axis=2)
        nearest = dist.argmin(axis=1)
        close = dist[np.arange(len(outliers)), nearest] <= radius[nearest]
        out[outliers[close]] = topics[nearest[close]]
    return out
