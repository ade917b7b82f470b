"""``litkit read``: read papers from files or URLs into one Corpus table."""

from __future__ import annotations

import argparse

from litkit.cli.common import accounting, add_input_options, check_output, read_inputs
from litkit.errors import LitkitError

EXAMPLE = """example:
  litkit read papers.bib export.ris -o corpus.parquet --rejects rejects.csv
  litkit read abstracts.csv --map "Article Title=title" --map "Abstract Note=abstract" -o c.jsonl
  litkit read --formats
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "read",
        help="read papers (BibTeX, RIS, arXiv, OpenAlex, JSONL, CSV...) into a Corpus table",
        description="Read papers from files or URLs into one de-duplicated Corpus table. "
        "The format is detected from the suffix or the content (.gz is decompressed).",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="files or http(s) URLs")
    parser.add_argument("-o", "--output", help="write the Corpus here (.parquet, .csv, .jsonl)")
    add_input_options(parser)
    parser.add_argument(
        "--language", action="store_true", help="detect each paper's language (extra.language)"
    )
    parser.add_argument("--formats", action="store_true", help="list the formats and exit")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from litkit.corpus import detect_language
    from litkit.readers import formats
    from litkit.tables import write_table

    if args.formats:
        for row in formats().itertuples():
            print(f"{row.name:16} {row.suffixes:22} {row.description}")
        return 0
    if not args.inputs:
        raise LitkitError("no INPUT given; e.g. 'litkit read papers.bib -o corpus.parquet'")
    check_output(args.output)
    corpus = read_inputs(args, announce=False)
    if args.language:
        corpus = detect_language(corpus)
    if args.output:
        write_table(corpus, args.output)
    target = f" -> {args.output}" if args.output else " (no -o: nothing written)"
    print(accounting(corpus) + target)
    return 0
