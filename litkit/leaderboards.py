"""Leaderboards rebuilt from abstracts: every score reported on a benchmark, by model and year.

A leaderboard row is a RESULT mention with kind "score" (never a delta, ratio or other
claim), a dataset, a metric (written, or a metric type of the guidelines' list other than
"other", cost and speed), and a model or ``own`` set (the guidelines' "Version 2 fields"):

- Datasets are matched by identity: the lexicon's canonical spelling, then case, spaces,
  hyphens, dots and underscores ignored ("GSM-8K" = "GSM8K" = "gsm 8k").
- Models are shown by canonical name ("Llama-2-7B" -> "Llama 2 7B") with their family,
  so a table groups or filters them across papers.
- A score of the paper's own system that the text does not name is labelled
  ``THIS_PAPER`` ("(this paper)"); the row's paper id and title say which paper.
- Scores rank against scores of the same metric type, variant (top-5, pass@10, ROUGE-L:
  ``metric_variant``) and unit; scores of type "other" against those of the same written
  metric (precision is not ranked against recall).
- When one paper reports several scores of one model on one benchmark and metric
  (settings, splits, shots), the best is kept and ``scores_in_paper`` counts them: a
  leaderboard asks what a system reached, and the evidence sentence shows the rest. A score
  written as on a development or validation set is kept only when there is no other: a
  leaderboard ranks test scores.
- Accuracy-like scores are put on one 0-100 scale ("0.913" and "91.3%" rank together).
- Better is higher, except for perplexity, bits per character, error rates, cost,
  speed written as time or latency, and errors or losses of type "other" (MAE, RMSE)
  (``lower_is_better``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from litkit.errors import LitkitError
from litkit.extract.identity import canonical_dataset, canonical_model, normalize
from litkit.extract.metrics import LOWER_IS_BETTER, METRIC_TYPES
from litkit.extract.metrics import metric_type as type_named

#: the model label of a score of the paper's own, unnamed system
THIS_PAPER = "(this paper)"
#: leaderboard columns, in order; ``rank`` counts from 1 (best) within a benchmark, metric
#: type, variant and unit; ``scores_in_paper`` is how many scores the row's best stands for
COLUMNS = ["dataset", "metric_type", "variant", "unit", "rank", "model", "family", "own", "value",
           "metric", "scores_in_paper", "paper_id", "year", "title", "text", "sentence"]
#: speed written as a time is lower-is-better ("latency", "inference time", "ms"), not a rate
#: ("tokens per second", "FPS", "tokens/s")
_TIME = re.compile(r"latency|delay|wall-?clock|\bms\b|(?<!per\s)\b(?:time|seconds?)\b",
                   re.IGNORECASE)
#: an error measured outside the closed list ("other"): MAE, RMSE, "mean absolute error", NLL
_OTHER_ERROR = re.compile(r"\b(?:(?-i:R?MSE|MAE|TER|NLL)|errors?|loss)\b", re.IGNORECASE)
#: metric types written as a fraction (0.913) or on the 0-100 scale (91.3, 91.3%)
_PERCENT_SCALE = frozenset({"accuracy", "f1", "exact_match", "ap", "pass_at_k", "win_rate",
                            "error_rate", "bleu", "rouge"})
_SCALE_UNITS = ("", "%", "points", "fraction")
#: the numbered form of a metric, which makes another metric: top-5 (top-1 is what accuracy
#: and error mean unqualified), pass@10, mAP@0.5, BLEU-4, ROUGE-L; and the attachment scores
#: of parsing, two accuracies ranked apart (UAS, LAS)
_VARIANT = re.compile(r"\btop[-\s]?(?!1\b)\d+\b|@\s?(?:\d+(?:\.\d+)?|k)\b|"
                      r"\b(?:bleu|rouge)[-\s]?(?:\d|l|lsum|w)\b|\b(?-i:[UL]AS)\b", re.IGNORECASE)
_NAMES = {"f1": "F1", "bleu": "BLEU", "rouge": "ROUGE", "ap": "AP", "pass_at_k": "pass@k"}
#: written metrics that name no measure of their own: an "other" board of a task's official
#: score ("an official score of 0.61", "a performance of 83%")
_UNNAMED_METRIC = re.compile(r"(?:(?:official|overall|final|average|mean|total)\s+)?"
                             r"(?:scores?|performances?|results?)")
#: metric types that say what a value measures only through a written metric: a bare "16%"
#: typed other ("16% of which are sarcastic") or cost ("forgetting 50% of the data") is no
#: score to rank (a leaderboard audit: 9 of 11 such rows sampled were not scores at all)
_NO_MEASURE = ("other", "cost", "speed")
#: ... nor one typed other or cost whose written metric is another type's: the metric of a
#: neighbour ("with 1%, 10% SRL-labeled data ... +1.58, +0.78 F1": a data share under F1;
#: "storage requirement from 1.7 MB to 0.006 MB with accuracy loss of 0.03%"; a "False Triggered
#: Rate (FTR) below 2.06% and negligible model accuracy degradation") or a measure typed apart
#: from it ("a success rate of 57.6% (Pass@32)"), neither ranked rightly (leaderboard audits:
#: 3 rows; 6 of the whole corpus's board)
_MEASURE_ONLY_WRITTEN = ("other", "cost")
#: "other" metrics written out, ranked with their acronyms ("Root Mean Squared Error" = RMSE)
_SPELLED_OUT = {"mean absolute error": "mae", "mean squared error": "mse",
                "mean square error": "mse", "root mean squared error": "rmse",
                "root mean square error": "rmse", "mean reciprocal rank": "mrr",
                "normalized discounted cumulative gain": "ndcg"}
#: the words after a score that put it on a development set: "0.9218 F1-score on public
#: validation set", "about 70% accuracy when it is applied on the development dataset", "66.1%
#: and 67.0% on the development sets" (within its clause)
_ON_DEV = re.compile(r"(?:[^.;,()]|\.\d){0,40}?\b(?:dev|development|validation|val)(?:\s+|-)"
                     r"(?:sets?|splits?|data)", re.IGNORECASE)
_NEEDED = ("paper_id", "label", "value", "unit", "dataset", "model", "kind", "own",
           "metric", "metric_type", "text", "sentence")


def lower_is_better(metric_type: str, metric: str | None = None) -> bool:
    """Whether smaller values of this metric are better: perplexity, bits per character,
    error rates and cost; speed when the ``metric`` written is a time (latency), not a rate;
    "other" when it is an error or loss (MAE, RMSE: 14 rows of the 46k abstracts' board)."""
    if metric_type == "speed":
        return bool(metric) and _TIME.search(str(metric)) is not None
    if metric_type == "other":
        return isinstance(metric, str) and _OTHER_ERROR.search(metric) is not None
    return metric_type in LOWER_IS_BETTER


def metric_variant(metric: str | None, metric_type: str | None = None) -> str:
    """The numbered form of a metric as written, lower case ("top-5 accuracy" -> "top-5",
    "pass@10" -> "@10", "ROUGE-L" -> "rouge-l"), "" when none (or top-1). Of type "other",
    the metric as written, lower case, without a "score" after its name ("Precision" ->
    "precision", "RIBES score" -> "ribes", "root-mean-square error" -> "rmse"), "" when it names
    no measure ("score", "performance")."""
    if metric_type == "other" and isinstance(metric, str):
        name = " ".join(metric.lower().split())
        if _UNNAMED_METRIC.fullmatch(name):
            return ""
        name = re.sub(r"\s+scores?$", "", name)
        return _SPELLED_OUT.get(name.replace("-", " "), name)
    found = _VARIANT.search(metric) if isinstance(metric, str) else None
    if not found:
        return ""
    return re.sub(r"^(top|bleu|rouge)-?", r"\1-", re.sub(r"\s+", "", found.group(0).lower()))


def metric_label(metric_type: str, variant: str = "") -> str:
    """How a metric type and variant read in a table or on an axis: 'F1', 'top-5 accuracy',
    'pass@10', 'ROUGE-L', 'UAS', 'error rate'; an "other" metric by its written name
    ('precision')."""
    name = _NAMES.get(metric_type, metric_type.replace("_", " "))
    if not variant or metric_type == "other":
        return variant or name
    if variant.startswith("@"):
        return ("pass" if metric_type == "pass_at_k" else name) + variant
    if variant.startswith(("bleu", "rouge")) or variant in ("uas", "las"):
        return variant.upper()
    return f"{variant} {name}"


def check_metric_type(metric_type: str | None) -> None:
    """Raise a one-line error naming the valid types when ``metric_type`` is not one."""
    if metric_type is not None and metric_type not in METRIC_TYPES:
        raise LitkitError(f"unknown metric type {metric_type!r}; use one of {list(METRIC_TYPES)}")


def dataset_key(name: str) -> str:
    """The identity a benchmark is matched by: 'GSM-8K', 'gsm8k' and 'GSM8K' give one key."""
    return normalize(canonical_dataset(str(name).strip()))


def dataset_name(names: pd.Series) -> str:
    """How one benchmark's spellings are shown: the lexicon's spelling, else the spelling
    most papers use (ties: the first alphabetically, so every run shows the same)."""
    counts = names.map(lambda n: canonical_dataset(str(n).strip())).value_counts()
    return min(counts.index, key=lambda name: (-counts[name], name))


def leaderboard(
    mentions: pd.DataFrame,
    corpus: pd.DataFrame,
    dataset: str | Iterable[str] | None = None,
    metric_type: str | None = None,
    metric: str | None = None,
) -> pd.DataFrame:
    """Scores on ``dataset`` (a name or names; None: every benchmark), best first per
    benchmark, metric type and unit, with paper, year, own flag and evidence sentence.

    ``metric_type`` keeps one type of the guidelines' closed list ("accuracy", "bleu", ...);
    ``metric`` keeps metrics whose written name contains it ("top-1").
    """
    rows = _scores(mentions, dataset, metric_type, metric)
    if rows.empty:
        return pd.DataFrame(columns=COLUMNS)
    rows = _with_models(_on_one_scale(rows), mentions)
    rows["variant"] = [metric_variant(m, t) for m, t in zip(rows["metric"], rows["metric_type"],
                                                            strict=True)]
    rows["dataset"] = rows.groupby("key")["dataset"].transform(dataset_name)
    rows["better"] = [-v if lower_is_better(t, m) else v
                      for v, t, m in zip(rows["value"], rows["metric_type"], rows["metric"],
                                         strict=True)]
    rows = _best_per_paper(rows)
    papers = corpus[["id", "year", "title"]].rename(columns={"id": "paper_id"})
    rows = rows.merge(papers, on="paper_id", how="left")
    board = ["key", "metric_type", "variant", "unit"]
    rows["rank"] = rows.groupby(board)["better"].rank(method="min", ascending=False).astype(int)
    rows = rows.sort_values([*board, "rank", "year", "paper_id"], kind="stable",
                            na_position="last")
    return rows[COLUMNS].reset_index(drop=True)


def _scores(mentions: pd.DataFrame, dataset: str | Iterable[str] | None,
            metric_type: str | None, metric: str | None) -> pd.DataFrame:
    """The RESULT rows that are leaderboard rows: scores with a dataset, a metric and a named
    model or the paper's own system, on the benchmarks and metrics asked for; ``key`` is the
    benchmark's identity."""
    missing = [c for c in _NEEDED if c not in mentions]
    if missing:
        raise LitkitError(f"mentions table has no {missing} column(s): extract again with "
                          f"this litkit version (columns: {list(mentions.columns)})")
    check_metric_type(metric_type)
    rows = mentions[(mentions["label"] == "RESULT") & (mentions["kind"] == "score")]
    rows = rows[rows["dataset"].notna() & rows["value"].map(_finite)].copy()
    rows["key"] = rows["dataset"].map(dataset_key)
    if dataset is not None:
        wanted = [dataset] if isinstance(dataset, str) else list(dataset)
        rows = rows[rows["key"].isin({dataset_key(d) for d in wanted})]
    rows["metric_type"] = rows["metric_type"].fillna("other")
    written = rows["metric"].fillna("").str.strip().ne("")
    rows = rows[written | ~rows["metric_type"].isin(_NO_MEASURE)]
    named = rows["metric"].map(lambda m: type_named(named=m, fallback=None)
                               if isinstance(m, str) else None)
    rows = rows[~(rows["metric_type"].isin(_MEASURE_ONLY_WRITTEN) & named.notna()
                  & named.ne(rows["metric_type"]))]
    if metric_type is not None:
        rows = rows[rows["metric_type"] == metric_type]
    if metric:
        rows = rows[rows["metric"].fillna("").str.contains(metric, case=False, regex=False)]
    rows["own"] = rows["own"].fillna(False).astype(bool)
    named = rows["model"].fillna("").str.strip().ne("")
    return rows[named | rows["own"]]


def _finite(value: object) -> bool:
    return isinstance(value, int | float | np.number) and math.isfinite(value)


def _on_one_scale(rows: pd.DataFrame) -> pd.DataFrame:
    """Scores of metrics bounded by 1 or 100 on the 0-100 scale: "0.913 accuracy" and
    "91.3%" rank together (a value up to 1 without a unit is read as a fraction); accuracy-like
    scores take the unit "%", BLEU and ROUGE none (they are written without one)."""
    rows["unit"] = rows["unit"].fillna("")
    bounded = rows["metric_type"].isin(_PERCENT_SCALE) & rows["unit"].isin(_SCALE_UNITS)
    fraction = bounded & rows["unit"].isin(("", "fraction")) & (rows["value"].abs() <= 1)
    rows.loc[fraction, "value"] = rows.loc[fraction, "value"] * 100
    plain = rows["metric_type"].isin(("bleu", "rouge"))
    rows.loc[bounded, "unit"] = "%"
    rows.loc[bounded & plain, "unit"] = ""
    return rows


def _with_models(rows: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Canonical model name and family per row: those the extractor gave the same spelling
    in a MODEL mention (it knows the user's lexicons), else litkit's own reading."""
    known = mentions.loc[mentions["label"] == "MODEL"]
    if {"canonical", "family"} <= set(known.columns):
        known = known.dropna(subset=["canonical"]).drop_duplicates("text")
        identity = dict(zip(known["text"], zip(known["canonical"], known["family"],
                                               strict=True), strict=True))
    else:
        identity = {}
    model, family = [], []
    for written in rows["model"]:
        if not isinstance(written, str) or not written.strip():
            model.append(THIS_PAPER)
            family.append(None)
            continue
        canonical, fam = identity.get(written) or _read_model(written)
        model.append(canonical)
        family.append(fam)
    return rows.assign(model=model, family=family)


def _read_model(written: str) -> tuple[str, str]:
    found = canonical_model(written)
    return found.canonical, found.family


def _best_per_paper(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per (paper, model, benchmark, metric type, variant, unit): the best score (one
    on a development set only when there is no other), with the number of scores it stands for."""
    group = ["paper_id", "model", "key", "metric_type", "variant", "unit"]
    rows = rows.assign(on_dev=[_on_dev(text, sentence) for text, sentence
                               in zip(rows["text"], rows["sentence"], strict=True)])
    rows = rows.sort_values(["on_dev", "better"], ascending=[True, False], kind="stable")
    counts = rows.groupby(group, sort=False)["value"].transform("size")
    rows = rows.assign(scores_in_paper=counts).drop_duplicates(group)
    return rows.drop(columns="on_dev")


def _on_dev(text: object, sentence: object) -> bool:
    """Whether the words right after a score's text in its sentence put it on a development
    or validation set."""
    if not isinstance(text, str) or not isinstance(sentence, str) or text not in sentence:
        return False
    return _ON_DEV.match(sentence, sentence.index(text) + len(text)) is not None
