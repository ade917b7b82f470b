"""Scores of the whole extraction pipeline: the shared dev set and our own gold samples.

    .venv/bin/python benchmarks/eval_extract.py [--errors]

Runs litkit.extract + litkit.summarize and prints the scoring table (the rules of
../shared/eval/score.py) for: seed, dev2 and both (abstracts from ../shared/eval, gold from
gold/seed.jsonl and gold/dev2.jsonl: the shared gold plus the version 2 fields); then our
samples of the shared corpus in gold/, annotated under ../shared/eval/GUIDELINES.md by
annotators who never saw litkit's output, one annotator per abstract for the version 1 fields:

- gold/dev3.jsonl: 210 abstracts (90 drawn at random from 2016-2025, 120 from those that
  write numbers: sizes, %, x, F1, BLEU, accuracy). Their errors were studied to write
  rules, so they are a development set now.
- gold/dev4.jsonl: 120 more that mention a dataset, benchmark or corpus; also studied to
  write rules.
- gold/dev5.jsonl: 60 LLM abstracts from 2023-2025 that write model sizes or token counts
  (the held-out sample has too few of those to measure them); also studied.
- gold/heldout.jsonl: 90 more (45 + 45, drawn the same ways), never looked at while
  writing rules: the honest estimate of accuracy on new papers.
- gold/dev6.jsonl: 90 more (45 + 45, drawn the same ways), every field labelled by two blind
  annotators and adjudicated (gold/dev6/README.md); scored blind once, then studied.

The version 2 fields of every part (kind, model, own, metric_type of each result;
params_models) were labelled by two blind annotators and adjudicated (gold/v2/ADJUDICATION.md),
so results+kind, results+model, results+tuple and params+model are scored too.

Their abstracts are read by id from ../shared/data/ml_abstracts.jsonl.gz; those parts are
skipped when it is absent. --errors lists the mismatching papers per field, except for the
held-out part.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from shared_corpus import ML_ABSTRACTS, SHARED

from litkit.evaluate import FIELDS, V2_FIELDS, evaluate, format_report, has_v2, records, score_field
from litkit.extract import extract, summarize
from litkit.readers import read

HERE = Path(__file__).resolve().parent
EVAL = SHARED / "eval"
OURS = (("dev3", HERE / "gold" / "dev3.jsonl"), ("dev4", HERE / "gold" / "dev4.jsonl"),
        ("dev5", HERE / "gold" / "dev5.jsonl"), ("dev6", HERE / "gold" / "dev6.jsonl"),
        ("held-out", HERE / "gold" / "heldout.jsonl"))


def score(name: str, corpus: pd.DataFrame, gold: pd.DataFrame, errors: bool) -> pd.DataFrame:
    """Print the scores of ``corpus``'s extracted Papers against ``gold``; return the Papers."""
    papers = summarize(extract(corpus, progress=False), corpus)
    print(f"== {name} ({len(corpus)} papers)")
    print(format_report(evaluate(gold, papers)))
    if errors:
        predicted = records(papers)
        gold_records = records(gold)
        fields = FIELDS[:-1] + (V2_FIELDS if has_v2(gold_records) else [])
        for paper_id, rec in gold_records.items():
            for field in fields:
                tp, n_pred, n_gold = score_field(field, rec, predicted.get(paper_id, {}))
                if tp < n_pred or tp < n_gold:
                    key = "params_models" if field == "params+model" else field.split("+")[0]
                    print(f"{paper_id} {field}: gold={rec.get(key)} "
                          f"pred={predicted.get(paper_id, {}).get(key)}")
    return papers


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list mismatching papers per field")
    args = ap.parse_args()
    if not (EVAL / "seed_abstracts.jsonl").is_file():
        sys.exit(f"{EVAL}: dev set not found")
    golds, preds = [], []
    for part in ("seed", "dev2"):
        corpus = pd.read_json(EVAL / f"{part}_abstracts.jsonl", lines=True, dtype=False)
        gold = pd.read_json(HERE / "gold" / f"{part}.jsonl", lines=True, dtype=False)
        preds.append(score(part, corpus, gold, args.errors))
        golds.append(gold)
    gold, papers = pd.concat(golds, ignore_index=True), pd.concat(preds, ignore_index=True)
    print(f"== seed + dev2 ({len(papers)} papers)")
    print(format_report(evaluate(gold, papers)))
    if not ML_ABSTRACTS.is_file():
        print(f"our samples skipped: {ML_ABSTRACTS} not found")
        return
    corpus = read(ML_ABSTRACTS)
    for name, path in OURS:
        if path.is_file():
            gold = pd.read_json(path, lines=True, dtype=False)
            # the held-out part's errors are never listed, so they cannot steer new rules
            score(name, corpus[corpus["id"].isin(set(gold["id"]))], gold,
                  args.errors and name != "held-out")

if __name__ == "__main__":
    main()
