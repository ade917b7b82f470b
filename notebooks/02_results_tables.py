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
# # Survey tables: model sizes, token budgets, datasets, results and leaderboards
#
# Every number in these tables comes with the sentence it was read from, so that each
# row of a survey table can be checked against its paper. The tables come from
# `litkit.survey` (one function per table), the leaderboard from `litkit.leaderboard`;
# all are exported to CSV, Markdown and LaTeX (booktabs) in `OUT/`, as `litkit tables` does
# from the command line.

# %% tags=["parameters"]
CORPUS = None  # None: the embedded seed corpus; else a file or URL litkit.read understands
SAMPLE = None  # keep a random sample of this many papers (None: all of them)
SEED = 42  # random seed for the sample
SINCE = None  # keep papers from this year or month on (2010, '2023-07'); None: all
UNTIL = None  # keep papers up to this year or month, inclusive; None: all
VENUE = None  # keep papers whose venue contains this text ('ACL'); None: all
QUERY = None  # keep papers whose title or abstract matches this regex; None: all
OUT = "tables"  # where the CSV / Markdown / LaTeX tables are written
BENCHMARK = None  # leaderboard of this benchmark (None: the one with the most scores)
MIN_PARAMS = 1e10  # the "large models" filter: papers reporting a model at least this big

# %%
# %matplotlib inline
import pandas as pd

import litkit
from litkit import figures, survey
from litkit.filters import describe
from litkit.leaderboards import dataset_key
from litkit.report import export, human_number, to_markdown

pd.set_option("display.max_colwidth", 100)

corpus = litkit.load_seed() if CORPUS is None else litkit.read(CORPUS)
corpus = litkit.select(corpus, since=SINCE, until=UNTIL, venue=VENUE, query=QUERY)
print(describe(corpus) or f"all {len(corpus)} papers")
if SAMPLE is not None and SAMPLE < len(corpus):
    corpus = corpus.sample(SAMPLE, random_state=SEED).reset_index(drop=True)
mentions = litkit.extract(corpus, progress=False)
papers = litkit.summarize(mentions, corpus)
print(f"{len(corpus)} papers, {len(mentions)} mentions")

# %% [markdown]
# ## Model sizes
# One row per paper: every size it reports, largest first, with the model a size belongs to
# when the text names it, and the sentence that states the largest.

# %%
size_table = survey.model_sizes(mentions, corpus)

# %%
# NBVAL_CHECK_OUTPUT
print(size_table.drop(columns="Evidence").to_string(index=False))

# %% [markdown]
# ## Token budgets, and tokens per parameter
# Papers that report both a model size and a token count: how far is their largest model
# from the compute-optimal 20 tokens per parameter (Hoffmann et al., 2022)?

# %%
# NBVAL_CHECK_OUTPUT
budget_table = survey.token_budgets(papers, corpus)
print(budget_table.to_string(index=False))

# %% [markdown]
# ## Datasets and benchmarks used
# Names are grouped by identity: case, punctuation and the lexicon's spellings
# ("SuperGLUE", "Super-GLUE"; "GSM8K", "GSM-8K").

# %%
# NBVAL_CHECK_OUTPUT
dataset_table = survey.datasets_used(papers, corpus)
print(dataset_table.head(15).to_string(index=False))

# %% [markdown]
# ## Reported results, with their evidence
# Each result: its value and unit, what kind of claim it is (a **score**, a **delta** such as
# "+0.9%", a **ratio** such as "26x smaller"), what it measures and on what, whose it is, and
# the sentence that says so.

# %%
results_table = survey.results(mentions, corpus)
results_table.head(10)

# %% [markdown]
# ## Leaderboards
# `litkit.leaderboard` keeps the scores only (never a delta or a ratio) that have a dataset
# and a named model or the paper's own system (labelled "(this paper)"), matches benchmarks
# by identity, and ranks each benchmark, metric type and unit best first (lower first for
# perplexity, error rates, cost and latency). Every score of the corpus:

# %%
# NBVAL_CHECK_OUTPUT
scores = litkit.leaderboard(mentions, corpus)
print(survey.leaderboard_table(scores).drop(columns=["Paper", "Evidence"])
      .to_string(index=False, na_rep=""))

# %% [markdown]
# One benchmark's leaderboard, `BENCHMARK` (by default the one with the most scores of a
# known metric type). The seed corpus, one day of Hugging Face papers, has at most one score
# per benchmark; on a larger corpus, e.g. the 46k abstracts with `-p BENCHMARK CIFAR-10`,
# each benchmark has many.

# %%
known = scores[scores["metric_type"] != "other"]
benchmark = BENCHMARK or (known.groupby("dataset").size().idxmax() if len(known) else "none")
board = litkit.leaderboard(mentions, corpus, dataset=benchmark)
leaderboard_table = survey.leaderboard_table(board)
print(f"{len(board)} scores on {benchmark}")
leaderboard_table

# %% [markdown]
# The state of the art over time: every score, the best so far as a step line, and the
# scores that set a new best labelled with their model (`figures.sota_progression`).

# %%
fig = figures.sota_progression(board, corpus, width=figures.WIDTH_ONE_COLUMN)
figures.save(fig, f"{OUT}/sota_{dataset_key(benchmark)}")
fig

# %% [markdown]
# ### Checking the evidence
# `litkit.show` draws a paper's title and abstract with every extracted span highlighted
# (spaCy displaCy): scores, deltas and ratios in their own colours, each with what was read
# from it. Here, the paper at the top of the leaderboard.

# %%
if len(board):
    litkit.show(board["paper_id"].iloc[0], corpus, mentions)

# %% [markdown]
# ### Filters
# The papers that report at least one large model.

# %%
largest = papers["params"].map(lambda sizes: max(sizes, default=0))
large = papers[largest >= MIN_PARAMS].merge(corpus[["id", "year", "title"]], on="id")
print(f"{len(large)} of {int((largest > 0).sum())} papers with a size report a model of "
      f"{human_number(MIN_PARAMS)} parameters or more")
large.assign(params=large["params"].map(lambda p: ", ".join(map(human_number, p))))[
    ["year", "title", "params"]].head(10)

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
    *export(results_table, f"{OUT}/results", caption="Results reported in abstracts.",
            label="tab:results"),
    *export(leaderboard_table, f"{OUT}/leaderboard_{dataset_key(benchmark)}",
            caption=f"Scores reported on {benchmark}.", label="tab:leaderboard"),
]
print("\n".join(str(p) for p in written))

# %%
# NBVAL_CHECK_OUTPUT
print(open(f"{OUT}/token_budgets.tex").read())

# %%
print(to_markdown(dataset_table.head(8)))
