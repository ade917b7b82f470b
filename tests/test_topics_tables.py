"""Topics tables without a model: time bins, bursts, facts per topic, text cleaning, quality."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from litkit.errors import LitkitError
from litkit.topics import (
    assign_bins,
    burst_states,
    bursts,
    emerging,
    facts_by_topic,
    term_counts,
)
from litkit.topics import topics_over_time as over_time
from litkit.topics.quality import diversity, npmi
from litkit.topics.text import clean


def doc_topics(rows: list[tuple]) -> pd.DataFrame:
    """A DocTopics table from (id, topic, year, date) tuples; all modelled, English."""
    df = pd.DataFrame(rows, columns=["id", "topic", "year", "date"])
    df["label"] = df["topic"].map(lambda t: "outliers" if t < 0 else f"topic {t}")
    df["probability"] = 1.0
    df["date"] = pd.to_datetime(df["date"])
    df["year"] = df["year"].astype("Int64")
    df["language"], df["modelled"] = "en", True
    return df


@pytest.fixture
def dt() -> pd.DataFrame:
    return doc_topics([
        ("a", 0, 2020, "2020-01-15"), ("b", 0, 2020, None), ("c", 1, 2020, "2020-03-02"),
        ("d", 1, 2022, "2022-03-09"), ("e", -1, 2022, None), ("f", 0, 2022, "2022-11-30"),
    ])


def test_year_bins_cover_the_range_and_keep_empty_bins(dt):
    tot = over_time(dt, "year", min_papers=3)
    assert sorted(tot["bin"].unique()) == ["2020", "2021", "2022"]
    assert set(tot["topic"]) == {-1, 0, 1}
    row = tot.query("topic == 0 and bin == '2020'").iloc[0]
    assert (row["count"], row["bin_papers"], row["share"]) == (2, 3, pytest.approx(2 / 3))
    empty = tot.query("bin == '2021'")
    assert (empty["count"] == 0).all() and empty["low_count"].all()
    assert not tot.query("bin == '2020'")["low_count"].any()
    assert tot.groupby("bin")["share"].sum(min_count=1).dropna().tolist() == pytest.approx(
        [1.0, 1.0])


def test_month_bins_need_a_date_and_count_the_undated(dt):
    tot = over_time(dt, "month")
    assert tot["bin"].iloc[0] == "2020-01" and tot["bin"].iloc[-1] == "2022-11"
    assert tot["bin"].nunique() == 35
    assert tot.attrs["unbinned"] == 2
    assert tot["count"].sum() == 4
    assert tot["low_count"].all()


def test_month_bins_use_months_where_known_and_count_year_only_papers():
    table = doc_topics([("a", 0, 2023, "2023-03-01"), ("b", 0, 2023, "2023-03-17"),
                        ("c", 1, 2023, None), ("d", 1, 2024, "2024-01-01")])
    table["date_precision"] = ["month", "day", "year", "month"]
    tot = over_time(table, "month")
    assert tot["bin"].iloc[0] == "2023-03" and tot["bin"].iloc[-1] == "2024-01"
    assert tot.groupby("bin")["count"].sum()[["2023-03", "2024-01"]].tolist() == [2, 1]
    assert tot.attrs["unbinned"] == 1
    assert over_time(table, "year").attrs["unbinned"] == 0
    number, _ = assign_bins(table, ["2023-03-10", "2023-04-01"])  # splits March
    assert number.tolist() == [-1, 0, -1, -1]


def test_month_bins_without_any_month_say_so():
    table = doc_topics([("a", 0, 2023, None), ("b", 1, 2024, None)])
    with pytest.raises(LitkitError, match="no paper has a month .2 have only a year"):
        over_time(table, "month")


def test_custom_edges_in_years_and_dates(dt):
    tot = over_time(dt, [2019, 2021, 2023])
    assert list(tot["bin"].unique()) == ["2019-2020", "2021-2022"]
    assert tot.groupby("bin")["count"].sum().tolist() == [3, 3]
    number, table = assign_bins(dt, ["2020-02-01", "2022-06-01"])
    assert table["bin"].tolist() == ["2020-02-01..2022-06-01"]
    assert number.tolist() == [-1, -1, 0, 0, -1, -1]  # 'e' is 2022: before or after June?
    with pytest.raises(LitkitError, match="increasing"):
        assign_bins(dt, [2022, 2020])
    with pytest.raises(LitkitError, match="unknown bins"):
        assign_bins(dt, "week")


def test_only_modelled_papers_count(dt):
    dt.loc[dt["id"] == "a", "modelled"] = False
    tot = over_time(dt, "year")
    assert tot.query("bin == '2020'")["bin_papers"].iloc[0] == 2


def test_burst_found_where_it_was_planted():
    totals = np.full(20, 100)
    counts = np.full(20, 5)
    counts[10:14] = 30
    states, gain = burst_states(counts, totals)
    assert np.flatnonzero(states).tolist() == [10, 11, 12, 13]
    assert gain[10:14].min() > 0
    flat, _ = burst_states(np.full(20, 5), totals)
    assert not flat.any()


def test_bursts_table_ranks_items_by_weight():
    bins = [str(y) for y in range(2000, 2012)]
    rows = []
    for topic, peak in ((0, 40), (1, 20), (2, None), (-1, 60)):
        for i, b in enumerate(bins):
            hot = peak is not None and 6 <= i <= 8
            rows.append({"topic": topic, "bin": b, "count": peak if hot else 5,
                         "bin_papers": 100})
    table = bursts(pd.DataFrame(rows))
    assert table["topic"].tolist() == [0, 1]
    assert table.loc[0, ["start", "end", "bins", "count"]].tolist() == ["2006", "2008", 3, 120]
    assert table.loc[0, "weight"] > table.loc[1, "weight"] > 0
    with pytest.raises(LitkitError, match="no column"):
        bursts(pd.DataFrame(rows), key="term")
    assert emerging(pd.DataFrame(rows)).empty  # the bursts ended three bins ago


def test_facts_by_topic_joins_papers_by_id(dt):
    papers = pd.DataFrame([
        {"id": "a", "params": [7e9, 70e9], "tokens": [2e12], "datasets": ["MMLU", "C4"],
         "models": ["Llama-2"], "results": []},
        {"id": "b", "params": [1e9], "tokens": [], "datasets": ["mmlu"],
         "models": ["LLaMA 2", "GPT-4"], "results": []},
        {"id": "f", "params": [], "tokens": [], "datasets": [], "models": [], "results": []},
    ])
    facts = facts_by_topic(dt, papers, "year")
    row = facts.query("topic == 0 and bin == '2020'").iloc[0]
    assert row["papers"] == 2 and row["with_params"] == 2
    assert row["median_params"] == pytest.approx((70e9 + 1e9) / 2)
    assert row["max_params"] == 70e9 and row["max_tokens"] == 2e12
    assert row["top_datasets"] == "MMLU (2); C4 (1)"
    assert row["top_models"] == "Llama-2 (2); GPT-4 (1)"
    empty = facts.query("topic == 0 and bin == '2022'").iloc[0]
    assert empty["papers"] == 1 and np.isnan(empty["median_params"])
    overall = facts_by_topic(dt, papers, bins=None)
    assert overall.set_index("topic")["papers"].to_dict() == {-1: 1, 0: 3, 1: 2}
    with pytest.raises(LitkitError, match="params"):
        facts_by_topic(dt, papers.drop(columns="params"))


def test_term_counts_feed_bursts(dt):
    papers = pd.DataFrame([
        {"id": i, "params": [], "tokens": [], "datasets": names, "models": []}
        for i, names in (("a", ["MMLU"]), ("c", ["MMLU", "GSM8K"]), ("d", ["M-MLU"]),
                         ("f", ["GSM8K"]))
    ])
    terms = term_counts(dt, papers, "datasets", "year", min_papers=2)
    assert sorted(terms["term"].unique()) == ["GSM8K", "MMLU"]
    mmlu = terms[terms["term"] == "MMLU"].set_index("bin")
    assert mmlu["count"].to_dict() == {"2020": 2, "2021": 0, "2022": 1}
    assert mmlu["bin_papers"].to_dict() == {"2020": 3, "2021": 0, "2022": 3}
    assert set(bursts(terms, key="term").columns) >= {"term", "start", "weight"}


def test_clean_removes_pdf_latex_and_html_artefacts():
    text = r"The piri(cid:173) form cortex in $\mathcal{O}(n)$ time, \emph{fast}, 4<sup>th</sup>."
    assert clean(text) == "The piriform cortex in time, fast, 4th."


def test_npmi_and_diversity():
    docs = ["cats purr softly", "cats purr loudly", "dogs bark loudly", "dogs bark"] * 5
    good = npmi([["cats", "purr"], ["dogs", "bark"]], docs)
    bad = npmi([["cats", "bark"], ["dogs", "purr"]], docs)
    assert good == pytest.approx(1.0) and bad == pytest.approx(-1.0)
    assert diversity([["a", "b"], ["b", "c"]]) == pytest.approx(0.75)
