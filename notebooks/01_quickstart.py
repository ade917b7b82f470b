# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.7
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # litkit quickstart: from abstracts to a per-paper table of facts
#
# Read a corpus, look at it, extract model sizes, token counts, datasets, models and
# results from every abstract, and summarize them into one row per paper.
#
# By default this runs on the 87-paper seed corpus that ships with litkit (offline, a few
# seconds). Set `CORPUS` to a file of your own to run the same steps on it, e.g.
# `papermill 01_quickstart.ipynb out.ipynb -p CORPUS ../shared/data/ml_abstracts.jsonl.gz`.

# %% tags=["parameters"]
CORPUS = None  # None: the embedded seed corpus; else a file or URL litkit.read understands
SAMPLE = None  # keep a random sample of this many papers (None: all of them)
SEED = 42  # random seed for the sample
SINCE = None  # keep papers from this year or month on (2010, '2023-07'); None: all
UNTIL = None  # keep papers up to this year or month, inclusive; None: all
VENUE = None  # keep papers whose venue contains this text ('ACL'); None: all
QUERY = None  # keep papers whose title or abstract matches this regex; None: all

# %%
import pandas as pd

import litkit
from litkit.filters import describe
from litkit.report import human_number

pd.set_option("display.max_colwidth", 80)

# %% [markdown]
# ## 1. Read a corpus
# Every reader returns the same **Corpus** table (one row per paper). Other sources, for
# reference (not run here; `fetch_*` need the network):
# ```python
# corpus = litkit.read("my_library.bib")                 # BibTeX (Zotero, Google Scholar)
# corpus = litkit.read(["export.ris", "scopus.csv"])     # several files, merged and de-duplicated
# corpus = litkit.read("arxiv_query.xml")                # a saved arXiv API (Atom) response
# from litkit.fetch import fetch_arxiv, fetch_openalex   # online, cached and resumable
# corpus = fetch_arxiv("cat:cs.CL AND ti:scaling", max_records=500)
# corpus = fetch_openalex("large language model pretraining", max_records=500)
# ```

# %%
corpus = litkit.load_seed() if CORPUS is None else litkit.read(CORPUS)
corpus = litkit.select(corpus, since=SINCE, until=UNTIL, venue=VENUE, query=QUERY)
print(describe(corpus))
if SAMPLE is not None and SAMPLE < len(corpus):
    corpus = corpus.sample(SAMPLE, random_state=SEED).reset_index(drop=True)

# %% [markdown]
# `litkit.select` keeps the papers the `SINCE`, `UNTIL`, `VENUE` and `QUERY` parameters ask
# for (none by default) and says how many each one left out. Dates are kept at the precision
# the source gives: `date_precision` says whether `date` is a day, the first day of a month,
# or missing because only the year is known.

# %%
# NBVAL_CHECK_OUTPUT
print(f"{len(corpus)} papers; dated to a day, month or only a year:")
print(corpus["date_precision"].value_counts(dropna=False).to_string())
print(list(corpus.columns))

# %%
corpus[["id", "title", "date", "date_precision", "year", "source"]].head()

# %% [markdown]
# ## 2. Look at it
# Papers per year, how long the abstracts are, and which fields are filled in.

# %%
# NBVAL_CHECK_OUTPUT
print(corpus["year"].value_counts().sort_index().to_string())

# %%
words = corpus["abstract"].str.split().str.len()
filled = corpus.notna().mean().rename("filled").map("{:.0%}".format)
print(f"abstract length: median {words.median():.0f} words, range {words.min()}-{words.max()}")
filled.to_frame().T

# %% [markdown]
# ## 3. Extract facts
# `litkit.extract` runs the spaCy pipeline over title + abstract and returns one row per
# **mention**: its label, the text as written, the normalized value, and the sentence it
# came from (the evidence).

# %%
mentions = litkit.extract(corpus, progress=False)

# %%
print(mentions["label"].value_counts().to_string())

# %%
examples = mentions.drop_duplicates(["label", "text"]).groupby("label").head(2)
examples[["paper_id", "label", "text", "value", "unit", "metric", "dataset", "sentence"]]

# %% [markdown]
# ## 4. One row per paper
# `litkit.summarize` collapses the mentions into the **Papers** table: every distinct
# model size, token count, dataset, model and result of each paper.

# %%
papers = litkit.summarize(mentions, corpus)


def readable(papers: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """The Papers table with sizes as '7B' and lists as comma-separated text."""
    table = papers.merge(corpus[["id", "year", "title"]], on="id")
    return pd.DataFrame({
        "id": table["id"],
        "year": table["year"],
        "title": table["title"].str.slice(0, 40),
        "params": table["params"].map(lambda v: ", ".join(map(human_number, v))),
        "tokens": table["tokens"].map(lambda v: ", ".join(map(human_number, v))),
        "datasets": table["datasets"].map(lambda v: ", ".join(v[:4])),
        "models": table["models"].map(lambda v: ", ".join(v[:4])),
        "results": table["results"].map(len),
    })


# %%
# NBVAL_CHECK_OUTPUT
per_paper = readable(papers, corpus)
print(per_paper.head(12).to_string(index=False, max_colwidth=40))

# %%
has = papers[["params", "tokens", "datasets", "models", "results"]].map(len).gt(0).mean()
print("share of papers reporting each kind of fact:")
print(has.map("{:.0%}".format).to_string())

# %% [markdown]
# Next: `02_results_tables.ipynb` turns these into survey tables (with evidence sentences),
# `03_topic_trends.ipynb` adds topics over time, `04_survey_figures.ipynb` draws figures.
