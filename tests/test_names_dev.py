"""Regression guard: DATASET/MODEL F1 on the shared dev abstracts (skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import litkit.extract.names  # noqa: F401  (registers the factory)
from litkit.extract.extensions import CANDIDATES
from litkit.extract.identity import normalize

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
FIELDS = {"DATASET": "datasets", "MODEL": "models"}


def micro_f1(gold: dict[str, set], pred: dict[str, set]) -> float:
    tp = sum(len(gold[k] & pred.get(k, set())) for k in gold)
    n_pred, n_gold = sum(map(len, pred.values())), sum(map(len, gold.values()))
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0


@pytest.mark.skipif(not (EVAL / "seed_gold.jsonl").is_file(), reason="../shared/eval absent")
def test_dev_names_f1_at_least_target():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("litkit_names_v1")
    gold = {f: {} for f in FIELDS.values()}
    pred = {f: {} for f in FIELDS.values()}
    for part in ("seed", "dev2"):
        papers = [json.loads(line) for line in (EVAL / f"{part}_abstracts.jsonl").open()]
        for line in (EVAL / f"{part}_gold.jsonl").open():
            record = json.loads(line)
            for field in FIELDS.values():
                gold[field][record["id"]] = {normalize(n) for n in record[field]}
        texts = [f"{p['title']}\n\n{p['abstract']}" for p in papers]
        for paper, doc in zip(papers, nlp.pipe(texts), strict=True):
            for field in FIELDS.values():
                pred[field][paper["id"]] = set()
            for span in doc.spans[CANDIDATES]:
                if span.label_ in FIELDS:
                    written = span._.model or span._.dataset
                    pred[FIELDS[span.label_]][paper["id"]].add(normalize(written))
    assert micro_f1(gold["datasets"], pred["datasets"]) >= 0.85
    assert micro_f1(gold["models"], pred["models"]) >= 0.85
