"""The citation graph of 50,000 papers with 1,000,000 references (a synthetic reference list).

Target (issue 13): ``litkit.citations.graph`` builds it in < 30 s on 2 cores with a peak
memory < 2 GB. Also times reading the references into a Corpus, the edge table, the
most-cited and foundational tables, and co-citation and coupling pairs on the same corpus.

    .venv/bin/python benchmarks/bench_citations.py [--papers 50000] [--references 1100000]

The papers cite each other the way a field does: 60% of references go to earlier papers of
the corpus, the old and already much-cited ones more often (preferential attachment), each
written under one of the paper's ids (arXiv id, DOI or OpenAlex id, so that references are
resolved through aliases); the rest go to 200,000 outside works with a Zipf popularity.
Timings are wall-clock on whatever else the machine is doing; the load is printed.
"""

from __future__ import annotations

import argparse
import os

import numpy as np
import pandas as pd
from measure import peak_mb, timed

from litkit import citations
from litkit.corpus import make_corpus

INSIDE = 0.6
OUTSIDE_WORKS = 200_000


def synthetic_records(papers: int, references: int, seed: int) -> list[dict]:
    """Loose Corpus records: ids of three kinds, years 2000-2024, and reference lists."""
    rng = np.random.default_rng(seed)
    kinds = np.arange(papers) % 3
    arxiv = [f"{7 + i % 18:02d}{1 + i % 12:02d}.{i:05d}" for i in range(papers)]
    doi = [f"10.5555/paper.{i}" for i in range(papers)]
    openalex = [f"W{100_000_000 + i}" for i in range(papers)]
    ids = [(f"arxiv:{arxiv[i]}", f"doi:{doi[i]}", f"openalex:{openalex[i]}")[k]
           for i, k in enumerate(kinds)]
    counts = rng.poisson(references / papers, papers)
    citing = np.repeat(np.arange(papers), counts)
    inside = rng.random(len(citing)) < INSIDE
    # earlier papers, the oldest most: index * u^2 skews towards 0
    target = (citing * rng.random(len(citing)) ** 2).astype(int)
    outside = rng.zipf(1.3, len(citing)) % OUTSIDE_WORKS
    refs = np.where(inside, np.asarray(ids, dtype=object)[target],
                    np.char.add("doi:10.9999/outside.", outside.astype(str)).astype(object))
    lists = np.split(refs, np.cumsum(counts)[:-1])
    return [
        {"id": ids[i], "title": f"Paper {i}", "year": 2000 + i * 25 // papers,
         "arxiv_id": arxiv[i] if kinds[i] == 0 else None,
         "doi": doi[i] if kinds[i] == 1 else None,
         "extra": {"openalex_id": f"https://openalex.org/{openalex[i]}"} if kinds[i] == 2 else {},
         "cited_by_count": int(rng.integers(0, 5000)), "references": lists[i].tolist()}
        for i in range(papers)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=50_000)
    parser.add_argument("--references", type=int, default=1_100_000,
                        help="references listed; about 1M remain once the works a paper "
                        "lists twice are counted once")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    records, t_make = timed(synthetic_records, args.papers, args.references, args.seed)
    listed = sum(len(r["references"]) for r in records)
    corpus, t_read = timed(make_corpus, records, source="synthetic")
    del records
    n_refs = int(corpus["references"].map(len).sum())
    before = peak_mb()
    g, t_graph = timed(citations.graph, corpus)
    after_graph = peak_mb()
    print(f"synthetic corpus: {len(corpus)} papers, {listed} references listed, {n_refs} "
          f"after repeats within a paper (made in {t_make:.1f} s, read into a Corpus in "
          f"{t_read:.1f} s)")
    print(f"load average before the graph: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"citations.graph      : {t_graph:6.1f} s  ({n_refs / t_graph:9.0f} references/s); "
          f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges within the corpus")
    print(f"peak RSS             : {after_graph:6.0f} MiB  (before the graph {before:.0f} MiB)")
    print(f"graph target < 30 s and < 2048 MiB: "
          f"{'met' if t_graph < 30 and after_graph < 2048 else 'MISSED'}")
    del g

    links, t_edges = timed(citations.edges, corpus)
    print(f"citations.edges      : {t_edges:6.1f} s  ({len(links)} rows, "
          f"{int(links['internal'].sum())} within the corpus)")
    topics = pd.DataFrame({"id": corpus["id"], "topic": np.arange(len(corpus)) % 20})
    topics["label"] = "topic " + topics["topic"].astype(str)
    _, t_top = timed(citations.most_cited, corpus, topics, by="topic")
    _, t_found = timed(citations.foundational, corpus, topics)
    print(f"most_cited by topic  : {t_top:6.1f} s;  foundational: {t_found:.1f} s")
    co, t_co = timed(citations.cocitation, corpus, min_count=5)
    print(f"cocitation (>= 5)    : {t_co:6.1f} s  ({len(co)} pairs)")
    coupled, t_coupling = timed(citations.coupling, corpus, min_count=5)
    print(f"coupling (>= 5)      : {t_coupling:6.1f} s  ({len(coupled)} pairs)")
    print(f"peak RSS of the run  : {peak_mb():6.0f} MiB; load average now "
          f"{os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
