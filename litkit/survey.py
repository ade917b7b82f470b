"""The survey tables of notebook 02 and ``litkit tables``, ready to print or export.

One function per table; each takes litkit tables (Mentions, Papers, Corpus, a leaderboard)
and returns one row per paper, dataset or score with readable cells: sizes as papers write
them ("175B"), short titles, results with their unit ("90.9%"), and the evidence sentence.
"""

from __future__ import annotations

import math

import pandas as pd

from litkit.leaderboards import dataset_key, dataset_name, metric_label
from litkit.report import facts_table, human_number, plain_number


def short(title: object, width: int = 45) -> str:
    """A title cut to ``width`` characters (ASCII '...', safe for LaTeX)."""
    title = "" if title is None or (isinstance(title, float) and math.isnan(title)) else str(title)
    return title if len(title) <= width else title[: width - 3].rstrip() + "..."


def amount(value: float, unit: str | None) -> str:
    """A result as written: 90.94 and '%' -> '90.94%'; 6.9 and 'points' -> '6.9 points';
    26 and 'x' -> '26x'; a fraction as a percentage (0.25 -> '25%')."""
    unit = unit if isinstance(unit, str) else ""
    if unit == "fraction":
        value, unit = float(f"{value * 100:.3g}"), "%"
    return f"{value:g}{unit}" if unit in ("%", "x", "") else f"{value:g} {unit}"


def model_sizes(mentions: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per paper reporting a model size: every size it reports, largest first (with
    the model it is tied to, when the text names it), and the sentence stating the largest."""
    sizes = facts_table(mentions, corpus, "PARAMS")
    if sizes.empty:
        return pd.DataFrame(columns=["Year", "Title", "Sizes", "Evidence"])
    model = sizes["model"] if "model" in sizes else pd.Series(None, index=sizes.index)
    sizes = sizes.assign(shown=[s + (f" ({m})" if isinstance(m, str) and m else "")
                                for s, m in zip(sizes["size"], model, strict=True)])
    sizes = sizes.drop_duplicates(["paper_id", "value"]).sort_values(
        "value", ascending=False, kind="stable")
    by_paper = (
        sizes.groupby("paper_id", sort=False)
        .agg(Year=("year", "first"), Title=("title", "first"), largest=("value", "first"),
             Sizes=("shown", ", ".join), Evidence=("sentence", "first"))
        .sort_values(["Year", "largest"], ascending=[True, False], kind="stable")
    )
    return by_paper.assign(Title=by_paper["Title"].map(short)).drop(columns="largest") \
        .reset_index(drop=True)


def token_budgets(papers: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Papers reporting both a model size and a token count: the largest of each and the
    tokens per parameter (20 is compute-optimal, Hoffmann et al. 2022)."""
    both = papers[papers["params"].map(len).gt(0) & papers["tokens"].map(len).gt(0)]
    budget = both.assign(
        params=both["params"].map(max), tokens=both["tokens"].map(max)
    ).merge(corpus[["id", "year", "title"]], on="id")
    return pd.DataFrame({
        "Year": budget["year"],
        "Title": budget["title"].map(short),
        "Parameters": budget["params"].map(human_number),
        "Tokens": budget["tokens"].map(human_number),
        "Tokens/param.": (budget["tokens"] / budget["params"]).map(plain_number),
    }).sort_values(["Year", "Title"], kind="stable").reset_index(drop=True)


def datasets_used(papers: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Datasets and benchmarks by the number of papers naming them, with the first and last
    year; spellings of one dataset ("GSM-8K", "GSM8K") are counted together under one name
    (``leaderboards.dataset_name``)."""
    used = papers[["id", "datasets"]].explode("datasets").dropna().merge(
        corpus[["id", "year"]], on="id")
    used["key"] = used["datasets"].map(dataset_key)
    return (
        used.drop_duplicates(["id", "key"])
        .groupby("key")
        .agg(Dataset=("datasets", dataset_name), Papers=("id", "size"),
             First=("year", "min"), Last=("year", "max"))
        .sort_values(["Papers", "Dataset"], ascending=[False, True])
        .reset_index(drop=True)
    )


def results(mentions: pd.DataFrame, corpus: pd.DataFrame,
            benchmark: str | None = None) -> pd.DataFrame:
    """Every reported result (on ``benchmark`` when given): what kind of claim it is (score,
    delta, ratio), on what, by which model, and the sentence that says so."""
    rows = facts_table(mentions, corpus, "RESULT")
    if benchmark is not None and "dataset" in rows:
        rows = rows[rows["dataset"].fillna("").map(dataset_key) == dataset_key(benchmark)]
    if rows.empty:
        return pd.DataFrame(columns=["Year", "Title", "Result", "Evidence"])
    units = rows["unit"] if "unit" in rows else pd.Series("", index=rows.index)
    table = pd.DataFrame({
        "Year": rows["year"],
        "Title": rows["title"].map(short),
        "Result": [amount(v, u) for v, u in zip(rows["value"], units, strict=True)],
        "Kind": rows.get("kind"),
        "Metric": rows.get("metric"),
        "Dataset": rows.get("dataset"),
        "Model": rows.get("model"),
        "Evidence": rows["sentence"],
    })
    return table.dropna(axis="columns", how="all").reset_index(drop=True)


def leaderboard_table(board: pd.DataFrame) -> pd.DataFrame:
    """A ``litkit.leaderboard`` as a survey table: metric type (with its variant: 'top-5
    accuracy'), rank, model, score, metric as written, whether the score is the paper's own,
    year, paper and evidence."""
    table = pd.DataFrame({
        "Benchmark": board["dataset"],
        "Metric type": [metric_label(t, v) for t, v in zip(board["metric_type"],
                                                           board["variant"], strict=True)],
        "Rank": board["rank"],
        "Model": board["model"],
        "Score": [amount(v, u) for v, u in zip(board["value"], board["unit"], strict=True)],
        "Metric": board["metric"],
        "Own": board["own"].map({True: "yes", False: ""}),
        "Year": board["year"],
        "Paper": board["title"].map(short),
        "Evidence": board["sentence"],
    })
    if table["Benchmark"].nunique() <= 1:  # one benchmark: its name goes in the caption
        table = table.drop(columns="Benchmark")
    return table.reset_index(drop=True)
