"""Reported results: scores, improvements and efficiency gains a paper claims for itself.

``find_results(text, sentences, datasets)`` finds numbers with a result unit (%, points, x,
a written fraction, or a unitless score named by its metric), drops the ones the text
attributes to baselines or to the set-up, and ties each to its metric and dataset.
The ``litkit_results_v1`` component reads the DATASET candidates the names component wrote.
Its rules live in the modules below it, named for what they hold (``result_values``, the
bottom, to ``result_respectively``); this module runs them in order and holds the
component.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from litkit.extract.extensions import CANDIDATES, span_value
from litkit.extract.metrics import (
    annotators_agreement,
    metric_type,
    names_items_only,
    on_pos_tagging,
    on_text_classification,
    usual_type,
)
from litkit.extract.patterns import Candidate, Covered, number_windows, qualifier
from litkit.extract.result_baselines import (
    _CHANGE_NAMED_AFTER,
    _OF_THE_TIME,
    COMPARISON,
    _humans_figures,
)
from litkit.extract.result_changes import (
    _SHARE_NOT_AGREEMENT,
    _added_changes,
    _change_of_score,
    _changes,
    _compared_items,
    _elliptical_changes,
    _listed_changes,
    _lists,
    _parallel_shares,
    _percent_points,
    _points,
    _scaled_points,
    _score_carried_on,
    _unstated,
    _versus,
)
from litkit.extract.result_datasets import _carried, _dataset, _dated
from litkit.extract.result_figures import _SCORES_AFTER_VERB, _numbers
from litkit.extract.result_kinds import _kind
from litkit.extract.result_metrics import (
    METRIC_START,
    METRICS,
    _metric,
    _metric_before,
    _paired_metrics,
    own_for_metric,
    own_in_phrases,
    own_phrase_metric,
    own_score_name,
)
from litkit.extract.result_respectively import _respectively
from litkit.extract.result_scans import _PAPER_MARK, _Scans
from litkit.extract.result_setups import (
    _RATIO_COMPARATIVE,
    _spent_share,
    describes_built_data,
    describes_data,
)
from litkit.extract.result_values import _UNIT_START, _after, _before
from litkit.extract.spans import BatchedComponent, add_candidates, doc_text

#: "trained on X", "fine-tuned on X": X is training data, not where results are reported; also
#: "training on X" ("training on CoSQA improves the accuracy of code question answering by 5.1%",
#: not "95% training accuracy on MNIST")
_TRAINING_DATA = re.compile(
    r"(?:(?:train|trained|pre-?train(?:ed)?|fine-?tuned?|tuned|curated|refined|collected)\s+"
    r"(?:\w+\s+){0,2}|training\s+)(?:on|from|with)\s+(?:the\s+)?(?:[A-Z]\w+\s+)?$",
    re.IGNORECASE,
)
#: ... or X described as a training set after it, which results are not reported on: "we introduce
#: X-Guard-Train, an open-source multi-turn safety training dataset"
_TRAINING_SET_AFTER = re.compile(r"(?:,|\s*[\u2013\u2014-])\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?"
                                 r"(?:pre-?)?training\s+(?:data\s?set|dataset|corpus|set)\b",
                                 re.IGNORECASE)
#: ... or X apposed to the (pre-)training data it is one of: "Using the same pre-training corpora
#: as the original model, Wikipedia and BookCorpus, our BERT variation manages to improve"
_TRAINING_DATA_APPOSED = re.compile(
    r"\b(?i:(?:pre-?)?training\s+(?:corpora|corpus|data|datasets?|data\s+sets?))\b[^.;:()]{0,40}?"
    r",\s+(?!and\b|or\b)(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*,?\s+(?:and\s+))?"
    r"(?:the\s+)?$")
#: ... or X used in an opening phrase whose clause trains on it: "Using GraphPile, we train
#: GraphMind on popular base models"
_USING_BEFORE = re.compile(r"\b(?:[Uu]sing|[Ww]ith)\s+(?:the\s+)?$")
_WE_TRAIN_AFTER = re.compile(r"[^,.;()]{0,30}?,\s+(?:we|they)\s+(?:\w+\s+)?"
                             r"(?:pre-?train|fine-?tun|train)\w*\b")


def _training_data(text: str, dataset: tuple) -> bool:
    """Whether the text names ``dataset`` here as training data (R-ds-trainsentence), besides
    an opening "Using X," that its clause trains on (``_used_to_train``)."""
    return bool(_TRAINING_DATA.search(text, max(0, dataset[0] - 50), dataset[0])
                or _TRAINING_SET_AFTER.match(text, dataset[1])
                or _TRAINING_DATA_APPOSED.search(text, max(0, dataset[0] - 100), dataset[0]))


def _used_to_train(text: str, dataset: tuple) -> bool:
    """Whether an opening "Using X," names ``dataset`` as what its clause trains on."""
    return bool(_USING_BEFORE.search(text, max(0, dataset[0] - 12), dataset[0])
                and _WE_TRAIN_AFTER.match(text, dataset[1]))


def _only_trained_on(name: str, trained: list[tuple], datasets: list[tuple], sent_start: int,
                     sent_end: int) -> bool:
    """Whether the sentence names dataset ``name`` only as what it uses to train
    (R-ds-trainsentence), which its results are not on: "Using GraphPile, we train GraphMind ...
    achieving up to 4.9% higher accuracy" (not the paper's own benchmark by the fallback to it;
    a set trained on and then scored, "finetuned on Pixie, achieve ... 83.34%", keeps it)."""
    def here(found: list[tuple]) -> bool:
        return any(d[2] == name and sent_start <= d[0] < sent_end for d in found)
    return here(trained) and not here(datasets)


#: the metric types of what a system spends, which a ratio may be typed by from any words near it
RESOURCES = ("speed", "cost")
#: a figure alone in parentheses, typed by a resource named right after them: "a 1.4x (40%)
#: speedup", "significant (10 times) speedups", "in practice resulting in significant (10-200x)
#: speedups", "2.30x (1.19x) faster", "significantly (75%) reduced parameter size", "require a
#: fraction (typically 13%) of the number of parameters" (not a quality: "precision (0.99) at the
#: expense of recall (0.75)", often another figure's; nor past a new clause: "fewer parameters
#: (0.9%-18%) and extremely high speedup ratios"; nor data items, a finding's share: "almost all
#: (98.7%) examples contain at least one permutation")
_PAREN_OPEN = re.compile(r"\(\s*(?:(?:typically|about|around|approximately|roughly|nearly|over|"
                         r"up\s+to|more\s+than|less\s+than|only|~|\u223c|\u2248|[<>])\s*)*"
                         r"(?:[\d.]+\s*(?:%|x|\u00d7)?\s*[-\u2013]\s*)?$", re.IGNORECASE)
_PAREN_CLOSE = re.compile(r"\s*(?:times\b|-?fold\b)?\s*\)")


def _paren_resource(text: str, cand: Candidate) -> str | None:
    """The resource (``RESOURCES``) the words after the parentheses ``cand`` stands alone in
    name (``_PAREN_OPEN``), or None."""
    unit = _UNIT_START.match(text, cand.end)
    close = _PAREN_CLOSE.match(text, unit.end() if unit else cand.end)
    if close is None or not _PAREN_OPEN.search(text, max(0, cand.start - 40), cand.start):
        return None
    after = _after(text, close.end())
    found = metric_type(after, fallback=None)
    return found if found in RESOURCES and not names_items_only(after) else None


def _own_type(cand: Candidate, after: str, before: str) -> str | None:
    """The metric type the words ``after`` and ``before`` ``cand`` give; a ratio's comparative
    right after it, naming none, keeps a quality named before it from being its type ("achieve
    100% test accuracy on test inputs that are 500x longer"), not a resource ("whose original
    size is on average about 15 times larger"); a score named right after it in words no metric
    name is among is typed other ("and 1.94 human evaluation score")."""
    if cand.unit == "" and own_score_name(after, 0):
        return "other"  # its own unlisted score, not a metric named before it for another figure
    found = metric_type(after, before, fallback=None)
    if cand.unit == "x" and found not in (None, *RESOURCES) \
            and _RATIO_COMPARATIVE.match(after) and metric_type(after, fallback=None) is None:
        return None
    return found


#: a sentence whose subject is prior work, reporting what it found: its figures are background:
#: "Recent state-of-the-art neural models have obtained F1-scores near 98% on the task of slot
#: filling", "Prior approaches achieved a maximum performance of 0.66 F1", "Previous works have
#: shown that ... with only 25% of the original training data", also with a quantifier or plural
#: alone for the prior work: "Several studies report a relative error reduction of 24 to 51%",
#: "Studies have shown" (not results, unless the sentence marks the paper's own: "we", "our",
#: "this paper", "on this benchmark")
_PRIOR_WORK_OPENS = re.compile(
    r"\s*(?:(?:However|Although|While|Yet),?\s+)?(?:(?:(?:most|many|several|some)\s+)?"
    r"(?:recent|previous|prior|earlier|past|existing|current)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:work|works|studies|research|approaches|models|systems|methods)|"
    r"(?:(?:many|most|several|some|various|numerous)\s+)?(?-i:[Ss]tudies))\s+(?:(?:have|has|had)\s+)?"
    r"(?:\w+ly\s+)?(?:obtain|achiev|reach|report|attain|show|demonstrat|found|find)\w*\b",
    re.IGNORECASE)

#: ... or the subject of a clause set against the paper's own by "whereas", "while" or "but", up
#: to the figure: "whereas existing methods already struggle with forgetting 10% of training
#: data", "while previous work using a typo-corrector achieves only 35.3% accuracy" (R-res-baseline)
_PRIOR_WORK_CLAUSE = re.compile(
    r"\b(?:whereas|while|but)\s+(?:the\s+|most\s+|many\s+|all\s+)?(?:existing|previous|prior|"
    r"other|baseline|competing|conventional)\s+(?:[\w-]+\s+){0,2}?(?:methods|models|systems|"
    r"approaches|baselines|techniques|algorithms|work|works)\b[^.;,]{0,100}$", re.IGNORECASE)


def find_results(
    text: str,
    sentences: list[tuple[int, int]] | None = None,
    datasets: list[tuple] | None = None,
) -> list[Candidate]:
    """Result candidates in ``text``; ``sentences`` are character spans, ``datasets`` (start,
    end, name[, the metric type the dataset is usually scored by[, its lexicon kind]])."""
    sentences = sentences or [(0, len(text))]
    if ":" in text and _COLON_IN_NUMBER.search(text):
        text = _colon_decimals(text)
    names = sorted((*d, None, None)[:5] for d in datasets or [])
    trained = [d for d in names if _used_to_train(text, d)]
    datasets = [d for d in names if d not in trained and not _training_data(text, d)]
    starts = [s for s, _ in sentences]
    in_names = Covered((d[0], d[1]) for d in names)
    data_starts = [d[0] for d in datasets]
    name_ends = {d[0]: d[1] for d in names}  # where a dataset's name starting there ends
    found: list[Candidate] = []
    scans = _Scans(text, datasets)
    decided: dict[int, str] = {}  # candidate id -> what decided its kind
    words: dict[int, tuple[str, str]] = {}  # candidate id -> words after and before it
    for start, end, value, unit, match_end, rule, comparison in _numbers(
            text, number_windows(text)):
        if in_names.holds(start, end):
            continue  # a version in a dataset's name: "MultiWOZ 2.1"
        index = max(0, bisect.bisect_right(starts, start) - 1)
        sent_start, sent_end = sentences[index]
        if unit == "%" and (describes_data(text, end, sent_start, sent_end, name_ends)
                            or describes_built_data(text, sent_start, sent_end)):
            continue  # a share of the items of the dataset its sentence describes (R-res-setup)
        if text[sent_start:sent_end].rstrip().endswith("?"):
            continue  # a question claims nothing: "how to learn a subset of points, say 1% of the
            # total number of points, such that ...?", "What does it take to achieve 100% ...?"
        words_after = _after(text, end)
        kind, decided_by = _kind(text, start, end, unit, rule, words_after)
        if not comparison and _PRIOR_WORK_OPENS.match(text, sent_start, start) \
                and not scans.search(_PAPER_MARK, sent_start, sent_end):
            comparison = True  # background: a figure prior work reported
        if not comparison and _PRIOR_WORK_CLAUSE.search(text, max(sent_start, start - 180), start):
            comparison = True  # prior work's figure, set against the paper's
        if not comparison \
                and scans.title_end < sent_start < scans.background_end(sentences, starts):
            comparison = True  # background: a figure before the paper's own work is named
        if value < 0 and kind == "score":
            kind, decided_by = "delta", "sign"  # a signed value is a change: "by -97%", "-0.47 TER"
        dataset = _dataset(datasets, data_starts, start, match_end, sent_start, sent_end, text,
                           scans)
        if dataset and _only_trained_on(dataset, trained, datasets, sent_start, sent_end):
            dataset = None
        attrs = {
            "qualifier": qualifier(text, start),
            "metric": _metric_before(text, start, sent_start, sent_end)
            if rule is _SCORES_AFTER_VERB
            else _metric(text, start, match_end, sent_start, sent_end, kind == "score"),
            "dataset": dataset,
            "kind": kind,
        }
        if comparison:
            attrs["own"] = False
        source = COMPARISON if comparison else "results"
        found.append(Candidate("RESULT", start, end, value, unit, source, attrs))
        decided[id(found[-1])] = decided_by
        words[id(found[-1])] = words_after, _before(text, start, sent_start)
    chains = _lists(found, text, decided)
    _listed_changes(chains, text, decided)
    _elliptical_changes(found, text, decided)
    for chain in chains:
        _percent_points(chain, text)
        _points(chain)
    _respectively(found, datasets, sentences, text)
    _dated(found, names, text)
    usual = {d[2]: d[3] for d in names}
    unstated: list[Candidate] = []  # scores of "performance" that words give no type
    untyped: list[Candidate] = []  # values no words typed (a sign alone made a change of them)
    usual_types: dict[tuple, str | None] = {}  # by dataset and sentence: many scores in one
    # the list before, if its words named its metric type, which a next clause's value naming
    # none takes (_NEXT_CLAUSE)
    last_named: tuple[Candidate, str] | None = None
    for chain in chains:
        # the words around a number, else the list's item before it ("an F1 of 74.2 and
        # 84.8") or after it ("between 74.4 and 92.9% agreement"), else the dataset's usual
        # metric and the metric named nearest
        paired = _paired_metrics(chain, text, sentences, starts)
        for cand, (_, name) in zip(chain, paired or (), strict=False):
            cand.attrs["metric"] = name  # a listed value's metric is its own, not the nearest
        named = [kind for kind, _ in paired] if paired \
            else [_own_type(cand, *words[id(cand)]) for cand in chain]
        for n, phrase in enumerate(() if paired else own_in_phrases(chain, text)):
            if phrase and named[n] in (None, "other"):  # its own unlisted metric, not the one
                # named before it
                named[n], chain[n].attrs["metric"] = "other", phrase
        for n, cand in enumerate(() if paired else chain):
            if name := own_for_metric(text, cand.end):  # "90.0% for F_1 measure"
                named[n], cand.attrs["metric"] = metric_type(name), name
            elif metric_type(words[id(cand)][0], fallback=None) is None \
                    and (name := own_phrase_metric(text, cand.end)):  # "57.6% (Pass@32)"
                named[n], cand.attrs["metric"] = metric_type(name), name
        for n, cand in enumerate(chain):
            if named[n] is None and ")" in text[cand.end:cand.end + 12]:
                named[n] = _paren_resource(text, cand)  # "a 1.4x (40%) speedup"
        if len(chain) > 1 and not any(named):  # the list's words around it name its type
            # together: "explained 78.9%, 74% and 67.4% variance" (dev43 acl:W16-4105)
            named = [metric_type(words[id(chain[-1])][0], words[id(chain[0])][1],
                                 fallback=None)] * len(chain)
        for order in (range(1, len(chain)), range(len(chain) - 2, -1, -1)):
            for n in order:
                if named[n] is None:
                    named[n] = named[n - 1] if order.step == 1 else named[n + 1]
        if named[0] is None and last_named is not None and last_named[1] != "cost" \
                and last_named[0].unit == chain[0].unit \
                and last_named[0].attrs["kind"] == chain[0].attrs["kind"] \
                and _NEXT_CLAUSE.fullmatch(text, last_named[0].end, chain[0].start):
            named = [last_named[1]] * len(chain)
        last_named = (chain[-1], named[-1]) if named[-1] is not None else None
        spent = _spent_share(text, chain[0])
        # the scores or changes of a list naming no metric, each on a dataset, share the one
        # metric the datasets the lexicon knows are usually scored by (R-mt-implied): "improves
        # more than 4.5%, 3% and 1.3% on three mainstream BQA datasets, PubMedQA, MedQA-USMLE and
        # NLPEC" are all accuracies (not a share of a score: "61% and 83% of the supervised
        # learning performance for the HybridQA and the HotpotQA dataset"; nor perplexity, as
        # language modelling is also scored in bits per character)
        implied = {usual.get(cand.attrs["dataset"]) for cand in chain} - {None} \
            if len(chain) > 1 and not any(named) and all(
                cand.attrs["dataset"] and cand.attrs["kind"] in ("score", "delta")
                for cand in chain) else set()
        shared = next(iter(implied)) if len(implied) == 1 and "perplexity" not in implied \
            else None
        for cand, written in zip(chain, named, strict=True):
            sent_start, sent_end = sentences[max(0, bisect.bisect_right(starts, cand.start) - 1)]
            key = usual.get(cand.attrs["dataset"]) or shared, sent_start
            if not written and key not in usual_types:
                usual_types[key] = usual_type(key[0], text[sent_start:sent_end])
            cand.attrs["metric_type"] = written or metric_type(
                None, None, cand.attrs["metric"], usual_types[key])
            if not written and cand.unit == "x" and cand.attrs["metric_type"] not in RESOURCES:
                # a ratio its words leave untyped is no multiple of the quality its dataset is
                # scored by or that is named near it ("a deep network 100x larger" on ImageNet,
                # "we achieve up to 5.0x with zero or minor accuracy degradation" on GLUE); a
                # resource named before it past an "and" may be what it measures ("reduce the
                # overall on-device GPU memory usage of ... ViT and BERT by an average of 2.2x")
                wide = metric_type(None, _before(text, cand.start, sent_start, marks_only=True))
                if wide not in RESOURCES and not _CHANGE_NAMED_AFTER.match(text, cand.end) \
                        and not any(_RATIO_COMPARATIVE.match(words[id(c)][0]) for c in chain) \
                        and metric_type(None, text[sent_start:cand.start]) == "speed":
                    # ... or a speed named last before it in its sentence, past a comma:
                    # "facilitates impressive speedups for Llama2-7B-128K, achieving up to 2.31x
                    # on an A100 GPU" (not a change named after it, "5x improvement in ...", nor
                    # what a comparative after its list names: "..., 2-8x longer sequences")
                    wide = "speed"
                cand.attrs["metric_type"] = wide if wide in RESOURCES else "other"
            if not written and cand.attrs["metric_type"] == "other" \
                    and metric_type(named=cand.attrs["metric"], fallback=None) is None \
                    and (cand.unit != "x" and on_text_classification(text, cand.end, sent_start)
                         or cand.unit == "%" and on_pos_tagging(text[sent_start:sent_end])):
                # tasks whose standard metric is accuracy: R-mt-textclass, and R-mt-implied's
                # POS tagging
                cand.attrs["metric_type"] = "accuracy"
            if spent and cand.attrs["metric_type"] not in RESOURCES:
                cand.attrs["metric_type"] = "cost"
            if spent and metric_type(named=cand.attrs["metric"]) not in RESOURCES:
                # a quality named near a spent share is the system's, not the share's: "achieves
                # about 0.7 accuracy on ... datasets using only 10% of known labels"
                cand.attrs["metric"] = None
            if cand.attrs["metric_type"] == "accuracy" \
                    and annotators_agreement(cand.attrs["metric"], text[sent_start:sent_end]) \
                    and not _SHARE_NOT_AGREEMENT.match(text, cand.end):
                cand.attrs["metric_type"] = "correlation"
            if cand.attrs["metric_type"] == "other" and cand.unit == "%" \
                    and scans.found_from(_EXACT_MATCH_LATER, cand.end, sent_start, sent_end):
                cand.attrs["metric_type"] = "exact_match"
            if cand.attrs["metric_type"] == "other" and cand.unit == "%" \
                    and ((won := _WON_ON.search(text, max(0, cand.start - 120), cand.start))
                         and (_SHARE_OF_ITEMS if won["on"] else _OF_THE_TIME).match(text, cand.end)
                         or _WON_AFTER.match(text, cand.end)):
                cand.attrs["metric_type"] = "win_rate"
            if cand.attrs["metric_type"] == "other" and cand.unit == "%" \
                    and _ERROR_OF.search(text, max(0, cand.start - 120), cand.start):
                cand.attrs["metric_type"] = "error_rate"
            if cand.attrs["metric_type"] == "other" and cand.unit == "%" \
                    and _OF_OCCASIONS.match(text, cand.end) \
                    and _PICKS_RIGHT.search(text, max(sent_start, cand.start - 120), cand.start):
                cand.attrs["metric_type"] = "accuracy"  # R-mt-correctshare
            if cand.attrs["kind"] == "other" and cand.attrs["metric_type"] == "cost" \
                    and names_items_only(" ".join(words[id(cand)])):
                # a finding's share of data items measures no resource a system spends
                # (R-kind-finding): "more than 50% of the examples need to be relabeled",
                # "these datasets indeed contain 0.61% to 15.77% noise labels" (not "about 25%
                # of total parameters")
                cand.attrs["metric_type"] = "other"
            if decided.get(id(cand)) == "outcome" and cand.attrs["metric_type"] == "cost":
                # the items an outcome holds for are no resource; ranking the right answer
                # within the top k for them is a top-k accuracy (R-mt-topk)
                cand.attrs["metric_type"] = "accuracy" \
                    if scans.search(_TOP_K, sent_start, sent_end) else "other"
            if not written and _unstated(cand, words[id(cand)][1]):
                unstated.append(cand)
            if not written and decided.get(id(cand)) != "sign":
                untyped.append(cand)
    # a score written only as "a performance of 0.34", or a change naming no metric ("a 10% gain
    # of performance", "outperforms the baselines by 16.5 - 27.8%"), is in the one quality
    # metric the paper gives its other scores of that unit in ("(0.82 vs 0.62 F-score)"; a
    # change in points is of scores in % or unitless), leaving out the agreement of evaluators
    # or annotators ("finding between 74.4 and 92.9% agreement with oracle evaluation metrics")
    # and a win rate, how often one system beats another, no scale of its quality ("a 12% average
    # relative improvement" is not in the "40% average chance" a separator does better)
    # (a bare "score" carries on the metric of the scores before it: "Our system gets the score
    # 0.5282 with accuracy 0.8792" after "The official ranking metric is macro-averaged F1")
    stated: dict[str, list[tuple[int, str]]] = {}  # unit -> the other scores' starts and types
    for cand in found:
        if cand.attrs["kind"] == "score" and all(cand is not u for u in unstated) \
                and "agreement" not in text[cand.end:cand.end + 40]:
            stated.setdefault(cand.unit, []).append((cand.start, cand.attrs["metric_type"]))
    for cand in unstated:
        bare = (cand.attrs["metric"] or "").lower() in ("score", "scores")
        types = {kind for unit in (("%", "") if cand.unit == "points" else (cand.unit,))
                 for start, kind in stated.get(unit, ()) if not bare or start < cand.start}
        if cand.attrs["kind"] in ("score", "delta") and len(types) == 1 \
                and not types & {"cost", "speed", "other", "win_rate"}:
            cand.attrs["metric_type"] = next(iter(types))
    # (the first two read each value after the one before it, and act only on values no words
    # typed; the values' order holds for the steps after them, which change no value's place)
    ordered, untyped_ids = sorted(found, key=lambda c: c.start), {id(c) for c in untyped}
    _change_of_score(ordered, untyped_ids, text, starts)
    _score_carried_on(ordered, untyped_ids, text, sentences, starts)
    _parallel_shares(ordered, untyped_ids, text, starts)
    _added_changes(ordered, untyped_ids, text, starts)
    _scaled_points(found, text)
    _carried(found, names, datasets, sentences, starts, text)
    _versus(ordered, text)
    _changes(ordered, text)
    _compared_items(ordered, text)
    if "uman" in text:
        _humans_figures(found, text, starts)
    return found


#: a decimal point that a PDF's text made a colon, in a score named by its metric before or
#: after it: "achieves a BLEU score of 30:33 and 43:29 on two tasks", "a F1-score of 0:71",
#: "can improve by 0:9 BLEU", "showed 0:6 and 0:58 overall F1 score", "a MAP score of 86:24
#: points" (not a ratio: "the class ratio is 1:10", "with 2:4 sparsity", a "60:40" split)
#: (its test: a colon between digits, led by the colon, which the engine finds fast)
_COLON_IN_NUMBER = re.compile(r":(?<=\d:)\d")
_COLON_NUMS = r"\d{1,3}:\d{1,2}(?:\s*(?:,|and)\s*\d{1,3}:\d{1,2})*(?![\d:])"
_COLON_DECIMALS = re.compile(
    rf"{METRIC_START}(?<![\w-])(?:{METRICS})(?![\w-])(?:\s+[\w-]+){{0,2}}?\s*(?:of|=|:|is|was)"
    rf"\s*(?P<nums>{_COLON_NUMS})|"
    rf"(?=\d)(?<![\w:.,/])(?P<nums2>{_COLON_NUMS})\s*(?:%|points?\b|"
    rf"(?:absolute\s+|average\s+|overall\s+)?(?:{METRICS})(?![\w-]))", re.IGNORECASE)


def _colon_decimals(text: str) -> str:
    """``text`` with the colons of decimals written "30:33" made points (the same length, so
    the offsets hold)."""
    for match in _COLON_DECIMALS.finditer(text):
        start, end = match.span("nums" if match.group("nums") else "nums2")
        text = text[:start] + text[start:end].replace(":", ".") + text[end:]
    return text


#: a share whose clause goes on to say its items match the reference exactly ("41 out of 50
#: (82%) cell execution dependency graphs match the ground truth exactly", "56% of the resulting
#: automatically labeled utterances had a perfect match with ground-truth labels")
_EXACT_MATCH_LATER = re.compile(
    r"\bmatch(?:es|ed)?\s+(?:the\s+|their\s+)?(?:ground[\s-]truth|gold|references?)(?:\s+\w+)?"
    r"\s+exactly\b|\bexactly\s+match(?:es|ed)?\b|\b(?:had|has|have)\s+an?\s+(?:perfect|exact)\s+"
    r"match\b", re.IGNORECASE)


#: an error named right before a share, alone or by what it is the error of, is an error rate
#: (R-mt-errorrate): "achieving a mean error of less than 0.5%", "an error of about 9.9% has been
#: achieved for OOS detection", "a low word level diacritization error of 3.29% and 12.77%" (not
#: an error of a fit or an estimate: "an approximation error of 22.5%", "the prediction error of
#: 3%", "an acceptably small error of 0.5% compared to the iterative results")
_ERROR_OF = re.compile(
    r"\b(?:an?|the|our|its|their|low|lower|overall|mean|average|level|\w+i[sz]ation)\s+errors?\s+"
    r"(?:rates?\s+)?of\s+(?:(?:about|around|approximately|only|just|less\s+than|under|below)\s+)?"
    r"(?:\d+(?:\.\d+)?\s?%,?\s+(?:and\s+)?){0,4}$", re.IGNORECASE)


#: a share of the occasions on which a system picks the right one of its candidates is its
#: accuracy (R-mt-correctshare): "our proposed method identifies the best source treebank 94% of
#: the time", "our probing approach predicts the best LM choice 79% of the time", "The system
#: retrieves the correct name, spelled with pauses between letters, 91 % of the time", "we can
#: identify the better of two ranked lists up to 82% of the time"
_PICKS_RIGHT = re.compile(
    r"\b(?:identif|recogni[sz]|predict|retriev|select|pick|choos|chose|guess|determin)\w*\s+"
    r"(?:the\s+)?(?:exact\s+)?(?:correct|right|best|better|true)\b[^.;:]{0,80}?$", re.IGNORECASE)
_OF_OCCASIONS = re.compile(r"\s*\\?%?\s*of\s+(?:the\s+)?(?:time|cases|trials)\b", re.IGNORECASE)


#: a share of the cases in which one system beats another, a win rate: "models finetuned on
#: InstructMining selected datasets perform better on 42.5% cases", "out-performs a popular
#: gradient-free adaptive Metropolis--Hastings algorithm on \u224890% of tasks", "DeMuX outperforms
#: strong baselines in 84% of the test cases", "ranks first on 44% of tasks"
_WON_ON = re.compile(
    r"\b(?:out-?perform(?:s|ed|ing)?|beats?|beating|beaten|wins?|winning|won|prefer(?:s|red)?|"
    r"(?<!the\s)better|surpass(?:es|ed|ing)?|rank(?:s|ed)?\s+first|"
    # a win or a tie (dev26 naacl2021:2021.naacl-main.386): "writes advice that is at least as
    # helpful as human-written advice in only 14% of cases"
    r"at\s+least\s+as\s+[\w-]+\s+as|"
    # a choice of judges between two outputs: "new titles are chosen over human-written ones
    # up to 30%, 24% and 12% of the time" (acl:P19-1191)
    r"(?:chosen|selected|picked)\s+over)\b[^.;:]{0,80}?"
    r"(?:\b(?P<on>on|in|for)\s+|\s)"
    r"(?:about\s+|over\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|only\s+|\u2248\s*|"
    r"~\s*)?$",
    re.IGNORECASE)
#: ... the share is of cases (only figures no words typed are re-typed: "performs as good as a
#: parser trained on over 30% of the target domain examples" is typed cost)
_SHARE_OF_ITEMS = re.compile(r"\s*\\?%?\s*(?:of\b|(?:cases|tasks|instances|questions|problems|"
                             r"datasets|languages|comparisons|prompts|games)\b)", re.IGNORECASE)
#: a share of judges who found one system better than another, or the chance that one does
#: better, named after the number: "61% found that our proposed (SSiL) model is better than the
#: baseline model", "a greater than 40% average chance that a randomly drawn separator performs
#: better than human-curated separators"
_WON_AFTER = re.compile(
    r"\s*\\?%?\s*(?:(?:average\s+)?(?:chance|probability)\s+that|"
    r"(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:judges|annotators|raters|evaluators|participants|"
    r"users|respondents|experts|subjects|people)\s+)?"
    r"(?:found|judged|rated|considered|thought|felt|said|believed))\b"
    r"[^.;:]{0,80}?\b(?:better|superior|outperform\w*)\b", re.IGNORECASE)


#: a value of the same unit and kind in the next clause of a sentence, whose words name no metric,
#: is in the metric the one before named: "preferred by experts 66% overall, and 72.2% when the
#: reward gap is larger than 1 point", "up to 7.7% improvements in F-1 in low-data regimes and 1.9%
#: when using the entire training data", "51% error reduction in news and 33% in clinical notes"
#: (the words between the two hold no comparison; not a resource, often a share of what the first
#: covers: "cover 77,8% examples in BFN and 74,9% in SweFN"); a comma alone may join the clauses:
#: "correct simplifications for 76% of the simplified cases in English, 71% of the cases in Spanish"
_NEXT_CLAUSE = re.compile(r"\s*\\?%?(?:\s+(?!(?:than|vs|versus|compared|over|from|to|by)\b)"
                          r"[^\s.;:()]+){0,12}?\s*(?:,\s*|,?\s*(?:and|while)\s+)"
                          r"(?:(?:about|around|nearly|over|up\s+to)\s+)?", re.IGNORECASE)
#: ... the correct answer ranked within the top k: "the model ranks the ground-truth within the
#: top two", "ranks the target completion in the top 10 results in 64.9% of queries"
_TOP_K = re.compile(r"\brank(?:s|ed)?\b[^.;]{0,60}?\b(?:with)?in\s+the\s+top[\s-]?(?:\d+|one|two|"
                    r"three|five|ten)\b", re.IGNORECASE)


@Language.factory("litkit_results_v1")
def make_results(nlp: Language, name: str) -> ResultFinder:
    """spaCy factory: RESULT candidates tied to metric and dataset."""
    return ResultFinder(name)


class ResultFinder(BatchedComponent):
    """Pipeline component adding RESULT candidates to ``doc.spans[CANDIDATES]``."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if not number_windows(text):  # no digit
            return doc
        group = doc.spans[CANDIDATES] if CANDIDATES in doc.spans else []
        datasets = [(s.start_char, s.end_char, span_value(s, "dataset") or s.text,
                     span_value(s, "metric"), span_value(s, "lexicon_kind"))
                    for s in group if s.label_ == "DATASET"]
        add_candidates(doc, find_results(text, sentence_spans(doc), datasets))
        return doc


def sentence_spans(doc: Doc) -> list[tuple[int, int]] | None:
    """(start, end) characters of each sentence, None when nothing set sentence starts
    (kept on the Doc: the results and attribution components both ask). The starts come from
    ``doc.sents``, which finds them in C: a Span per sentence costs less than the array of
    every token's SENT_START that it replaced."""
    if _SENTENCES_KEY in doc.user_data:
        return doc.user_data[_SENTENCES_KEY]
    spans = None
    if len(doc) and doc.has_annotation("SENT_START"):
        starts = [sent.start_char for sent in doc.sents]
        last = doc[-1]
        spans = list(zip(starts, starts[1:] + [last.idx + len(last.text_with_ws)], strict=True))
    doc.user_data[_SENTENCES_KEY] = spans
    return spans


_SENTENCES_KEY = "litkit_sentences"
