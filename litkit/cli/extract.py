"""``litkit extract``: Corpus -> Mentions (and a per-paper summary) from any readable input."""

from __future__ import annotations

import argparse
import contextlib
import sys

from litkit.cli.common import add_input_options, check_output, read_inputs
from litkit.cli.filters import add_filter_options, apply_filters

EPILOG = """examples:
  litkit extract papers.jsonl -o mentions.parquet --summary papers.jsonl
  litkit extract refs.bib -o mentions.csv --lexicon my_names.jsonl --n-process 2
  litkit extract papers.jsonl --store litkit.duckdb -o mentions.parquet   # incremental
  litkit extract papers.jsonl -o mentions.parquet --dask local:2         # 2 worker processes
  litkit extract papers.jsonl -o mentions.parquet --since 2020 --venue ACL --query "instruction"
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract model sizes, tokens, datasets, models and results from abstracts",
        description="Extract facts from the title and abstract of every paper in INPUT (any "
        "format 'litkit read' accepts): one row per mention, and optionally one row per paper "
        "in the evaluation format.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="papers file(s) or URL(s): .jsonl, .csv, .parquet, .bib, .ris, ... "
                        "(several are merged and de-duplicated, as by 'litkit read')")
    parser.add_argument("-o", "--output", required=True,
                        help="Mentions table: .parquet, .csv, .jsonl or .json")
    parser.add_argument("--summary", help="Papers table (one row per paper), e.g. papers.jsonl")
    parser.add_argument("--lexicon", action="append", metavar="FILE",
                        help="extra dataset/model names (JSON Lines or TSV); repeatable")
    parser.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--batch-size", type=int, default=256, help="papers per batch")
    parser.add_argument("--store", metavar="FILE",
                        help="keep results in this DuckDB store and skip unchanged papers")
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="run on a Dask cluster: a scheduler address (tcp://host:8786) or "
                        "local:N for N local worker processes")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_input_options(parser)
    add_filter_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from litkit.tables import write_table

    check_output(args.output, args.summary)
    with _workers(args) as client:  # they start, and build their pipelines, while we read
        corpus = apply_filters(read_inputs(args), args)
        mentions, papers = _extract(args, corpus, client)
    write_table(mentions, args.output)
    print(f"{len(mentions)} mentions of {len(corpus)} papers -> {args.output}", file=sys.stderr)
    if args.summary:
        write_table(papers, args.summary)
        print(f"{len(papers)} papers -> {args.summary}", file=sys.stderr)
    for error in mentions.attrs.get("errors", []):
        print(f"warning: {error['paper_id']}: {error['error']}", file=sys.stderr)
    return 0


@contextlib.contextmanager
def _workers(args: argparse.Namespace):
    """The Dask client (``--dask``) or local worker processes (``--n-process`` > 1) to
    extract on, each worker building its pipeline from the start; None: this process."""
    from litkit.distributed import LocalProcesses, client_for, ready, warm_up

    if args.dask:
        with client_for(args.dask) as client:
            futures = warm_up(client, args.lexicon)
            yield client
            del futures
    elif args.n_process > 1:
        options = {"lexicon": args.lexicon} if args.lexicon else {}
        with LocalProcesses(args.n_process, ready, (options,)) as processes:
            yield processes
    else:
        yield None


def _extract(args: argparse.Namespace, corpus, client) -> tuple:
    """(Mentions, Papers) of ``corpus``: through the store, on the workers of ``client``
    (a Dask cluster or local processes), or in this process."""
    if args.store:
        from litkit.store import Store

        with Store(args.store) as store:
            mentions = store.extract(corpus, batch_size=args.batch_size, client=client,
                                     progress=not args.quiet, lexicon=args.lexicon)
            return mentions, store.papers(list(corpus["id"]))
    if client is not None:
        from litkit.distributed import extract_on

        return extract_on(client, corpus, lexicon=args.lexicon, batch_size=args.batch_size,
                          progress=not args.quiet)
    from litkit.extract import extract, summarize

    mentions = extract(corpus, batch_size=args.batch_size, lexicon=args.lexicon,
                       progress=not args.quiet)
    return mentions, summarize(mentions, corpus)
