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
# # Topic trends: what the field works on, how that changes, and what each topic reports
#
# BERTopic topics over the corpus (offline static embeddings by default), their size per
# year, topics and dataset names that are *emerging* (Kleinberg burst detection), and
# topics joined with the extracted facts: how big are the models each topic reports, year
# by year?
#
# The seed corpus has only 87 papers, so its topics are few and its trends thin; run with
# `CORPUS=../shared/data/ml_abstracts.jsonl.gz` (46k papers) for the real picture.

# %% tags=["parameters"]
CORPUS = None  # None: the embedded seed corpus; else a file or URL litkit.read understands
SAMPLE = None  # keep a random sample of this many papers (None: all of them)
SEED = 42  # random seed for the sample and the topic model
SINCE = None  # draw time axes from this year on (e.g. 2010 for the 46k corpus); None: all
EMBEDDING = "static"  # 'static' (fast, distilled once and cached) or 'minilm' (slower, finer)
MIN_TOPIC_SIZE = None  # None: chosen from the corpus size

# %%
# %matplotlib inline
import pandas as pd

import litkit
import litkit.topics
from litkit import figures
from litkit.report import human_number

pd.set_option("display.max_colwidth", 90)

corpus = litkit.load_seed() if CORPUS is None else litkit.read(CORPUS)
if SAMPLE is not None and SAMPLE < len(corpus):
    corpus = corpus.sample(SAMPLE, random_state=SEED).reset_index(drop=True)
print(f"{len(corpus)} papers, {corpus['year'].min()}-{corpus['year'].max()}")

# %% [markdown]
# ## 1. Topics
# `litkit.topics.fit` embeds title + abstract, reduces with UMAP, clusters, and labels
# each topic with its most distinctive words. Topic -1 holds the papers that fit no topic.

# %%
model = litkit.topics.fit(
    corpus, embedding=EMBEDDING, min_topic_size=MIN_TOPIC_SIZE, seed=SEED, progress=False
)
info = model.topic_info

# %%
# NBVAL_CHECK_OUTPUT
print(info[["topic", "size", "label"]].to_string(index=False))

# %%
info[["topic", "size", "words", "representative_titles"]]

# %% [markdown]
# ## 2. Topics over time
# One row per (topic, year): papers, share of the year's papers, and the words that
# characterize the topic *in that year*. Years with few papers are flagged `low_count`
# (and greyed in the figures).

# %%
over_time = model.topics_over_time
over_time.pivot_table(index="label", columns="bin", values="count", aggfunc="sum")

# %%
figures.papers_per_topic(over_time, info, since=SINCE)

# %% [markdown]
# ## 3. Emerging topics and terms
# A burst is a run of years in which a topic (or a dataset name) takes a clearly larger
# share of papers than its usual rate; `weight` says how strong it is.

# %%
topic_bursts = litkit.topics.bursts(over_time)
recent = sorted(over_time["bin"].unique())[-3:]  # emerging: a burst still on in the last 3 bins
emerging = topic_bursts[(topic_bursts["topic"] != -1) & topic_bursts["end"].isin(recent)]
print(f"{len(topic_bursts)} bursts, {len(emerging)} of them emerging"
      + ("" if len(emerging) else ": the figure below shows the largest topics instead"))
topic_bursts.head(10)

# %%
figures.topic_share(over_time, info, emerging=list(emerging["topic"].unique()), since=SINCE)

# %%
mentions = litkit.extract(corpus, progress=False)
papers = litkit.summarize(mentions, corpus)
term_counts = litkit.topics.term_counts(model.doc_topics, papers, "datasets", min_papers=2)
term_bursts = litkit.topics.bursts(term_counts, key="term")
print(f"{term_counts['term'].nunique()} datasets named by at least 2 papers; "
      f"{len(term_bursts)} bursts")
term_bursts.head(15)

# %% [markdown]
# ## 4. Topics x facts: model size per topic per year
# `facts_by_topic` joins each paper's topic with its extracted facts: how many papers
# report a model size, the median and largest of them, and the datasets and models each
# topic names most.

# %%
by_topic = litkit.topics.facts_by_topic(model.doc_topics, papers, bins=None)
readable = by_topic.assign(
    median_params=by_topic["median_params"].map(human_number),
    max_params=by_topic["max_params"].map(human_number),
    median_tokens=by_topic["median_tokens"].map(human_number),
)

# %%
# NBVAL_CHECK_OUTPUT
print(readable[["topic", "papers", "with_params", "median_params", "max_params"]]
      .to_string(index=False))

# %%
readable[["label", "top_datasets", "top_models"]]

# %%
per_year = litkit.topics.facts_by_topic(model.doc_topics, papers, bins="year")
per_year = per_year[per_year["with_params"] > 0]
per_year.pivot_table(index="label", columns="bin", values="median_params").map(human_number)

# %%
figures.size_by_topic(papers, model.doc_topics, since=SINCE)
