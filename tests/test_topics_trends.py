"""Trends without a model: emerging means rising now, venue mix, within-venue shares, names."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from litkit.topics import (
    bursts,
    complete_bins,
    defined_terms,
    emerging,
    emerging_names,
    name_counts,
    term_counts,
    venue_mix,
    venue_name,
    within_venue,
)

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ml_abstracts.jsonl.gz"


def shares_table(series: dict[int, list[float]], papers: int = 400, first: int = 2010):
    """A TopicsOverTime-like table from share series, ``papers`` papers in each year bin."""
    rows = [{"topic": topic, "bin": str(first + i), "year": first + i,
             "count": round(share * papers), "bin_papers": papers}
            for topic, shares in series.items() for i, share in enumerate(shares)]
    return pd.DataFrame(rows)


RISING = [0.02] * 8 + [0.04, 0.07, 0.10, 0.14]
FALLING = [0.01] * 6 + [0.14, 0.20, 0.19, 0.18, 0.17, 0.16]  # burst still on, share falling
FLAT = [0.05] * 12
SPIKY = [0.03] * 5 + [0.15] + [0.03] * 6
ENDED = [0.02] * 7 + [0.10, 0.12, 0.11, 0.03, 0.02]


def test_emerging_means_a_burst_still_on_and_rising():
    table = shares_table({0: RISING, 1: FALLING, 2: FLAT, 3: SPIKY, 4: ENDED})
    found = bursts(table)
    assert set(found["topic"]) == {0, 1, 3, 4}
    assert found.set_index("topic").loc[1, "end"] == "2021"  # the falling burst is still on
    hot = emerging(table)  # the old rule (a burst touching the last 3 bins) also took 1 and 4
    assert hot["topic"].tolist() == [0]
    row = hot.iloc[0]
    assert (row["start"], row["start_year"], row["end"]) == ("2019", 2019, "2021")
    assert row["trend"] == pytest.approx(0.035) and row["last_share"] == pytest.approx(0.14)


def test_emerging_ignores_a_trailing_bin_with_few_papers():
    table = shares_table({0: RISING, 1: FALLING})
    extra = pd.DataFrame([{"topic": t, "bin": "2022", "year": 2022, "count": c, "bin_papers": 5}
                          for t, c in ((0, 0), (1, 3))])
    table = pd.concat([table, extra], ignore_index=True)
    assert complete_bins(table)[-1] == "2021"
    assert emerging(table)["topic"].tolist() == [0]
    flagged = table.assign(low_count=table["bin_papers"] < 20)
    assert complete_bins(flagged, min_papers=1)[-1] == "2021"  # low_count wins over min_papers


def test_emerging_works_for_terms_and_for_theme_tables():
    terms = shares_table({0: RISING, 1: FALLING}).assign(term=lambda t: t["topic"].map(
        {0: "RAG", 1: "word2vec"})).drop(columns="topic")
    assert emerging(terms, key="term")["term"].tolist() == ["RAG"]
    themes = shares_table({-1: FLAT, 5: RISING})
    themes.attrs["level"] = "theme"
    assert emerging(themes)["topic"].tolist() == [5]  # outliers never emerge


def test_venue_name_drops_edition_year_volume_and_track():
    assert venue_name("Proceedings of the 58th Annual Meeting of the Association for "
                      "Computational Linguistics (Volume 1: Long Papers)") == "ACL"
    assert venue_name("NIPS") == venue_name("Advances in Neural Information Processing "
                                            "Systems 33") == "NeurIPS"
    assert venue_name("Proceedings of the 2018 EMNLP Workshop SCAI: The 2nd International "
                      "Workshop on Search-Oriented Conversational AI") == "EMNLP Workshop SCAI"
    assert venue_name("Proceedings of the Fifth Conference on Machine Translation") == (
        "Conference on Machine Translation")
    assert venue_name("Proceedings of the Sixth Workshop on Noisy User-generated Text "
                      "(W-NUT 2020)") == "Workshop on Noisy User-generated Text"
    assert venue_name("Transactions of the Association for Computational Linguistics, "
                      "Volume 8") == "Transactions of the Association for Computational Linguistics"
    assert venue_name("Actes de la 15ème conférence sur le Traitement Automatique des Langues "
                      "Naturelles. Articles longs") == (
        "conférence sur le Traitement Automatique des Langues Naturelles")
    assert venue_name("ICLR 2024") == "ICLR" and venue_name("AISTATS") == "AISTATS"
    assert venue_name(None) == venue_name("  ") == "(no venue)"


def mixed_corpus(seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(DocTopics, Corpus): statistics (topic 0) is 60% of 'AISTATS', 5% of 'ACL'; 2023 has
    only AISTATS papers; neither venue changes what it publishes."""
    rng = np.random.default_rng(seed)
    docs, corpus = [], []
    for year in range(2015, 2024):
        for venue, n, stats in (("AISTATS", 100, 0.6), ("ACL", 300, 0.05)):
            if year == 2023 and venue == "ACL":
                continue
            for _ in range(n):
                topic = int(rng.random() >= stats)
                pid = f"p{len(docs)}"
                docs.append({"id": pid, "topic": topic, "label": ["statistics", "nlp"][topic],
                             "theme": 0, "theme_label": "ml", "probability": 1.0,
                             "year": year, "date": pd.NaT, "language": "en", "modelled": True})
                corpus.append({"id": pid, "venue": f"Proceedings of the {year - 1990}th {venue}",
                               "year": year, "date": pd.NaT})
    doc_topics, corpus = pd.DataFrame(docs), pd.DataFrame(corpus)
    for table in (doc_topics, corpus):
        table["year"] = table["year"].astype("Int64")
        table["date"] = pd.to_datetime(table["date"])
    return doc_topics, corpus


def test_venue_mix_flags_a_dominated_bin_and_a_sharp_shift():
    doc_topics, corpus = mixed_corpus()
    with pytest.warns(UserWarning, match=r"venue mix: 1 of 9 bins flagged.*2023 \(AISTATS "
                      r"holds 100% of its papers, 27% of all; mix distance 0\.75 from 2022\)"):
        mix = venue_mix(corpus, doc_topics=doc_topics)
    assert list(mix.columns[:6]) == ["bin", "start", "end", "venue", "papers", "share"]
    row = mix[mix["bin"] == "2022"].set_index("venue")
    assert row["papers"].to_dict() == {"ACL": 300, "AISTATS": 100}
    assert row["share"].tolist() == [0.75, 0.25]
    flagged = mix[mix["warning"] != ""]
    assert flagged["bin"].tolist() == ["2023"] and flagged["dominated"].all()
    assert flagged["shifted"].all() and flagged["distance"].iloc[0] == pytest.approx(0.75)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # one venue all along: nothing to flag
        assert not venue_mix(corpus.assign(venue="ICML"))["warning"].any()


def test_within_venue_shares_do_not_move_with_the_venue_mix():
    doc_topics, corpus = mixed_corpus()
    table = within_venue(doc_topics, corpus)
    raw, adjusted = over_time_share(table, "raw_share"), over_time_share(table, "share")
    assert raw["2023"] > 2 * raw["2022"]  # the mix alone triples the raw share
    before = adjusted.drop("2023")
    assert before.min() - 0.03 < adjusted["2023"] < before.max() + 0.03
    np.testing.assert_allclose(table["count"] / table["bin_papers"], table["share"])
    assert not emerging(table)["topic"].eq(0).any()
    assert emerging(table.assign(bin_papers=table["raw_bin_papers"]))["topic"].eq(0).any()
    themes = within_venue(doc_topics, corpus, level="theme")
    assert themes.attrs["level"] == "theme" and set(themes["topic"]) == {0}


def over_time_share(table: pd.DataFrame, column: str) -> pd.Series:
    return table[table["topic"] == 0].set_index("bin")[column]


def test_within_venue_is_the_raw_share_for_one_venue():
    doc_topics, corpus = mixed_corpus()
    table = within_venue(doc_topics, corpus.assign(venue="NeurIPS"))
    np.testing.assert_allclose(table["share"], table["raw_share"])
    np.testing.assert_allclose(table["bin_papers"], table["raw_bin_papers"])


@pytest.mark.skipif(not SHARED_CORPUS.exists(), reason="needs ../shared/data")
def test_aistats_2023_in_the_shared_corpus():
    """Every 2023 paper of the 46k corpus is from AISTATS: the mix is flagged, and a
    statistics keyword 'topic' that jumps in raw share stays level within venue."""
    import litkit

    corpus = litkit.read(SHARED_CORPUS)
    corpus = corpus[corpus["year"].between(2021, 2025)].reset_index(drop=True)
    with pytest.warns(UserWarning, match=r"2023 \(AISTATS holds 100% of its papers"):
        mix = venue_mix(corpus)
    assert mix[mix["bin"] == "2023"]["papers"].tolist() == [496]
    stats = re.compile(r"\b(?:estimators?|posterior|regret|sample complexity|minimax|"
                       r"convergence rates?|bandits?)\b", re.IGNORECASE)
    doc_topics = corpus[["id", "year", "date"]].assign(
        topic=corpus["abstract"].str.contains(stats).astype(int), label="", modelled=True)
    table = within_venue(doc_topics, corpus).query("topic == 1").set_index("bin")
    raw, adjusted = table["raw_share"], table["share"]
    assert raw["2023"] > 1.5 * raw[["2022", "2024"]].max()
    assert adjusted["2023"] < 1.2 * adjusted[["2022", "2024"]].max()


def test_defined_terms_are_acronyms_spelled_out_before_them():
    text = ("We study Retrieval-Augmented Generation (RAG) and chain-of-thought (CoT) with "
            "large language models (LLMs), a Mixture-of-Experts (MoE) layer (Table 2) and "
            "FooBar (FB), e.g. (ours), again RAG (RAG).")
    assert defined_terms(text) == ["Retrieval-Augmented Generation (RAG)",
                                   "chain-of-thought (CoT)", "large language model (LLM)",
                                   "Mixture-of-Experts (MoE)"]


def test_emerging_names_cover_datasets_models_and_methods():
    rows = [(f"p{y}-{i}", y) for y in range(2016, 2025) for i in range(40)]
    doc_topics = pd.DataFrame(rows, columns=["id", "year"]).assign(
        topic=0, label="t", date=pd.NaT, modelled=True)
    doc_topics["year"] = doc_topics["year"].astype("Int64")
    doc_topics["date"] = pd.to_datetime(doc_topics["date"])
    rising = {2022: 6, 2023: 14, 2024: 24}

    def names(pid: str, year: int, i: int) -> dict:
        new = i < rising.get(year, 1)
        return {"id": pid, "params": [], "tokens": [], "datasets": ["GSM8K"] if new else [],
                "models": ["BERT"] if i < 10 else [], "results": []}

    papers = pd.DataFrame([names(p, y, int(p.split("-")[1])) for p, y in rows])
    corpus = pd.DataFrame({"id": [p for p, _ in rows], "title": "A paper", "abstract": [
        "We use retrieval-augmented generation (RAG) here." if int(p.split("-")[1]) <
        rising.get(y, 1) else "We use support vector machines (SVMs)." for p, y in rows]})
    counts = name_counts(doc_topics, papers, corpus, min_papers=3)
    assert set(counts["kind"]) == {"dataset", "model", "method"}
    hot = emerging_names(counts)
    assert sorted(hot[["kind", "term"]].values.tolist()) == [
        ["dataset", "GSM8K"], ["method", "retrieval-augmented generation (RAG)"]]
    assert set(hot["start_year"]) == {2023} and (hot["trend"] > 0).all()


def test_term_counts_within_venue():
    doc_topics, corpus = mixed_corpus()
    papers = doc_topics[["id"]].assign(
        datasets=[["MNIST"] if t == 0 else [] for t in doc_topics["topic"]])
    raw = term_counts(doc_topics, papers, "datasets").set_index("bin")
    adjusted = term_counts(doc_topics, papers, "datasets", venues=corpus).set_index("bin")
    assert (adjusted["raw_bin_papers"] == raw["bin_papers"]).all()
    assert (adjusted["count"] == raw["count"]).all()
    share = adjusted["count"] / adjusted["bin_papers"]
    assert raw.loc["2023", "count"] / raw.loc["2023", "bin_papers"] > 0.5
    assert share["2023"] < share.drop("2023").max() + 0.03


def test_emerging_table_tells_a_rising_topic_from_a_venue_mix_artefact():
    """Topic 2 grows within both venues; statistics (0) only looks emerging because the
    last year is mostly AISTATS."""
    from types import SimpleNamespace

    from litkit.topics import at_level, emerging_table, topics_over_time

    rising = {2021: 0.05, 2022: 0.10, 2023: 0.15, 2024: 0.20}
    docs, corpus = [], []
    for year in range(2015, 2025):
        for venue, n, stats in (("AISTATS", 100, 0.6), ("ACL", 300 if year < 2024 else 20, 0.05)):
            new, old = round(n * rising.get(year, 0.02)), round(n * stats)
            for i in range(n):
                topic = 2 if i < new else 0 if i < new + old else 1
                pid = f"p{len(docs)}"
                docs.append({"id": pid, "topic": topic, "label": f"topic {topic}",
                             "theme": int(topic == 2), "theme_label": f"theme {int(topic == 2)}",
                             "year": year, "date": pd.NaT, "modelled": True})
                corpus.append({"id": pid, "venue": venue, "year": year, "date": pd.NaT,
                               "title": "A paper", "abstract": "An abstract."})
    doc_topics, corpus = pd.DataFrame(docs), pd.DataFrame(corpus)
    for table in (doc_topics, corpus):
        table["year"] = table["year"].astype("Int64")
        table["date"] = pd.to_datetime(table["date"])
    model = SimpleNamespace(
        doc_topics=doc_topics, topics_over_time=topics_over_time(doc_topics), params={},
        over_time=lambda bins, level: topics_over_time(at_level(doc_topics, level), bins))
    table = emerging_table(model, corpus)
    rows = {(k, t): w for k, t, w in table[["kind", "topic", "within_venue"]].itertuples(
        index=False)}
    assert rows == {("theme", 1): True, ("topic", 2): True, ("topic", 0): False}
    assert table.loc[table["within_venue"].astype(bool), "start_year"].tolist() == [2022, 2022]
    assert emerging_table(model)["within_venue"].isna().all()


def test_within_venue_weighs_only_the_papers_observed():
    """Topic 0 was a fifth of an old venue's papers; the new venue publishes about one a
    year, then 4: four times its usual rate, but 4 papers are no burst."""
    docs = []
    for year in range(2010, 2025):
        venue, n = ("OLD", 300) if year < 2020 else ("NEW", 300)
        hits = 60 if year < 2020 else 4 if year == 2024 else 1
        docs += [{"id": f"{year}-{i}", "topic": int(i >= hits), "label": "", "year": year,
                  "date": pd.NaT, "modelled": True, "venue": venue} for i in range(n)]
    doc_topics = pd.DataFrame(docs)
    doc_topics["year"] = doc_topics["year"].astype("Int64")
    doc_topics["date"] = pd.to_datetime(doc_topics["date"])
    table = within_venue(doc_topics, doc_topics[["id", "venue", "year", "date"]])
    last = table.query("topic == 0 and bin == '2024'").iloc[0]
    assert last["count"] == 4 and last["share"] > 2 * last["raw_share"]
    assert emerging(table).empty


def test_method_terms_use_the_corpus_usual_spelling():
    from litkit.topics import method_terms

    abstracts = ["Large Language Models (LLM) are big.", "large language models (LLMs) too.",
                 "A large language model (LLM) with a Mixture of Experts (MoE).",
                 "A mixture-of-experts (MoE) router.", "No definition here."]
    corpus = pd.DataFrame({"id": list("abcde"), "title": "T", "abstract": abstracts})
    assert method_terms(corpus)["methods"].tolist() == [
        ["large language model (LLM)"], ["large language model (LLM)"],
        ["large language model (LLM)", "Mixture of Experts (MoE)"],
        ["Mixture of Experts (MoE)"], []]


def test_recent_trend_weighs_bins_by_their_papers():
    """A small bin with no paper of the topic (an AISTATS-only year) before two large ones
    where the topic falls: falling, not rising."""
    from litkit.topics import recent_trend

    totals, shares = [1000, 1000, 1000, 30, 1000, 1000], [0.01, 0.01, 0.01, 0.0, 0.08, 0.07]
    table = pd.DataFrame({"topic": 0, "bin": [str(y) for y in range(2020, 2026)],
                          "count": [round(t * s) for t, s in zip(totals, shares, strict=True)],
                          "bin_papers": totals})
    assert recent_trend(table)[0] < 0
    assert emerging(table).empty
