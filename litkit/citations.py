"""Citations and influence: which papers matter in each topic, and how they cite each other.

Everything here reads the Corpus's citation columns (``cited_by_count``, ``references``;
filled by the OpenAlex and Semantic Scholar readers or by ``litkit fetch citations``) and
returns tables::

    edges = citations.edges(corpus)                      # citing -> cited, in the corpus or not
    g = citations.graph(corpus)                          # networkx DiGraph of the corpus
    citations.most_cited(corpus, doc_topics, by="topic")  # top papers per topic (or year)
    citations.foundational(corpus, doc_topics)           # most cited BY each topic's papers
    citations.cocitation(corpus); citations.coupling(corpus)
    citations.reference_notes(corpus)                    # papers without usable references

A reference names a work by a litkit id (``arxiv:…``, ``doi:…``, ``openalex:W…``,
``s2:…``); it is resolved to a corpus paper through every id that paper is known by
(:func:`aliases`), so an OpenAlex reference finds a paper read from arXiv once that paper
carries its OpenAlex id (as ``litkit fetch citations`` adds).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import sparse

from litkit.corpus import REFERENCES_NOTE, SOURCE_ID_KEYS, reference_id, validate
from litkit.errors import LitkitError

if TYPE_CHECKING:
    import networkx as nx

NO_REFERENCES = "no reference list (the source gave none)"
#: What most_cited can rank by: the source's count, or citations from within the corpus.
RANKINGS = ("cited_by_count", "cited_in_corpus")
#: At most this many candidate pairs are formed at once in pairs() (bounds its memory).
PAIR_BUDGET = 10_000_000


def aliases(corpus: pd.DataFrame) -> pd.Series:
    """Every id a corpus paper is known by -> its corpus id: the id itself, ``arxiv:``,
    ``doi:``, its OpenAlex and S2 ids, and the ids of the records merged into it."""
    names: list[str] = []
    owners: list[str] = []
    columns = zip(corpus["id"], corpus["arxiv_id"], corpus["doi"], corpus["extra"], strict=True)
    for paper_id, arxiv_id, doi, extra in columns:
        extra = extra if isinstance(extra, dict) else {}
        known = [paper_id, arxiv_id and f"arxiv:{arxiv_id}", doi and f"doi:{doi}"]
        known += [reference_id(extra.get(key)) for key in SOURCE_ID_KEYS]
        known += [m.get("id") for m in extra.get("merged_from") or [] if isinstance(m, dict)]
        for name in dict.fromkeys(k for k in known if isinstance(k, str) and k):
            names.append(name)
            owners.append(paper_id)
    table = pd.Series(owners, index=names, dtype=object)
    return table[~table.index.duplicated()]  # a shared alias (unmerged duplicates): the first


def edges(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per (citing paper, cited work): ``citing`` (corpus id), ``cited`` (the corpus
    id when the work is in the corpus, else its reference id) and ``internal``.

    A work listed twice under different ids counts once; a paper citing itself not at all.
    """
    corpus = validate(corpus)
    listed = corpus.loc[corpus["references"].map(lambda r: isinstance(r, list) and len(r) > 0),
                        ["id", "references"]]
    pairs = listed.explode("references").dropna(subset=["references"])
    resolved = pairs["references"].map(aliases(corpus))
    out = pd.DataFrame({
        "citing": pairs["id"].to_numpy(dtype=object),
        "cited": resolved.fillna(pairs["references"]).to_numpy(dtype=object),
        "internal": resolved.notna().to_numpy(),
    })
    out = out[out["citing"] != out["cited"]].drop_duplicates(["citing", "cited"])
    return out.reset_index(drop=True)


def graph(corpus: pd.DataFrame) -> nx.DiGraph:
    """The citations within the corpus as a ``networkx.DiGraph`` (edge: citing -> cited);
    every paper is a node with its title, year and cited_by_count."""
    import networkx as nx  # here: importing it takes half a second

    corpus = validate(corpus)
    links = edges(corpus)
    links = links[links["internal"]]
    g = nx.DiGraph()
    counts = corpus["cited_by_count"].astype(object).where(corpus["cited_by_count"].notna(), None)
    years = corpus["year"].astype(object).where(corpus["year"].notna(), None)
    g.add_nodes_from(
        (i, {"title": t, "year": y, "cited_by_count": c})
        for i, t, y, c in zip(corpus["id"], corpus["title"], years, counts, strict=True)
    )
    g.add_edges_from(zip(links["citing"].to_numpy(dtype=object),  # plain str: fast to hash
                         links["cited"].to_numpy(dtype=object), strict=True))
    return g


def cited_in_corpus(corpus: pd.DataFrame) -> pd.Series:
    """Paper id -> how many papers of the corpus cite it (0 for the rest)."""
    links = edges(corpus)
    counts = links.loc[links["internal"], "cited"].value_counts()
    return counts.reindex(corpus["id"], fill_value=0).rename("cited_in_corpus")


def _papers(corpus: pd.DataFrame) -> pd.DataFrame:
    """id, title, year, cited_by_count and cited_in_corpus of every paper."""
    corpus = validate(corpus)
    table = corpus[["id", "title", "year", "cited_by_count"]].copy()
    table["cited_in_corpus"] = cited_in_corpus(corpus).to_numpy()
    return table


def _topics(doc_topics: pd.DataFrame | None) -> pd.DataFrame:
    """DocTopics' id, topic and label, outliers (topic -1) left out."""
    if doc_topics is None:
        raise LitkitError("by topic needs doc_topics (id, topic, label), e.g. "
                          "litkit.topics.fit(corpus).doc_topics")
    missing = [c for c in ("id", "topic") if c not in doc_topics]
    if missing:
        raise LitkitError(f"doc_topics has no column(s) {missing} (columns: {list(doc_topics)})")
    table = doc_topics[[c for c in ("id", "topic", "label") if c in doc_topics]]
    if "label" not in table:
        table = table.assign(label=table["topic"].map(lambda t: f"topic {t}"))
    return table[table["topic"] != -1].drop_duplicates("id")


def most_cited(
    corpus: pd.DataFrame,
    doc_topics: pd.DataFrame | None = None,
    by: str | None = None,
    n: int = 10,
    rank_by: str = "cited_by_count",
) -> pd.DataFrame:
    """The ``n`` most-cited papers overall, per ``by="year"`` or per ``by="topic"`` (needs
    ``doc_topics``), ranked by ``rank_by``: the source's count ("cited_by_count") or the
    citations from within the corpus ("cited_in_corpus"); the other breaks ties.

    Columns: [year | topic, label,] rank, id, title, year, cited_by_count, cited_in_corpus.
    Papers without a count rank last.
    """
    if rank_by not in RANKINGS:
        raise LitkitError(f"rank_by must be one of {RANKINGS}, not {rank_by!r}")
    if by not in (None, "year", "topic"):
        raise LitkitError(f"by must be None, 'year' or 'topic', not {by!r}")
    table = _papers(corpus)
    groups: list[str] = []
    if by == "topic":
        table = _topics(doc_topics).merge(table, on="id")
        groups = ["topic", "label"]
    elif by == "year":
        table = table.dropna(subset=["year"])
        groups = ["year"]
    other = next(r for r in RANKINGS if r != rank_by)
    table = table.sort_values(groups + [rank_by, other, "id"],
                              ascending=[True] * len(groups) + [False, False, True],
                              na_position="last", kind="stable")
    if groups:
        table = table.groupby(groups, sort=True, dropna=False).head(n)
        table["rank"] = table.groupby(groups, sort=False).cumcount() + 1
    else:
        table = table.head(n).assign(rank=lambda t: np.arange(1, len(t) + 1))
    columns = groups + ["rank", "id", "title", "year", "cited_by_count", "cited_in_corpus"]
    return table[list(dict.fromkeys(columns))].reset_index(drop=True)


def foundational(
    corpus: pd.DataFrame, doc_topics: pd.DataFrame, n: int = 10, min_papers: int = 2
) -> pd.DataFrame:
    """The works each topic builds on: those most cited BY the topic's papers, inside the
    corpus or not, cited by at least ``min_papers`` of them.

    Columns: topic, label, rank, cited (corpus id or reference id), in_corpus, title and
    year (when in the corpus), citing (the topic's papers citing it), share (of the
    topic's papers that have a reference list).
    """
    corpus = validate(corpus)
    topics = _topics(doc_topics)
    links = edges(corpus).merge(topics, left_on="citing", right_on="id")
    listed = corpus.loc[corpus["references"].map(lambda r: isinstance(r, list)), ["id"]]
    with_refs = topics.merge(listed, on="id").groupby("topic").size()
    counts = (links.groupby(["topic", "label", "cited"]).agg(citing=("citing", "size"),
                                                             in_corpus=("internal", "first"))
              .reset_index())
    counts = counts[counts["citing"] >= min_papers]
    counts["share"] = counts["citing"] / counts["topic"].map(with_refs)
    counts = counts.sort_values(["topic", "citing", "cited"], ascending=[True, False, True],
                                kind="stable")
    counts = counts.groupby("topic").head(n)
    counts["rank"] = counts.groupby("topic").cumcount() + 1
    info = corpus.set_index("id")[["title", "year"]]
    counts = counts.join(info, on="cited")
    columns = ["topic", "label", "rank", "cited", "in_corpus", "title", "year", "citing", "share"]
    return counts[columns].reset_index(drop=True)


def pairs(incidence: sparse.spmatrix, min_count: int = 1) -> tuple[np.ndarray, ...]:
    """(i, j, count) for row pairs i < j of a 0/1 ``incidence`` matrix sharing at least
    ``min_count`` columns: ``incidence @ incidence.T``, a block of rows at a time (each
    block against the rows after its start, about PAIR_BUDGET candidate pairs)."""
    incidence = sparse.csr_matrix(incidence, dtype=np.int32)
    right = incidence.T.tocsc()
    # a row pairs with at most the rows sharing each of its columns: bound blocks by that
    cost = np.cumsum(incidence @ np.asarray(incidence.sum(axis=0)).ravel().astype(np.int64))
    budgets = np.arange(1, (cost[-1] if len(cost) else 0) // PAIR_BUDGET + 1) * PAIR_BUDGET
    n = incidence.shape[0]
    bounds = sorted({0, n, *np.searchsorted(cost, budgets, side="right").clip(1, n).tolist()})
    empty = np.array([], dtype=np.int64)
    found: list[tuple[np.ndarray, ...]] = [(empty, empty, empty)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        block = (incidence[start:end] @ right[:, start:]).tocoo()
        rows, cols = block.row + start, block.col + start
        keep = (cols > rows) & (block.data >= min_count)
        found.append((rows[keep], cols[keep], block.data[keep]))
    return tuple(np.concatenate(part) for part in zip(*found, strict=True))


def _pair_table(links: pd.DataFrame, rows: str, columns: str, min_count: int,
                corpus: pd.DataFrame) -> pd.DataFrame:
    """Pairs of ``rows`` values that share ``columns`` values in ``links``, with the count,
    Salton's cosine strength and titles (of papers in the corpus)."""
    row_codes, row_names = pd.factorize(links[rows])
    col_codes, _ = pd.factorize(links[columns])
    incidence = sparse.csr_matrix(
        (np.ones(len(links), dtype=np.int32), (row_codes, col_codes)),
        shape=(len(row_names), int(col_codes.max()) + 1 if len(links) else 0),
    )
    i, j, count = pairs(incidence, min_count)
    degree = np.asarray(incidence.sum(axis=1)).ravel()
    strength = count / np.sqrt(degree[i] * degree[j])
    order = np.lexsort((j, i, -strength, -count))  # most shared first; ties in input order
    i, j, count, strength = i[order], j[order], count[order], strength[order]
    names = np.asarray(row_names, dtype=object)
    titles = pd.Series(names).map(corpus.set_index("id")["title"])
    titles = titles.astype(object).where(titles.notna(), None).to_numpy()  # None: outside
    return pd.DataFrame({"a": names[i], "b": names[j], "count": count.astype(int),
                         "strength": strength, "title_a": titles[i], "title_b": titles[j]})


def cocitation(corpus: pd.DataFrame, min_count: int = 2) -> pd.DataFrame:
    """Pairs of works cited together by at least ``min_count`` corpus papers (inside the
    corpus or not): a, b, count, strength (count / sqrt(citers of a x citers of b)),
    title_a, title_b (None outside the corpus). Most co-cited first."""
    corpus = validate(corpus)
    return _pair_table(edges(corpus), "cited", "citing", min_count, corpus)


def coupling(corpus: pd.DataFrame, min_count: int = 2) -> pd.DataFrame:
    """Bibliographic coupling: pairs of corpus papers whose reference lists share at least
    ``min_count`` works: a, b, count, strength (count / sqrt(references of a x of b)),
    title_a, title_b. Most coupled first."""
    corpus = validate(corpus)
    return _pair_table(edges(corpus), "citing", "cited", min_count, corpus)


def reference_notes(corpus: pd.DataFrame) -> pd.DataFrame:
    """Papers whose references are missing or were partly unreadable: id, title, note.

    These papers stay in every table; they just cite nothing (or less) here.
    """
    corpus = validate(corpus)
    notes = [
        (extra or {}).get(REFERENCES_NOTE) or (NO_REFERENCES if refs is None else None)
        for extra, refs in zip(corpus["extra"], corpus["references"], strict=True)
    ]
    table = corpus[["id", "title"]].assign(note=notes)
    return table[table["note"].notna()].reset_index(drop=True)
