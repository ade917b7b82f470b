"""Topic quality: NPMI coherence of top words over the documents, and topic diversity.

NPMI follows Bouma (2009) / Röder et al. (2015) with boolean document co-occurrence;
diversity is the share of unique words among all topics' top words (Dieng et al., 2020).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer


def npmi(
    topic_words: Sequence[Sequence[str]], docs: Sequence[str], top_n: int = 10,
    analyzer: Callable[[str], list[str]] | None = None,
) -> float:
    """Mean NPMI over the word pairs of each topic's ``top_n`` words, averaged over topics.

    ``analyzer`` splits a document into the same terms (n-grams) the topic words came from,
    e.g. the topic model's ``vectorizer_model.build_analyzer()``.
    """
    vocab = sorted({w for words in topic_words for w in words[:top_n]})
    if not vocab:
        return float("nan")
    if analyzer is None:
        max_n = max(len(w.split()) for w in vocab)
        counter = CountVectorizer(vocabulary=vocab, ngram_range=(1, max_n), binary=True)
    else:
        counter = CountVectorizer(vocabulary=vocab, analyzer=analyzer, binary=True)
    present = counter.fit_transform(docs).tocsc().astype(np.float64)
    n_docs = present.shape[0]
    index = {w: i for i, w in enumerate(vocab)}
    doc_freq = np.asarray(present.sum(axis=0)).ravel()
    scores = []
    for words in topic_words:
        ids = [index[w] for w in words[:top_n]]
        pairs = []
        for i, j in combinations(ids, 2):
            joint = present[:, i].multiply(present[:, j]).sum()
            if joint == 0 or doc_freq[i] == 0 or doc_freq[j] == 0:
                pairs.append(-1.0)
                continue
            p_ij = joint / n_docs
            pmi = np.log(p_ij / ((doc_freq[i] / n_docs) * (doc_freq[j] / n_docs)))
            pairs.append(1.0 if p_ij == 1 else pmi / -np.log(p_ij))
        if pairs:
            scores.append(float(np.mean(pairs)))
    return float(np.mean(scores)) if scores else float("nan")


def diversity(topic_words: Sequence[Sequence[str]], top_n: int = 10) -> float:
    """Share of unique words among the ``top_n`` words of all topics (1.0 = no overlap)."""
    words = [w for ws in topic_words for w in ws[:top_n]]
    return len(set(words)) / len(words) if words else float("nan")
