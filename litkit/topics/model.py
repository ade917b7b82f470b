"""Fitting, applying, saving and loading a two-level topic model over a Corpus.

The same corpus and seed give byte-identical tables on every machine, by construction:
papers become exact integer unit vectors, by default TF-IDF vectors of their words and
phrases (:mod:`litkit.topics.terms`), or embeddings (:mod:`litkit.embed`: the shipped static
model, MiniLM, a local model) centred on the corpus mean; spherical k-means with exact integer
similarities finds the fine topics (:mod:`litkit.topics.cluster`) and, over their centroids
weighted by size, the themes; a paper far below its topic's typical similarity is an outlier
(-1). Labels and key phrases come from c-TF-IDF over contiguous uni/bi/trigrams and the
acronyms papers define (:mod:`litkit.topics.labels`). No UMAP, HDBSCAN, torch or float32
decision is on this path. A saved model is litkit's own format (safetensors, Parquet, JSON)
and loads without BERTopic or torch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix, issparse
from tqdm.auto import tqdm

from litkit import embed
from litkit.corpus import validate
from litkit.errors import LitkitError
from litkit.topics import text
from litkit.topics.cluster import best, fences, kmeans
from litkit.topics.hierarchy import (
    at_level,
    auto_min_topic_size,
    auto_n_themes,
    auto_n_topics,
    topic_tree,
)
from litkit.topics.labels import acronym_definitions, build_labels, phrase_key
from litkit.topics.quality import diagnostics
from litkit.topics.terms import (
    Terms,
    class_counts,
    ctfidf,
    fit_terms,
    group_words,
    idf,
    tfidf_vectors,
    top_terms,
    vector_idf,
    vector_terms,
)
from litkit.topics.time import DEFAULT_MIN_PAPERS, topics_over_time
from litkit.topics.vectors import cosine, dots, unit_rows

#: Words that open half of all abstracts and name no topic.
BOILERPLATE = {
    "paper", "propose", "proposed", "proposes", "present", "presents", "presented", "show",
    "shows", "shown", "result", "results", "approach", "approaches", "method", "methods",
    "based", "using", "use", "used", "new", "novel", "work", "study", "also", "demonstrate",
    "introduce", "experiments", "experimental", "existing", "state-of-the-art", "art",
    "outperforms", "significantly", "performance", "task", "tasks", "problem", "problems",
    "different", "various", "way", "ways", "able", "achieve", "achieves", "provide", "allows",
    "et", "al",
}
MIN_PAPERS_TO_FIT = 10
#: The default representation: TF-IDF vectors of each paper's words and phrases.
TFIDF = "tfidf"
N_WORDS = 10
N_REPRESENTATIVES = 3
#: A theme's label joins its two best key phrases ('Monte Carlo, variational inference').
THEME_PARTS = 2
SAVE_FORMAT = "litkit.topics.v2"
_TABLES = ("doc_topics", "topic_info", "topics_over_time", "topic_tree", "diagnostics")


def stop_words() -> set[str]:
    """English stop words (scikit-learn's list) plus abstract boilerplate."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return set(ENGLISH_STOP_WORDS | BOILERPLATE)


def min_df(n_papers: int) -> int:
    """Terms must occur in this many papers: 2, and 3 from 10,000 papers on."""
    return 2 if n_papers < 10_000 else 3


@dataclass
class Level:
    """What a fit learned at one level (fine topics or themes)."""

    #: Unit centroids (int32, one row per topic, in the model's vector space).
    centroids: np.ndarray
    labels: list[str]
    #: c-TF-IDF (topics x terms) and the idf it used.
    scores: csr_matrix
    idf: np.ndarray


@dataclass
class Space:
    """How papers become vectors: TF-IDF over some of the terms (``columns``, their
    ``idf``), or an embedding measured from the fitted papers' integer sum ``centre``."""

    embedding: str
    columns: np.ndarray
    idf: np.ndarray
    centre: np.ndarray
    n_fitted: int

    def vectors(self, terms: Terms, docs: list[str], counts: csr_matrix | None = None,
                progress: bool = False):
        """Exact integer unit vectors of ``docs`` (sparse for TF-IDF, else dense)."""
        if self.embedding == TFIDF:
            counts = terms.count(docs) if counts is None else counts
            return tfidf_vectors(counts, self.columns, self.idf)
        raw = embed.embed(docs, self.embedding, progress=progress)
        return unit_rows(self.n_fitted * raw.astype(np.int64) - self.centre[None, :])

    @classmethod
    def fit(cls, embedding: str, docs: list[str], counts: csr_matrix, progress: bool):
        """The space of ``embedding`` for the fitted ``docs`` (``counts``: their terms)."""
        none = np.zeros(0, dtype=np.int64)
        if embedding == TFIDF:
            columns = vector_terms(counts)
            return cls(embedding, columns, vector_idf(counts, columns), none, len(docs))
        raw = embed.embed(docs, embedding, progress=progress)
        return cls(embedding, none, np.zeros(0), raw.sum(axis=0, dtype=np.int64), len(docs))


def _has_vector(x) -> np.ndarray:
    """Rows with a vector at all (a paper with no known word has none)."""
    return np.diff(x.indptr) > 0 if issparse(x) else np.asarray(x).any(axis=1)


@dataclass
class TopicModel:
    """A fitted two-level topic model and its tables.

    DocTopics (one row per paper), TopicInfo (per fine topic), TopicsOverTime (fine topic x
    time bin), ``topic_tree`` (themes and their topics) and ``diagnostics`` (per level:
    topics, outlier share, NPMI, diversity).
    """

    doc_topics: pd.DataFrame
    topic_info: pd.DataFrame
    topics_over_time: pd.DataFrame
    topic_tree: pd.DataFrame
    diagnostics: pd.DataFrame
    params: dict
    terms: Terms = field(repr=False)
    topics: Level = field(repr=False)
    themes: Level = field(repr=False)
    #: Per fine topic: the lowest cosine of a member (below it: outlier, or fits none).
    fences: np.ndarray = field(repr=False)
    #: Per fine topic: its theme.
    theme_of: np.ndarray = field(repr=False)
    space: Space = field(repr=False)
    #: Term counts (papers x terms) aligned with ``doc_topics``; None after loading.
    counts: csr_matrix | None = field(default=None, repr=False)

    def over_time(
        self, bins: str | list = "year", min_papers: int = DEFAULT_MIN_PAPERS,
        corpus: pd.DataFrame | None = None, level: str = "topic",
    ) -> pd.DataFrame:
        """TopicsOverTime for other bins ('year', 'month' or a list of edges), of fine topics
        or (``level='theme'``) themes; the key column is ``topic`` at both levels.

        A loaded model has no texts: pass the fitted ``corpus`` to get words per bin.
        """
        counts = self.counts if self.counts is not None else self._counts_of(corpus)
        words = None
        if counts is not None:
            scores = self.themes if level == "theme" else self.topics

            def words(groups: dict, n_words: int) -> dict:
                return group_words(counts, groups, scores.scores, scores.idf, self.terms,
                                   n_words)

        out = topics_over_time(at_level(self.doc_topics, level), bins, min_papers, words)
        out.attrs["level"] = level
        return out

    def _counts_of(self, corpus: pd.DataFrame | None) -> csr_matrix | None:
        if corpus is None:
            return None
        by_id = corpus.set_index("id")
        missing = set(self.doc_topics["id"]) - set(by_id.index)
        if missing:
            raise LitkitError(f"corpus lacks {len(missing)} fitted paper(s), e.g. "
                              f"{sorted(missing)[:3]}")
        return self.terms.count(text.documents(by_id.loc[self.doc_topics["id"]].reset_index()))

    def transform(self, corpus: pd.DataFrame, progress: bool = False) -> pd.DataFrame:
        """DocTopics for new papers under this model's topics; see :func:`transform`."""
        return transform(self, corpus, progress)

    def save(self, path: str | Path) -> Path:
        """Write the model (safetensors, Parquet, JSON; no pickle) to directory ``path``."""
        return save(self, path)


def _documents(corpus: pd.DataFrame, languages: tuple[str, ...] | None):
    docs = text.documents(corpus)
    langs = text.languages(corpus, docs)
    keep = np.array([
        len(doc.split()) >= 5 and (languages is None or lang in languages)
        for doc, lang in zip(docs, langs, strict=True)
    ], dtype=bool)
    return docs, langs, keep


def _by_size(labels: np.ndarray, centroids: np.ndarray, weights: np.ndarray | None = None):
    """Clusters renumbered largest first (ties: lower old number first)."""
    sizes = np.bincount(labels, weights=weights, minlength=len(centroids)).astype(np.int64)
    order = np.lexsort((np.arange(len(sizes)), -sizes))
    new = np.empty(len(order), dtype=np.int64)
    new[order] = np.arange(len(order))
    return new[labels], centroids[order], sizes[order]


def _assign(model: TopicModel, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(topic, exact similarity to it) per vector; below the topic's fence, or with
    no vector at all (no known word), the topic is -1."""
    topic, score = best(x, model.topics.centroids)
    fit = (cosine(score) >= model.fences[topic]) & _has_vector(x)
    return np.where(fit, topic, -1), score


def _describe(
    terms: Terms, counts: csr_matrix, labels: np.ndarray, centroids: np.ndarray,
    definitions: list[dict], allowed: list[set] | None = None, parts: int = 1,
) -> tuple[Level, list[list[str]], list[list[int]]]:
    """The level of classes ``labels`` (0..k-1, -1 none) with their ``centroids``, key
    phrases and top c-TF-IDF columns (``allowed``, ``parts``: see ``build_labels``)."""
    k = len(centroids)
    per_class = class_counts(counts, labels, k)
    weights = idf(per_class)
    scores = ctfidf(per_class, weights)
    present = counts.copy()
    present.data[:] = 1
    names, phrases = build_labels(terms, scores, per_class, class_counts(present, labels, k),
                                  labels, definitions, N_WORDS, allowed, parts)
    top = [top_terms(scores, c, N_WORDS).tolist() for c in range(k)]
    return Level(centroids, names, scores, weights), phrases, top


def _representatives(score: np.ndarray, labels: np.ndarray, k: int) -> list[np.ndarray]:
    """Per class, its most central members (highest exact similarity, then first)."""
    order = np.lexsort((np.arange(len(labels)), -score, labels))
    ranked = order[labels[order] >= 0]
    starts = np.searchsorted(labels[ranked], np.arange(k))
    ends = np.searchsorted(labels[ranked], np.arange(k), side="right")
    return [ranked[a:min(b, a + N_REPRESENTATIVES)] for a, b in zip(starts, ends, strict=True)]


def _info(
    level: Level, phrases: list[list[str]], top: list[list[int]], names: np.ndarray,
    labels: np.ndarray, score: np.ndarray, ids: np.ndarray, titles: np.ndarray,
) -> pd.DataFrame:
    """One row per class: size, share, label, key phrases, raw c-TF-IDF terms and the most
    central papers; an 'outliers' row (-1) first when there are outliers."""
    k = len(level.labels)
    sizes = np.bincount(labels[labels >= 0], minlength=k)
    central = _representatives(score, labels, k)
    rows = []
    n_outliers = int((labels < 0).sum())
    if n_outliers:
        rows.append({"topic": -1, "size": n_outliers, "label": "outliers", "words": [],
                     "ctfidf_words": [], "representative_ids": [],
                     "representative_titles": []})
    for c in range(k):
        rows.append({"topic": c, "size": int(sizes[c]), "label": level.labels[c],
                     "words": phrases[c], "ctfidf_words": names[top[c]].tolist(),
                     "representative_ids": ids[central[c]].tolist(),
                     "representative_titles": titles[central[c]].tolist()})
    out = pd.DataFrame(rows)
    out.insert(2, "share", out["size"] / max(len(labels), 1))
    return out


def _doc_topics(
    corpus: pd.DataFrame, keep: np.ndarray, langs: list[str], topic: np.ndarray,
    score: np.ndarray, theme_of: np.ndarray, topic_labels: list[str], theme_labels: list[str],
) -> pd.DataFrame:
    """DocTopics from the modelled papers' topics (``topic``, ``score`` align with ``keep``)."""
    topics = np.full(len(corpus), -1, dtype=np.int64)
    topics[keep] = topic
    themes = np.where(topics >= 0, theme_of[np.maximum(topics, 0)], -1)
    probability = np.full(len(corpus), np.nan)
    probability[np.flatnonzero(keep)[topic >= 0]] = np.clip(cosine(score[topic >= 0]), 0, 1)
    topic_names = np.array(["outliers", *topic_labels], dtype=object)
    theme_names = np.array(["outliers", *theme_labels], dtype=object)
    out = pd.DataFrame({
        "id": corpus["id"].to_numpy(),
        "topic": topics,
        "label": topic_names[topics + 1],
        "theme": themes,
        "theme_label": theme_names[themes + 1],
        "probability": probability,
        "year": corpus["year"].to_numpy(),
        "date": corpus["date"].to_numpy(),
        "date_precision": corpus["date_precision"].to_numpy(),
        "language": langs,
        "modelled": keep,
    })
    out["year"] = out["year"].astype("Int64")
    return out


def fit(
    corpus: pd.DataFrame,
    embedding: str = TFIDF,
    min_topic_size: int | None = None,
    bins: str | list = "year",
    seed: int = 42,
    languages: tuple[str, ...] | None = ("en",),
    min_papers: int = DEFAULT_MIN_PAPERS,
    progress: bool = True,
    n_topics: int | None = None,
    n_themes: int | None = None,
) -> TopicModel:
    """Fit fine topics and themes over a Corpus; same corpus and seed give the same tables
    on every machine (with ``tfidf`` or ``static``).

    ``n_topics`` defaults to :func:`~litkit.topics.hierarchy.auto_n_topics` of the modelled
    papers and ``n_themes`` to :func:`~litkit.topics.hierarchy.auto_n_themes`; topics under
    ``min_topic_size`` papers (:func:`~litkit.topics.hierarchy.auto_min_topic_size`) are
    dissolved into their neighbours. ``embedding`` is how papers are compared: 'tfidf'
    (their words and phrases; the default, best at finding research threads), or an
    embedding: 'static', 'minilm' or a local model path. Papers not in ``languages``
    (None = all) stay in DocTopics with ``modelled`` False and topic -1. ``bins`` are the
    time bins of the TopicsOverTime table.
    """
    corpus = validate(corpus, "topics.fit")
    docs, langs, keep = _documents(corpus, languages)
    n = int(keep.sum())
    if n < MIN_PAPERS_TO_FIT:
        raise LitkitError(
            f"topics need at least {MIN_PAPERS_TO_FIT} papers with an abstract in "
            f"{languages or 'any language'}; got {n} of {len(corpus)}"
        )
    k = n_topics or auto_n_topics(n)
    size = min_topic_size or auto_min_topic_size(n)
    if size < 1 or k < 1 or (n_themes is not None and n_themes < 1):
        raise LitkitError(f"n_topics, n_themes and min_topic_size must be at least 1, got "
                          f"{n_topics}, {n_themes} and {min_topic_size}")
    kept_docs = [d for d, k_ in zip(docs, keep, strict=True) if k_]
    stages = tqdm(total=4, desc="topics", disable=not progress, unit="stage")
    stages.set_postfix_str("terms")
    terms, counts = fit_terms(kept_docs, stop_words(), min_df(n))
    space = Space.fit(embedding, kept_docs, counts, progress)
    x = space.vectors(terms, kept_docs, counts, progress)
    stages.update()
    stages.set_postfix_str("cluster")
    members, centroids = kmeans(x, k, seed, min_size=size)
    members, centroids, sizes = _by_size(members, centroids)
    _, score = best(x, centroids)  # the members' similarities (best gives the same topics)
    fence = fences(x, members, len(centroids))
    topic = np.where((cosine(score) >= fence[members]) & _has_vector(x), members, -1)
    of_topic, theme_centroids = kmeans(centroids, n_themes or auto_n_themes(len(centroids)),
                                       seed, weights=sizes)
    of_topic, theme_centroids, _ = _by_size(of_topic, theme_centroids, sizes)
    theme = np.where(topic >= 0, of_topic[np.maximum(topic, 0)], -1)
    stages.update()
    stages.set_postfix_str("labels")
    definitions = acronym_definitions(kept_docs)
    topics_level, topic_phrases, topic_top = _describe(terms, counts, topic, centroids,
                                                       definitions)
    allowed = [set() for _ in theme_centroids]  # themes are named by their topics' phrases
    for t, phrases in enumerate(topic_phrases):
        allowed[of_topic[t]].update(phrase_key(p) for p in phrases)
    themes_level, theme_phrases, theme_top = _describe(terms, counts, theme, theme_centroids,
                                                       definitions, allowed, THEME_PARTS)
    stages.update()
    stages.set_postfix_str("tables")
    doc_topics = _doc_topics(corpus, keep, langs, topic, score, of_topic,
                             topics_level.labels, themes_level.labels)
    names = terms.names(spelled=True)
    ids = corpus["id"].to_numpy()[keep]
    titles = corpus["title"].to_numpy()[keep]
    info = _info(topics_level, topic_phrases, topic_top, names, topic, score, ids, titles)
    info.insert(1, "theme", [-1 if t < 0 else int(of_topic[t]) for t in info["topic"]])
    theme_score = dots(x, theme_centroids)[np.arange(n), np.maximum(theme, 0)]
    theme_info = _info(themes_level, theme_phrases, theme_top, names, theme, theme_score, ids,
                       titles)
    diagnostic = pd.DataFrame([diagnostics("topic", topic, topic_top, counts),
                               diagnostics("theme", theme, theme_top, counts)])
    expand = csr_matrix((np.ones(n, dtype=np.int64), (np.flatnonzero(keep), np.arange(n))),
                        shape=(len(corpus), n))
    params = {
        "format": SAVE_FORMAT, "embedding": embedding, "n_topics": len(centroids),
        "n_themes": len(theme_centroids), "min_topic_size": size, "seed": seed,
        "languages": list(languages) if languages else None, "bins": bins,
        "min_papers": min_papers, "n_fitted": n, "min_df": min_df(n),
    }
    model = TopicModel(doc_topics, info, pd.DataFrame(), topic_tree(theme_info, info),
                       diagnostic, params, terms, topics_level, themes_level, fence, of_topic,
                       space, (expand @ counts).tocsr())
    model.topics_over_time = model.over_time(bins, min_papers)
    stages.update()
    stages.close()
    return model


def transform(model: TopicModel, corpus: pd.DataFrame, progress: bool = False) -> pd.DataFrame:
    """DocTopics for the papers of ``corpus`` under a fitted (or loaded) model.

    Each paper joins the topic whose centroid is most similar, and that topic's theme;
    one less similar than the topic's fitted members (below its fence) fits none (-1).
    ``attrs["report"]`` counts: papers, modelled, assigned, fit_none, not_modelled, known
    (papers the model was fitted on, by id) and drifted (known papers whose topic now
    differs from the fitted one: their text changed, or the model's fit did).
    """
    corpus = validate(corpus, "topics.transform")
    languages = model.params.get("languages")
    docs, langs, keep = _documents(corpus, tuple(languages) if languages else None)
    topic = np.zeros(0, dtype=np.int64)
    score = np.zeros(0, dtype=np.int64)
    if keep.any():
        kept_docs = [d for d, k in zip(docs, keep, strict=True) if k]
        topic, score = _assign(model, model.space.vectors(model.terms, kept_docs,
                                                          progress=progress))
    out = _doc_topics(corpus, keep, langs, topic, score, model.theme_of, model.topics.labels,
                      model.themes.labels)
    fitted = model.doc_topics[model.doc_topics["modelled"]].set_index("id")["topic"]
    known = out[out["modelled"] & out["id"].isin(fitted.index)]
    out.attrs["report"] = {
        "papers": len(out), "modelled": int(keep.sum()),
        "assigned": int((out["topic"] >= 0).sum()),
        "fit_none": int((out["modelled"] & (out["topic"] < 0)).sum()),
        "not_modelled": int((~out["modelled"]).sum()), "known": len(known),
        "drifted": int((known["topic"].to_numpy()
                        != fitted.loc[known["id"]].to_numpy()).sum()),
    }
    return out


def _sparse_arrays(name: str, matrix) -> dict[str, np.ndarray]:
    """A matrix as CSR arrays named ``name_data``, ``name_indices``, ``name_indptr``,
    ``name_shape`` (centroids over many terms are mostly zeros)."""
    matrix = csr_matrix(matrix)
    return {f"{name}_data": matrix.data, f"{name}_indices": matrix.indices,
            f"{name}_indptr": matrix.indptr, f"{name}_shape": np.array(matrix.shape)}


def _from_arrays(arrays: dict[str, np.ndarray], name: str) -> csr_matrix:
    parts = [arrays[f"{name}_{part}"] for part in ("data", "indices", "indptr")]
    return csr_matrix(tuple(parts), shape=tuple(arrays[f"{name}_shape"].tolist()))


def save(model: TopicModel, path: str | Path) -> Path:
    """Write ``model`` to a directory: arrays (safetensors), tables (Parquet), vocabulary,
    labels and params (JSON). No pickle: loading runs no code from the files."""
    from safetensors.numpy import save_file

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    space = model.space
    arrays = {"fences": model.fences, "theme_of": model.theme_of,
              "space_columns": space.columns, "space_idf": space.idf,
              "space_centre": space.centre, "term_keys": model.terms.keys,
              "term_uses": model.terms.uses, "term_ends": model.terms.ends,
              "term_after_cue": model.terms.after_cue}
    for name, level in (("topics", model.topics), ("themes", model.themes)):
        arrays.update({f"{name}_idf": level.idf, **_sparse_arrays(f"{name}_scores", level.scores),
                       **_sparse_arrays(f"{name}_centroids", level.centroids)})
    save_file({k: np.ascontiguousarray(v) for k, v in arrays.items()},
              str(path / "arrays.safetensors"))
    for name in _TABLES:
        getattr(model, name).to_parquet(path / f"{name}.parquet", index=False)
    (path / "vocabulary.json").write_text(json.dumps(
        {"words": model.terms.words, "spellings": model.terms.spellings,
         "topic_labels": model.topics.labels, "theme_labels": model.themes.labels}))
    (path / "params.json").write_text(json.dumps(model.params, indent=2, default=str))
    return path


def load(path: str | Path) -> TopicModel:
    """Read a model written by :func:`save`; ready for ``transform`` and ``over_time``.

    Needs numpy, scipy, pandas and safetensors only: no BERTopic, torch or
    sentence-transformers (an embedding model loads when ``transform`` needs it).
    """
    from safetensors.numpy import load_file

    path = Path(path)
    params_file = path / "params.json"
    if not params_file.exists():
        raise LitkitError(f"{path}: not a saved litkit topic model (no params.json)")
    params = json.loads(params_file.read_text())
    if params.get("format") != SAVE_FORMAT:
        raise LitkitError(f"{params_file}: format {params.get('format')!r}, expected "
                          f"{SAVE_FORMAT} (re-fit the model with this litkit)")
    arrays = load_file(str(path / "arrays.safetensors"))
    vocabulary = json.loads((path / "vocabulary.json").read_text())
    terms = Terms(vocabulary["words"], arrays["term_keys"], vocabulary["spellings"],
                  arrays["term_uses"], arrays["term_ends"], arrays["term_after_cue"])
    levels = {name: Level(_from_arrays(arrays, f"{name}_centroids").toarray(),
                          vocabulary[labels], _from_arrays(arrays, f"{name}_scores"),
                          arrays[f"{name}_idf"])
              for name, labels in (("topics", "topic_labels"), ("themes", "theme_labels"))}
    space = Space(params["embedding"], arrays["space_columns"], arrays["space_idf"],
                  arrays["space_centre"], params["n_fitted"])
    tables = {name: pd.read_parquet(path / f"{name}.parquet") for name in _TABLES}
    return TopicModel(params=params, terms=terms, fences=arrays["fences"],
                      theme_of=arrays["theme_of"], space=space, **levels, **tables)
