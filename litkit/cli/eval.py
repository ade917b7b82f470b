"""``litkit eval``: precision, recall and F1 of a Papers file against gold annotations."""

from __future__ import annotations

import argparse
import json

EPILOG = """examples:
  litkit extract dev_abstracts.jsonl -o mentions.parquet --summary pred.jsonl
  litkit eval dev_gold.jsonl pred.jsonl
  litkit eval dev_gold.jsonl pred.jsonl --json
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score a Papers file against gold annotations (P/R/F1 per field)",
        description="Score predicted Papers (JSON Lines: id, params, tokens, datasets, models, "
        "results) against gold records of the same shape: micro P/R/F1 per field.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold", help="gold JSON Lines file")
    parser.add_argument("pred", help="predicted Papers, JSON Lines (litkit extract --summary)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from litkit.evaluate import evaluate, format_report

    report = evaluate(args.gold, args.pred)
    if args.json:
        print(json.dumps(report.to_dict(orient="index"), indent=2))
    else:
        print(format_report(report))
    return 0
