"""Topic terms: phrases counted per paper, their c-TF-IDF per topic, and TF-IDF vectors of
papers, the same on every machine.

Terms are the uni-, bi- and trigrams of words that stand next to each other in the text:
a stop word, a number or punctuation ends a phrase ("retrieval of documents" gives no
"retrieval documents"), so bi- and trigrams read as written ("graph neural networks").
c-TF-IDF is BERTopic's (Grootendorst, 2022) with frequent words damped:
``sqrt(tf of the term in the topic) * log(1 + average words per topic / term frequency)``,
where the logarithm is computed in decimal arithmetic (correctly rounded, the same on every
CPU) so that rankings never hang on a last-bit difference.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Context

import numpy as np
from scipy.sparse import csr_matrix

from litkit.errors import LitkitError
from litkit.topics.vectors import unit_rows_sparse

#: A word starts with a letter and is at least two characters long; any other run of
#: characters (punctuation, numbers, single letters) ends a phrase.
_TOKEN = re.compile(r"([^\W\d_][\w\-]*[^\W_])|[^\s\w]+|\w+")
#: Trigram keys (v^3) must fit in int64.
MAX_WORDS = 2**21
#: Words after which verbs, rarely nouns, follow.
VERB_CUES = frozenset({"to", "we", "can", "cannot", "will", "may", "could", "would", "should",
                       "must"})


@dataclass
class Terms:
    """The term vocabulary of a fit: words, and the n-gram keys (sorted) of the kept terms."""

    words: list[str]
    keys: np.ndarray
    #: Most frequent spelling of each word in the texts ('BERT', 'Bayesian', 'graph').
    spellings: list[str]
    #: Per word: how often it occurs, how often a phrase ends after it (nouns often do),
    #: and how often it follows 'to', 'we', 'can'... (verbs do).
    uses: np.ndarray
    ends: np.ndarray
    after_cue: np.ndarray

    def names(self, spelled: bool = False) -> np.ndarray:
        """The text of each term ('graph neural networks'), in key order; ``spelled``: with
        each word as the texts mostly write it ('BERT embeddings')."""
        words = np.array(self.spellings if spelled else self.words, dtype=object)
        return np.array([" ".join(words[p] for p in parts)
                         for parts in _decode(self.keys, len(self.words))], dtype=object)

    def last_words(self) -> np.ndarray:
        """Word id of the last word of each term."""
        return np.array([parts[-1] for parts in _decode(self.keys, len(self.words))],
                        dtype=np.int64)

    def count(self, docs: Sequence[str]) -> csr_matrix:
        """Term counts (docs x terms, int64) of ``docs``; words outside the vocabulary end
        phrases."""
        index = {w: i for i, w in enumerate(self.words)}
        flat, doc, forms = _tokens(docs)
        word = np.array([index.get(f.lower(), -1) for f in forms] + [-1], dtype=np.int64)
        rows, keys = _ngram_keys(word[flat], doc, len(index))
        column = np.searchsorted(self.keys, keys)
        found = column < len(self.keys)
        found[found] = self.keys[column[found]] == keys[found]
        return _matrix(rows[found], column[found], len(docs), len(self.keys))


def _decode(keys: np.ndarray, v: int) -> list[tuple[int, ...]]:
    """Word ids of each n-gram key (the inverse of :func:`_ngram_keys`)."""
    out = []
    for key in keys.tolist():
        if key < v:
            out.append((key,))
        elif key < v + v * v:
            out.append(divmod(key - v, v))
        else:
            first, rest = divmod(key - v - v * v, v * v)
            out.append((first, *divmod(rest, v)))
    return out


def _tokens(docs: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """All texts' tokens as one array of spelling ids, each text followed by a break (-1);
    the text number of each position; and the spellings ('' is a phrase break)."""
    spellings: dict[str, int] = {}
    parts = []
    for doc in docs:
        parts.append([spellings.setdefault(t, len(spellings)) for t in _TOKEN.findall(doc)])
        parts[-1].append(-1)
    lengths = np.array([len(p) for p in parts], dtype=np.int64)
    flat = np.fromiter((i for p in parts for i in p), dtype=np.int64, count=int(lengths.sum()))
    return flat, np.repeat(np.arange(len(parts)), lengths), list(spellings)


def _ngram_keys(ids: np.ndarray, doc: np.ndarray, v: int) -> tuple[np.ndarray, np.ndarray]:
    """(text number, n-gram key) of every uni-, bi- and trigram of known words (id >= 0;
    texts are separated by -1).

    A bigram (a, b) has key v + a*v + b, a trigram v + v^2 + (a*v + b)*v + c: disjoint
    ranges, so one sorted int64 array indexes all terms.
    """
    if v >= MAX_WORDS:
        raise LitkitError(f"{v:,} distinct words is too many for topic terms; raise min_df")
    ok = ids >= 0
    pair = ok[:-1] & ok[1:]
    triple = pair[:-1] & ok[2:]
    keys = np.concatenate([
        ids[ok], v + ids[:-1][pair] * v + ids[1:][pair],
        v + v * v + (ids[:-2][triple] * v + ids[1:-1][triple]) * v + ids[2:][triple],
    ])
    rows = np.concatenate([doc[ok], doc[:-1][pair], doc[:-2][triple]])
    return rows, keys


def _matrix(rows: np.ndarray, columns: np.ndarray, n_rows: int, n_columns: int) -> csr_matrix:
    out = csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, columns)),
                     shape=(n_rows, n_columns))
    out.sum_duplicates()
    return out


def fit_terms(
    docs: Sequence[str], stop_words: set[str], min_df: int = 2
) -> tuple[Terms, csr_matrix]:
    """The vocabulary of ``docs`` (terms in at least ``min_df`` papers, no stop word inside)
    and their counts (docs x terms, int64)."""
    flat, doc, forms = _tokens(docs)
    lower = [f.lower() for f in forms]
    candidates = sorted({w for w in lower if w and w not in stop_words})
    index = {w: i for i, w in enumerate(candidates)}
    word = np.array([index.get(w, -1) for w in lower] + [-1], dtype=np.int64)[flat]
    known = word >= 0
    # words in fewer than min_df papers go first (n-grams with them are rarer still)
    df = _document_frequency(doc[known], word[known], len(docs), len(candidates))
    kept = np.flatnonzero(df >= min_df)
    remap = np.full(len(candidates) + 1, -1, dtype=np.int64)  # the last slot keeps -1
    remap[kept] = np.arange(len(kept))
    words = [candidates[i] for i in kept]
    ids = remap[word]
    rows, keys = _ngram_keys(ids, doc, len(words))
    unique, inverse = np.unique(keys, return_inverse=True)
    keep = np.flatnonzero(_document_frequency(rows, inverse, len(docs), len(unique)) >= min_df)
    column = np.full(len(unique), -1, dtype=np.int64)
    column[keep] = np.arange(len(keep))
    mapped = column[inverse]
    found = mapped >= 0
    counts = _matrix(rows[found], mapped[found], len(docs), len(keep))
    spelled = np.bincount(flat[flat >= 0], minlength=len(forms))
    uses = np.bincount(ids[ids >= 0], minlength=len(words))
    ending = ids[:-1][(ids[:-1] >= 0) & (ids[1:] < 0)]
    ends = np.bincount(ending, minlength=len(words))
    cue = np.array([w in VERB_CUES for w in lower] + [False])[flat[:-1]]
    after_cue = np.bincount(ids[1:][cue & (ids[1:] >= 0)], minlength=len(words))
    terms = Terms(words, unique[keep], _spellings(words, forms, spelled), uses, ends, after_cue)
    return terms, counts


def _document_frequency(rows: np.ndarray, columns: np.ndarray, n_rows: int,
                        n_columns: int) -> np.ndarray:
    """Number of distinct rows each column occurs in."""
    return np.bincount(_matrix(rows, columns, n_rows, n_columns).indices, minlength=n_columns)


def _spellings(words: list[str], forms: list[str], counts: np.ndarray) -> list[str]:
    """Each word's most frequent spelling; a capitalized one ('Graph', at a sentence start or
    in a title) only when the word is rarely written in lower case ('Bayesian')."""
    by_word: dict[str, list[tuple[int, str]]] = {}
    for form, n in zip(forms, counts.tolist(), strict=True):
        by_word.setdefault(form.lower(), []).append((n, form))
    out = []
    for word in words:
        ranked = sorted(by_word.get(word, [(0, word)]), key=lambda nf: (-nf[0], nf[1]))
        n, form = ranked[0]
        lower = next((m for m, f in ranked if f == word), 0)
        if form[:1].isupper() and form[1:] == word[1:] and lower * 4 >= n:
            form = word
        out.append(form)
    return out


def class_counts(counts: csr_matrix, labels: np.ndarray, k: int) -> csr_matrix:
    """Term counts per class (k x terms, int64): the sum of its papers' rows (label -1 is
    left out)."""
    rows = np.flatnonzero(labels >= 0)
    member = csr_matrix((np.ones(len(rows), dtype=np.int64), (labels[rows], rows)),
                        shape=(k, counts.shape[0]))
    return (member @ counts).tocsr()


_DECIMAL = Context(prec=34)


def _ln(values: np.ndarray) -> np.ndarray:
    """Natural logarithm of positive integers, correctly rounded (decimal arithmetic)."""
    unique, inverse = np.unique(values, return_inverse=True)
    logs = np.array([float(_DECIMAL.ln(int(v))) for v in unique.tolist()], dtype=np.float64)
    return logs[inverse]


def idf(per_class: csr_matrix) -> np.ndarray:
    """c-TF-IDF's idf per term: log(1 + A / f), A the average word count per class and f
    the term's count over all classes; exact integers in, correctly rounded log out."""
    frequency = np.asarray(per_class.sum(axis=0), dtype=np.int64).ravel()
    average = max(int(per_class.sum()) // max(per_class.shape[0], 1), 1)
    frequency = np.maximum(frequency, 1)
    # log(1 + A/f) = ln(f + A) - ln(f): both exact integers in, correctly rounded out
    return _ln(frequency + average) - _ln(frequency)


def ctfidf(per_class: csr_matrix, weights: np.ndarray) -> csr_matrix:
    """c-TF-IDF (float64, classes x terms): sqrt(count / class total) * idf."""
    out = per_class.astype(np.float64).tocsr()
    totals = np.asarray(per_class.sum(axis=1), dtype=np.float64).ravel()
    rows = np.repeat(np.arange(out.shape[0]), np.diff(out.indptr))
    out.data = np.sqrt(out.data / totals[rows]) * weights[out.indices]
    return out


def top_terms(scores: csr_matrix, row: int, n: int) -> np.ndarray:
    """Column numbers of the ``n`` best terms of a row: highest score first, ties by column."""
    start, end = scores.indptr[row], scores.indptr[row + 1]
    columns, values = scores.indices[start:end], scores.data[start:end]
    return columns[np.lexsort((columns, -values))[:n]]


def unit_l2(scores: csr_matrix) -> csr_matrix:
    """Rows scaled to unit length; each norm from an exactly rounded sum (math.fsum), so the
    same on every machine."""
    out = scores.astype(np.float64).tocsr()
    for row in range(out.shape[0]):
        data = out.data[out.indptr[row]:out.indptr[row + 1]]
        norm = math.sqrt(math.fsum((data * data).tolist()))
        if norm > 0:
            data /= norm
    return out


def group_words(
    counts: csr_matrix, groups: dict[tuple[int, int], np.ndarray], scores: csr_matrix,
    weights: np.ndarray, terms: Terms, n_words: int,
) -> dict[tuple[int, int], str]:
    """Top terms of groups of papers within classes, e.g. (topic, time bin): c-TF-IDF of the
    group's papers (``weights``: the fitted idf) plus the class's overall c-TF-IDF
    (``scores``), both of unit length, among the terms the group uses."""
    keys = list(groups)
    sizes = [len(groups[key]) for key in keys]
    member = csr_matrix((np.ones(sum(sizes), dtype=np.int64),
                         (np.repeat(np.arange(len(keys)), sizes),
                          np.concatenate([groups[key] for key in keys]))),
                        shape=(len(keys), counts.shape[0]))
    local = unit_l2(ctfidf((member @ counts).tocsr(), weights))
    overall = unit_l2(scores)
    names = terms.names(spelled=True)
    rows: dict[int, np.ndarray] = {}
    out = {}
    for row, key in enumerate(keys):
        if key[0] not in rows:
            rows[key[0]] = overall.getrow(key[0]).toarray().ravel()
        present = local.indices[local.indptr[row]:local.indptr[row + 1]]
        value = local.data[local.indptr[row]:local.indptr[row + 1]] + rows[key[0]][present]
        out[key] = ", ".join(names[present[np.lexsort((present, -value))[:n_words]]])
    return out


def vector_terms(counts: csr_matrix, max_share: float = 0.1, floor: int = 50) -> np.ndarray:
    """The terms documents are compared by (their columns): in at least 2 papers, and 1 in
    10,000, and in at most ``max_share`` of them (more common terms tell papers apart
    little), or ``floor`` papers in a small corpus."""
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.flatnonzero((df >= max(2, round(n / 10_000))) & (df <= max(max_share * n, floor)))


def vector_idf(counts: csr_matrix, columns: np.ndarray) -> np.ndarray:
    """Smooth idf of the ``columns``: ln((1 + n) / (1 + df)) + 1, correctly rounded."""
    n = counts.shape[0]
    df = np.bincount(counts[:, columns].indices, minlength=len(columns))
    return float(_DECIMAL.ln(n + 1)) - _ln(df + 1) + 1.0


def tfidf_vectors(counts: csr_matrix, columns: np.ndarray, weights: np.ndarray) -> csr_matrix:
    """Documents as exact integer unit vectors (sparse) over the ``columns``: (1 + ln tf) x
    idf ``weights``, the logarithms correctly rounded (see :mod:`litkit.topics.vectors`)."""
    part = counts[:, columns].tocsr()
    part.sort_indices()
    values = (1.0 + _ln(part.data)) * weights[part.indices]
    return unit_rows_sparse(csr_matrix((values, part.indices, part.indptr), shape=part.shape))
