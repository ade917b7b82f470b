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
# # Citations and influence: which papers matter in each topic
#
# Which papers does a field build on, which are cited most within each topic, and how do the
# papers cite each other? This notebook reads a corpus with citation data (`cited_by_count`
# and `references`, as OpenAlex and Semantic Scholar exports carry, or as
# `litkit fetch citations` adds to any corpus), and shows:
#
# 1. what citation data the corpus has, and which papers lack a reference list;
# 2. the citation graph within the corpus (a `networkx.DiGraph`);
# 3. the most-cited papers per year and per topic;
# 4. the *foundational* works of each topic: those its papers cite most, inside the corpus
#    or not;
# 5. co-citation and bibliographic-coupling pairs;
# 6. snowballing: one hop of references and citations from seed papers.
#
# By default it reads `data/citations_sample.json`, 50 well-known ML papers with their
# citation links in a Semantic Scholar batch answer (see `data/README.md`), so it runs
# offline. On a real export: `papermill 05_citations.ipynb out.ipynb -p CORPUS works.json`,
# or `-p CORPUS corpus.parquet -p FETCH openalex` to look the citation data up first (this
# uses the network).

# %% tags=["parameters"]
CORPUS = None  # None: data/citations_sample.json; else a file or URL litkit.read understands
SAMPLE = None  # keep a random sample of this many papers (None: all of them)
SEED = 42  # random seed for the sample and the topic model
SINCE = None  # keep papers from this year or month on (2010, '2023-07'); None: all
UNTIL = None  # keep papers up to this year or month, inclusive; None: all
VENUE = None  # keep papers whose venue contains this text ('ACL'); None: all
QUERY = None  # keep papers whose title or abstract matches this regex; None: all
FETCH = None  # 'openalex' or 'semanticscholar': look citation data up first (network)
MAILTO = None  # your e-mail for OpenAlex's polite pool (with FETCH='openalex')
# with FETCH='semanticscholar', an API key is read from $S2_API_KEY; it is no parameter, as
# papermill writes parameters into the executed notebook
TOP = 5  # papers per topic or year in the tables
OUT = "figures"  # where the PDF / SVG / PNG files are written
FORMATS = ("pdf", "svg", "png")

# %%
# %matplotlib inline
from pathlib import Path

import networkx as nx
import pandas as pd

import litkit
import litkit.topics
from litkit import citations, figures
from litkit.filters import describe

pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)

# the sample beside this notebook, whether papermill runs here or in the project root
here = [Path(d, "citations_sample.json") for d in ("data", "notebooks/data")]
corpus = litkit.read(CORPUS or next(p for p in here if p.exists()))
corpus = litkit.select(corpus, since=SINCE, until=UNTIL, venue=VENUE, query=QUERY)
print(describe(corpus) or f"all {len(corpus)} papers")
if SAMPLE is not None and SAMPLE < len(corpus):
    corpus = corpus.sample(SAMPLE, random_state=SEED).reset_index(drop=True)
if FETCH:
    corpus = litkit.fetch_citations(corpus, FETCH, mailto=MAILTO, progress=False)
    print(f"{len(litkit.not_found_of(corpus))} papers not found at {FETCH}")
print(f"{len(corpus)} papers, {corpus['year'].min()}-{corpus['year'].max()}; "
      f"{len(litkit.rejects_of(corpus))} input record(s) rejected")

# %% [markdown]
# ## 1. What citation data the corpus has
# A paper's `references` are the ids of the works it cites (`arxiv:…`, `doi:…`,
# `openalex:W…`, `s2:…`); `None` means the source gave no list, `[]` that it cites nothing.
# Papers whose list is missing or partly unreadable stay in every table (they just cite
# less), and `reference_notes` says which and why.

# %%
# NBVAL_CHECK_OUTPUT
listed = corpus["references"].map(lambda refs: isinstance(refs, list))
links = citations.edges(corpus)
print(f"citation counts:  {int(corpus['cited_by_count'].notna().sum())} of {len(corpus)} papers")
print(f"reference lists:  {int(listed.sum())} of {len(corpus)} papers, "
      f"{len(links)} references in all")
print(f"within the corpus: {int(links['internal'].sum())} references "
      f"({links['internal'].mean():.0%}); the rest cite "
      f"{links.loc[~links['internal'], 'cited'].nunique()} works outside it")

# %%
# NBVAL_CHECK_OUTPUT
print(citations.reference_notes(corpus)[["title", "note"]].to_string(index=False))

# %% [markdown]
# ## 2. The citation graph
# `citations.graph` is a `networkx.DiGraph` with an edge from each citing paper to each
# paper of the corpus it cites (every paper is a node, with its title, year and count), so
# any networkx algorithm applies, e.g. PageRank as a measure of influence within the corpus.

# %%
# NBVAL_CHECK_OUTPUT
graph = citations.graph(corpus)
largest = max(nx.weakly_connected_components(graph), key=len)
print(f"{graph.number_of_nodes()} papers, {graph.number_of_edges()} citations between them; "
      f"{len(largest)} papers in the largest connected part")
rank = pd.Series(nx.pagerank(graph)).sort_values(ascending=False).head(TOP)
for paper_id, score in rank.items():
    print(f"{score:.3f}  {graph.nodes[paper_id]['title'][:70]}")

# %% [markdown]
# ## 3. The most-cited papers
# Ranked by the source's citation count (`cited_by_count`, counted over all of the
# literature) or by citations from within the corpus (`rank_by="cited_in_corpus"`, what
# this field cites).

# %%
# NBVAL_CHECK_OUTPUT
columns = ["rank", "title", "year", "cited_by_count", "cited_in_corpus"]
print(citations.most_cited(corpus, n=TOP, rank_by="cited_in_corpus")[columns]
      .to_string(index=False))

# %%
# NBVAL_CHECK_OUTPUT
recent = citations.most_cited(corpus, by="year", n=1)
print(recent[["year", "title", "cited_by_count", "cited_in_corpus"]].tail(8)
      .to_string(index=False))

# %% [markdown]
# Per topic: topics from `litkit.topics.fit` (any table with `id, topic, label` works).

# %%
model = litkit.topics.fit(corpus, seed=SEED, progress=False)
doc_topics = model.doc_topics[["id", "topic", "label"]]
by_topic = citations.most_cited(corpus, doc_topics, by="topic", n=TOP)
by_topic[["label", "rank", "title", "year", "cited_by_count", "cited_in_corpus"]]

# %% [markdown]
# ## 4. Foundational works of each topic
# The works a topic's papers cite most, inside the corpus or not (outside works are known
# only by their id until you fetch them, e.g. with `litkit.snowball`). `share` is the
# fraction of the topic's papers with a reference list that cite the work.

# %%
foundational = citations.foundational(corpus, doc_topics, n=TOP)
foundational.assign(work=foundational["title"].fillna(foundational["cited"]))[
    ["label", "rank", "work", "year", "citing", "share"]]

# %%
written: dict[str, list[Path]] = {}


def keep(name: str, fig):
    """Save ``fig`` as OUT/name.* and show it."""
    written[name] = figures.save(fig, Path(OUT) / name, formats=FORMATS)
    return fig


keep("foundational_works", figures.most_cited(foundational, n=TOP))

# %% [markdown]
# The citations among the most-cited papers, each at its publication year in the lane of
# its topic:

# %%
keep("citation_network", figures.citation_network(corpus, doc_topics, top_n=40))

# %% [markdown]
# ## 5. Co-citation and bibliographic coupling
# Two works are *co-cited* when papers cite them together (they are read as related);
# two papers are *coupled* when their reference lists overlap (they build on the same
# work). `strength` is the count divided by the geometric mean of the two works' citations
# (co-citation) or reference-list lengths (coupling).

# %%
# NBVAL_CHECK_OUTPUT
def named(pairs: pd.DataFrame) -> pd.DataFrame:
    """Pairs with titles where known, else the work's id."""
    return pd.DataFrame({"a": pairs["title_a"].fillna(pairs["a"]).str[:45],
                         "b": pairs["title_b"].fillna(pairs["b"]).str[:45],
                         "count": pairs["count"], "strength": pairs["strength"].round(2)})


print(named(citations.cocitation(corpus, min_count=3).head(8)).to_string(index=False))

# %%
# NBVAL_CHECK_OUTPUT
print(named(citations.coupling(corpus, min_count=3).head(8)).to_string(index=False))

# %% [markdown]
# ## 6. Snowballing from seed papers
# `litkit.snowball(seeds, source, direction)` looks the seeds up, fetches the works they
# cite (`"references"`), those citing them (`"citations"`, the most cited first at OpenAlex)
# or both, with their own citation data, and merges everything with `litkit.merge`
# (duplicates folded together). It uses the network, so it runs here only with `FETCH`:
#
# ```python
# seeds = corpus[corpus["title"].str.contains("Attention Is All You Need", case=False)]
# grown = litkit.snowball(seeds, "openalex", "both", per_seed=50, mailto="you@example.org")
# litkit.not_found_of(grown)   # works the source did not know
# ```
# From the command line: `litkit fetch snowball seeds.bib -o grown.parquet`.

# %%
if FETCH:
    seeds = citations.most_cited(corpus, n=2)["id"]
    grown = litkit.snowball(corpus[corpus["id"].isin(seeds)], FETCH, mailto=MAILTO,
                            per_seed=20, progress=False)
    print(f"2 seeds -> {len(grown)} papers; {len(litkit.not_found_of(grown))} not found")

# %%
# NBVAL_CHECK_OUTPUT
for name, paths in written.items():
    print(f"{name:20s}", " ".join(p.name for p in paths))
