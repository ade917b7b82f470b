"""Topics benchmark on the shared 46,606-abstract corpus (../shared/data/ml_abstracts.jsonl.gz).

Default: end to end with the static embedding (read -> embed -> fit -> over-time tables ->
figures), printing wall time per stage and peak memory. Targets: < 5 min, < 6 GB.

--quality: on a fixed 5,000-abstract sample, static vs MiniLM side by side: topics,
outliers, NPMI coherence and diversity (MiniLM embeds at ~17 abstracts/s: ~5 minutes
on two cores the first time; embeddings are cached afterwards).

    .venv/bin/python benchmarks/bench_topics.py [--quality] [--cold]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from shared_corpus import ML_ABSTRACTS

import litkit
from litkit import embed, topics
from litkit.corpus import make_corpus
from litkit.text import detect_language
from litkit.topics.quality import diversity, npmi


def read_ml_abstracts(path: Path = ML_ABSTRACTS) -> pd.DataFrame:
    """The shared corpus read directly (not through litkit.read), so that the quality sample
    stays the same while the readers change."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return make_corpus(json.loads(line) for line in fh)


def quality_sample(corpus: pd.DataFrame, n: int = 5000, seed: int = 7) -> pd.DataFrame:
    """A fixed sample for coherence checks: 2010+, English, no PDF artefacts."""
    keep = (corpus["year"] >= 2010) & ~corpus["abstract"].str.contains("(cid:", regex=False)
    pool = corpus[keep].sort_values("id")
    pool = pool[[detect_language(a[:400]) == "en" for a in pool["abstract"]]]
    order = np.random.default_rng(seed).permutation(len(pool))[:n]
    return pool.iloc[np.sort(order)].reset_index(drop=True)


def peak_rss_gb() -> float:
    """Peak resident memory of this process so far, in GB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2


def cpu_seconds() -> float:
    """CPU time of this process so far (user + system): wall time on an idle machine is
    close to it for the single-threaded stages, so it is less noisy on a shared one."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def end_to_end(embedding: str, outdir: Path) -> None:
    from litkit.cli.topics import write_figures

    start = time.perf_counter()
    marks = {}
    corpus = litkit.read(ML_ABSTRACTS)
    marks["read"] = time.perf_counter()
    model = topics.fit(corpus, embedding=embedding)
    marks["embed + fit + tables"] = time.perf_counter()
    topics.bursts(model.topics_over_time)
    write_figures(model, outdir, "year")
    marks["bursts + figures"] = time.perf_counter()
    last = start
    print(f"\nend to end, {len(corpus):,} abstracts, embedding={embedding}")
    for stage, t in marks.items():
        print(f"  {stage:<22} {t - last:7.1f} s")
        last = t
    info = model.topic_info
    outliers = info.loc[info["topic"] == -1, "size"].sum() / info["size"].sum()
    modelled = int(model.doc_topics["modelled"].sum())
    print(f"  {'total':<22} {last - start:7.1f} s   (CPU {cpu_seconds():.0f} s)   "
          f"peak RSS {peak_rss_gb():.2f} GB")
    print(f"  {modelled:,} modelled (non-English left out: {len(corpus) - modelled:,}), "
          f"{int((info['topic'] >= 0).sum())} topics, {outliers:.0%} outliers")
    print(info.query("topic >= 0")[["topic", "size", "label"]].head(15).to_string(index=False))


def quality(n: int, seed: int) -> None:
    corpus = quality_sample(read_ml_abstracts(), n=n)
    rows = []
    for name in ("static", "minilm"):
        t = time.perf_counter()
        model = topics.fit(corpus, embedding=name, min_topic_size=25, seed=seed)
        elapsed = time.perf_counter() - t
        docs = [d for d, keep in zip(model.docs, model.doc_topics["modelled"], strict=True)
                if keep]
        analyzer = model.bertopic.vectorizer_model.build_analyzer()
        info = model.topic_info.query("topic >= 0")
        rows.append({
            "embedding": name, "seconds": elapsed, "topics": len(info),
            "outliers": float((model.doc_topics["topic"] == -1).mean()),
            "npmi_ctfidf": npmi(info["ctfidf_words"].tolist(), docs, analyzer=analyzer),
            "npmi_label_words": npmi(info["words"].tolist(), docs, analyzer=analyzer),
            "diversity": diversity(info["ctfidf_words"].tolist()),
        })
    print(f"\nquality on {len(corpus):,} abstracts (2010+, English, no PDF artefacts), "
          f"min_topic_size 25, seed {seed}; top-10 words, NPMI over document co-occurrence")
    print(f"{'embedding':<10}{'fit s':>8}{'topics':>8}{'outliers':>10}{'NPMI':>8}"
          f"{'NPMI(labels)':>14}{'diversity':>11}")
    for r in rows:
        print(f"{r['embedding']:<10}{r['seconds']:>8.0f}{r['topics']:>8}{r['outliers']:>10.0%}"
              f"{r['npmi_ctfidf']:>8.3f}{r['npmi_label_words']:>14.3f}{r['diversity']:>11.2f}")
    static, minilm = rows
    ratio = static["npmi_ctfidf"] / minilm["npmi_ctfidf"]
    print(f"static NPMI = {ratio:.0%} of MiniLM's (target: within 10%)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", action="store_true", help="static vs MiniLM on a sample")
    parser.add_argument("--n", type=int, default=5000, help="quality sample size")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--embedding", default="static", help="end-to-end embedding")
    parser.add_argument("--cold", action="store_true",
                        help="empty cache: include distilling the static model and embedding")
    args = parser.parse_args()
    if not ML_ABSTRACTS.exists():
        print(f"{ML_ABSTRACTS} not found: nothing to benchmark", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.cold:
            import os

            os.environ[embed.CACHE_ENV] = tmp
        if args.quality:
            quality(args.n, args.seed)
        else:
            end_to_end(args.embedding, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
