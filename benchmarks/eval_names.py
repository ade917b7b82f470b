"""Score the DATASET/MODEL name component alone on the dev abstracts (seed + dev2).

Usage: python benchmarks/eval_names.py [OUT_DIR] [--lexicon FILE] [--unseen] [--errors].
Writes one prediction file per gold set and prints score.py's figures plus docs/s.
``--unseen`` drops every lexicon entry that names a gold dataset or model, to estimate how the
patterns do on names the lexicon lacks (a pessimistic stand-in for a held-out set).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import spacy

import litkit.extract.names  # noqa: F401  (registers the factory)
from litkit.extract.extensions import CANDIDATES
from litkit.extract.identity import normalize
from litkit.extract.lexicon import default_paths, load_lexicon

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def build(lexicons: list[str], defaults: bool = True) -> spacy.Language:
    """A blank English pipeline with a sentencizer and the names component."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("litkit_names_v1",
                 config={"lexicon_paths": lexicons, "default_lexicons": defaults})
    return nlp


def unseen_lexicon(out: Path) -> Path:
    """A copy of litkit's lexicons without the entries that name any gold dataset or model."""
    gold = {normalize(name) for part in ("seed", "dev2")
            for line in (EVAL / f"{part}_gold.jsonl").open()
            for name in json.loads(line)["datasets"] + json.loads(line)["models"]}
    kept = [entry for path in default_paths() for entry in load_lexicon(path)
            if not any(normalize(n) in gold for n in entry.names)]
    path = out / "unseen_lexicon.jsonl"
    path.write_text("".join(json.dumps({"name": e.name, "label": e.label,
                                        "aliases": list(e.aliases), "synonyms": list(e.synonyms),
                                        "match": e.match}) + "\n"
                            for e in kept))
    return path


def summarize(doc) -> dict[str, list[str]]:
    """Per-paper name lists, one spelling per normalized name."""
    out: dict[str, dict[str, str]] = {"DATASET": {}, "MODEL": {}}
    for span in doc.spans.get(CANDIDATES, []):
        if span.label_ in out:
            name = span._.model or span._.dataset or span.text
            out[span.label_].setdefault(normalize(name), name)
    return {"datasets": list(out["DATASET"].values()), "models": list(out["MODEL"].values())}


def speed(nlp: spacy.Language, texts: list[str], rounds: int = 3) -> tuple[float, float]:
    """Docs/s of the tokenizer alone and of the names component alone (best of ``rounds``)."""
    names = nlp.get_pipe("litkit_names_v1")
    best_tok = best_names = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        docs = [nlp.make_doc(text) for text in texts]
        middle = time.perf_counter()
        for doc in docs:
            names(doc)
        end = time.perf_counter()
        best_tok = max(best_tok, len(texts) / (middle - start))
        best_names = max(best_names, len(texts) / (end - middle))
    return best_tok, best_names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default="/tmp/eval_names")
    parser.add_argument("--lexicon", action="append", default=[])
    parser.add_argument("--errors", action="store_true", help="show score.py's error lists")
    parser.add_argument("--unseen", action="store_true",
                        help="leave out lexicon entries naming gold names")
    args = parser.parse_args()
    if not (EVAL / "score.py").is_file():
        print(f"{EVAL}: the shared evaluation set is not there", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.unseen:
        nlp = build([str(unseen_lexicon(out)), *args.lexicon], defaults=False)
    else:
        nlp = build(args.lexicon)
    combined_gold, combined_pred = out / "all_gold.jsonl", out / "all_pred.jsonl"
    all_gold, all_pred, all_texts = [], [], []
    for part in ("seed", "dev2"):
        rows = [json.loads(line) for line in (EVAL / f"{part}_abstracts.jsonl").open()]
        texts = [f"{r['title']}\n\n{r['abstract']}" for r in rows]
        docs = list(nlp.pipe(texts, batch_size=64))
        all_texts += texts
        preds = [{"id": r["id"], "params": [], "tokens": [], "results": [], **summarize(d)}
                 for r, d in zip(rows, docs, strict=True)]
        pred_path = out / f"{part}_pred.jsonl"
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds))
        all_pred += preds
        all_gold += (EVAL / f"{part}_gold.jsonl").read_text().splitlines()
        print(f"== {part}")
        cmd = [sys.executable, str(EVAL / "score.py"), str(EVAL / f"{part}_gold.jsonl"),
               str(pred_path)] + (["--show-errors"] if args.errors else [])
        subprocess.run(cmd, check=True)
    combined_gold.write_text("".join(line + "\n" for line in all_gold))
    combined_pred.write_text("".join(json.dumps(p) + "\n" for p in all_pred))
    print("== combined")
    subprocess.run([sys.executable, str(EVAL / "score.py"), str(combined_gold),
                    str(combined_pred)], check=True)
    tokenizer, names = speed(nlp, all_texts)
    print(f"speed over {len(all_texts)} dev abstracts, best of 3 (noisy on a shared machine): "
          f"blank tokenizer {tokenizer:.0f} docs/s, names component alone {names:.0f} docs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
