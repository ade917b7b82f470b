"""Dev-set scores of the whole extraction pipeline: seed, dev2 and both together.

    .venv/bin/python benchmarks/eval_extract.py [--errors]

Runs litkit.extract + litkit.summarize on ../shared/eval/*_abstracts.jsonl and prints the
scoring table (the rules of ../shared/eval/score.py) per part; --errors lists mismatches.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from litkit.evaluate import FIELDS, evaluate, format_report, records, score_field
from litkit.extract import extract, summarize

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
PARTS = ("seed", "dev2")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list mismatching papers per field")
    args = ap.parse_args()
    if not (EVAL / "seed_gold.jsonl").is_file():
        sys.exit(f"{EVAL}: dev set not found")
    golds, preds = [], []
    for part in PARTS:
        corpus = pd.read_json(EVAL / f"{part}_abstracts.jsonl", lines=True, dtype=False)
        papers = summarize(extract(corpus, progress=False), corpus)
        gold = pd.read_json(EVAL / f"{part}_gold.jsonl", lines=True, dtype=False)
        print(f"== {part} ({len(corpus)} papers)")
        print(format_report(evaluate(gold, papers)))
        golds.append(gold)
        preds.append(papers)
    gold, papers = pd.concat(golds, ignore_index=True), pd.concat(preds, ignore_index=True)
    print(f"== seed + dev2 ({len(papers)} papers)")
    print(format_report(evaluate(gold, papers)))
    if args.errors:
        predicted = records(papers)
        for paper_id, rec in records(gold).items():
            for field in FIELDS[:-1]:
                tp, n_pred, n_gold = score_field(field, rec, predicted.get(paper_id, {}))
                if tp < n_pred or tp < n_gold:
                    print(f"{paper_id} {field}: gold={rec.get(field)} "
                          f"pred={predicted.get(paper_id, {}).get(field)}")


if __name__ == "__main__":
    main()
