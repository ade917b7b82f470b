"""Fitting, applying, saving and loading a topic model over a Corpus.

The stages are BERTopic's, with litkit's choices: offline embeddings (:mod:`litkit.embed`),
UMAP with a fixed seed, leaf-HDBSCAN clustering with outlier reassignment
(:mod:`litkit.topics.cluster`), and labels from c-TF-IDF over English uni- and bigrams
(stop words and abstract boilerplate removed) refined by KeyBERTInspired and MMR.
"""

from __future__ import annotations

import json
import logging
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from litkit import embed
from litkit.corpus import validate
from litkit.errors import LitkitError
from litkit.topics import text
from litkit.topics.cluster import cluster
from litkit.topics.time import DEFAULT_MIN_PAPERS, topics_over_time

#: Words that open half of all abstracts and name no topic.
BOILERPLATE = {
    "paper", "propose", "proposed", "proposes", "present", "presents", "presented", "show",
    "shows", "shown", "result", "results", "approach", "approaches", "method", "methods",
    "based", "using", "use", "used", "new", "novel", "work", "study", "also", "demonstrate",
    "introduce", "experiments", "experimental", "existing", "state-of-the-art", "art",
    "outperforms", "significantly", "performance", "task", "tasks", "problem", "problems",
    "different", "various", "way", "ways", "able", "achieve", "achieves", "provide", "allows",
}
#: Topic words are tokens that start with a letter: no bare numbers or symbols.
TOKEN_PATTERN = r"(?u)\b[^\W\d_][\w\-]*[^\W_]\b"
MIN_PAPERS_TO_FIT = 10
#: The corpus's most frequent terms are left out of labels (still listed in ``words``).
N_GENERIC = 30
SAVE_FORMAT = "litkit.topics.v1"


def stop_words() -> list[str]:
    """English stop words (scikit-learn's list) plus abstract boilerplate, sorted."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return sorted(ENGLISH_STOP_WORDS | BOILERPLATE)


def auto_min_topic_size(n_papers: int) -> int:
    """Topics of at least 1/200 of the papers, and at least 3 (the 87-paper seed gets 9)."""
    return max(3, round(n_papers / 200))


@dataclass
class TopicModel:
    """A fitted topic model and its tables (DocTopics, TopicInfo, TopicsOverTime)."""

    bertopic: Any
    doc_topics: pd.DataFrame
    topic_info: pd.DataFrame
    topics_over_time: pd.DataFrame
    params: dict
    docs: list[str] | None = field(default=None, repr=False)

    def over_time(
        self, bins: str | list = "year", min_papers: int = DEFAULT_MIN_PAPERS,
        corpus: pd.DataFrame | None = None,
    ) -> pd.DataFrame:
        """TopicsOverTime for other bins ('year', 'month' or a list of edges).

        A loaded model has no texts: pass the fitted ``corpus`` to get words per bin.
        """
        docs = self.docs
        if docs is None and corpus is not None:
            by_id = corpus.set_index("id")
            missing = set(self.doc_topics["id"]) - set(by_id.index)
            if missing:
                raise LitkitError(f"corpus lacks {len(missing)} fitted paper(s), e.g. "
                                  f"{sorted(missing)[:3]}")
            docs = text.documents(by_id.loc[self.doc_topics["id"]].reset_index())
        return topics_over_time(self.doc_topics, bins, min_papers, self.bertopic, docs)

    def transform(self, corpus: pd.DataFrame, progress: bool = False) -> pd.DataFrame:
        """DocTopics for new papers: each joins the topic whose centroid is most similar."""
        return transform(self, corpus, progress)

    def save(self, path: str | Path) -> Path:
        """Write the model (safetensors, no pickle) and its tables to directory ``path``."""
        return save(self, path)


def _documents(corpus: pd.DataFrame, languages: tuple[str, ...] | None):
    docs = text.documents(corpus)
    langs = text.languages(corpus, docs)
    keep = np.array([
        len(doc.split()) >= 5 and (languages is None or lang in languages)
        for doc, lang in zip(docs, langs, strict=True)
    ], dtype=bool)
    return docs, langs, keep


def _umap(embeddings: np.ndarray, seed: int) -> np.ndarray:
    from umap import UMAP

    n = len(embeddings)
    reducer = UMAP(
        n_neighbors=min(15, n - 1), n_components=min(5, n - 2), min_dist=0.0,
        metric="cosine", random_state=seed, n_jobs=1, low_memory=True,
        init="spectral" if n > 50 else "random",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # n_jobs/random_state notice, tiny-graph notices
        return reducer.fit_transform(embeddings)


def _bertopic(embedding_model: Any, seed: int, n_docs: int) -> Any:
    from bertopic import BERTopic
    from bertopic.cluster import BaseCluster
    from bertopic.dimensionality import BaseDimensionalityReduction
    from bertopic.representation import KeyBERTInspired, MaximalMarginalRelevance
    from bertopic.vectorizers import ClassTfidfTransformer
    from sklearn.feature_extraction.text import CountVectorizer

    vectorizer = CountVectorizer(
        stop_words=stop_words(), ngram_range=(1, 2), token_pattern=TOKEN_PATTERN,
        min_df=1 if n_docs < 2000 else 2, max_features=200_000,
    )
    return BERTopic(
        embedding_model=embedding_model,
        umap_model=BaseDimensionalityReduction(),
        hdbscan_model=BaseCluster(),
        vectorizer_model=vectorizer,
        ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
        representation_model=[
            KeyBERTInspired(top_n_words=15, random_state=seed),
            MaximalMarginalRelevance(diversity=0.3, top_n_words=10),
        ],
        top_n_words=10,
        calculate_probabilities=False,
        verbose=False,
    )


def _similarity(embeddings: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    a = embeddings / np.maximum(np.linalg.norm(embeddings, axis=1, keepdims=True), 1e-12)
    b = centroids / np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
    return a @ b.T


def _topic_centroids(bertopic: Any) -> tuple[np.ndarray, np.ndarray]:
    """(topic ids, centroid rows) of the real topics (outliers excluded)."""
    n_out = int(getattr(bertopic, "_outliers", 0))
    vectors = np.asarray(bertopic.topic_embeddings_)[n_out:]
    return np.arange(len(vectors)), vectors


def _label(words: list[str], generic: set[str] = frozenset(), n: int = 3) -> str:
    """The first ``n`` words that add something: 'neural network' after 'neural networks',
    'semantic' after 'semantic parsing', and corpus-wide words ('learning') are skipped."""
    chosen: list[str] = []
    seen: set[str] = set()
    for word in words:
        stems = {t.rstrip("s") for t in word.split()}
        if word and word not in generic and not stems <= seen:
            chosen.append(word)
            seen |= stems
        if len(chosen) == n:
            break
    return ", ".join(chosen)


def _generic_words(bertopic: Any, n: int = N_GENERIC) -> set[str]:
    """The corpus's ``n`` most frequent terms (lowest c-TF-IDF idf): poor label words."""
    idf = bertopic.ctfidf_model._idf_diag.diagonal()
    vocab = bertopic.vectorizer_model.get_feature_names_out()
    return set(vocab[np.argsort(idf, kind="stable")[:n]].tolist())


def _labels(bertopic: Any) -> dict[int, str]:
    labels = {-1: "outliers"}
    generic = _generic_words(bertopic)
    for topic, words in bertopic.topic_representations_.items():
        if topic != -1:
            terms = [w for w, _ in words]
            labels[int(topic)] = (_label(terms, generic) or _label(terms)
                                  or f"topic {topic}")
    return labels


def _ctfidf_words(bertopic: Any, vocab: np.ndarray, topic: int, n: int = 10) -> list[str]:
    """The topic's top c-TF-IDF terms, before the representation model re-ranks them."""
    row = bertopic.c_tf_idf_[topic + int(getattr(bertopic, "_outliers", 0))]
    top = row.indices[np.lexsort((row.indices, -row.data))[:n]]
    return vocab[top].tolist()


def _doc_topics(
    corpus: pd.DataFrame, topics: np.ndarray, prob: np.ndarray, langs: list[str],
    keep: np.ndarray, labels: dict[int, str],
) -> pd.DataFrame:
    out = pd.DataFrame({
        "id": corpus["id"].to_numpy(),
        "topic": topics.astype(int),
        "probability": prob,
        "year": corpus["year"].to_numpy(),
        "date": corpus["date"].to_numpy(),
        "date_precision": corpus["date_precision"].to_numpy(),
        "language": langs,
        "modelled": keep,
    })
    out.insert(2, "label", out["topic"].map(labels))
    out["year"] = out["year"].astype("Int64")
    return out


def _topic_info(
    bertopic: Any, doc_topics: pd.DataFrame, corpus: pd.DataFrame, sims: np.ndarray,
    labels: dict[int, str], n_repr: int = 3,
) -> pd.DataFrame:
    modelled = doc_topics[doc_topics["modelled"]]
    sizes = modelled["topic"].value_counts()
    rows = []
    titles = dict(zip(corpus["id"], corpus["title"], strict=True))
    vocab = bertopic.vectorizer_model.get_feature_names_out()
    for topic in sorted(sizes.index):
        words = [w for w, _ in bertopic.topic_representations_.get(topic, []) if w]
        members = np.flatnonzero(doc_topics["topic"].to_numpy() == topic)
        if topic == -1:
            best = members[:0]
        else:
            best = members[np.argsort(-sims[members], kind="stable")[:n_repr]]
        ids = doc_topics["id"].to_numpy()[best].tolist()
        rows.append({
            "topic": int(topic), "size": int(sizes[topic]),
            "share": float(sizes[topic] / len(modelled)), "label": labels.get(int(topic)),
            "words": words, "ctfidf_words": _ctfidf_words(bertopic, vocab, int(topic)),
            "representative_ids": ids,
            "representative_titles": [titles[i] for i in ids],
        })
    return pd.DataFrame(rows)


def fit(
    corpus: pd.DataFrame,
    embedding: str = "static",
    min_topic_size: int | None = None,
    bins: str | list = "year",
    seed: int = 42,
    languages: tuple[str, ...] | None = ("en",),
    min_papers: int = DEFAULT_MIN_PAPERS,
    progress: bool = True,
) -> TopicModel:
    """Fit topics over a Corpus; same corpus and seed give the same tables.

    ``embedding`` is 'static' (fast), 'minilm' or a local model path; ``min_topic_size``
    defaults to :func:`auto_min_topic_size`; papers not in ``languages`` (None = all) are
    kept in DocTopics with ``modelled`` False and topic -1; ``bins`` are the time bins of
    the TopicsOverTime table.
    """
    corpus = validate(corpus, "topics.fit")
    docs, langs, keep = _documents(corpus, languages)
    n = int(keep.sum())
    if n < MIN_PAPERS_TO_FIT:
        raise LitkitError(
            f"topics need at least {MIN_PAPERS_TO_FIT} papers with an abstract in "
            f"{languages or 'any language'}; got {n} of {len(corpus)}"
        )
    size = min_topic_size or auto_min_topic_size(n)
    if size < 2:
        raise LitkitError(f"min_topic_size must be at least 2, got {size}")
    model = embed.load(embedding)
    kept_docs = [d for d, k in zip(docs, keep, strict=True) if k]
    vectors = embed.embed(kept_docs, embedding, model=model, progress=progress)
    stages = tqdm(total=4, desc="topics", disable=not progress, unit="stage")
    stages.set_postfix_str("reduce (UMAP)")
    reduced = _umap(vectors, seed)
    stages.update()
    stages.set_postfix_str("cluster")
    labels_in = cluster(reduced, size, seed)
    stages.update()
    stages.set_postfix_str("represent")
    bertopic = _bertopic(model, seed, n)
    logging.getLogger("BERTopic").setLevel(logging.WARNING)
    topics_kept, _ = bertopic.fit_transform(kept_docs, embeddings=vectors, y=labels_in)
    stages.update()
    stages.set_postfix_str("tables")
    ids, centroids = _topic_centroids(bertopic)
    topics = np.full(len(corpus), -1)
    topics[keep] = topics_kept
    sims = np.full(len(corpus), np.nan)
    sim_kept = _similarity(vectors, centroids)
    assigned = np.asarray(topics_kept) >= 0
    rows = np.flatnonzero(keep)
    sims[rows[assigned]] = sim_kept[assigned, np.asarray(topics_kept)[assigned]]
    prob = np.clip(sims, 0.0, 1.0)
    labels = _labels(bertopic)
    doc_topics = _doc_topics(corpus, topics, prob, langs, keep, labels)
    info = _topic_info(bertopic, doc_topics, corpus, np.nan_to_num(sims, nan=-1.0), labels)
    over_time = topics_over_time(doc_topics, bins, min_papers, bertopic, docs)
    stages.update()
    stages.close()
    params = {
        "format": SAVE_FORMAT, "embedding": embedding, "min_topic_size": size, "seed": seed,
        "languages": list(languages) if languages else None, "bins": bins,
        "min_papers": min_papers, "n_topics": int(len(ids)),
    }
    return TopicModel(bertopic, doc_topics, info, over_time, params, docs)


def transform(model: TopicModel, corpus: pd.DataFrame, progress: bool = False) -> pd.DataFrame:
    """DocTopics for the papers of ``corpus`` under a fitted (or loaded) model."""
    corpus = validate(corpus, "topics.transform")
    languages = model.params.get("languages")
    docs, langs, keep = _documents(corpus, tuple(languages) if languages else None)
    topics = np.full(len(corpus), -1)
    prob = np.full(len(corpus), np.nan)
    if keep.any():
        kept_docs = [d for d, k in zip(docs, keep, strict=True) if k]
        vectors = embed.embed(kept_docs, model.params["embedding"], progress=progress)
        ids, centroids = _topic_centroids(model.bertopic)
        sims = _similarity(vectors, centroids)
        best = sims.argmax(axis=1)
        topics[keep] = ids[best]
        prob[keep] = np.clip(sims[np.arange(len(best)), best], 0.0, 1.0)
    return _doc_topics(corpus, topics, prob, langs, keep, _labels(model.bertopic))


_TABLES = ("doc_topics", "topic_info", "topics_over_time")


def save(model: TopicModel, path: str | Path) -> Path:
    """Write ``model`` to a directory: BERTopic safetensors + Parquet tables + params JSON."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    logging.getLogger("BERTopic").setLevel(logging.ERROR)
    vectorizer = model.bertopic.vectorizer_model  # JSON needs int, not numpy int64, indices
    vectorizer.vocabulary_ = {word: int(i) for word, i in vectorizer.vocabulary_.items()}
    model.bertopic.save(
        path / "bertopic", serialization="safetensors", save_ctfidf=True,
        save_embedding_model="litkit-embedding",  # see params.json; loaded by litkit.embed
    )
    for name in _TABLES:
        getattr(model, name).to_parquet(path / f"{name}.parquet", index=False)
    (path / "params.json").write_text(json.dumps(model.params, indent=2, default=str))
    return path


def load(path: str | Path) -> TopicModel:
    """Read a model written by :func:`save`; ready for ``transform`` and ``over_time``."""
    embed.offline()  # before BERTopic imports the hub client
    from bertopic import BERTopic
    from bertopic.backend import BaseEmbedder

    path = Path(path)
    params_file = path / "params.json"
    if not params_file.exists():
        raise LitkitError(f"{path}: not a saved litkit topic model (no params.json)")
    params = json.loads(params_file.read_text())
    if params.get("format") != SAVE_FORMAT:
        raise LitkitError(f"{params_file}: format {params.get('format')!r}, expected {SAVE_FORMAT}")
    logging.getLogger("BERTopic").setLevel(logging.ERROR)
    bertopic = BERTopic.load(str(path / "bertopic"), embedding_model=BaseEmbedder())
    tables = {name: pd.read_parquet(path / f"{name}.parquet") for name in _TABLES}
    return TopicModel(bertopic, params=params, **tables)
