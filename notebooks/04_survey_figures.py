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
# # Survey figures
#
# Every figure of `litkit.figures`, in one style (serif fonts, the Okabe–Ito colour-blind-safe
# palette), sized for a one- or two-column paper, written to `OUT/` as PDF (vector, fonts
# embedded), SVG and PNG (300 dpi). Each function takes litkit tables and returns a
# matplotlib Figure, so it can be adjusted before saving (`fig.axes[0].set_title(...)`).
# A figure with nothing to draw (say, no paper of a small sample reports both a model size
# and a token count) is an empty, labelled axes that says so, with a warning: the notebook
# runs on to the end on any selection of ten papers or more (fewer are too few for topics).
#
# | figure | input tables | width |
# |---|---|---|
# | `topic_tree` (themes, their largest topics; emerging in bold) | topic tree | two columns |
# | `papers_per_topic` (themes) | TopicsOverTime, topic tree | two columns |
# | `topic_share` (emerging topics highlighted) | TopicsOverTime, TopicInfo | two columns |
# | `model_size_over_time` | Papers, Corpus | one column |
# | `tokens_vs_params` | Papers, Corpus | one column |
# | `dataset_usage` | Papers, Corpus | one column |
# | `result_distribution` | Papers, Corpus | one column |
# | `size_by_topic` | Papers, DocTopics | two columns |

# %% tags=["parameters"]
CORPUS = None  # None: the embedded seed corpus; else a file or URL litkit.read understands
SAMPLE = None  # keep a random sample of this many papers (None: all of them)
SEED = 42  # random seed for the sample and the topic model
SINCE = None  # keep papers from this year or month on (2010, '2023-07'); None: all
UNTIL = None  # keep papers up to this year or month, inclusive; None: all
VENUE = None  # keep papers whose venue contains this text ('ACL'); None: all
QUERY = None  # keep papers whose title or abstract matches this regex; None: all
OUT = "figures"  # where the PDF / SVG / PNG files are written
FORMATS = ("pdf", "svg", "png")
BENCHMARK = None  # result_distribution for this benchmark (None: the one with most results)
TOP_DATASETS = 15  # rows of the dataset-usage heatmap

# %%
# %matplotlib inline
from pathlib import Path

import litkit
import litkit.topics
from litkit import figures
from litkit.filters import describe

corpus = litkit.load_seed() if CORPUS is None else litkit.read(CORPUS)
corpus = litkit.select(corpus, since=SINCE, until=UNTIL, venue=VENUE, query=QUERY)
print(describe(corpus) or f"all {len(corpus)} papers")
if SAMPLE is not None and SAMPLE < len(corpus):
    corpus = corpus.sample(SAMPLE, random_state=SEED).reset_index(drop=True)
papers = litkit.summarize(litkit.extract(corpus, progress=False), corpus)
model = litkit.topics.fit(corpus, seed=SEED, progress=False)
tree = model.topic_tree
rising = litkit.topics.emerging_table(model, corpus, papers)
# emerging fine topics; a rise the venue mix explains (not within venue) is left grey
emerging = rising.query("kind == 'topic' and within_venue")["topic"].tolist()
print(f"{len(corpus)} papers, {int((tree['level'] == 'theme').sum())} themes, "
      f"{int((model.topic_info['topic'] >= 0).sum())} fine topics, {len(emerging)} emerging")

# %% [markdown]
# Each figure is drawn, shown, and saved under `OUT/<name>.{pdf,svg,png}`.

# %%
written: dict[str, list[Path]] = {}


def keep(name: str, fig):
    """Save ``fig`` as OUT/name.* and show it."""
    written[name] = figures.save(fig, Path(OUT) / name, formats=FORMATS)
    return fig


# %% [markdown]
# ## Themes, topics and what is rising

# %%
keep("topic_tree", figures.topic_tree(tree, emerging=emerging))

# %%
keep("papers_per_topic",
     figures.papers_per_topic(model.over_time(level="theme"), tree[tree["level"] == "theme"]))

# %%
keep("topic_share", figures.topic_share(model.topics_over_time, model.topic_info,
                                        emerging=emerging))

# %% [markdown]
# ## Model size and training data
# Sizes over time on a log scale, the points farthest from the trend labelled; training
# tokens against parameters with the compute-optimal 20 tokens per parameter.

# %%
keep("model_size_over_time", figures.model_size_over_time(papers, corpus))

# %%
keep("tokens_vs_params", figures.tokens_vs_params(papers, corpus))

# %% [markdown]
# ## Datasets, benchmarks and results

# %%
keep("dataset_usage", figures.dataset_usage(papers, corpus, top_n=TOP_DATASETS))

# %%
# NBVAL_CHECK_OUTPUT
reported = figures.benchmarks_reported(papers, corpus)
print(f"{reported.sum()} results on {len(reported)} benchmarks; most reported: "
      + (", ".join(f"{name} ({n})" for name, n in reported.head(5).items()) or "none"))

# %%
keep("result_distribution", figures.result_distribution(papers, corpus, BENCHMARK))

# %% [markdown]
# ## Topics x facts

# %%
keep("size_by_topic", figures.size_by_topic(papers, model.doc_topics))

# %%
# NBVAL_CHECK_OUTPUT
for name, paths in written.items():
    print(f"{name:22s}", " ".join(p.name for p in paths))
