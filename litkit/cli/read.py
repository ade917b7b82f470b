"""``litkit read``: read papers from files or URLs into one Corpus table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from litkit.errors import LitkitError

EXAMPLE = """example:
  litkit read papers.bib export.ris -o corpus.parquet --rejects rejects.csv
  litkit read abstracts.csv --map "Article Title=title" --map "Abstract Note=abstract" -o c.jsonl
  litkit read --formats
"""
#: Rejects shown on stderr when they are not saved with --rejects.
SHOW_REJECTS = 5


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
    parser.add_argument("-f", "--format", help="force the input format (see --formats)")
    parser.add_argument("-o", "--output", help="write the Corpus here (.parquet, .csv, .jsonl)")
    parser.add_argument("--rejects", metavar="FILE", help="write rejected records here (.csv)")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map an input column to a Corpus field (JSONL/CSV/Parquet inputs); repeatable",
    )
    parser.add_argument(
        "--language", action="store_true", help="detect each paper's language (extra.language)"
    )
    parser.add_argument("--formats", action="store_true", help="list the formats and exit")
    parser.set_defaults(func=run)


def _columns(pairs: list[str]) -> dict[str, str]:
    columns = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column or not field:
            raise LitkitError(f"--map expects COLUMN=FIELD, got '{pair}'")
        columns[column] = field.strip()
    return columns


def run(args: argparse.Namespace) -> int:
    from litkit.corpus import detect_language, rejects_of
    from litkit.readers import formats, read
    from litkit.tables import SUFFIXES, write_table

    if args.formats:
        for row in formats().itertuples():
            print(f"{row.name:16} {row.suffixes:22} {row.description}")
        return 0
    if not args.inputs:
        raise LitkitError("no INPUT given; e.g. 'litkit read papers.bib -o corpus.parquet'")
    for path in (args.output, args.rejects):
        if path and Path(path).suffix.lower() not in SUFFIXES:
            raise LitkitError(
                f"{path}: cannot write '{Path(path).suffix}'; use {', '.join(SUFFIXES)}"
            )
    columns = _columns(args.map)
    corpus = read(args.inputs, format=args.format, columns=columns or None)
    rejects = rejects_of(corpus)
    for note in corpus.attrs["notes"]:
        print(f"note: {note}", file=sys.stderr)
    if args.language:
        corpus = detect_language(corpus)
    if args.output:
        write_table(corpus, args.output)
    if args.rejects:
        write_table(rejects, args.rejects)
    elif len(rejects):
        for row in rejects.head(SHOW_REJECTS).itertuples():
            print(f"rejected: {row.source}:{row.record}: {row.reason}", file=sys.stderr)
        if len(rejects) > SHOW_REJECTS:
            print(
                f"... {len(rejects) - SHOW_REJECTS} more; save all with --rejects FILE",
                file=sys.stderr,
            )
    kinds = ", ".join(sorted(set(corpus.attrs["formats"])))
    target = f" -> {args.output}" if args.output else " (no -o: nothing written)"
    print(
        f"{len(args.inputs)} input(s) ({kinds}): {corpus.attrs['rows_in']} rows in, "
        f"{len(corpus)} papers out, {corpus.attrs['duplicates_merged']} duplicates merged, "
        f"{len(rejects)} rejected{target}"
    )
    return 0
