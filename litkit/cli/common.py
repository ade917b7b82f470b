"""Reading papers in every command that takes them: the same options, the same accounting.

``add_input_options(parser)`` adds ``-f/--format``, ``--map`` and ``--rejects``;
``read_inputs(args)`` reads ``args.inputs`` with them and reports what happened on stderr:
the readers' notes, the rejects (saved with ``--rejects FILE``, else the first few shown),
and one accounting line, ``rows in == papers out + duplicates merged + rejected``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from litkit.errors import LitkitError

if TYPE_CHECKING:
    import pandas as pd

#: Rejects shown on stderr when they are not saved with --rejects.
SHOW_REJECTS = 5


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """The options that say how to read the INPUT files: format, column mapping, rejects."""
    parser.add_argument("-f", "--format", help="force the input format ('litkit read --formats')")
    parser.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                        help="map an input column to a Corpus field (JSONL/CSV/Parquet inputs), "
                        "e.g. --map 'Article Title=title'; repeatable")
    add_rejects_option(parser)


def add_rejects_option(parser: argparse.ArgumentParser) -> None:
    """``--rejects FILE``: where the input records that could not be kept are written."""
    parser.add_argument("--rejects", metavar="FILE",
                        help="write the input records that could not be kept, with the reason, "
                        "to FILE (.csv, .jsonl, .parquet); without it the first few are printed")


def column_map(pairs: list[str]) -> dict[str, str]:
    """``--map`` values ('Article Title=title') as {column: field}."""
    columns = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column or not field:
            raise LitkitError(f"--map expects COLUMN=FIELD, got '{pair}'")
        columns[column] = field.strip()
    return columns


def check_output(*paths: str | Path | None) -> None:
    """Fail before any work when an output file has a suffix litkit cannot write."""
    from litkit.tables import SUFFIXES

    for path in paths:
        if path and Path(path).suffix.lower() not in SUFFIXES:
            raise LitkitError(
                f"{path}: cannot write '{Path(path).suffix}'; use {', '.join(SUFFIXES)}"
            )


def read_inputs(args: argparse.Namespace, announce: bool = True) -> pd.DataFrame:
    """The Corpus of ``args.inputs`` read with the input options; notes and rejects reported,
    and (with ``announce``) the accounting line printed on stderr."""
    from litkit.readers import read

    check_output(args.rejects)
    columns = column_map(args.map)
    corpus = read(args.inputs, format=args.format, columns=columns or None)
    report(corpus, args.rejects, announce=announce)
    return corpus


def report(corpus: pd.DataFrame, rejects: str | Path | None, announce: bool = True) -> None:
    """The readers' notes and rejects of ``corpus`` (written to ``rejects`` when given) on
    stderr, then (with ``announce``) its accounting line."""
    from litkit.corpus import rejects_of
    from litkit.tables import write_table

    for note in corpus.attrs.get("notes", []):
        print(f"note: {note}", file=sys.stderr)
    table = rejects_of(corpus)
    if rejects:
        write_table(table, rejects)
    else:
        for row in table.head(SHOW_REJECTS).itertuples():
            print(f"rejected: {row.source}:{row.record}: {row.reason}", file=sys.stderr)
        if len(table) > SHOW_REJECTS:
            print(f"... {len(table) - SHOW_REJECTS} more; save all with --rejects FILE",
                  file=sys.stderr)
    if announce:
        print(accounting(corpus), file=sys.stderr)


def accounting(corpus: pd.DataFrame) -> str:
    """'3 input(s) (bibtex, jsonl): 61 rows in, 55 papers out, 4 duplicates merged,
    2 rejected': where every input record went (one format per input file)."""
    attrs = corpus.attrs
    formats = attrs.get("formats", [])
    return (f"{len(formats)} input(s) ({', '.join(sorted(set(formats)))}): "
            f"{attrs.get('rows_in', len(corpus))} rows in, {len(corpus)} papers out, "
            f"{attrs.get('duplicates_merged', 0)} duplicates merged, "
            f"{len(attrs.get('rejects', []))} rejected")
