"""Topics benchmark on the shared 46,606-abstract corpus (../shared/data/ml_abstracts.jsonl.gz).

Default: end to end (read -> fine topics and themes -> tables -> bursts -> figures -> save),
printing wall time per stage, CPU time, peak memory, the diagnostics (outlier share, NPMI,
diversity per level) and the largest themes. Targets: no slower than the flat fit litkit
had before (78 s warm on a quiet machine), peak RSS < 4 GB, outliers < 20%.

--baseline REF also runs the same end to end with litkit as of git commit REF (e.g. the
BERTopic version, 6874089) in a subprocess, its caches warmed first, and prints the ratio.
--load saves the model and times `import litkit.topics` + `topics.load` in fresh processes,
and a transform of 1,000 papers after loading (target: load <= 3 s).
--quality compares the representations on a fixed 5,000-abstract sample: topics, outliers,
NPMI and diversity at both levels (add --minilm for MiniLM: ~20 minutes on two cores).

    .venv/bin/python benchmarks/bench_topics.py [--baseline REF] [--load] [--quality]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from measure import peak_mb, timed
from shared_corpus import ML_ABSTRACTS

ROOT = Path(__file__).resolve().parents[1]


def read_ml_abstracts(path: Path = ML_ABSTRACTS) -> pd.DataFrame:
    """The shared corpus read directly (not through litkit.read), so that the quality sample
    stays the same while the readers change."""
    from litkit.corpus import make_corpus

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return make_corpus(json.loads(line) for line in fh)


def quality_sample(corpus: pd.DataFrame, n: int = 5000, seed: int = 7) -> pd.DataFrame:
    """A fixed sample for coherence checks: 2010+, English, no PDF artefacts."""
    from litkit.text import detect_language

    keep = (corpus["year"] >= 2010) & ~corpus["abstract"].str.contains("(cid:", regex=False)
    pool = corpus[keep].sort_values("id")
    pool = pool[[detect_language(a[:400]) == "en" for a in pool["abstract"]]]
    order = np.random.default_rng(seed).permutation(len(pool))[:n]
    return pool.iloc[np.sort(order)].reset_index(drop=True)


def cpu_seconds() -> float:
    """CPU time of this process so far (user + system): less noisy than wall time on a
    shared machine for the single-threaded stages."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def end_to_end(outdir: Path, embedding: str = "tfidf") -> float:
    """Read, fit, tables, bursts, figures and save, timed per stage; returns the total."""
    import litkit
    from litkit import topics
    from litkit.cli.topics import write_figures

    start = time.perf_counter()
    corpus, t_read = timed(litkit.read, ML_ABSTRACTS)
    model, t_fit = timed(topics.fit, corpus, embedding=embedding, progress=False)
    _, t_figures = timed(lambda: (topics.bursts(model.topics_over_time),
                                  write_figures(model, outdir, "year")))
    _, t_save = timed(model.save, outdir / "model")
    total = time.perf_counter() - start
    print(f"\nend to end, {len(corpus):,} abstracts, embedding={embedding} "
          f"(load average {load_average()})")
    for stage, seconds in (("read", t_read), ("fit (topics, themes, tables)", t_fit),
                           ("bursts + figures", t_figures), ("save", t_save)):
        print(f"  {stage:<30} {seconds:7.1f} s")
    print(f"  {'total':<30} {total:7.1f} s   (CPU {cpu_seconds():.0f} s)   "
          f"peak RSS {peak_mb() / 1024:.2f} GB")
    modelled = int(model.doc_topics["modelled"].sum())
    print(f"  {modelled:,} modelled (non-English or no abstract: {len(corpus) - modelled:,})")
    print(model.diagnostics.round(3).to_string(index=False))
    themes = model.topic_tree.query("level == 'theme'").head(8)
    for _, theme in themes.iterrows():
        members = model.topic_tree.query("level == 'topic' and parent == @theme.topic")
        print(f"  {theme['label']} ({theme['size']:,}): "
              + "; ".join(members["label"].head(4)))
    return total


BASELINE_SCRIPT = """
import sys, time
from pathlib import Path
import litkit
from litkit import topics
from litkit.cli.topics import write_figures
start = time.perf_counter()
corpus = litkit.read(sys.argv[1])
model = topics.fit(corpus, progress=False)
topics.bursts(model.topics_over_time)
write_figures(model, Path(sys.argv[2]), "year")
print(f"{time.perf_counter() - start:.1f}")
"""


def baseline(ref: str, workdir: Path) -> float:
    """Seconds of the same end to end with litkit as of ``ref`` (caches warmed first)."""
    tree = workdir / "baseline"
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "litkit"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    env = {**os.environ, "PYTHONPATH": str(tree), "LITKIT_CACHE_DIR": str(workdir / "cache")}
    run = [sys.executable, "-c", BASELINE_SCRIPT, str(ML_ABSTRACTS), str(workdir)]
    subprocess.run(run, env=env, check=True, capture_output=True)  # warm its caches
    return float(subprocess.run(run, env=env, check=True, capture_output=True,
                                text=True).stdout.split()[-1])


LOAD_SCRIPT = """
import sys, time
start = time.perf_counter()
from litkit import topics
model = topics.load(sys.argv[1])
loaded = time.perf_counter() - start
import litkit
new = litkit.read(sys.argv[2]).head(1000)
start = time.perf_counter()
model.transform(new)
print(f"{loaded:.2f} {time.perf_counter() - start:.2f}")
"""


def load_times(path: Path, runs: int = 3) -> None:
    times = [subprocess.run([sys.executable, "-c", LOAD_SCRIPT, str(path), str(ML_ABSTRACTS)],
                            check=True, capture_output=True, text=True).stdout.split()
             for _ in range(runs)]
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1024**2
    loads = [float(t[0]) for t in times]
    print(f"\nsaved 46k model ({size:.0f} MB): import + load {min(loads):.2f} s best, "
          f"{max(loads):.2f} s worst of {runs} fresh processes; transform of 1,000 papers "
          f"after loading {min(float(t[1]) for t in times):.2f} s "
          f"(load average {load_average()})")


def quality(embeddings: list[str], n: int, seed: int) -> None:
    from litkit import topics

    corpus = quality_sample(read_ml_abstracts(), n=n)
    print(f"\nquality on {len(corpus):,} abstracts (2010+, English, no PDF artefacts), "
          f"seed {seed}; NPMI of the top-10 c-TF-IDF terms over document co-occurrence")
    print(f"{'embedding':<10}{'fit s':>8}{'level':>7}{'topics':>8}{'outliers':>10}"
          f"{'NPMI':>8}{'diversity':>11}")
    for name in embeddings:
        model, seconds = timed(topics.fit, corpus, embedding=name, seed=seed, progress=False)
        for _, row in model.diagnostics.iterrows():
            print(f"{name:<10}{seconds:>8.0f}{row['level']:>7}{row['topics']:>8}"
                  f"{row['outlier_share']:>10.1%}{row['npmi']:>8.3f}{row['diversity']:>11.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", metavar="REF", help="also time litkit as of this commit")
    parser.add_argument("--load", action="store_true", help="time loading the saved model")
    parser.add_argument("--quality", action="store_true", help="compare representations")
    parser.add_argument("--minilm", action="store_true", help="--quality: MiniLM too")
    parser.add_argument("--n", type=int, default=5000, help="quality sample size")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--embedding", default="tfidf", help="end-to-end representation")
    args = parser.parse_args()
    if not ML_ABSTRACTS.exists():
        print(f"{ML_ABSTRACTS} not found: nothing to benchmark", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.quality:
            quality(["tfidf", "static"] + (["minilm"] if args.minilm else []), args.n,
                    args.seed)
            return 0
        total = end_to_end(Path(tmp), args.embedding)
        if args.load:
            load_times(Path(tmp) / "model")
        if args.baseline:
            old = baseline(args.baseline, Path(tmp))
            print(f"\nbaseline {args.baseline}: {old:.1f} s end to end (warm caches); this "
                  f"code {total:.1f} s = {total / old:.2f} x (load average {load_average()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
