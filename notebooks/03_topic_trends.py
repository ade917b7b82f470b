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
# # Topic trends: themes and research threads, what rises now, and what each topic reports
#
# Fine topics (research threads such as "retrieval-augmented generation" or "word
# embeddings") nested under broad themes; their share of each year's papers; the themes,
# topics, datasets, models and methods that are *emerging* now, checked against the venue
# mix; and topics joined with the extracted facts: how big are the models each topic
# reports, year by year?
#
# The seed corpus has only 87 papers, so its topics are few and its trends thin; the
# README's notebook section shows how to run this notebook on the 46k-paper reference
# corpus (papermill parameters below).

# %% tags=["parameters"]
CORPUS = None  # None: the embedded seed corpus; else a file or URL litkit.read understands
SAMPLE = None  # keep a random sample of this many papers (None: all of them)
SEED = 42  # random seed for the sample and the topic model
SINCE = None  # keep papers from this year or month on (2010, '2023-07'); None: all
UNTIL = None  # keep papers up to this year or month, inclusive; None: all
VENUE = None  # keep papers whose venue contains this text ('ACL'); None: all
QUERY = None  # keep papers whose title or abstract matches this regex; None: all
EMBEDDING = "tfidf"  # 'tfidf' (words and phrases, default), 'static' or 'minilm' (slower)
MIN_TOPIC_SIZE = None  # None: chosen from the corpus size

# %%
# %matplotlib inline
import pandas as pd

import litkit
import litkit.topics
from litkit import figures
from litkit.filters import describe
from litkit.report import human_number

pd.set_option("display.max_colwidth", 90)

corpus = litkit.load_seed() if CORPUS is None else litkit.read(CORPUS)
corpus = litkit.select(corpus, since=SINCE, until=UNTIL, venue=VENUE, query=QUERY)
print(describe(corpus) or f"all {len(corpus)} papers")
if SAMPLE is not None and SAMPLE < len(corpus):
    corpus = corpus.sample(SAMPLE, random_state=SEED).reset_index(drop=True)
print(f"{len(corpus)} papers, {corpus['year'].min()}-{corpus['year'].max()}")

# %% [markdown]
# ## 1. Themes and fine topics
# `litkit.topics.fit` compares papers by the words and phrases of their title + abstract,
# clusters them into fine topics (the grain of research threads), groups those into themes,
# and labels both with the phrases that set them apart. Topic -1 holds the papers that fit
# no topic.

# %%
model = litkit.topics.fit(
    corpus, embedding=EMBEDDING, min_topic_size=MIN_TOPIC_SIZE, seed=SEED, progress=False
)
info, tree = model.topic_info, model.topic_tree
themes = tree[tree["level"] == "theme"]
print(f"{len(themes[themes['topic'] >= 0])} themes, {int((info['topic'] >= 0).sum())} fine "
      f"topics, {info.loc[info['topic'] == -1, 'share'].sum():.0%} of papers in no topic")

# %%
# NBVAL_CHECK_OUTPUT
print(themes[["topic", "size", "label"]].rename(columns={"topic": "theme"})
      .to_string(index=False))

# %% [markdown]
# Each theme's largest fine topics, with the papers that represent them best:

# %%
fine = tree[(tree["level"] == "topic") & (tree["topic"] >= 0)].join(
    themes.set_index("topic")["label"].rename("theme"), on="parent")
largest = fine.sort_values(["parent", "size"], ascending=[True, False]).groupby("parent").head(5)
largest[["theme", "topic", "size", "label", "representative_titles"]]

# %%
figures.topic_tree(tree)

# %% [markdown]
# ## 2. Themes and topics over time
# One row per (theme or topic, year): papers, share of the year's papers, and the words
# that characterize it *in that year*. Years with few papers are flagged `low_count` (and
# greyed in the figures).

# %%
theme_time = model.over_time(level="theme")
theme_time.pivot_table(index="label", columns="bin", values="count", aggfunc="sum")

# %%
figures.papers_per_topic(theme_time, themes)

# %% [markdown]
# ## 3. The venue mix
# A corpus gathered from several venues can change its mix from year to year, and topic
# shares then follow the venues, not the field. `venue_mix` gives each year's venues and
# flags years one venue dominates or whose mix shifts sharply from the year before (and
# warns about them); `within_venue` gives shares that a change of mix does not move: each
# topic's share within each venue, combined so that the year's venue mix does not count
# (indirect standardization; see the README).

# %%
mix = litkit.topics.venue_mix(corpus, doc_topics=model.doc_topics)
top_venues = mix.groupby("venue")["papers"].sum().nlargest(8).index
mix[mix["venue"].isin(top_venues)].pivot_table(index="venue", columns="bin", values="share")

# %%
# NBVAL_CHECK_OUTPUT
flags = mix.drop_duplicates("bin")[["bin", "bin_papers", "distance", "warning"]]
print(flags[flags["warning"] != ""].to_string(index=False) if (flags["warning"] != "").any()
      else f"no year flagged ({mix['venue'].nunique()} venue names)")

# %%
fair = litkit.topics.within_venue(model.doc_topics, corpus, level="theme")
figures.topic_share(fair, themes)

# %% [markdown]
# ## 4. What is rising now
# An item *emerges* when its share bursts (Kleinberg's burst detection) in the last
# complete year **and** has grown over the last three years: a burst that ended or is
# fading is history. Each row gives the year its burst began and whether it still emerges
# within venue (False: the venue mix may explain it). Names are the datasets and models
# extracted from the abstracts, and methods: terms an abstract defines with an acronym,
# "Retrieval-Augmented Generation (RAG)".

# %%
mentions = litkit.extract(corpus, progress=False)
papers = litkit.summarize(mentions, corpus)
rising = litkit.topics.emerging_table(model, corpus, papers)

# %%
# NBVAL_CHECK_OUTPUT
columns = ["kind", "name", "start_year", "weight", "trend", "last_share", "within_venue"]
print(rising[columns].round(3).to_string(index=False) if len(rising)
      else "nothing emerging: no burst is still on and rising in the last complete year")

# %%
hot = rising.query("kind == 'topic' and within_venue")["topic"].tolist()
figures.topic_share(model.topics_over_time, info, emerging=hot)

# %% [markdown]
# Every burst, past ones included, strongest first (`weight` says how strong):

# %%
litkit.topics.bursts(model.topics_over_time).head(10)

# %%
names = litkit.topics.name_counts(model.doc_topics, papers, corpus, min_papers=2)
name_bursts = litkit.topics.name_bursts(names)
print(f"{names.groupby('kind')['term'].nunique().to_dict()} names by at least 2 papers; "
      f"{len(name_bursts)} bursts")
name_bursts.head(15)

# %% [markdown]
# ## 5. Topics x facts: model size per topic per year
# `facts_by_topic` joins each paper's topic with its extracted facts: how many papers
# report a model size, the median and largest of them, and the datasets and models each
# topic names most. The 15 topics with the most papers reporting a size:

# %%
by_topic = litkit.topics.facts_by_topic(model.doc_topics, papers, bins=None)
readable = by_topic.assign(
    median_params=by_topic["median_params"].map(human_number),
    max_params=by_topic["max_params"].map(human_number),
    median_tokens=by_topic["median_tokens"].map(human_number),
)

# %%
# NBVAL_CHECK_OUTPUT
sized = readable[readable["with_params"] > 0].sort_values(
    ["with_params", "topic"], ascending=[False, True], kind="stable").head(15)
print(sized[["topic", "label", "papers", "with_params", "median_params", "max_params"]]
      .to_string(index=False))

# %%
readable[["label", "top_datasets", "top_models"]]

# %%
per_year = litkit.topics.facts_by_topic(model.doc_topics, papers, bins="year")
per_year = per_year[per_year["with_params"] > 0]
per_year.pivot_table(index="label", columns="bin", values="median_params").map(human_number)

# %%
figures.size_by_topic(papers, model.doc_topics)
