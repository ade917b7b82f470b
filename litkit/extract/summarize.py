"""Mentions -> Papers: one row per paper in the evaluation format of the shared guidelines."""

from __future__ import annotations

import math
import re

import pandas as pd

from litkit.evaluate import norm_name
from litkit.extract.patterns import CAMPAIGNS
from litkit.extract.pipeline import document_text
from litkit.extract.result_baselines import COMPARISON
from litkit.extract.shared_tasks import _MULTITASK_CAMPAIGNS

#: Papers columns: the fields ``litkit eval`` scores, one list per paper. ``results`` are the
#: paper's reported results (not the figures it only compares with); ``params_models`` one
#: ``{"value", "model"}`` per size: the model its first mention is tied to, or None.
PAPER_COLUMNS = ["id", "params", "tokens", "datasets", "models", "results", "params_models"]
#: the keys of each result, as the guidelines' version 2 fields name them
RESULT_KEYS = ["value", "unit", "dataset", "metric", "kind", "model", "own", "metric_type"]


def summarize(mentions: pd.DataFrame, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per paper (every paper of ``corpus`` when given, else those with mentions).

    One pass over the mentions in their order, so lists keep the order of first mention.
    """
    ids = list(corpus["id"]) if corpus is not None else list(dict.fromkeys(mentions["paper_id"]))
    texts = _texts(corpus)
    papers: dict = {pid: _Paper(texts.get(pid, "")) for pid in ids}
    columns = ["paper_id", "label", "value", "unit", "dataset", "metric", "model", "kind", "own",
               "metric_type", "text", "source"]
    for pid, label, value, unit, dataset, metric, model, kind, own, mtype, text, source in zip(
        *(mentions[c] for c in columns), strict=True
    ):
        paper = papers.get(pid)
        if paper is None:
            continue
        model = model if isinstance(model, str) else None
        if label in ("PARAMS", "TOKENS") and _number(value):
            paper.numbers[label].setdefault(float(value), model)  # the first mention's model
        elif label in ("DATASET", "MODEL"):
            # the name as the paper writes it ("DeiT-S" of "DeiT-Ti/S/B"), one per spelling
            # that differs beyond case and punctuation
            name = model if label == "MODEL" else dataset
            name = name if isinstance(name, str) and name else text
            paper.names[label].setdefault(norm_name(name), name)
        elif label == "RESULT" and _number(value) and source != COMPARISON:
            # distinct (value, unit, dataset) with the first metric stated for them
            dataset = dataset if isinstance(dataset, str) else None
            result = {"value": float(value), "unit": unit or "", "dataset": dataset,
                      "metric": metric if isinstance(metric, str) else None,
                      "kind": kind if isinstance(kind, str) else None, "model": model,
                      "own": None if pd.isna(own) else bool(own),
                      "metric_type": mtype if isinstance(mtype, str) else None}
            key = (round(float(value), 4), result["unit"], dataset)
            if _typed_over_untyped(paper.results.get(key), result):
                paper.results[key] = result  # the later mention names the metric (in place)
            paper.results.setdefault(key, result)
    rows = [paper.row(pid) for pid, paper in papers.items()]
    return pd.DataFrame(rows, columns=PAPER_COLUMNS)


class _Paper:
    """Per-paper accumulators: dicts as ordered sets (sizes map to their first mention's model)."""

    def __init__(self, text: str = "") -> None:
        self.text = text  # title and abstract, where the corpus is given
        self.numbers: dict[str, dict] = {"PARAMS": {}, "TOKENS": {}}
        self.names: dict[str, dict] = {"DATASET": {}, "MODEL": {}}
        self.results: dict[tuple, dict] = {}

    def row(self, paper_id) -> dict:
        return {
            "id": paper_id,
            "params": list(self.numbers["PARAMS"]),
            "tokens": list(self.numbers["TOKENS"]),
            "datasets": _without_bare_campaigns(list(self.names["DATASET"].values()), self.text),
            "models": list(self.names["MODEL"].values()),
            "results": list(self.results.values()),
            "params_models": [{"value": v, "model": m} for v, m in self.numbers["PARAMS"].items()],
        }


#: what follows a campaign's name to make it one edition: a year ("EvaLatin 2020", "SemEval-2017",
#: "IWSLT'17") or a year of this century glued on ("WMT14"), not a size or a split ("CIFAR-10",
#: "ImageNet32", a downsampled ImageNet listed beside it)
_EDITION_SUFFIX = re.compile(r"(?:[\s-](?:19|20)\d\d|\s?['\u2019]\d\d|[0-2]\d)\b")
#: a campaign's edition in any spelling ("WMT20", "WMT 2020", "IWSLT-2014", "WMT'17"), alone
#: or (followed by a space) opening the name of one of its tasks, tracks or language pairs
_CAMPAIGN_EDITION = re.compile(r"([A-Za-z]+)[\s-]?['\u2019]?((?:19|20)?\d\d)")


def _edition_key(match: re.Match | None) -> tuple[str, str] | None:
    return (match.group(1).lower(), match.group(2)[-2:]) if match else None


def _texts(corpus: pd.DataFrame | None) -> dict:
    """Each paper's title and abstract by id ({} without a corpus or its text columns)."""
    if corpus is None or not {"title", "abstract"} <= set(corpus.columns):
        return {}
    return {pid: document_text(t, a)
            for pid, t, a in zip(corpus["id"], corpus["title"], corpus["abstract"], strict=True)}


def _bare_shared_task(name: str, text: str) -> bool:
    """Whether the text writes ``name`` bare before "shared task", the task referred to by its
    short name, which is listed beside its edition (R-ds-editionbare, dev25: "the CL-SciSumm 2020
    shared task" ... "In the CL-SciSumm shared task"; dev37 "The OffensEval shared task"); not a
    campaign running many tasks ("the WMT shared task", "the SemEval shared task", "the 2018
    edition of the SIGMORPHON shared task"); nor one whose "Shared Task" is capitalized, part of
    the task's own name ("the MADAR Shared Task: Arabic Fine-Grained Dialect Identification")."""
    return name not in CAMPAIGNS and name not in _MULTITASK_CAMPAIGNS and bool(text) and re.search(
        rf"(?<![\w-]){re.escape(name)}\s+[Ss]hared[\s-]task\b", text) is not None


def _without_bare_campaigns(names: list[str], text: str = "") -> list[str]:
    """Drop a bare campaign the paper also names as an edition: "EvaLatin" beside "EvaLatin
    2020", "WMT" beside "WMT14 English-German", unless the text refers to the task by it
    (``_bare_shared_task``); and a bare edition the paper also names with its task or pair:
    "WMT 2020" beside "WMT20 News Translation Task" (R-ds-taskname: the gold lists the fuller name
    only)."""
    tasks = {_edition_key(m) for other in names
             if (m := _CAMPAIGN_EDITION.match(other)) and other[m.end():m.end() + 1] == " "}
    return [name for name in names
            if (_bare_shared_task(name, text)
                or not any(other.startswith(name) and _EDITION_SUFFIX.match(other, len(name))
                           for other in names if other != name))
            and _edition_key(_CAMPAIGN_EDITION.fullmatch(name)) not in tasks - {None}]


def _typed_over_untyped(first: dict | None, later: dict) -> bool:
    """Whether ``later``, a score in a named metric, should stand for one value written twice
    where ``first`` named none: "resolves 1397 of 1425 (98%) ambiguities" ... "CRABS achieves
    average $F_1$ scores of 98%" is the F1 score (the complete claim, as the gold lists it)."""
    return first is not None and first["metric_type"] in (None, "other") \
        and later["metric_type"] not in (None, "other") and later["kind"] == "score"


def _number(value) -> bool:
    return value is not None and isinstance(value, int | float) and math.isfinite(value)
