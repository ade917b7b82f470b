"""``litkit tables``: the survey tables (sizes, token budgets, datasets, results, leaderboards)
of a set of papers, as CSV, Markdown and LaTeX."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from litkit.cli.common import add_input_options, read_inputs
from litkit.cli.filters import add_filter_options, apply_filters

EPILOG = """examples:
  litkit tables papers.jsonl -o tables/
  litkit tables papers.jsonl -o tables/ --benchmark GSM8K --benchmark MMLU
  litkit tables refs.bib -o tables/ --benchmark ImageNet --metric-type accuracy --as tex
  litkit tables papers.jsonl -o tables/ --since 2022 --venue ACL --query 'instruction tun'
  litkit extract papers.jsonl -o mentions.parquet && \\
      litkit tables papers.jsonl --mentions mentions.parquet -o tables/ --benchmark SQuAD

writes to OUTDIR, each as .csv, .md and .tex (booktabs) unless --as says otherwise:
  model_sizes     one row per paper: the sizes it reports (and their models), with evidence
  token_budgets   largest model and token count per paper, tokens per parameter
  datasets        datasets and benchmarks by papers naming them, first and last year
  results         every reported result: score, delta or ratio, metric, dataset, model
  leaderboard_<BENCHMARK>  per --benchmark: scores by model, best first, with evidence,
                  and sota_<BENCHMARK>.{pdf,svg,png}, the best score over time
  (without --benchmark: leaderboard, the scores on every benchmark)
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "tables",
        help="survey tables: model sizes, token budgets, datasets, results, leaderboards",
        description="Extract facts from the papers in INPUT (any format 'litkit read' "
        "accepts) and write the tables a survey needs, each row with the sentence it was read "
        "from: model sizes, token budgets, datasets, results, and a leaderboard (every score "
        "on a benchmark by model and year) per --benchmark.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="papers file(s) or URL(s): .jsonl, .csv, .parquet, .bib, .ris, ...")
    parser.add_argument("-o", "--outdir", required=True, help="directory for the tables")
    parser.add_argument("--benchmark", action="append", default=[], metavar="NAME",
                        help="write a leaderboard of this benchmark (spelling-insensitive: "
                        "GSM8K = GSM-8K); repeatable")
    parser.add_argument("--metric-type", metavar="TYPE",
                        help="leaderboards of one metric type only (accuracy, f1, bleu, "
                        "perplexity, ...)")
    parser.add_argument("--mentions", metavar="FILE",
                        help="Mentions from an earlier 'litkit extract -o FILE' of the same "
                        "papers (skips extraction)")
    parser.add_argument("--as", dest="formats", default="csv,md,tex", metavar="FORMATS",
                        help="table formats, comma-separated (default csv,md,tex)")
    parser.add_argument("--lexicon", action="append", metavar="FILE",
                        help="extra dataset/model names (JSON Lines or TSV); repeatable")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_input_options(parser)
    add_filter_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import litkit
    from litkit import figures, survey
    from litkit.errors import LitkitError
    from litkit.leaderboards import check_metric_type, dataset_key
    from litkit.report import FORMATS, export

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    if not formats or set(formats) - set(FORMATS):
        raise LitkitError(f"--as {args.formats}: use any of {', '.join(FORMATS)}, "
                          "comma-separated")
    check_metric_type(args.metric_type)
    corpus = apply_filters(read_inputs(args), args)
    mentions = _mentions(args, corpus)
    papers = litkit.summarize(mentions, corpus)
    outdir = Path(args.outdir)
    tables = {
        "model_sizes": (survey.model_sizes(mentions, corpus), "Model sizes reported"),
        "token_budgets": (survey.token_budgets(papers, corpus),
                          "Training tokens against parameters (largest model per paper)"),
        "datasets": (survey.datasets_used(papers, corpus), "Datasets and benchmarks used"),
        "results": (survey.results(mentions, corpus), "Results reported"),
    }
    boards = {}
    for name in args.benchmark or [None]:
        board = litkit.leaderboard(mentions, corpus, dataset=name, metric_type=args.metric_type)
        if name is None:
            boards["leaderboard"] = (board, "Scores reported on each benchmark")
        else:
            boards[f"leaderboard_{dataset_key(name)}"] = (board, f"Scores reported on {name}")
    written = []
    for stem, (table, caption) in tables.items():
        written += export(table, outdir / stem, formats, caption=f"{caption}.",
                          label=f"tab:{stem.replace('_', '-')}")
    for stem, (board, caption) in boards.items():
        written += export(survey.leaderboard_table(board), outdir / stem, formats,
                          caption=f"{caption}.", label=f"tab:{stem.replace('_', '-')}")
        if stem != "leaderboard" and len(board):
            fig = figures.sota_progression(board, corpus)
            written += figures.save(fig, outdir / stem.replace("leaderboard_", "sota_"))
    counts = ", ".join(f"{len(table)} {stem.replace('_', ' ')}"
                       for stem, (table, _) in tables.items())
    scores = ", ".join(f"{name or 'all benchmarks'} {len(board)}" for name, (board, _) in
                       zip(args.benchmark or [None], boards.values(), strict=True))
    print(f"{len(corpus)} papers: {counts}; scores on {scores} -> {outdir}/ "
          f"({len(written)} files)", file=sys.stderr)
    for name, (board, _) in zip(args.benchmark, boards.values(), strict=False):
        if board.empty:
            print(f"warning: no scores on {name!r}: see the 'datasets' and 'results' tables "
                  "for the benchmarks these papers name", file=sys.stderr)
    return 0


def _mentions(args: argparse.Namespace, corpus):
    """The Mentions of ``corpus``: those of its papers in ``--mentions``, else extracted."""
    import pandas as pd

    import litkit
    from litkit.errors import InputError

    if not args.mentions:
        return litkit.extract(corpus, lexicon=args.lexicon, progress=not args.quiet)
    if Path(args.mentions).suffix.lower() != ".parquet":
        raise InputError(args.mentions, "--mentions must be a .parquet file from 'litkit "
                         "extract -o mentions.parquet' (other formats lose the column types)")
    try:
        mentions = pd.read_parquet(args.mentions)
    except (OSError, ValueError) as exc:
        raise InputError(args.mentions, f"cannot read Mentions table: {exc}") from exc
    return mentions[mentions["paper_id"].isin(corpus["id"])].reset_index(drop=True)
