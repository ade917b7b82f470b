"""A learned owner for results, as a yardstick for the attribution rules.

    .venv/bin/python benchmarks/learned_owner.py [--C 3.0]

For every result the rules find with the gold value and unit in the studied gold parts, the
candidates are "no model" and each model name of the paper's Mentions (MODEL rows and the
names the rules gave results). A logistic regression over general features of a (result,
candidate) pair -- distance and direction in the sentence, the words between, cues of the
paper's own system, title, first mention -- scores each candidate and the best one is the
prediction. It is trained on all studied parts but one and tested on that one; the rules'
accuracy on the same results is printed beside it. The rules were written from these parts,
so their figure is what they do on papers they were fitted to, not on new ones. --unseen also
trains on all studied parts and tests on each unstudied part (aggregate accuracy only), where
the rules are on new papers too. Two ceilings are printed beside them: "either", the results
one of the two gets right, and "reach", those whose gold owner is a candidate at all (no
chooser can do better: the rest need the name found first).
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict

import pandas as pd
from eval_extract import EVAL, HERE, OURS, UNSTUDIED
from shared_corpus import read_corpus
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from litkit.evaluate import norm_name, records, result_key
from litkit.extract import extract
from litkit.extract.pipeline import document_text
from litkit.extract.result_baselines import COMPARISON

#: words between a name and a value, and just before a name, that say whose the value is
_CUES = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in {
    "than": r"\bthan\b", "over": r"\bover\b", "outperform": r"outperform|surpass|beat",
    "compare": r"compar|versus|\bvs\b", "by": r"\bby\b", "with": r"\bwith\b",
    "achieve": r"achiev|obtain|reach|attain|yield|score", "comma": r",",
    "clause": r";|\bwhile\b|\bwhereas\b", "respectively": r"respectively", "paren": r"[()]",
    "of": r"\bof\b", "on": r"\bon\b", "from": r"\bfrom\b", "to": r"\bto\b", "and": r"\band\b",
}.items()}
_OWN_BEFORE = re.compile(r"\b(?:we|this (?:paper|work))\s+(?:\w+\s+){0,2}(?:propose|present|"
                         r"introduce|develop|design|call|name|build|release|train)|\b(?:our|"
                         r"called|named|dubbed|termed)\b", re.IGNORECASE)
_OWN_AFTER = re.compile(r"\W{0,3}(?:\w+\W+){0,3}?(?:new|novel|proposed)", re.IGNORECASE)


def _bucket(n: int) -> str:
    return "0" if n <= 2 else "1" if n <= 6 else "2" if n <= 15 else "3"


def candidates(text: str, title_end: int, value: tuple[int, int], sentence: tuple[int, int],
               kind: str, names: list[tuple[int, int, str]]) -> dict[str | None, dict]:
    """Features of each candidate owner of the value at ``value`` (None: no model)."""
    (v0, v1), (lo, hi) = value, sentence
    in_sentence = [n for n in names if lo <= n[0] < hi]
    cue_sentence = any(_CUES[k].search(text[lo:hi]) for k in ("than", "outperform", "compare"))
    context = {f"kind={kind}": 1, f"in_sentence={_bucket(len(in_sentence))}": 1,
               f"in_paper={_bucket(len({n[2] for n in names}))}": 1,
               "we": int(bool(re.search(r"\b(?:we|our)\b", text[lo:hi], re.IGNORECASE))),
               "comparison": int(cue_sentence)}
    out: dict[str | None, dict] = {None: {"none": 1, **{f"none_{k}": v
                                                         for k, v in context.items()}}}
    by_name = defaultdict(list)
    for start, end, name in names:
        by_name[name].append((start, end))
    first = min(names)[2] if names else None
    for name, spans in by_name.items():
        f = {"name": 1, f"count={_bucket(len(spans))}": 1, "first": int(name == first),
             "in_title": int(any(s < title_end for s, _ in spans)),
             "own_before": int(any(_OWN_BEFORE.search(text[max(0, s - 60):s]) for s, _ in spans)),
             "own_after": int(any(_OWN_AFTER.match(text[e:e + 40]) for _, e in spans))}
        here = [(s, e) for s, e in spans if lo <= s < hi]
        f["same_sentence"] = int(bool(here))
        before = [(s, e) for s, e in here if e <= v0]
        after = [(s, e) for s, e in here if s >= v1]
        if before:
            s, e = max(before, key=lambda span: span[1])
            f.update(_gap("before", text[e:v0]))
            f["before_nearest"] = int(not any(e < n[1] <= v0 and n[2] != name for n in in_sentence))
            f.update({f"before_pre_{k}": 1 for k, rx in _CUES.items()
                      if rx.search(text[max(lo, s - 25):s])})
        if after:
            s, e = min(after)
            f.update(_gap("after", text[v1:s]))
            f["after_nearest"] = int(not any(v1 <= n[0] < s and n[2] != name for n in in_sentence))
        if not here:
            f["earlier_sentence"] = int(any(s < lo for s, _ in spans))
        out[name] = f
    return out


def _gap(side: str, between: str) -> dict:
    """Features of the words between a name and the value, on one side of it."""
    f = {f"{side}_distance={_bucket(len(between.split()))}": 1}
    f.update({f"{side}_gap_{k}": 1 for k, rx in _CUES.items() if rx.search(between)})
    return f


def examples(corpus: pd.DataFrame, gold: dict) -> pd.DataFrame:
    """One row per (result, candidate): features, whether it is the gold owner, the rules'."""
    mentions = extract(corpus, progress=False)
    texts = {i: (document_text(t, a), len(str(t).strip())) for i, t, a
             in zip(corpus["id"], corpus["title"], corpus["abstract"], strict=True)}
    rows = []
    for pid, paper in mentions.groupby("paper_id", sort=False):
        text, title_end = texts[pid]
        models = paper[paper["label"] == "MODEL"]
        names = [(s, e, norm_name(m)) for s, e, m in zip(models["start"], models["end"],
                                                          models["model"], strict=True)]
        for given in {m for m in paper["model"][paper["label"] == "RESULT"] if isinstance(m, str)}:
            names += [(m.start(), m.end(), norm_name(given))
                      for m in re.finditer(re.escape(given), text)]
        left = list(gold.get(pid, {}).get("results") or [])
        for n, r in enumerate(paper[paper["label"] == "RESULT"].itertuples()):
            key = result_key({"value": r.value, "unit": r.unit}, "results")
            match = next((g for g in left if result_key(g, "results") == key), None)
            if r.source == COMPARISON or match is None:
                continue
            left.remove(match)
            lo = max(0, text.find(r.sentence))
            owner = norm_name(match.get("model") or "") or None
            rules = norm_name(r.model) if isinstance(r.model, str) else None
            found = candidates(text, title_end, (r.start, r.end), (lo, lo + len(r.sentence)),
                               str(r.kind), names)
            rows += [((pid, n), cand, f, cand == owner, cand == rules, owner == rules)
                     for cand, f in found.items()]
    return pd.DataFrame(rows, columns=["result", "candidate", "features", "gold", "rules",
                                       "rules_right"])


def gold_parts(unstudied: bool) -> list[tuple[str, pd.DataFrame, dict]]:
    """(part, corpus, gold records) of every studied gold part, or of every unstudied one."""
    parts = []
    for part in () if unstudied else ("seed", "dev2"):
        corpus = pd.read_json(EVAL / f"{part}_abstracts.jsonl", lines=True, dtype=False)
        parts.append((part, corpus, records(HERE / "gold" / f"{part}.jsonl")))
    shared = read_corpus()
    for part, path in OURS:
        if (part in UNSTUDIED) == unstudied and path.is_file():
            gold = records(path)
            parts.append((part, shared[shared["id"].isin(set(gold))], gold))
    return parts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--C", type=float, default=3.0, help="inverse regularization strength")
    ap.add_argument("--unseen", action="store_true",
                    help="also train on every studied part and test on each unstudied part")
    args = ap.parse_args()

    def table(parts: list) -> pd.DataFrame:
        return pd.concat([examples(corpus, gold).assign(part=part) for part, corpus, gold in parts],
                         ignore_index=True)

    data = table(gold_parts(unstudied=False))
    print(f"{'part':8s} {'results':>7s} {'learned':>8s} {'rules':>6s} {'either':>6s} "
          f"{'reach':>6s}")
    totals = [0, 0, 0, 0, 0]
    for part in data["part"].unique():
        counts = _test(data[data["part"] != part], data[data["part"] == part], args.C)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        _print(part, *counts)
    _print("studied", *totals)
    if args.unseen:
        unseen = table(gold_parts(unstudied=True))
        for part in unseen["part"].unique():
            _print(f"{part}*", *_test(data, unseen[unseen["part"] == part], args.C))


def _test(train: pd.DataFrame, test: pd.DataFrame, c: float) -> tuple[int, ...]:
    """Results of ``test``; how many the learned ranker, the rules, either of them give the
    right owner; how many have the right owner among their candidates."""
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(vec.fit_transform(train["features"]), train["gold"])
    test = test.assign(score=model.decision_function(vec.transform(test["features"])))
    best = test.loc[test.groupby("result")["score"].idxmax()]
    return (len(best), int(best["gold"].sum()), int(best["rules_right"].sum()),
            int((best["gold"] | best["rules_right"]).sum()),
            int(test.groupby("result")["gold"].any().sum()))


def _print(part: str, n: int, *right: int) -> None:
    print(f"{part:8s} {n:7d} {right[0] / n:8.3f}" + "".join(f" {k / n:6.3f}" for k in right[1:]))


if __name__ == "__main__":
    main()
