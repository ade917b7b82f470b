"""``litkit demo``: the main job on the embedded seed corpus, end to end, offline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from litkit.cli.common import add_rejects_option, check_output, report

EPILOG = """example:
  litkit demo -o demo/

writes to OUTDIR: corpus.jsonl (the embedded seed corpus), mentions.csv and mentions.parquet
  (every extracted fact with its sentence), papers.jsonl (one row per paper), topics/ (the
  'litkit topics' tables, model and trend figures) and figures/ (model sizes over time, tokens
  vs parameters, dataset usage, size by topic) as PDF, SVG and PNG.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="run the whole analysis on the embedded seed corpus (87 papers)",
        description="Read the embedded seed corpus, extract facts, fit topics over time, and "
        "write the tables and survey figures: what 'make demo' runs.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-o", "--outdir", default="demo", help="output directory (default demo)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    add_rejects_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import litkit
    from litkit import figures, topics
    from litkit.cli.topics import write_outputs
    from litkit.tables import write_table

    out = Path(args.outdir)
    check_output(args.rejects)
    corpus = litkit.load_seed()
    report(corpus, args.rejects)
    write_table(corpus, out / "corpus.jsonl")
    mentions = litkit.extract(corpus, progress=not args.quiet)
    papers = litkit.summarize(mentions, corpus)
    for name in ("mentions.csv", "mentions.parquet"):
        write_table(mentions, out / name)
    write_table(papers, out / "papers.jsonl")
    counts = mentions["label"].value_counts()
    print(f"extracted {len(mentions)} mentions from {len(corpus)} papers: "
          + ", ".join(f"{n} {label}" for label, n in counts.items()), file=sys.stderr)

    model = topics.fit(corpus, seed=args.seed, progress=not args.quiet)
    write_outputs(model, out / "topics", papers, corpus)
    n_topics = int((model.topic_info["topic"] >= 0).sum())
    print(f"{n_topics} topics -> {out / 'topics'}/", file=sys.stderr)

    drawn = {
        "model_size_over_time": lambda: figures.model_size_over_time(papers, corpus),
        "tokens_vs_params": lambda: figures.tokens_vs_params(papers, corpus),
        "dataset_usage": lambda: figures.dataset_usage(papers, corpus),
        "size_by_topic": lambda: figures.size_by_topic(papers, model.doc_topics),
    }
    written = []
    for name, draw in drawn.items():
        written += figures.save(draw(), out / "figures" / name)
    print(f"{len(written)} figure files -> {out / 'figures'}/", file=sys.stderr)
    return 0
