"""Topic quality: NPMI coherence of top words over the documents, and topic diversity.

NPMI follows Bouma (2009) / Röder et al. (2015) with boolean document co-occurrence;
diversity is the share of unique words among all topics' top words (Dieng et al., 2020).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations

import numpy as np
from scipy.sparse import spmatrix


def npmi(
    topic_words: Sequence[Sequence[str]], docs: Sequence[str], top_n: int = 10,
    analyzer: Callable[[str], list[str]] | None = None,
) -> float:
    """Mean NPMI over the word pairs of each topic's ``top_n`` words, averaged over topics.

    ``analyzer`` splits a document into the same terms (n-grams) the topic words came from,
    e.g. the topic model's ``vectorizer_model.build_analyzer()``.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    vocab = sorted({w for words in topic_words for w in words[:top_n]})
    if not vocab:
        return float("nan")
    if analyzer is None:
        max_n = max(len(w.split()) for w in vocab)
        counter = CountVectorizer(vocabulary=vocab, ngram_range=(1, max_n), binary=True)
    else:
        counter = CountVectorizer(vocabulary=vocab, analyzer=analyzer, binary=True)
    present = counter.fit_transform(docs)
    index = {w: i for i, w in enumerate(vocab)}
    return npmi_matrix([[index[w] for w in words[:top_n]] for words in topic_words], present)


def npmi_matrix(topic_columns: Sequence[Sequence[int]], counts: spmatrix) -> float:
    """Mean NPMI of each topic's term columns over a documents x terms count matrix,
    averaged over topics (a pair that never co-occurs scores -1)."""
    present = (counts.tocsc() > 0).astype(np.float64)
    n_docs = present.shape[0]
    scores = []
    for columns in topic_columns:
        if len(columns) < 2:
            continue
        sub = present[:, list(columns)]
        joint = (sub.T @ sub).toarray() / n_docs
        single = np.diag(joint)
        pairs = []
        for i, j in combinations(range(len(columns)), 2):
            p_ij = joint[i, j]
            if p_ij == 0 or single[i] == 0 or single[j] == 0:
                pairs.append(-1.0)
            elif p_ij == 1:
                pairs.append(1.0)
            else:
                pairs.append(np.log(p_ij / (single[i] * single[j])) / -np.log(p_ij))
        scores.append(float(np.mean(pairs)))
    return float(np.mean(scores)) if scores else float("nan")


def diversity(topic_words: Sequence[Sequence[str]], top_n: int = 10) -> float:
    """Share of unique words among the ``top_n`` words of all topics (1.0 = no overlap)."""
    words = [w for ws in topic_words for w in ws[:top_n]]
    return len(set(words)) / len(words) if words else float("nan")


def diagnostics(
    level: str, topics: np.ndarray, top_columns: Sequence[Sequence[int]], counts: spmatrix
) -> dict:
    """One row of a fit's diagnostics: for a ``level``, its topics, papers, the share of
    outliers (topic -1), and NPMI and diversity of each topic's top terms (columns of the
    documents x terms ``counts``)."""
    return {"level": level, "topics": len(top_columns), "papers": len(topics),
            "outlier_share": float(np.mean(np.asarray(topics) < 0)) if len(topics) else 0.0,
            "npmi": npmi_matrix(top_columns, counts), "diversity": diversity(top_columns)}
