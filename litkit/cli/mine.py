"""``litkit mine``: Corpus -> a lexicon of the dataset names its papers name in clear contexts."""

from __future__ import annotations

import argparse
import sys

from litkit.cli.common import add_input_options, check_output, read_inputs

EPILOG = """examples:
  litkit mine papers.jsonl -o mined.jsonl
  litkit extract more_papers.jsonl -o mentions.parquet --lexicon mined.jsonl
  litkit mine papers.jsonl -o mined.jsonl --table mined.csv --min-papers 5

The shipped data/lexicons/mined_datasets.jsonl is, byte for byte, the output of
  litkit mine ../shared/data/ml_abstracts.jsonl.gz -o data/lexicons/mined_datasets.jsonl
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    from litkit.extract.mining import MAX_LOWER, MIN_CONTEXT, MIN_PAPERS, MIN_SHARE

    parser = subparsers.add_parser(
        "mine",
        help="mine dataset names from a corpus into a lexicon file",
        description="Extract every paper of INPUT (without the shipped mined lexicon) and write "
        "the dataset names litkit's context rules find in at least --min-papers papers, and "
        "the shipped lexicons lack, as a lexicon file (JSON Lines) for 'litkit extract "
        "--lexicon'. Names that papers label otherwise, ordinary words and names mostly "
        "written without a context are left out (see the thresholds).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="papers file(s) or URL(s), as 'litkit read' accepts")
    parser.add_argument("-o", "--output", required=True, help="lexicon file to write (.jsonl)")
    parser.add_argument("--table", metavar="FILE",
                        help="also write the mined table with its counts (.csv, .jsonl, ...)")
    parser.add_argument("--min-papers", type=int, default=MIN_PAPERS,
                        help=f"papers that must label a name by context (default {MIN_PAPERS})")
    parser.add_argument("--min-share", type=float, default=MIN_SHARE,
                        help="share of those papers that must agree on its label "
                        f"(default {MIN_SHARE})")
    parser.add_argument("--max-lower", type=float, default=MAX_LOWER,
                        help="largest share of its occurrences written all in lower case "
                        f"(an ordinary word; default {MAX_LOWER})")
    parser.add_argument("--min-context", type=float, default=MIN_CONTEXT,
                        help="smallest share of the papers writing the name that label it by "
                        f"context (default {MIN_CONTEXT})")
    parser.add_argument("--batch-size", type=int, default=256, help="papers per batch")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_input_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from litkit.extract.mining import mine_corpus, write_lexicon

    check_output(args.output, args.table)
    corpus = read_inputs(args)
    table = mine_corpus(corpus, batch_size=args.batch_size, progress=not args.quiet,
                        min_papers=args.min_papers, min_share=args.min_share,
                        max_lower=args.max_lower, min_context=args.min_context)
    n = write_lexicon(table, args.output)
    print(f"{n} names mined from {len(corpus)} papers -> {args.output}", file=sys.stderr)
    if args.table:
        from litkit.tables import write_table

        out = table.assign(aliases=table["aliases"].map("|".join))
        write_table(out, args.table)
        print(f"{n} rows -> {args.table}", file=sys.stderr)
    return 0
