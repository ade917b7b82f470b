"""``litkit extract``: Corpus -> Mentions (and a per-paper summary) from any readable input."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

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
    with _workers(args) as workers:  # they start, and build their pipelines, while we read
        corpus = apply_filters(read_inputs(args), args)
        mentions, papers = _extract(args, corpus, workers.result())
    write_table(mentions, args.output)
    print(f"{len(mentions)} mentions of {len(corpus)} papers -> {args.output}", file=sys.stderr)
    if args.summary:
        write_table(papers, args.summary)
        print(f"{len(papers)} papers -> {args.summary}", file=sys.stderr)
    for error in mentions.attrs.get("errors", []):
        print(f"warning: {error['paper_id']}: {error['error']}", file=sys.stderr)
    return 0


@contextlib.contextmanager
def _workers(args: argparse.Namespace) -> Iterator[Future]:
    """A future of what to extract on: the Dask client (``--dask``), local worker processes
    (``--n-process`` > 1) or None (this process). A cluster is started in a background
    thread and each worker builds its pipeline from the start, so all that overlaps reading."""
    from litkit.distributed import PRELOAD, LocalProcesses, client_for, ready, warm_up

    if args.dask:
        warming: list = []  # the warm-up tasks, kept until the work is done
        stack = contextlib.ExitStack()

        def start() -> object:
            client = stack.enter_context(client_for(args.dask))
            warming.extend(warm_up(client, args.lexicon))
            return client

        with ThreadPoolExecutor(1) as thread:  # Dask's client is closed where it was made
            try:
                yield thread.submit(start)
            finally:
                thread.submit(stack.close).result()
    elif args.n_process > 1:
        options = {"lexicon": args.lexicon} if args.lexicon else {}
        with LocalProcesses(args.n_process, ready, (options,), preload=PRELOAD) as processes:
            yield _done(processes)
    else:
        yield _done(None)


def _done(value: object) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


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
