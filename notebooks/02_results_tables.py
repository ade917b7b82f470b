# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Survey tables: model sizes, token budgets, datasets and results, with their evidence
#
# Every number in these tables comes with the sentence it was read from, so that each
# row of a survey table can be checked against its paper. Tables are filtered with
# plain pandas and exported to CSV, Markdown and LaTeX (booktabs) in `OUT/`.

# %% tags=["parameters"]
CORPUS = None  # None: the embedded seed corpus; else a file or URL litkit.read understands
SAMPLE = None  # keep a random sample of this many papers (None: all of them)
SEED = 42  # random seed for the sample
OUT = "tables"  # where the CSV / Markdown / LaTeX tables are written
BENCHMARK = None  # results table for this benchmark (None: the one with most results)
MIN_PARAMS = 1e10  # the "large models" filter: papers reporting a model at least this big

# %%
import pandas as pd

import litkit
from litkit.report import export, facts_table, human_number, to_markdown

pd.set_option("display.max_colwidth", 100)

corpus = litkit.load_seed() if CORPUS is None else litkit.read(CORPUS)
if SAMPLE is not None and SAMPLE < len(corpus):
    corpus = corpus.sample(SAMPLE, random_state=SEED).reset_index(drop=True)
mentions = litkit.extract(corpus, progress=False)
papers = litkit.summarize(mentions, corpus)
print(f"{len(corpus)} papers, {len(mentions)} mentions")

# %% [markdown]
# ## Model sizes
# `facts_table` joins each mention with its paper's year and title and keeps its
# evidence sentence. A paper often repeats a size: keep the first sentence per value.


# %%
def short(title: str, width: int = 45) -> str:
    """A title cut to ``width`` characters (ASCII '...', safe for LaTeX)."""
    return title if len(title) <= width else title[: width - 3].rstrip() + "..."


def amount(value: float, unit: str | None) -> str:
    """90.9 and '%' -> '90.9%'; 6.9 and 'points' -> '6.9 points'; 26 and 'x' -> '26x'."""
    unit = unit or ""
    return f"{value:g}{unit}" if unit in ("%", "x", "") else f"{value:g} {unit}"


sizes = facts_table(mentions, corpus, "PARAMS").drop_duplicates(["paper_id", "value"])
sizes[["paper_id", "year", "text", "size", "sentence"]].head(8)

# %% [markdown]
# One row per paper for the survey: every size it reports, largest first, with the sentence
# that states the largest one.

# %%
by_paper = (
    sizes.sort_values("value", ascending=False)
    .groupby("paper_id", sort=False)
    .agg(year=("year", "first"), title=("title", "first"), largest=("value", "first"),
         sizes=("size", ", ".join), evidence=("sentence", "first"))
    .sort_values(["year", "largest"], ascending=[True, False])
    .reset_index()
)
size_table = by_paper.assign(title=by_paper["title"].map(short))[
    ["year", "title", "sizes", "evidence"]
].rename(columns=str.capitalize)

# %%
# NBVAL_CHECK_OUTPUT
print(size_table.drop(columns="Evidence").to_string(index=False))

# %% [markdown]
# ## Token budgets, and tokens per parameter
# Papers that report both a model size and a token count: how far is their largest model
# from the compute-optimal 20 tokens per parameter (Hoffmann et al., 2022)?

# %%
both = papers[papers["params"].map(len).gt(0) & papers["tokens"].map(len).gt(0)]
budget = both.assign(
    params=both["params"].map(max), tokens=both["tokens"].map(max)
).merge(corpus[["id", "year", "title"]], on="id")
budget_table = pd.DataFrame({
    "Year": budget["year"],
    "Title": budget["title"].map(short),
    "Parameters": budget["params"].map(human_number),
    "Tokens": budget["tokens"].map(human_number),
    "Tokens/param.": (budget["tokens"] / budget["params"]).round(0).astype(int),
}).sort_values(["Year", "Title"])

# %%
# NBVAL_CHECK_OUTPUT
print(budget_table.to_string(index=False))

# %%
tokens = facts_table(mentions, corpus, "TOKENS").drop_duplicates(["paper_id", "value"])
tokens[["paper_id", "year", "text", "size", "qualifier", "sentence"]].head(8)

# %% [markdown]
# ## Datasets and benchmarks used
# Names are grouped case- and punctuation-insensitively ("SuperGLUE", "Super-GLUE").

# %%
from litkit.topics.facts import name_key

used = papers[["id", "datasets"]].explode("datasets").dropna().merge(
    corpus[["id", "year"]], on="id"
)
used["key"] = used["datasets"].map(name_key)
dataset_table = (
    used.drop_duplicates(["id", "key"])
    .groupby("key")
    .agg(Dataset=("datasets", lambda s: s.value_counts().index[0]), Papers=("id", "size"),
         First=("year", "min"), Last=("year", "max"))
    .sort_values(["Papers", "Dataset"], ascending=[False, True])
    .reset_index(drop=True)
)

# %%
# NBVAL_CHECK_OUTPUT
print(dataset_table.head(15).to_string(index=False))

# %% [markdown]
# ## Reported results, with their evidence
# Each result: value and unit, what it measures (metric) and on what (dataset), and the
# sentence that says so.

# %%
results = facts_table(mentions, corpus, "RESULT")
results[["paper_id", "year", "value", "unit", "metric", "dataset", "sentence"]].head(10)

# %% [markdown]
# ### Filters
# Results on one benchmark (by default the one with the most results), and the papers
# that report at least one large model.

# %%
named = results.dropna(subset=["dataset"])
benchmark = BENCHMARK or named["dataset"].value_counts().index[0]
on_benchmark = named[named["dataset"].map(name_key) == name_key(benchmark)]
benchmark_table = pd.DataFrame({
    "Year": on_benchmark["year"],
    "Title": on_benchmark["title"].map(short),
    "Result": on_benchmark.apply(lambda r: amount(r["value"], r["unit"]), axis=1),
    "Metric": on_benchmark["metric"],
    "Evidence": on_benchmark["sentence"],
})
print(f"{len(benchmark_table)} results on {benchmark}")
benchmark_table

# %%
large = by_paper[by_paper["largest"] >= MIN_PARAMS]
print(f"{len(large)} of {len(by_paper)} papers with a size report a model of "
      f"{human_number(MIN_PARAMS)} parameters or more")
large[["year", "title", "sizes"]].head(10)

# %% [markdown]
# ## Export for the survey
# CSV for spreadsheets, Markdown for notes and READMEs, LaTeX (booktabs) for the paper.

# %%
written = [
    *export(size_table, f"{OUT}/model_sizes", caption="Model sizes reported in abstracts.",
            label="tab:model-sizes"),
    *export(budget_table, f"{OUT}/token_budgets",
            caption="Training tokens against parameters (largest model per paper).",
            label="tab:token-budgets"),
    *export(dataset_table, f"{OUT}/datasets", caption="Datasets and benchmarks used.",
            label="tab:datasets"),
    *export(benchmark_table, f"{OUT}/results_{name_key(benchmark)}",
            caption=f"Results reported on {benchmark}.", label="tab:results"),
]
print("\n".join(str(p) for p in written))

# %%
# NBVAL_CHECK_OUTPUT
print(open(f"{OUT}/token_budgets.tex").read())

# %%
print(to_markdown(dataset_table.head(8)))
