"""Thread recovery: do the fine topics of a default fit find the field's research threads?

Each thread of the list (default ``benchmarks/threads.jsonl``, one JSON object a line:
``thread``, ``area``, ``post_2022`` and ``pattern``, a regular expression over title and
abstract, case-insensitive, with ``(?-i:...)`` around case-sensitive acronyms) selects its
keyword papers among the modelled ones. Against the fine topics of
``litkit.topics.fit(corpus)`` on the shared 46,606-abstract corpus (litkit's defaults; the
list measures, it never tunes), each thread gets:

- **best topic**: the fine topic whose papers match the keyword papers with the highest F1
  (outliers count as misses);
- **best union**: the best union of up to 3 fine topics (a thread may be split, e.g. reward
  models and DPO); fine topics are disjoint, so F1 = 2 * matched / (papers + keyword papers),
  searched exhaustively over the 20 topics with the most keyword papers;
- **emerging** (threads marked ``post_2022``): whether a topic of the best union is flagged
  by ``litkit.topics.emerging``, on raw shares and on shares normalized within venue.

Prints one row per thread, then how many reach F1 >= 0.5 and how many post-2022 threads are
flagged emerging. A private list in the same format is scored the same way (``--threads``).

    .venv/bin/python benchmarks/bench_threads.py [--threads FILE] [--model DIR | --save DIR]
        [--out results.csv]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from shared_corpus import ML_ABSTRACTS, read_corpus

from litkit import topics
from litkit.topics.text import documents

THREADS = Path(__file__).with_name("threads.jsonl")
UNION = 3
CANDIDATES = 20
GOOD_F1 = 0.5


def read_threads(path: Path) -> list[dict]:
    """The thread list; a bad line or pattern stops with 'file:line: reason'."""
    threads = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            thread = json.loads(line)
            thread["regex"] = re.compile(thread["pattern"], re.IGNORECASE)
            threads.append(thread)
        except (ValueError, KeyError, re.error) as exc:
            raise SystemExit(f"{path}:{number}: {exc}") from exc
    return threads


def best_union(inter: pd.Series, sizes: pd.Series, k: int, most: int) -> tuple[tuple, float]:
    """(topics, F1) of the best union of up to ``most`` disjoint topics, with ``inter`` the
    keyword papers in each topic, ``sizes`` the topics' papers and ``k`` the keyword papers."""
    pool = inter.sort_values(ascending=False, kind="stable").index[:CANDIDATES]
    best: tuple[tuple, float] = ((), 0.0)
    for n in range(1, most + 1):
        for combo in itertools.combinations(pool, n):
            f1 = 2 * inter[list(combo)].sum() / (sizes[list(combo)].sum() + k)
            if f1 > best[1] + 1e-12:
                best = (tuple(int(t) for t in combo), float(f1))
    return best


def score(threads: list[dict], corpus: pd.DataFrame, model) -> pd.DataFrame:
    """One row per thread: keyword papers, best topic (F1, precision, recall), best union,
    emerging flags."""
    doc_topics = model.doc_topics
    modelled = doc_topics["modelled"].to_numpy(dtype=bool)
    docs = np.array(documents(corpus.set_index("id").loc[doc_topics["id"]].reset_index()),
                    dtype=object)[modelled]
    topic = doc_topics["topic"].to_numpy()[modelled]
    sizes = pd.Series(topic[topic >= 0]).value_counts()
    labels = model.topic_info.set_index("topic")["label"]
    tot = model.topics_over_time
    hot = set(topics.emerging(tot)["topic"])
    fair = set(topics.emerging(topics.within_venue(doc_topics, corpus, model.params["bins"]))
               ["topic"])
    rows = []
    for thread in threads:
        hit = np.array([bool(thread["regex"].search(d)) for d in docs])
        k = int(hit.sum())
        inter = pd.Series(topic[hit & (topic >= 0)]).value_counts().reindex(
            sizes.index, fill_value=0)
        f1 = 2 * inter / (sizes + k) if k else inter * 0.0
        best = int(f1.idxmax()) if k else -1
        union, union_f1 = best_union(inter, sizes, k, UNION) if k else ((), 0.0)
        rows.append({
            "thread": thread["thread"], "area": thread.get("area", ""),
            "post_2022": bool(thread.get("post_2022")), "keyword_papers": k,
            "topic": best, "label": labels.get(best, ""), "size": int(sizes.get(best, 0)),
            "f1": float(f1.get(best, 0.0)),
            "precision": float(inter.get(best, 0) / sizes[best]) if best >= 0 else 0.0,
            "recall": float(inter.get(best, 0) / k) if k else 0.0,
            "union": list(union), "union_f1": union_f1,
            "emerging": bool(set(union) & hot), "emerging_within_venue": bool(set(union) & fair),
        })
    return pd.DataFrame(rows)


def report(results: pd.DataFrame, fit_seconds: float | None, n_topics: int, n_papers: int,
           load: str) -> None:
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 40)
    shown = results.assign(f1=results["f1"].round(2), precision=results["precision"].round(2),
                           recall=results["recall"].round(2),
                           union_f1=results["union_f1"].round(2))
    print(shown.drop(columns=["area"]).to_string(index=False))
    n = len(results)
    recent = results[results["post_2022"]]
    fit = f"fit {fit_seconds:.0f} s, " if fit_seconds is not None else "loaded model, "
    print(f"\n{n_papers:,} modelled papers, {n_topics} fine topics ({fit}load average {load})")
    print(f"threads with a fine topic at F1 >= {GOOD_F1}: "
          f"{int((results['f1'] >= GOOD_F1).sum())} of {n}; "
          f"with a union of <= {UNION} fine topics: "
          f"{int((results['union_f1'] >= GOOD_F1).sum())} of {n}")
    print(f"median F1: best topic {results['f1'].median():.2f}, best union "
          f"{results['union_f1'].median():.2f}; best topics with precision >= {GOOD_F1} (mostly "
          f"the thread): {int((results['precision'] >= GOOD_F1).sum())} of {n}")
    for name, part in (("post-2022", recent), ("older", results[~results["post_2022"]])):
        print(f"{name} threads flagged emerging: {int(part['emerging'].sum())} of {len(part)}"
              f" (raw shares), {int(part['emerging_within_venue'].sum())} of {len(part)} "
              "(within venue)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=Path, default=THREADS, help="thread list (JSONL)")
    parser.add_argument("--model", type=Path, help="score a model saved by litkit.topics.save "
                        "(fitted on the shared corpus) instead of fitting one")
    parser.add_argument("--save", type=Path, help="save the fitted model here")
    parser.add_argument("--out", type=Path, help="also write the results as CSV")
    args = parser.parse_args()
    if not ML_ABSTRACTS.exists():
        print(f"{ML_ABSTRACTS} not found: nothing to benchmark", file=sys.stderr)
        return 0
    threads = read_threads(args.threads)
    corpus = read_corpus()
    seconds = None
    if args.model:
        model = topics.load(args.model)
    else:
        start = time.perf_counter()
        model = topics.fit(corpus)
        seconds = time.perf_counter() - start
        if args.save:
            model.save(args.save)
    results = score(threads, corpus, model)
    if args.out:
        results.to_csv(args.out, index=False)
    report(results, seconds, int((model.topic_info["topic"] >= 0).sum()),
           int(model.doc_topics["modelled"].sum()),
           " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
