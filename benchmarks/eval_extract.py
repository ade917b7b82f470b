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
- gold/dev7.jsonl: 90 more, drawn and annotated the same way (gold/dev7/README.md, gold/draw.py);
  scored blind once, then studied.
- gold/dev8.jsonl: 90 more, the same way (gold/dev8/README.md), scored blind after the rules
  written from dev7, then studied.
- gold/dev9.jsonl: 90 more, the same way (gold/dev9/README.md), scored blind before and after
  the rules written from dev8 and from audits of unlabelled corpus abstracts; studied once dev10
  was drawn.
- gold/dev10.jsonl: 90 more, the same way (gold/dev10/README.md), scored blind with the rules
  as they stood when it was drawn and after the next round; studied once dev11 was drawn.
- gold/dev11.jsonl: 90 more, the same way (gold/dev11/README.md), scored blind with the rules
  as they stood when it was drawn and after the next two rounds; studied once dev13 was drawn.
- gold/dev12.jsonl: 89 more, the same way (gold/dev12/README.md; the 90th drawn is a dev2
  paper), scored blind with the rules as they stood when it was drawn and after the next two
  rounds; studied from the seventh round on.
- gold/dev13.jsonl: 90 more, the same way (gold/dev13/README.md), scored blind with the rules
  as they stood when it was drawn and after the next three rounds; studied once dev14 was drawn.
- gold/dev14.jsonl: 90 more, the same way (gold/dev14/README.md): not studied.

The version 2 fields of every part (kind, model, own, metric_type of each result;
params_models) were labelled by two blind annotators and adjudicated (gold/v2/ADJUDICATION.md),
so results+kind, results+model, results+tuple and params+model are scored too.

Their abstracts are read by id from ../shared/data/ml_abstracts.jsonl.gz; those parts are
skipped when it is absent. --errors lists the mismatching papers per field, except for the
held-out part. --profile counts, per part, how the results found with the right value and unit
differ from the gold (kind confusions, model and dataset missing/extra/other, metric type):
counts only, so it says where the held-out part's errors are without showing any of them.
--studied leaves the unstudied parts out altogether: rule writers use it, so that no rule is
kept or dropped on the unstudied parts' scores (the lead scores those at each merge).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
from shared_corpus import ML_ABSTRACTS, SHARED

from litkit.evaluate import (
    FIELDS,
    V2_FIELDS,
    evaluate,
    format_report,
    has_v2,
    norm_name,
    records,
    result_key,
    score_field,
)
from litkit.extract import extract, summarize
from litkit.readers import read

HERE = Path(__file__).resolve().parent
#: parts whose errors are never listed, so they cannot steer new rules
UNSTUDIED = ("dev14", "held-out")
EVAL = SHARED / "eval"
OURS = (("dev3", HERE / "gold" / "dev3.jsonl"), ("dev4", HERE / "gold" / "dev4.jsonl"),
        ("dev5", HERE / "gold" / "dev5.jsonl"), ("dev6", HERE / "gold" / "dev6.jsonl"),
        ("dev7", HERE / "gold" / "dev7.jsonl"),
        ("dev8", HERE / "gold" / "dev8.jsonl"), ("dev9", HERE / "gold" / "dev9.jsonl"),
        ("dev10", HERE / "gold" / "dev10.jsonl"), ("dev11", HERE / "gold" / "dev11.jsonl"),
        ("dev12", HERE / "gold" / "dev12.jsonl"), ("dev13", HERE / "gold" / "dev13.jsonl"),
        ("dev14", HERE / "gold" / "dev14.jsonl"), ("held-out", HERE / "gold" / "heldout.jsonl"))


def _name_change(gold: object, pred: object) -> str:
    """How a predicted name differs from the gold one: same, missing, extra or other."""
    g, p = norm_name(gold or ""), norm_name(pred or "")
    return "same" if g == p else "missing" if not p else "extra" if not g else "other"


def profile(gold: dict, pred: dict) -> Counter:
    """Counts of how each paper's results differ from the gold: unmatched ones, and for those
    paired on value and unit, the kind (gold>pred), model, dataset and metric type."""
    counts: Counter = Counter()
    for paper_id, rec in gold.items():
        left = list(pred.get(paper_id, {}).get("results") or [])
        for g in rec.get("results") or []:
            key = result_key(g, "results")
            p = next((r for r in left if result_key(r, "results") == key), None)
            if p is None:
                counts["result missing"] += 1
                continue
            left.remove(p)
            if g.get("kind") != p.get("kind"):
                counts[f"kind {g.get('kind')}>{p.get('kind')}"] += 1
            counts[f"model {_name_change(g.get('model'), p.get('model'))}"] += 1
            counts[f"dataset {_name_change(g.get('dataset'), p.get('dataset'))}"] += 1
            if g.get("kind") == "score" and g.get("metric_type") != p.get("metric_type"):
                counts["score metric_type other"] += 1
        counts["result extra"] += len(left)
    return counts


def score(name: str, corpus: pd.DataFrame, gold: pd.DataFrame, errors: bool,
          show_profile: bool = False) -> pd.DataFrame:
    """Print the scores of ``corpus``'s extracted Papers against ``gold``; return the Papers."""
    papers = summarize(extract(corpus, progress=False), corpus)
    print(f"== {name} ({len(corpus)} papers)")
    print(format_report(evaluate(gold, papers)))
    if show_profile:
        counts = profile(records(gold), records(papers))
        print("profile: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())
                                        if not k.endswith(" same")))
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
    ap.add_argument("--profile", action="store_true",
                    help="count how results differ from the gold, per part (counts only)")
    ap.add_argument("--studied", action="store_true",
                    help="score the studied parts only: what a rule writer sees, so that keeping "
                         "or dropping a rule cannot follow the unstudied parts' scores")
    args = ap.parse_args()
    if not (EVAL / "seed_abstracts.jsonl").is_file():
        sys.exit(f"{EVAL}: dev set not found")
    golds, preds = [], []
    for part in ("seed", "dev2"):
        corpus = pd.read_json(EVAL / f"{part}_abstracts.jsonl", lines=True, dtype=False)
        gold = pd.read_json(HERE / "gold" / f"{part}.jsonl", lines=True, dtype=False)
        preds.append(score(part, corpus, gold, args.errors, args.profile))
        golds.append(gold)
    gold, papers = pd.concat(golds, ignore_index=True), pd.concat(preds, ignore_index=True)
    print(f"== seed + dev2 ({len(papers)} papers)")
    print(format_report(evaluate(gold, papers)))
    if not ML_ABSTRACTS.is_file():
        print(f"our samples skipped: {ML_ABSTRACTS} not found")
        return
    corpus = read(ML_ABSTRACTS)
    for name, path in OURS:
        if path.is_file() and not (args.studied and name in UNSTUDIED):
            gold = pd.read_json(path, lines=True, dtype=False)
            score(name, corpus[corpus["id"].isin(set(gold["id"]))], gold,
                  args.errors and name not in UNSTUDIED, args.profile)

if __name__ == "__main__":
    main()
