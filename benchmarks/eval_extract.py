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
- gold/dev14.jsonl: 90 more, the same way (gold/dev14/README.md), scored blind with the rules
  as they stood when it was drawn and after the next four rounds; studied once dev17 was drawn.
- gold/dev15.jsonl: 90 more, the same way (gold/dev15/README.md), scored blind with the rules
  as they stood when it was drawn and after the next four rounds; studied once dev18 was drawn.
- gold/dev16.jsonl: 90 more, the same way (gold/dev16/README.md), scored blind with the rules
  as they stood when it was drawn and after the next four rounds; studied once dev19 was drawn.
- gold/dev17.jsonl: 89 more, the same way (gold/dev17/README.md; the 90th drawn is a dev2
  paper), scored blind with the rules as they stood when it was drawn and after the next three
  rounds; studied once dev20 was drawn.
- gold/dev18.jsonl: 90 more, the same way (gold/dev18/README.md), scored blind with the rules
  as they stood when it was drawn and after the next three rounds; studied once dev21 was drawn.
- gold/dev19.jsonl: 90 more, the same way (gold/dev19/README.md), scored blind with the rules
  as they stood when it was drawn and after the next three rounds; studied once dev22 was drawn.
- gold/dev20.jsonl: 90 more, the same way (gold/dev20/README.md), scored blind with the rules
  as they stood when it was drawn and after the next three rounds; studied once dev23 was drawn.
- gold/dev21.jsonl: 90 more, the same way (gold/dev21/README.md), scored blind with the rules
  as they stood when it was drawn and after the next four rounds; studied once dev25 was drawn.
- gold/dev22.jsonl: 89 more, the same way (gold/dev22/README.md; the 90th drawn is a dev2
  paper), scored blind with the rules as they stood when it was drawn and after the next four
  rounds; studied once dev28 was drawn.
- gold/dev23.jsonl: 90 more, the same way (gold/dev23/README.md), scored blind with the rules
  as they stood when it was drawn and after the next four rounds; studied once dev30 was drawn.
- gold/dev24.jsonl: 89 more, the same way (gold/dev24/README.md; the 90th drawn is a seed
  paper, left out before annotation), scored blind with the rules as they stood when it was
  drawn and after the next four rounds; studied once dev31 was drawn.
- gold/dev25.jsonl: 89 more, the same way (gold/dev25/README.md; the 90th drawn is a dev2
  paper, left out before annotation), scored blind with the rules as they stood when it was
  drawn and after the next five rounds; studied once dev32 was drawn.
- gold/dev26.jsonl: 46 drawn at random among the abstracts that write a parameter count
  (gold/dev26/README.md, draw.py --sizes), annotated the same way, to measure params+model on
  new papers; scored blind through the twenty-sixth round, studied once dev27 was drawn.
- gold/dev27.jsonl: 46 more drawn the same way as dev26 (gold/dev27/README.md): not studied.
- gold/dev28.jsonl: 90 drawn by dev6's protocol (gold/dev28/README.md), in dev22's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev33 was drawn.
- gold/dev29.jsonl: the last 36 abstracts that write a parameter count, in no other part
  (gold/dev29/README.md, draw.py --sizes), annotated as dev27: not studied.
- gold/dev30.jsonl: 90 drawn by dev6's protocol (gold/dev30/README.md), in dev23's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev34 was drawn.
- gold/dev31.jsonl: 90 drawn by dev6's protocol (gold/dev31/README.md), in dev24's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev35 was drawn.
- gold/dev32.jsonl: 90 drawn by dev6's protocol (gold/dev32/README.md), in dev25's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev36 was drawn.
- gold/dev33.jsonl: 89 drawn by dev6's protocol (gold/dev33/README.md; the 90th drawn is a dev2
  paper, left out before annotation), in dev28's place among the random parts, scored blind
  with the rules as they stood when it was drawn and after the next four rounds; studied once
  dev37 was drawn.
- gold/dev34.jsonl: 90 drawn by dev6's protocol (gold/dev34/README.md), in dev30's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev38 was drawn.
- gold/dev35.jsonl: 90 drawn by dev6's protocol (gold/dev35/README.md), in dev31's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev39 was drawn.
- gold/dev36.jsonl: 90 drawn by dev6's protocol (gold/dev36/README.md), in dev32's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev40 was drawn.
- gold/dev37.jsonl: 89 drawn by dev6's protocol (gold/dev37/README.md; the 90th drawn is a dev2
  paper, left out before annotation), in dev33's place among the random parts, scored blind
  with the rules as they stood when it was drawn and after the next four rounds; studied once
  dev41 was drawn.
- gold/dev38.jsonl: 90 drawn by dev6's protocol (gold/dev38/README.md), in dev34's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev42 was drawn.
- gold/dev39.jsonl: 90 drawn by dev6's protocol (gold/dev39/README.md), in dev35's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev43 was drawn.
- gold/dev40.jsonl: 90 drawn by dev6's protocol (gold/dev40/README.md), in dev36's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev44 was drawn.
- gold/dev41.jsonl: 90 drawn by dev6's protocol (gold/dev41/README.md), in dev37's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev45 was drawn.
- gold/dev42.jsonl: 90 drawn by dev6's protocol (gold/dev42/README.md), in dev38's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev46 was drawn.
- gold/dev43.jsonl: 90 drawn by dev6's protocol (gold/dev43/README.md), in dev39's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev47 was drawn.
- gold/dev44.jsonl: 90 drawn by dev6's protocol (gold/dev44/README.md), in dev40's place
  among the random parts, scored blind with the rules as they stood when it was drawn and
  after the next four rounds; studied once dev48 was drawn.
- gold/dev45.jsonl: 89 drawn by dev6's protocol (gold/dev45/README.md; the 90th drawn is a dev2
  paper, left out before annotation), in dev41's place among the random parts: not studied.
- gold/dev46.jsonl: 89 drawn by dev6's protocol (gold/dev46/README.md; the 90th drawn is a dev2
  paper, left out before annotation), in dev42's place among the random parts: not studied.
- gold/dev47.jsonl: 90 drawn by dev6's protocol (gold/dev47/README.md), in dev43's place
  among the random parts: not studied.
- gold/dev48.jsonl: drawn by dev6's protocol (gold/dev48/README.md), in dev44's place
  among the random parts: not studied.

The version 2 fields of every part (kind, model, own, metric_type of each result;
params_models) were labelled by two blind annotators and adjudicated (gold/v2/ADJUDICATION.md),
so results+kind, results+model, results+tuple and params+model are scored too.

Their abstracts are read by id from ../shared/data/ml_abstracts.jsonl.gz; those parts are
skipped when it is absent. --errors lists the mismatching papers per field, except for the
held-out part. --profile counts, per part, how the results found with the right value and unit
differ from the gold (kind confusions, model and dataset missing/extra/other and whether a
wrong one's gold name was found at all, metric type): counts only, so it says where the
held-out part's errors are without showing any of them.
--ci adds a 95% bootstrap interval (papers resampled) to the F1 of the result fields, per part
and for the unstudied parts pooled (all, and those drawn at random): with ~60 results a part,
one part's F1 moves by about +-0.1 between samples, so a target is judged on the interval, not
on one figure.
--studied leaves the unstudied parts out altogether: rule writers use it, so that no rule is
kept or dropped on the unstudied parts' scores (the lead scores those at each merge).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from itertools import chain
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
UNSTUDIED = ("dev27", "dev29", "dev45", "dev46", "dev47", "dev48", "held-out")
#: unstudied parts drawn among abstracts that write sizes (draw.py --sizes): pooled with the
#: others, and left out of a second pool that estimates a random paper's figures
SIZES_DRAWN = ("dev27", "dev29")
EVAL = SHARED / "eval"
OURS = tuple((f"dev{n}", HERE / "gold" / f"dev{n}.jsonl") for n in range(3, 49)) + (
    ("held-out", HERE / "gold" / "heldout.jsonl"),)


def read_jsonl(path: Path) -> pd.DataFrame:
    """A JSON Lines file as a table, floats read exactly as written: pandas' fast float parser
    reads 0.695 as 0.6950000000000001, which rounds to 0.70 where the prediction's 0.695 gives
    0.69, so a right result scored as one missed and one extra (``score.py`` reads them exactly)."""
    return pd.read_json(path, lines=True, dtype=False, precise_float=True)


def _name_change(gold: object, pred: object) -> str:
    """How a predicted name differs from the gold one: same, missing, extra or other."""
    g, p = norm_name(gold or ""), norm_name(pred or "")
    return "same" if g == p else "missing" if not p else "extra" if not g else "other"


def _names(paper: dict, field: str) -> set[str]:
    """Every name a paper's prediction holds for ``field`` ("model" or "dataset"): its MODEL or
    DATASET names and every result's."""
    listed = paper.get("models" if field == "model" else "datasets") or []
    given = (r.get(field) for r in paper.get("results") or [])
    return {norm_name(n) for n in chain(listed, given) if n}


def profile(gold: dict, pred: dict) -> Counter:
    """Counts of how each paper's results differ from the gold: unmatched ones (and among them
    values found with another unit), and for those paired on value and unit, the kind
    (gold>pred), model, dataset and a score's metric type (gold>pred). A wrong model or dataset
    is also counted as "unfound" when the gold name is nowhere in the paper's prediction: no
    choosing among the names found could give it, the name itself must be found first."""
    counts: Counter = Counter()
    for paper_id, rec in gold.items():
        found = {f: _names(pred.get(paper_id, {}), f) for f in ("model", "dataset")}
        left = list(pred.get(paper_id, {}).get("results") or [])
        for g in rec.get("results") or []:
            key = result_key(g, "results")
            p = next((r for r in left if result_key(r, "results") == key), None)
            if p is None:
                counts["result missing"] += 1
                other_unit = next((r for r in left if r.get("value") == g.get("value")), None)
                if other_unit is not None:  # a unit confusion costs a missing and an extra result
                    counts[f"unit {g.get('unit')!r}>{other_unit.get('unit')!r}"] += 1
                continue
            left.remove(p)
            if g.get("kind") != p.get("kind"):
                counts[f"kind {g.get('kind')}>{p.get('kind')}"] += 1
            for field in ("model", "dataset"):
                change = _name_change(g.get(field), p.get(field))
                counts[f"{field} {change}"] += 1
                if change in ("missing", "other") and norm_name(g[field]) not in found[field]:
                    counts[f"{field} unfound"] += 1
            if g.get("kind") == "score" and g.get("metric_type") != p.get("metric_type"):
                counts[f"score metric_type {g.get('metric_type')}>{p.get('metric_type')}"] += 1
        counts["result extra"] += len(left)
    return counts


#: the fields whose F1 --ci gives an interval: results and the issue's targets
CI_FIELDS = ("results", "results+kind", "results+model", "results+tuple", "params+model")


def intervals(gold: pd.DataFrame, papers: pd.DataFrame, rounds: int = 2000,
              seed: int = 0) -> dict[str, tuple[float, float, float]]:
    """F1 and its 95% bootstrap interval per field of CI_FIELDS, resampling gold papers."""
    gold_records, pred_records = records(gold), records(papers)
    counts = {field: [score_field(field, rec, pred_records.get(pid, {}))
                      for pid, rec in gold_records.items()] for field in CI_FIELDS}
    rng = random.Random(seed)
    draws = [rng.choices(range(len(gold_records)), k=len(gold_records)) for _ in range(rounds)]
    out = {}
    for field, per_paper in counts.items():
        f1s = sorted(f1 for draw in draws if (f1 := _f1([per_paper[i] for i in draw])) is not None)
        if f1s:
            out[field] = (_f1(per_paper), f1s[int(0.025 * len(f1s))],
                          f1s[int(0.975 * len(f1s)) - 1])
    return out


def _f1(counts: list[tuple[int, int, int]]) -> float | None:
    """F1 of summed (tp, predicted, gold) counts; None where nothing is predicted or gold."""
    tp, predicted, expected = (sum(c) for c in zip(*counts, strict=True))
    return 2 * tp / (predicted + expected) if predicted + expected else None


def print_intervals(name: str, gold: pd.DataFrame, papers: pd.DataFrame) -> None:
    """One line of F1 [2.5%, 97.5%] per field of CI_FIELDS."""
    print(f"ci {name}: " + "; ".join(f"{field} {f1:.3f} [{lo:.3f}, {hi:.3f}]" for field,
                                     (f1, lo, hi) in intervals(gold, papers).items()))


def score(name: str, corpus: pd.DataFrame, gold: pd.DataFrame, errors: bool,
          show_profile: bool = False, ci: bool = False) -> pd.DataFrame:
    """Print the scores of ``corpus``'s extracted Papers against ``gold``; return the Papers."""
    papers = summarize(extract(corpus, progress=False), corpus)
    print(f"== {name} ({len(corpus)} papers)")
    print(format_report(evaluate(gold, papers)))
    if show_profile:
        counts = profile(records(gold), records(papers))
        print("profile: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())
                                        if not k.endswith(" same")))
    if ci:
        print_intervals(name, gold, papers)
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
    ap.add_argument("--ci", action="store_true",
                    help="add 95%% bootstrap intervals of the result fields' F1, per part and "
                         "for the unstudied parts pooled")
    args = ap.parse_args()
    if not (EVAL / "seed_abstracts.jsonl").is_file():
        sys.exit(f"{EVAL}: dev set not found")
    golds, preds = [], []
    for part in ("seed", "dev2"):
        corpus = read_jsonl(EVAL / f"{part}_abstracts.jsonl")
        gold = read_jsonl(HERE / "gold" / f"{part}.jsonl")
        preds.append(score(part, corpus, gold, args.errors, args.profile, args.ci))
        golds.append(gold)
    gold, papers = pd.concat(golds, ignore_index=True), pd.concat(preds, ignore_index=True)
    print(f"== seed + dev2 ({len(papers)} papers)")
    print(format_report(evaluate(gold, papers)))
    if not ML_ABSTRACTS.is_file():
        print(f"our samples skipped: {ML_ABSTRACTS} not found")
        return
    corpus = read(ML_ABSTRACTS)
    unseen = []
    for name, path in OURS:
        if path.is_file() and not (args.studied and name in UNSTUDIED):
            gold = read_jsonl(path)
            papers = score(name, corpus[corpus["id"].isin(set(gold["id"]))], gold,
                           args.errors and name not in UNSTUDIED, args.profile, args.ci)
            if name in UNSTUDIED:
                unseen.append((name, gold, papers))
    if args.ci and len(unseen) > 1:
        for pool in (UNSTUDIED, [n for n in UNSTUDIED if n not in SIZES_DRAWN]):
            golds = [g for name, g, _ in unseen if name in pool]
            preds = [p for name, _, p in unseen if name in pool]
            print_intervals(" + ".join(pool), pd.concat(golds, ignore_index=True),
                            pd.concat(preds, ignore_index=True))

if __name__ == "__main__":
    main()
