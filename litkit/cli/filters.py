"""``--since/--until/--venue/--query``: the corpus filters of every command that reads papers.

``add_filter_options(parser)`` adds them; ``apply_filters(corpus, args)`` runs
:func:`litkit.select` with them and prints what was kept and left out on stderr.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

FILTERS = ("since", "until", "venue", "query")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The four filters, in their own help group."""
    group = parser.add_argument_group(
        "filters", "keep only some papers (each paper left out is counted on stderr)")
    group.add_argument("--since", metavar="WHEN",
                       help="from this year, month or day on (2020, 2023-07, 2023-07-14); a "
                       "paper known only by a year that straddles it is left out and counted")
    group.add_argument("--until", metavar="WHEN",
                       help="up to and including this year, month or day")
    group.add_argument("--venue", action="append", metavar="TEXT",
                       help="venue contains TEXT (case-insensitive); repeat for any of several")
    group.add_argument("--query", action="append", metavar="REGEX",
                       help="title or abstract matches REGEX (case-insensitive, e.g. "
                       "'instruction tun|RLHF'); repeat to require all")


def apply_filters(corpus: pd.DataFrame, args: argparse.Namespace) -> pd.DataFrame:
    """``corpus`` filtered by the options given (unchanged when none is), with one line on
    stderr saying how many papers were kept and why the others were left out."""
    from litkit.filters import describe, select

    given = {name: getattr(args, name, None) for name in FILTERS}
    if all(value is None for value in given.values()):
        return corpus
    selected = select(corpus, **given)
    print(f"filters: {describe(selected)}", file=sys.stderr)
    return selected
