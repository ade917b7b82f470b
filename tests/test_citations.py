"""Citation data in the Corpus (columns, readers, round trips, merge, store) and the citation
analyses (graph, most cited, foundational works, co-citation, coupling) and figures."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure
from scipy import sparse

import litkit
from litkit import citations, figures
from litkit.corpus import make_corpus, merge, reference_id, rejects_of, validate
from litkit.errors import LitkitError
from litkit.store import Store
from litkit.tables import write_table

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "notebooks" / "data" / "citations_sample.json"
FORMATS = ROOT.parent / "shared" / "formats"
TRANSFORMER = "s2:4b8352d6e0d75306cbd3a89b2c728bd86c5a5b85"


def shared(relative: str) -> Path:
    path = FORMATS / relative
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    return litkit.read(SAMPLE)


@pytest.fixture(scope="module")
def doc_topics(sample) -> pd.DataFrame:
    """Topics by title words (a stand-in for a fitted model: these tests are about citations)."""
    def topic(title: str) -> tuple[int, str]:
        words = title.lower()
        for number, (label, keys) in enumerate([
            ("generative models", ("diffusion", "generative", "variational", "synthesis",
                                   "thermodynamics", "guidance", "adversarial")),
            ("reinforcement learning", ("reinforcement", "atari", "policy", "go without")),
            ("vision", ("image", "convolution", "vision", "segmentation", "detection")),
        ]):
            if any(k in words for k in keys):
                return number, label
        return 3, "language models"

    rows = [(paper_id, *topic(title)) for paper_id, title in zip(sample["id"], sample["title"],
                                                                  strict=True)]
    return pd.DataFrame(rows, columns=["id", "topic", "label"])


# ---- the Corpus columns -------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("https://openalex.org/W2741809807", "openalex:W2741809807"),
    ("W123", "openalex:W123"),
    ("10.48550/arXiv.1706.03762", "arxiv:1706.03762"),
    ("https://doi.org/10.7717/PEERJ.4375", "doi:10.7717/peerj.4375"),
    ("arXiv:1706.03762v5", "arxiv:1706.03762"),
    ("https://arxiv.org/pdf/1706.03762v2.pdf", "arxiv:1706.03762"),
    ("math/0307200v3", "arxiv:math/0307200"),
    ("331F0FB3B6176C6E463E0401025B04F6ACE9CCD3", "s2:331f0fb3b6176c6e463e0401025b04f6ace9ccd3"),
    ("seed-003", "seed-003"),
    ("Vaswani A. et al. Attention is all you need. NeurIPS 2017", None),
    ("Smith J. A study. Nature 2020. doi:10.1038/nature14236", "doi:10.1038/nature14236"),
    ("", None),
])
def test_reference_ids(raw, expected):
    assert reference_id(raw) == expected


def test_make_corpus_reads_citation_data_and_notes_what_it_cannot():
    corpus = make_corpus([
        {"title": "a", "cited_by_count": "1,234", "cited_by_date": "2025-06-11T00:03:37",
         "references": ["W1", "W1", "10.1/abc.def", None, "free text reference"]},
        {"title": "b", "references": '["arxiv:1706.03762"]', "cited_by_count": -3},
        {"title": "c", "references": "W1; W2", "cited_by_count": 7.0},
        {"title": "d", "references": 42},
        {"title": "e", "references": []},
        {"title": "f"},
        {"title": "g", "references": "Vaswani A. et al. Attention is all you need. 2017; "
                                      "Devlin J. et al. BERT. 2019"},  # a Scopus-like export
    ])
    assert str(corpus["cited_by_count"].dtype) == "Int64"
    assert str(corpus["cited_by_date"].dtype) == "datetime64[ns]"
    a, b, c, d, e, f, g = (corpus.iloc[i] for i in range(7))
    assert a["cited_by_count"] == 1234 and a["cited_by_date"] == pd.Timestamp("2025-06-11")
    assert a["references"] == ["openalex:W1", "10.1/abc.def"]
    assert a["extra"]["references_note"].startswith("2 of 5 references name no work")
    assert b["references"] == ["arxiv:1706.03762"] and pd.isna(b["cited_by_count"])
    assert c["references"] == ["openalex:W1", "openalex:W2"] and c["cited_by_count"] == 7
    assert d["references"] is None and "not a list" in d["extra"]["references_note"]
    assert e["references"] == [] and f["references"] is None and "references_note" not in f["extra"]
    assert g["references"] is None  # unknown, not "cites nothing"
    assert g["extra"]["references_note"].startswith("2 of 2 references name no work")
    notes = citations.reference_notes(corpus)
    assert list(notes["title"]) == ["a", "d", "f", "g"]
    assert notes.iloc[2]["note"] == citations.NO_REFERENCES


def test_tables_without_citation_columns_still_validate():
    old = make_corpus([{"title": "a"}]).drop(columns=["cited_by_count", "cited_by_date",
                                                      "references"])
    out = validate(old)
    assert out.iloc[0]["references"] is None and pd.isna(out.iloc[0]["cited_by_count"])


def test_merge_keeps_the_highest_count_with_its_date_and_all_references():
    a = make_corpus([{"title": "T", "doi": "10.1/x", "cited_by_count": 5,
                      "cited_by_date": "2024-01-01", "references": ["W1", "W2"]}], source="a")
    b = make_corpus([{"title": "T", "doi": "10.1/x", "cited_by_count": 9,
                      "cited_by_date": "2023-01-01", "references": ["W2", "W3"]}], source="b")
    c = make_corpus([{"title": "T", "doi": "10.1/x", "abstract": "The richest record."}],
                    source="c")
    row = merge(a, b, c).iloc[0]
    assert row["abstract"] == "The richest record."
    assert (row["cited_by_count"], row["cited_by_date"]) == (9, pd.Timestamp("2023-01-01"))
    assert row["references"] == ["openalex:W1", "openalex:W2", "openalex:W3"]
    assert merge(c, c.assign(source="d")).iloc[0]["references"] is None  # unknown stays unknown


# ---- readers and round trips ---------------------------------------------------------------


def test_real_openalex_work_keeps_its_citations():
    work = litkit.read(shared("openalex/W2741809807.json")).iloc[0]
    assert work["cited_by_count"] == 962 and work["cited_by_date"] == pd.Timestamp("2025-06-11")
    assert len(work["references"]) == 45
    assert all(r.startswith("openalex:W") for r in work["references"])
    assert "cited_by_count" not in work["extra"]


def test_real_semantic_scholar_items_keep_their_counts():
    cited = litkit.read(shared("semanticscholar/Reference.json")).iloc[0]
    citing = litkit.read(shared("semanticscholar/Citation.json")).iloc[0]
    assert (cited["cited_by_count"], citing["cited_by_count"]) == (707, 2)
    assert cited["references"] is None and pd.isna(cited["cited_by_date"])  # S2 gives no date


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl", ".csv"])
@pytest.mark.parametrize("relative", [
    "openalex/W2741809807.json", "openalex/openalexPro_keypaper_results_page_1.json",
    "semanticscholar/Reference.json", "semanticscholar/Citation.json", "fixture",
])
def test_citation_data_round_trips(relative, suffix, tmp_path):
    source = SAMPLE if relative == "fixture" else shared(relative)
    corpus = litkit.read(source)
    back = litkit.read(write_table(corpus, tmp_path / f"corpus{suffix}"))
    for column in ("id", "cited_by_count", "cited_by_date", "references", "extra"):
        assert back[column].tolist() == corpus[column].tolist() or str(
            back[column].tolist()) == str(corpus[column].tolist()), column


@pytest.mark.parametrize("relative", ["fixture",
                                      "openalex/openalexPro_keypaper_results_page_1.json"])
def test_store_keeps_citation_data(tmp_path, relative):
    corpus = litkit.read(SAMPLE if relative == "fixture" else shared(relative))
    with Store(tmp_path / "s.duckdb") as store:
        store.put_corpus(make_corpus([{"title": "no citation data yet"}]))  # a NULL list first
        store.put_corpus(corpus)
        back = store.corpus().set_index("id").loc[corpus["id"]]
        store.put_corpus(store.corpus())  # unchanged: nothing rewritten, nothing breaks
    for column in ("references", "cited_by_count", "cited_by_date"):
        assert back[column].tolist() == corpus[column].tolist(), column


def test_malformed_reference_lists_are_noted_never_fatal(tmp_path):
    works = {"results": [
        {"id": "https://openalex.org/W1", "title": "Listed as text", "referenced_works": "W2"},
        {"id": "https://openalex.org/W3", "title": "Listed as a number", "referenced_works": 7},
        {"id": "https://openalex.org/W4", "title": "Not listed", "referenced_works": None},
        {"id": "https://openalex.org/W5", "title": "Junk inside",
         "referenced_works": [{"id": "W6"}, "https://openalex.org/W7"]},
    ]}
    path = tmp_path / "works.json"
    path.write_text(json.dumps(works))
    corpus = litkit.read(path)
    assert len(corpus) == 4 and len(rejects_of(corpus)) == 0
    assert corpus["references"].tolist() == [["openalex:W2"], None, None, ["openalex:W7"]]
    notes = citations.reference_notes(corpus).set_index("title")["note"]
    assert "not a list" in notes["Listed as a number"]
    assert notes["Not listed"] == citations.NO_REFERENCES
    assert notes["Junk inside"].startswith("1 of 2 references name no work")


# ---- analyses -------------------------------------------------------------------------------


def test_edges_resolve_references_through_every_alias(sample):
    links = citations.edges(sample)
    assert len(links) == links[["citing", "cited"]].drop_duplicates().shape[0]
    internal = links[links["internal"]]
    assert set(internal["cited"]) <= set(sample["id"])
    assert (links.loc[~links["internal"], "cited"].str.match(r"(arxiv|doi):")).all()
    assert citations.cited_in_corpus(sample)[TRANSFORMER] == 17
    # an OpenAlex reference finds a paper known by its OpenAlex id, a DOI by its arXiv DOI
    extra = make_corpus([{"title": "Cites by other ids", "references": [
        "https://openalex.org/W99", "10.48550/arXiv.1706.03762"]}])
    known = sample.copy()
    known.at[0, "extra"] = {**known.at[0, "extra"], "openalex_id": "https://openalex.org/W99"}
    both = pd.concat([known, extra], ignore_index=True)
    cited = citations.edges(both).query("citing == @extra.id[0]")["cited"].tolist()
    assert cited == [known.at[0, "id"], TRANSFORMER]


def test_graph_holds_every_paper_and_the_internal_citations(sample):
    g = citations.graph(sample)
    links = citations.edges(sample)
    assert g.number_of_nodes() == len(sample)
    assert g.number_of_edges() == int(links["internal"].sum()) == 187
    assert g.nodes[TRANSFORMER]["year"] == 2017 and g.in_degree(TRANSFORMER) == 17
    bert = sample.set_index("arxiv_id").loc["1810.04805", "id"]
    assert g.has_edge(bert, TRANSFORMER)


def test_most_cited_overall_per_year_and_per_topic(sample, doc_topics):
    top = citations.most_cited(sample, n=3)
    assert top["rank"].tolist() == [1, 2, 3]
    assert top["title"].iloc[0] == "Deep Residual Learning for Image Recognition"
    local = citations.most_cited(sample, n=1, rank_by="cited_in_corpus")
    assert local.iloc[0]["id"] == TRANSFORMER
    per_year = citations.most_cited(sample, by="year", n=2)
    assert per_year.groupby("year").size().max() == 2
    assert list(per_year.columns) == ["year", "rank", "id", "title", "cited_by_count",
                                      "cited_in_corpus"]
    per_topic = citations.most_cited(sample, doc_topics, by="topic", n=2)
    assert per_topic.groupby("topic").size().tolist() == [2, 2, 2, 2]
    first = per_topic.groupby("label").first()["title"]
    assert first["vision"] == "Deep Residual Learning for Image Recognition"
    with pytest.raises(LitkitError, match="needs doc_topics"):
        citations.most_cited(sample, by="topic")
    with pytest.raises(LitkitError, match="rank_by must be one of"):
        citations.most_cited(sample, rank_by="h-index")


def test_foundational_works_are_counted_within_each_topic(sample, doc_topics):
    table = citations.foundational(sample, doc_topics, n=5)
    language = table[table["label"] == "language models"]
    assert language.iloc[0]["cited"] == TRANSFORMER and language.iloc[0]["citing"] == 12
    vision = table[table["label"] == "vision"].iloc[0]
    assert vision["cited"] == "doi:10.1109/cvpr.2009.5206848" and not vision["in_corpus"]
    assert pd.isna(vision["title"])  # outside the corpus: only the id is known
    # counted by hand: the topic's papers whose references resolve to the work
    topic_ids = set(doc_topics.loc[doc_topics["label"] == "language models", "id"])
    links = citations.edges(sample)
    by_hand = links[links["citing"].isin(topic_ids) & (links["cited"] == TRANSFORMER)]
    assert len(by_hand) == 12
    assert (table["citing"] >= 2).all() and table["share"].between(0, 1).all()


def test_cocitation_and_coupling_match_counting_by_hand(sample):
    links = citations.edges(sample)
    refs = links.groupby("citing")["cited"].apply(set)
    co = citations.cocitation(sample, min_count=2)
    by_hand: dict[tuple, int] = {}
    for cited in refs:
        for a, b in itertools.combinations(sorted(cited), 2):
            by_hand[a, b] = by_hand.get((a, b), 0) + 1
    expected = {k: v for k, v in by_hand.items() if v >= 2}
    got = {tuple(sorted((a, b))): n for a, b, n in co[["a", "b", "count"]].values}
    assert got == expected
    assert co["count"].is_monotonic_decreasing
    coupled = citations.coupling(sample, min_count=3)
    got = {tuple(sorted((a, b))): n for a, b, n in coupled[["a", "b", "count"]].values}
    expected = {tuple(sorted((a, b))): len(refs[a] & refs[b])
                for a, b in itertools.combinations(refs.index, 2)
                if len(refs[a] & refs[b]) >= 3}
    assert got == expected
    row = coupled.iloc[0]
    assert row["strength"] == pytest.approx(
        row["count"] / np.sqrt(len(refs[row["a"]]) * len(refs[row["b"]])))
    assert isinstance(row["title_a"], str)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.booleans(), min_size=6, max_size=6), min_size=1, max_size=9),
       st.integers(1, 3))
def test_pairs_equal_the_dense_product(rows, min_count):
    dense = np.array(rows, dtype=int)
    i, j, count = citations.pairs(sparse.csr_matrix(dense), min_count)
    product = dense @ dense.T
    expected = {(a, b): product[a, b] for a in range(len(dense)) for b in range(a + 1, len(dense))
                if product[a, b] >= min_count}
    assert dict(zip(zip(i.tolist(), j.tolist(), strict=True), count.tolist(),
                    strict=True)) == expected


def test_a_corpus_without_references_gives_empty_tables():
    corpus = make_corpus([{"title": "a"}, {"title": "b", "references": []}])
    assert citations.edges(corpus).empty and citations.cocitation(corpus).empty
    assert citations.coupling(corpus).empty
    assert citations.graph(corpus).number_of_edges() == 0
    assert len(citations.reference_notes(corpus)) == 1


# ---- figures ----------------------------------------------------------------------------------


def test_figures_draw_and_save(sample, doc_topics, tmp_path):
    found = figures.most_cited(citations.foundational(sample, doc_topics))
    top = figures.most_cited(citations.most_cited(sample, doc_topics, by="topic", n=5), n=5)
    network = figures.citation_network(sample, doc_topics, top_n=30)
    for fig in (found, top, network):
        assert isinstance(fig, Figure)
    assert len([ax for ax in found.axes if ax.get_visible()]) == 4
    paths = figures.save(network, tmp_path / "network", formats=("svg", "png"))
    assert all(p.stat().st_size > 0 for p in paths)
    with pytest.warns(figures.NothingToDraw, match="no paper of the corpus .* is cited"):
        alone = figures.citation_network(make_corpus([{"title": "alone"}]))
    assert "litkit fetch citations" in alone.axes[0].texts[0].get_text().replace("\n", " ")
