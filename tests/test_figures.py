"""Survey figures: right scales, labels and data on small synthetic tables and on the seed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection, PolyCollection

from litkit import figures
from litkit.corpus import make_corpus
from litkit.errors import LitkitError
from litkit.report import export, facts_table, human_number

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    rows = [
        ("p1", "2019-06-01", 2019), ("p2", None, 2020), ("p3", "2021-03-15", 2021),
        ("p4", "2022-11-30", 2022), ("p5", "2023-02-01", 2023), ("p6", None, None),
    ]
    return make_corpus(
        [{"id": i, "title": f"Paper {i}", "abstract": "An abstract.", "date": d, "year": y}
         for i, d, y in rows],
        "test",
    )


@pytest.fixture(scope="module")
def papers() -> pd.DataFrame:
    r = {"value": 80.0, "unit": "%", "dataset": "ImageNet", "metric": "top-1 accuracy"}
    return pd.DataFrame([
        {"id": "p1", "params": [1.1e8, 3.4e8], "tokens": [3.3e9], "datasets": ["GLUE"],
         "models": ["BERT"], "results": [r | {"value": 76.5}]},
        {"id": "p2", "params": [1.75e11], "tokens": [3e11], "datasets": ["SuperGLUE", "glue"],
         "models": ["GPT-3"], "results": []},
        {"id": "p3", "params": [7e9], "tokens": [], "datasets": ["ImageNet"],
         "models": ["Llama-2-7B"], "results": [r | {"value": 84.0}, r | {"value": 5, "unit": "x",
                                                                        "metric": "speedup"}]},
        {"id": "p4", "params": [7e10], "tokens": [1.4e12], "datasets": ["MMLU", "GLUE"],
         "models": ["Chinchilla"], "results": [r | {"dataset": "imagenet", "value": 88.0}]},
        {"id": "p5", "params": [], "tokens": [], "datasets": ["MMLU"], "models": [],
         "results": [r | {"value": 90.9}]},
        {"id": "p6", "params": [1e9], "tokens": [2e10], "datasets": ["MMLU"], "models": [],
         "results": []},  # no date or year: left out of time axes
    ])


@pytest.fixture(scope="module")
def topics_over_time() -> pd.DataFrame:
    rows = []
    for year in range(2018, 2024):
        for topic in range(-1, 9):
            rows.append({"topic": topic, "year": year, "count": (topic + 2) * (year - 2016)})
    return pd.DataFrame(rows)


def _points(ax) -> int:
    return sum(len(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection))


def test_paper_times_are_the_middle_of_the_known_period(corpus):
    times = figures.paper_times(corpus)
    assert times.loc["p1", "when"] == pytest.approx(2019 + 151.5 / 365)  # the day's middle
    assert times.loc["p2", ["when", "start", "end", "precision"]].tolist() == [
        2020.5, 2020.0, 2021.0, "year"]
    assert np.isnan(times.loc["p6", "when"]) and pd.isna(times.loc["p6", "precision"])
    month = make_corpus([{"id": "m", "title": "t", "year": 2024, "month": 2}])
    assert figures.paper_times(month).loc["m", "when"] == pytest.approx(2024 + 45.5 / 366)


def test_model_size_over_time(papers, corpus):
    fig = figures.model_size_over_time(papers, corpus, label_outliers=2)
    ax = fig.axes[0]
    assert ax.get_yscale() == "log"
    assert ax.get_ylabel() == "Parameters" and ax.get_xlabel() == "Publication date"
    assert _points(ax) == 5  # p6 has no date; p5 no size
    assert len(ax.texts) == 2
    assert ax.get_yticklabels()  # human-readable ticks such as '10B'


def test_outlier_label_names_the_sized_model(papers, corpus):
    fig = figures.model_size_over_time(papers, corpus, label_outliers=5)
    labels = {t.get_text() for t in fig.axes[0].texts}
    assert "Llama-2-7B" in labels
    assert "Paper p1" in labels  # BERT's names carry no size: the paper's title instead


def test_tokens_vs_params_has_compute_optimal_line(papers, corpus):
    fig = figures.tokens_vs_params(papers, corpus)
    ax = fig.axes[0]
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    assert "Training tokens" in ax.get_ylabel()
    line = ax.lines[0]
    np.testing.assert_allclose(line.get_ydata() / line.get_xdata(), 20)
    assert _points(ax) == 4  # p1, p2, p4 dated; p6 undated (grey)


def _note(fig) -> str:
    """The text an empty figure writes across its axes (one line)."""
    (ax,) = fig.axes
    assert not ax.collections and not ax.lines and not ax.images and not ax.get_xticks().size
    return " ".join(t.get_text() for t in ax.texts).replace("\n", " ")


def test_tokens_vs_params_with_no_paper_reporting_both_says_so(corpus):
    papers = pd.DataFrame([{"id": "p1", "params": [1e9], "tokens": [], "models": []}])
    with pytest.warns(figures.NothingToDraw, match="both a model size and a training token"):
        fig = figures.tokens_vs_params(papers, corpus)
    assert "no paper reports both" in _note(fig)
    assert fig.axes[0].get_ylabel() == "Training tokens"


def test_dataset_usage_heatmap_merges_spellings(papers, corpus):
    fig = figures.dataset_usage(papers, corpus, top_n=2)
    ax = fig.axes[0]
    grid = ax.images[0].get_array()
    assert grid.shape == (2, 5)  # GLUE and MMLU over 2019..2023
    assert [t.get_text() for t in ax.get_yticklabels()] == ["GLUE", "MMLU"]
    assert grid[0].sum() == 3  # GLUE (p1, p4) + glue (p2), one count per paper
    assert ax.get_xlabel() == "Year"


def test_result_distribution(papers, corpus):
    rows = figures.results_for(papers, corpus, "imagenet", metric="top-1")
    assert sorted(rows["value"]) == [76.5, 84.0, 88.0, 90.9]
    fig = figures.result_distribution(papers, corpus, "ImageNet")
    ax = fig.axes[0]
    assert _points(ax) == 4  # the 5x speedup has another unit
    assert ax.get_ylabel() == "top-1 accuracy (%)"
    assert [t.get_text() for t in ax.get_xticklabels()] == [str(y) for y in range(2019, 2024)]


def test_result_distribution_names_known_benchmarks(papers, corpus):
    with pytest.warns(figures.NothingToDraw, match="ImageNet"):
        fig = figures.result_distribution(papers, corpus, "SQuAD")
    assert _note(fig) == ("no results reported on 'SQuAD'; benchmarks with results: ImageNet")


def test_result_distribution_defaults_to_the_most_reported_benchmark(papers, corpus):
    reported = figures.benchmarks_reported(papers, corpus)
    assert reported.to_dict() == {"ImageNet": 5}  # 'imagenet' merged; p5's year counts
    ax = figures.result_distribution(papers, corpus).axes[0]
    assert ax.get_title(loc="left") == "Reported results on ImageNet"


def test_papers_per_topic_stacks_top_topics_and_other(topics_over_time):
    info = pd.DataFrame({"topic": range(-1, 9), "label": [f"t{i}" for i in range(-1, 9)]})
    fig = figures.papers_per_topic(topics_over_time, info, top_n=3)
    ax = fig.axes[0]
    bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert len(bands) == 4
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["other topics or none", "t6", "t7", "t8"]
    assert ax.get_ylabel() == "Papers"


def test_topic_share_highlights_emerging(topics_over_time):
    fig = figures.topic_share(topics_over_time, emerging=[0, 1], top_n=4)
    ax = fig.axes[0]
    coloured = [ln for ln in ax.lines if ln.get_color() != figures.GREY]
    assert len(coloured) == 2 and len(ax.lines) == 6
    total = sum(ln.get_ydata() for ln in ax.lines)
    assert all(v <= 1 for v in total)
    assert ax.get_legend().get_title().get_text() == "Emerging topics"


def test_topic_table_must_have_columns():
    with pytest.raises(LitkitError, match="count"):
        figures.papers_per_topic(pd.DataFrame({"topic": [1], "year": [2020]}))


def test_save_writes_vector_and_raster(papers, corpus, tmp_path):
    fig = figures.model_size_over_time(papers, corpus)
    paths = figures.save(fig, tmp_path / "sub" / "size")
    assert [p.suffix for p in paths] == [".pdf", ".svg", ".png"]
    assert paths[0].read_bytes().startswith(b"%PDF")
    assert b"<svg" in paths[1].read_bytes()[:500]
    assert paths[2].read_bytes().startswith(b"\x89PNG")
    with pytest.raises(LitkitError, match="eps"):
        figures.save(fig, tmp_path / "x", formats=("eps",))


def test_human_number():
    assert [human_number(v) for v in (1.75e11, 3.1e12, 7e8, 1.3e9, 512)] == [
        "175B", "3.1T", "700M", "1.3B", "512"]
    assert human_number(float("nan")) == ""


def test_export_tables(tmp_path):
    df = pd.DataFrame({"model": ["GPT-3", "T5_XXL"], "params": ["175B", "11B"]})
    csv, md, tex = export(df, tmp_path / "t", caption="Sizes", label="tab:sizes")
    assert pd.read_csv(csv).equals(df)
    assert md.read_text().splitlines()[0].startswith("| model")
    latex = tex.read_text()
    assert "\\toprule" in latex and "\\bottomrule" in latex and "T5\\_XXL" in latex
    assert "\\label{tab:sizes}" in latex


def _seed() -> tuple[pd.DataFrame, pd.DataFrame]:
    abstracts, gold = SHARED / "eval" / "seed_abstracts.jsonl", SHARED / "eval" / "seed_gold.jsonl"
    dates_path = SHARED / "data" / "seed_dates.jsonl"
    if not (abstracts.exists() and gold.exists() and dates_path.exists()):
        pytest.skip("../shared seed files not present")
    dates = {r["id"]: r for r in map(json.loads, dates_path.read_text().splitlines())}
    records = [
        r | {"date": dates.get(r["id"], {}).get("v1_date")}
        for r in map(json.loads, abstracts.read_text().splitlines())
    ]
    papers = pd.DataFrame([json.loads(line) for line in gold.read_text().splitlines()])
    return make_corpus(records, "seed"), papers


def test_figures_from_seed_gold(tmp_path):
    """The annotated seed papers (the Papers table format) draw every facts figure."""
    corpus, papers = _seed()
    drawn = [
        figures.model_size_over_time(papers, corpus),
        figures.tokens_vs_params(papers, corpus),
        figures.dataset_usage(papers, corpus),
        figures.result_distribution(papers, corpus, "MMLU"),
    ]
    for i, fig in enumerate(drawn):
        assert _points(fig.axes[0]) or fig.axes[0].images
        (png,) = figures.save(fig, tmp_path / f"f{i}", formats=("png",))
        assert png.stat().st_size > 10_000


def test_size_by_topic(papers):
    doc_topics = pd.DataFrame({
        "id": ["p1", "p2", "p3", "p4", "p5", "p6"], "topic": [0, 0, 1, 1, 1, -1],
        "label": ["bert", "bert", "llama", "llama", "llama", "outliers"],
        "year": pd.array([2019, 2020, 2021, 2022, 2023, None], dtype="Int64"),
    })
    fig = figures.size_by_topic(papers, doc_topics)
    ax = fig.axes[0]
    assert ax.get_yscale() == "log"
    assert _points(ax) == 4  # p5 reports no size, p6 is an outlier with no year
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["bert (2)", "llama (2)"]
    np.testing.assert_allclose(ax.lines[0].get_ydata(), [3.4e8, 1.75e11])


def test_facts_table_joins_papers_and_drops_empty_columns(corpus):
    mentions = pd.DataFrame([
        {"paper_id": "p2", "label": "PARAMS", "text": "175B", "value": 1.75e11, "unit": None,
         "start": 5, "sentence": "A 175B model.", "metric": None},
        {"paper_id": "p1", "label": "RESULT", "text": "80%", "value": 80.0, "unit": "%",
         "start": 9, "sentence": "It gets 80%.", "metric": "accuracy"},
    ])
    table = facts_table(mentions, corpus, "PARAMS")
    assert list(table.columns) == ["paper_id", "year", "title", "label", "text", "value", "size",
                                   "sentence"]
    assert table.loc[0, "size"] == "175B" and table.loc[0, "year"] == 2020
    both = facts_table(mentions, corpus, "PARAMS", "RESULT")
    assert list(both["paper_id"]) == ["p1", "p2"] and list(both["size"]) == ["", "175B"]


def test_figures_from_seed_extraction(tmp_path):
    """The packaged seed corpus through extraction: the tables the notebooks draw."""
    import litkit
    from litkit.extract import extract, summarize

    corpus = litkit.load_seed()
    papers = summarize(extract(corpus, progress=False), corpus)
    size = figures.model_size_over_time(papers, corpus)
    assert _points(size.axes[0]) >= 20 and size.axes[0].get_yscale() == "log"
    usage = figures.dataset_usage(papers, corpus, top_n=10)
    assert usage.axes[0].images[0].get_array().shape[0] == 10
    paths = figures.save(usage, tmp_path / "usage")
    assert all(p.stat().st_size > 5_000 for p in paths)


def test_topic_share_leaves_a_gap_for_empty_bins():
    tot = pd.DataFrame({
        "topic": [0, 1, 0, 1, 0, 1], "year": [2019, 2019, 2020, 2020, 2021, 2021],
        "count": [1, 3, 0, 0, 2, 2], "share": [0.25, 0.75, np.nan, np.nan, 0.5, 0.5],
        "low_count": [True, True, True, True, False, False],
    })
    ax = figures.topic_share(tot).axes[0]
    np.testing.assert_array_equal(ax.lines[0].get_ydata(), [0.75, np.nan, 0.5])
    shaded = [p for p in ax.patches if p.get_label() == "few papers in bin"]
    assert len(shaded) == 1  # one legend entry for the two shaded years


def test_dataset_usage_since_trims_years(papers, corpus):
    ax = figures.dataset_usage(papers, corpus, top_n=2, since=2021).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["MMLU", "GLUE"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2022", "2023"]


def test_year_only_papers_are_hollow_points_mid_year(papers, corpus):
    ax = figures.model_size_over_time(papers, corpus).axes[0]
    hollow = [c for c in ax.collections if c.get_label() == "year only (mid-year)"]
    assert len(hollow) == 1 and hollow[0].get_offsets()[:, 0].tolist() == [2020.5]
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "2019", "2020", "2021", "2022", "2023"]  # sizes from mid-2019 to late 2022


def _papers_with_sizes(ids: list[str]) -> pd.DataFrame:
    n = len(ids)
    return pd.DataFrame({"id": ids, "params": [[7e9]] * n, "tokens": [[2e12]] * n,
                         "datasets": [[]] * n, "models": [[]] * n, "results": [[]] * n})


def test_time_axes_within_a_year_show_months_no_paper_lacks():
    months = make_corpus([{"id": f"m{m}", "title": f"t{m}", "year": 2024, "month": m}
                          for m in (3, 5, 8)])
    papers = _papers_with_sizes(["m3", "m5", "m8"])
    ax = figures.model_size_over_time(papers, months).axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0] == "Mar 2024" and labels[-1] == "Sep 2024"  # the axis ends after August
    assert all(re.fullmatch(r"[A-Z][a-z]{2} 2024", t) for t in labels)
    bar = figures.tokens_vs_params(papers, months).axes[1]
    assert bar.get_ylim() == pytest.approx((2024 + 60 / 366, 2024 + 244 / 366))
    assert [t.get_text() for t in bar.get_yticklabels()][0] == "Mar 2024"


def test_one_date_gives_a_colour_bar_of_that_month_or_year_not_centuries():
    same = make_corpus([{"id": i, "title": i, "date": "2025-06-14"} for i in ("a", "b")])
    bar = figures.tokens_vs_params(_papers_with_sizes(["a", "b"]), same).axes[1]
    assert [t.get_text() for t in bar.get_yticklabels()] == ["Jun 2025", "Jul 2025"]
    year = make_corpus([{"id": "a", "title": "a", "year": 2025}])
    bar = figures.tokens_vs_params(_papers_with_sizes(["a"]), year).axes[1]
    assert bar.get_ylim() == pytest.approx((2025.0, 2026.0))


def test_labels_skip_crowded_points(corpus):
    crowded = pd.DataFrame({
        "id": ["p1"] * 3 + ["p5"], "params": [[1e9, 1.02e9, 1.05e9, 1.1e9], [], [], [1e12]],
        "tokens": [[]] * 4, "datasets": [[]] * 4, "models": [[]] * 4, "results": [[]] * 4,
    }).iloc[[0, 3]]
    ax = figures.model_size_over_time(crowded, corpus, label_outliers=5).axes[0]
    assert len(ax.texts) == 3  # four near-identical points: one label above, one below


def test_latex_columns_align_numbers_and_wrap_long_text():
    from litkit.report import to_latex

    df = pd.DataFrame({"year": [2023], "title": ["Short"], "evidence": ["x" * 80]})
    assert "\\begin{tabular}{rlp{0.4\\linewidth}}" in to_latex(df)


def test_tokens_vs_params_colour_scale_in_months_for_a_short_span(corpus):
    papers = pd.DataFrame({"id": ["p3", "p4"], "params": [[7e9], [7e10]],
                           "tokens": [[1e12], [1.4e12]], "models": [[], []]})
    fig = figures.tokens_vs_params(papers, corpus)
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[1].get_yticklabels() if t.get_text()]
    assert labels and all(len(label.split()) == 2 for label in labels)  # e.g. 'Jan 2022'


def test_since_leaves_out_earlier_papers(papers, corpus):
    assert _points(figures.model_size_over_time(papers, corpus, since=2021).axes[0]) == 2
    rows = figures.results_for(papers, corpus, "ImageNet", since=2022)
    assert sorted(rows["year"]) == [2022, 2023]
    doc_topics = pd.DataFrame({"id": ["p1", "p3", "p4"], "topic": [0, 0, 1],
                               "year": pd.array([2019, 2021, 2022], dtype="Int64")})
    assert _points(figures.size_by_topic(papers, doc_topics, since=2021).axes[0]) == 2


def test_topic_tree_shows_themes_their_largest_topics_and_the_rest():
    tree = pd.DataFrame([
        {"level": "theme", "topic": 0, "parent": -1, "label": "language models", "size": 60},
        {"level": "theme", "topic": 1, "parent": -1, "label": "bandits", "size": 20},
        {"level": "theme", "topic": -1, "parent": -1, "label": "outliers", "size": 99},
        *[{"level": "topic", "topic": t, "parent": 0, "label": f"lm {t}", "size": 30 - 5 * t}
          for t in range(4)],
        {"level": "topic", "topic": 4, "parent": 1, "label": "regret", "size": 20},
    ])
    ax = figures.topic_tree(tree, topics_per_theme=2, emerging=[1]).axes[0]
    texts = {t.get_text(): t for t in ax.texts}
    assert set(texts) == {"language models (60)", "bandits (20)", "lm 0 (30)", "lm 1 (25)",
                          "+ 2 more topics (35)", "regret (20)"}
    assert texts["lm 1 (25)"].get_fontweight() == "bold"
    assert texts["lm 0 (30)"].get_fontweight() == "normal"
    with pytest.raises(LitkitError, match="parent"):
        figures.topic_tree(tree.drop(columns="parent"))


def test_month_bins_are_ticked_as_months():
    starts = pd.date_range("2024-01-01", "2024-09-01", freq="MS")
    tot = pd.DataFrame([{"topic": t, "count": t + 2 + i % 3,
                         "time": 2024 + (s.day_of_year - 1) / 366} for i, s in enumerate(starts)
                        for t in range(-1, 4)])
    for draw in (figures.papers_per_topic, figures.topic_share):
        ax = draw(tot, time="time").axes[0]
        assert [t.get_text() for t in ax.get_xticklabels()] == [
            "Jan 2024", "Mar 2024", "May 2024", "Jul 2024", "Sep 2024"]
        assert ax.get_xlabel() == "Date"


@pytest.fixture(scope="module")
def seed_tables():
    """The seed corpus extracted and its topics fitted: real tables to narrow down."""
    import litkit
    import litkit.topics

    corpus = litkit.load_seed()
    mentions = litkit.extract(corpus, progress=False)
    model = litkit.topics.fit(corpus, progress=False)
    return corpus, mentions, litkit.summarize(mentions, corpus), model


def test_every_figure_given_nothing_to_draw_says_so(seed_tables, tmp_path):
    """Real tables narrowed to nothing (a year after the last paper, papers reporting no
    token count, no citation data) give an empty, labelled axes with a note and a warning,
    so a notebook on a small selection runs on."""
    import litkit
    from litkit import citations

    corpus, mentions, papers, model = seed_tables
    tot, info = model.topics_over_time, model.topic_info
    no_tokens = papers[papers["tokens"].map(len) == 0]
    drawn = {
        "model_size_over_time": lambda: figures.model_size_over_time(papers, corpus, since=2100),
        "tokens_vs_params": lambda: figures.tokens_vs_params(no_tokens, corpus),
        "dataset_usage": lambda: figures.dataset_usage(papers, corpus, since=2100),
        "result_distribution": lambda: figures.result_distribution(papers, corpus, since=2100),
        "sota_progression": lambda: figures.sota_progression(
            litkit.leaderboard(mentions, corpus), corpus, since=2100),
        "size_by_topic": lambda: figures.size_by_topic(papers, model.doc_topics, since=2100),
        "papers_per_topic": lambda: figures.papers_per_topic(tot, info, since=2100),
        "topic_share": lambda: figures.topic_share(tot, info, since=2100),
        "topic_tree": lambda: figures.topic_tree(model.topic_tree.query("level == 'topic'")),
        "most_cited": lambda: figures.most_cited(citations.most_cited(corpus)),
        "citation_network": lambda: figures.citation_network(corpus, model.doc_topics),
    }
    for name, draw in drawn.items():
        with pytest.warns(figures.NothingToDraw) as caught:
            fig = draw()
        assert _note(fig) == str(caught[0].message), name
        assert name == "topic_tree" or fig.axes[0].get_xlabel(), name
        (png,) = figures.save(fig, tmp_path / name, formats=("png",))
        assert png.stat().st_size > 2_000


def test_one_time_bin_is_a_bar_on_an_axis_of_that_year(seed_tables):
    corpus, _, _, model = seed_tables
    one_year = model.topics_over_time.query("year == 2024")
    ax = figures.papers_per_topic(one_year, model.topic_info).axes[0]
    assert ax.patches and ax.get_xlim() == (2023.5, 2024.5)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2024"]
    bars = sum(p.get_height() for p in ax.patches if p.get_label() != "few papers in bin")
    assert bars == one_year["count"].sum()
    ax = figures.topic_share(one_year, model.topic_info).axes[0]
    assert ax.get_xlim() == (2023.5, 2024.5) and _points(ax) == 0 and ax.lines


def test_low_count_month_bins_are_shaded_without_gaps():
    starts = pd.date_range("2024-01-01", "2024-06-01", freq="MS")  # months of 29 to 31 days
    tot = pd.DataFrame([{"topic": t, "count": 1, "low_count": True,
                         "time": 2024 + (s.day_of_year - 1) / 366} for s in starts
                        for t in (0, 1)])
    ax = figures.topic_share(tot, time="time").axes[0]
    spans = sorted((p.get_x(), p.get_x() + p.get_width()) for p in ax.patches)
    assert len(spans) == 6
    assert all(a[1] == pytest.approx(b[0]) for a, b in zip(spans, spans[1:], strict=False))
