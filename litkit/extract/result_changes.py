"""Deltas and comparisons among the results found: changes in points, from one score to
another, listed or elliptical changes, and a value set against another ("vs")."""

from __future__ import annotations

import bisect
import re

from litkit.extract.metrics import LOWER_IS_BETTER, METRIC_TYPES, metric_type
from litkit.extract.patterns import Candidate
from litkit.extract.result_baselines import COMPARISON
from litkit.extract.result_kinds import _DELTA_BEFORE, _DELTA_GAP
from litkit.extract.result_metrics import METRICS
from litkit.extract.result_values import _MARKUP, _RANGE

#: the metric words of a number that name no metric: of a score, "performance"; of a change,
#: none, "performance", or the change alone or of "performance" ("gain of performance",
#: "relative improvement", "better", "performance improvements")
_UNSTATED = (re.compile(r"performance"),
             re.compile(r"(?:(?:relative|absolute|average|overall)\s+)?(?:performance(?:\s+"
                        r"(?:improvements?|gains?|increases?))?|(?:improvements?|gains?|increases?|"
                        r"better|higher)(?:\s+(?:of|in)\s+performance)?)?"))


#: a score named only by a bare "score", a determiner or an adjective right before it, no name
#: (R-mt-carryover): "ranked 4th with macro averaged F1-Score of 0.897 in Arabic, 4th with score
#: of 0.843 in Greek", "outperforming the STAPLE AWS translations baseline score of 4.31%",
#: "close to the task's high score of 0.75" (not "a FEVER score of", "an empathy score of")
_BARE_SCORE = re.compile(r"(?<![\w-])(?:an?|the|our|its|their|with|overall|final|average|"
                         r"best|highest|high|top|baseline)\s+scores?\b[^,;]*$", re.IGNORECASE)


def _unstated(cand: Candidate, before: str) -> bool:
    """Whether ``cand``'s metric is left unstated: a score of "performance" or of a bare "score"
    alone, or a change naming none, not typed by its words, nor said by the words ``before`` it
    to lower or augment something, which is no quality metric ("reduce non-normative text by
    27-61%", "augmented with new units by 120%")."""
    metric = cand.attrs["metric"] or ""
    if cand.attrs["kind"] != "delta":
        return _UNSTATED[0].fullmatch(metric) is not None or metric.lower() in ("score", "scores") \
            and _BARE_SCORE.search(before) is not None
    return cand.attrs["metric_type"] == "other" and _UNSTATED[1].fullmatch(metric) is not None \
        and not (not metric and (_LOWER.search(before) or "augment" in before))


#: the metric a percentage's points are of, after its "%": "is 1.5% LAS points better", "by an
#: average of 5.5% F1 points", "improvements of 7.86%, 5.27% and 7.25% F-measure points", "by
#: 1.89% accuracy points" (not "a 50% breakdown point", nor "data points")
_PERCENT_METRIC_POINTS = re.compile(
    r"\s(?:absolute\s+)?(?!data\b)[A-Za-z][\w@-]*(?:\s+scores?)?\s+points\b")


def _percent_points(chain: list[Candidate], text: str) -> None:
    """A list of percentages whose last item names the metric of its points is in points, a
    change, like "5.4% absolute points"."""
    last = chain[-1]
    if last.unit == "%" and text.startswith("%", last.end) \
            and _PERCENT_METRIC_POINTS.match(text, last.end + 1):
        for cand in chain:
            cand.unit, cand.attrs["kind"] = "points", "delta"


def _points(chain: list[Candidate]) -> None:
    """A list of unitless differences of 1 or more is in points, like a "points" written
    ("improves the F1 score by 10.3", "improves BLEU scores by 1.57 and 2.40")."""
    if any(c.unit or c.attrs["kind"] != "delta" for c in chain):
        return
    if max(abs(c.value) for c in chain) >= 1:
        for cand in chain:
            cand.unit = "points"


#: metric types scored out of 100 or more, whose changes are in points whatever their size
#: ("a drop of only 0.15 BLEU", "improves perplexity by 0.47")
_POINT_SCALED = ("bleu", "perplexity")


#: the metric types a score's change or share inherits (not a resource spent, nor "other")
_QUALITY_TYPES = frozenset(METRIC_TYPES) - {"speed", "cost", "other"}
#: how far after a score its change may be written in the sentence ("an accuracy of 92.39% in
#: terms of elementary dependency match, which is a 2.88 point improvement")
_CHANGE_OF_SCORE_GAP = 100
_SCORE_WORD = re.compile(r"\bscores?\b", re.IGNORECASE)


#: the words of a sentence that say what its share measures ("a false detection rate of only
#: 6%", "the percentage of error-free parses ... from 45%", "coverage ... scored about 82-85%",
#: "even if only 30% ontology is used"): no score carried on from the sentence before
_MEASURE_WORDS = re.compile(r"\b(?:rates?|percentages?|coverage|proportions?|shares?|ratios?|"
                            r"precision|recall|portions?|used|of\s+the\s+time)\b", re.IGNORECASE)


#: how many sentences back a score's metric is carried on to a score naming none (one without
#: results between: "... achieved F-scores between 70% and 83%. The system was ranked in the
#: middle range ... The method ... achieving only 59% on the French text")
_CARRIED_ON = 2


def _names_metric(cand: Candidate) -> bool:
    """Whether ``cand``'s metric name says what it measures: not a generic "score",
    "performance" or "results" ("we were able to score slightly higher than the 3rd ranking
    system (reaching 70.7%)" after "69.3% F-score", dev40 acl:W18-6250), which a type carried on
    may fill."""
    return bool(cand.attrs["metric"]) \
        and metric_type(named=cand.attrs["metric"], fallback=None) is not None


def _score_carried_on(ordered: list[Candidate], untyped_ids: set[int], text: str,
                      sentences: list[tuple[int, int]], starts: list[int]) -> None:
    """A score in % that no words type, in a sentence naming no measure, after a score of a named
    quality metric in one of the two sentences before (no result between), or after one typed so
    in its sentence, is in that metric (R-mt-carryover across sentences; not an annotators'
    agreement carried to a system's results): "achieved F-scores between 70% and 83%. ... The
    method is not very convenient for the cross-language task, achieving only 59% on the French
    text", "This is significantly higher than the 20.52% achieved by the state of the art RNN
    approach" after the paper's F1."""
    carried: set[int] = set()  # ids of the scores typed here, which carry on in their sentence
    for prev, cand in zip(ordered, ordered[1:], strict=False):
        # an error rate named before overrides the accuracy a dataset is usually scored by: the
        # paper gives its scores as error rates ("we achieve error rates of 3.9%, 18.5% ... We
        # also considered MNIST, SVHN and ImageNet32, achieving ... test results of 0.27%, 1.9%")
        usual = cand.attrs["metric_type"] == "accuracy" \
            and prev.attrs["metric_type"] == "error_rate"
        if cand.unit != "%" or cand.attrs["kind"] != "score" or _names_metric(cand) \
                or cand.attrs["metric_type"] != "other" and not usual \
                or id(cand) not in untyped_ids \
                or prev.unit != "%" or prev.attrs["kind"] != "score" \
                or not (prev.attrs["metric"] or id(prev) in carried
                        or usual and id(prev) not in untyped_ids) \
                or prev.attrs["metric_type"] not in _QUALITY_TYPES - {"correlation"}:
            continue
        at = bisect.bisect_right(starts, cand.start) - 1
        back = bisect.bisect_right(starts, prev.start) - 1
        if not (back == at and id(prev) in carried or 0 < at - back <= _CARRIED_ON) \
                or _MEASURE_WORDS.search(text, *sentences[at]) \
                or _SHARE_NOT_AGREEMENT.match(text, cand.end):
            continue
        cand.attrs["metric_type"] = prev.attrs["metric_type"]
        carried.add(id(cand))


#: the items a share is of, right after its number: "47.3% of the questions"
_SHARE_ITEMS = re.compile(r"\s*\\?%?\)?\s*of\s+(?:the\s+)?([\w-]+)", re.IGNORECASE)


def _parallel_shares(ordered: list[Candidate], untyped_ids: set[int], text: str,
                     starts: list[int]) -> None:
    """A share of items that no words type, after a share of the same items typed a quality
    metric in its sentence, is in that metric (R-mt-carryover: parallel values): "the model can
    answer correctly 49.5% of the questions when ..., and 47.3% of the questions, when ..."."""
    typed: dict[tuple[int, str], str] = {}  # (sentence, items) -> the type of their share
    for cand in ordered:
        items = _SHARE_ITEMS.match(text, cand.end) \
            if cand.unit == "%" and cand.attrs["kind"] == "score" else None
        if items is None:
            continue
        key = bisect.bisect_right(starts, cand.start), items[1].lower()
        if cand.attrs["metric_type"] in _QUALITY_TYPES:
            typed[key] = cand.attrs["metric_type"]
        elif key in typed and cand.attrs["metric_type"] == "other" and id(cand) in untyped_ids:
            cand.attrs["metric_type"] = typed[key]


def _change_of_score(ordered: list[Candidate], untyped_ids: set[int], text: str,
                     starts: list[int]) -> None:
    """A change or share that no words typed, written right after a score of a quality metric in
    its sentence (no number, metric or score between), is of that score and takes its type
    (R-mt-implied's share clause, R-mt-stated): "a combined F1 of 83.9, representing a 48.7%
    relative improvement", "an F-score of 0.652 for the VUA Verbs track, which is 5% higher than
    the strong baselines", "F1 = 0.54, which is 65% of human performance", "reduces phoneme error
    rate to 2.46%, a more than 65% decrease", and the range's or list's next value ("reaches 80 –
    90% of the English one" after "F-values around 30%"; not a multiple, "x": see find_results;
    nor "a BLEU score of 3.32 and a Trueskill score of -22.04")."""
    typed: set[int] = set()  # changes typed so, whose next end or item is of the score too
    for score, change in zip(ordered, ordered[1:], strict=False):
        if score.attrs["kind"] != "score" and id(score) not in typed \
                or score.attrs["metric_type"] not in _QUALITY_TYPES \
                or change.attrs["kind"] not in ("delta", "ratio") or change.unit == "x" \
                or change.attrs["metric_type"] != "other" \
                or id(change) not in untyped_ids \
                or change.start - score.end > _CHANGE_OF_SCORE_GAP \
                or bisect.bisect_right(starts, score.start) \
                != bisect.bisect_right(starts, change.start):
            continue
        between = text[score.end:change.start]
        if _SCORE_WORD.search(between) or metric_type(None, between, fallback=None):
            continue
        change.attrs["metric_type"] = score.attrs["metric_type"]
        typed.add(id(change))


#: a change said to add to one before it, before its number (or the list it ends): "We can
#: achieve an additional 1.76% improvement", "provides a further 7% improvement in performance",
#: "with additional gains of 0.76%, 6.54%, and 2.36%"
_ADDED_CHANGE = re.compile(r"\b(?:additional|further|another|extra)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:\d{1,4}(?:\.\d{1,4})?\s?%?,\s(?:and\s)?){0,4}$", re.IGNORECASE)


def _added_changes(ordered: list[Candidate], untyped_ids: set[int], text: str,
                   starts: list[int]) -> None:
    """A change that no words type, said to add to the change before it in the same unit (in its
    sentence or the one before), is in that change's quality metric: "improve joint goal accuracy
    by 8.95% ... We can achieve an additional 1.76% improvement"."""
    last: dict[str, Candidate] = {}  # by unit, the last change so far
    for cand in ordered:
        if cand.attrs["kind"] != "delta":
            continue
        prev = last.get(cand.unit)
        last[cand.unit] = cand
        if prev is None or prev.attrs["metric_type"] not in _QUALITY_TYPES \
                or cand.attrs["metric_type"] != "other" or id(cand) not in untyped_ids \
                or bisect.bisect_right(starts, cand.start) \
                - bisect.bisect_right(starts, prev.start) > 1 \
                or not _ADDED_CHANGE.search(text, max(0, cand.start - 60), cand.start):
            continue
        cand.attrs["metric_type"] = prev.attrs["metric_type"]


def _scaled_points(found: list[Candidate], text: str) -> None:
    """A unitless change in a metric scored out of 100 or more is in points, below 1 too, unless
    the paper writes that metric as a fraction: with three decimals ("SeqGAN gains 0.029
    improvement of BLEU") or a unitless score of it below 1 ("a BLEU score of 0.32")."""
    fractions = {c.attrs["metric_type"] for c in found
                 if c.attrs["kind"] == "score" and not c.unit and c.value < 1}
    for cand in found:
        if not cand.unit and cand.attrs["kind"] == "delta" \
                and cand.attrs["metric_type"] in _POINT_SCALED \
                and cand.attrs["metric_type"] not in fractions \
                and not re.search(r"\.\d{3}", text[cand.start:cand.end]):
            cand.unit = "points"
#: a share of items after a number ("occur in 80.65% of the entailments", "Around (60%) of the
#: rumour related tweets"), no agreement's level ("we achieve 81.17% of agreement")
_SHARE_NOT_AGREEMENT = re.compile(r"\s*\\?%?\)?\s*of\b(?!\s+agreement)", re.IGNORECASE)


#: a bound written before either value of a change: "from around 60% to near 80%", "from 16% to
#: approximately 5%", "from 19% to almost 0%"
_CHANGE_BOUND = r"(?:(?:about|around|approximately|roughly|nearly|almost|near)\s+)?"
#: "from 36.2% to 40.7%", "(5.9%\u219210.9%)": a value before a change, then after it
_CHANGE_GAP = re.compile(rf"\s*\\?%?\s*(?:\u2192|->|=>|\u21d2|to)\s*{_CHANGE_BOUND}$")
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_CHANGE_BOUND}$")


#: the state of the art a change starts from: "improves the STOA from 76.06% to 79.08%",
#: "improves on the best result on the Visual Genome paragraph captioning dataset from 16.9"
_PRIOR_BEST = re.compile(
    r"\b(?:SOTA|STOA|state[\s-]of[\s-]the[\s-]art|(?:previous|prior|published)\s+best|"
    r"best\s+(?:published\s+|reported\s+|previous\s+|prior\s+)?(?:results?|scores?|performance))"
    r"\b[^.;]{0,60}\bfrom\s+$", re.IGNORECASE)


#: the words of a range, not a change, before "from": "ranging from", "varies from"
_RANGE_WORDS = r"(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))"
#: a change said by a verb or noun before "from": "our system improves exact puzzle accuracy
#: from 57% to 82%", "a reduction in semantic error from 16% to 2%", "boosts accuracy from",
#: "accuracy on AQuA rises from 53.5% to 63.8%" (not a range, "improvements ranging from 10 to
#: 4%"; not "(from 74.5% to 93.0%" after a change, a parenthesis; nor a clause that ends first,
#: "drops, from"); a metric's acronym in brackets is one of the words: "reduces the Word Error
#: Rate (WER) of the system from 37%", and so are a citation in brackets and an appositive after a
#: name: "improve the F1 score of STAGG (Yih et al., 2015), one of the leading QA systems, from
#: 52.5% to 53.9%" (R-res-baseline)
_CHANGED_FROM = re.compile(
    r"\b(?:improv(?:e|es|ed|ing|ements?)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|"
    r"rais(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|reduc(?:e|es|ed|ing|tions?)|decreas(?:e|es|ed|ing)|"
    r"lower(?:s|ed|ing)?|cut(?:s|ting)?|drop(?:s|ped|ping)?|advanc(?:e|es|ed|ing)|"
    r"push(?:es|ed|ing)?|enhanc(?:e|es|ed|ing|ements?)|lift(?:s|ed|ing)?)"
    rf"(?:\s+(?!(?:{_RANGE_WORDS}|between|when|while|as|if)\b)\(?[^\s.;,()]+\)?|"
    r"\s+\([^()]{1,40}?\b(?:1[89]|20)\d\d[a-z]?\)|,\s+(?:one\s+of|an?|the)\s[^.;,()]{1,50},)"
    r"{0,8}?"
    rf"\s+from\s+{_CHANGE_BOUND}$", re.IGNORECASE)


def _changes(ordered: list[Candidate], text: str) -> None:
    """The first value of "from A to B" or "A\u2192B" is where the paper's system started (a
    baseline's figure, kept as a result but not its own; a comparison figure where it is the
    state of the art the paper improves, or what a change the text names starts from:
    R-res-baseline, "improves ... from 76.06% to 79.08%", "reduces ... from 65GB to 2GB").
    ``ordered``: the values in text order."""
    last = -1  # where the last change read as one ended
    for first, second in zip(ordered, ordered[1:], strict=False):
        gap = text[first.end:second.start]
        if "to" in gap and _CHANGE_GAP.match(gap) \
                and _CHANGED_PAREN.search(text, max(0, first.start - 140), first.start):
            first.attrs["own"] = False
            first.source = COMPARISON  # "improve the previous best result by 22% (54% to 76%)"
            # ... and the second the level reached, a score whatever words follow the
            # parenthesis (R-res-parenone; dev32 acl:2020.emnlp.main.27: "large improvements
            # (46.27% to 63.83%) in low resource slot labeling over a BERT baseline")
            second.attrs["kind"] = "score"
            continue
        if _CHANGE_GAP.match(gap) and ("to" not in gap
                                       or _FROM_BEFORE.search(text, max(0, first.start - 20),
                                                              first.start)
                                       or last >= 0 and _NEXT_FROM.fullmatch(text, last,
                                                                             first.start)):
            if "to" in gap and _RANGE_FROM.search(text, max(0, first.start - 30), first.start):
                continue  # a range of the system's figures, no change: both ends are its own
            first.attrs["own"] = False
            if _PRIOR_BEST.search(text, max(0, first.start - 80), first.start) \
                    or "to" in gap and (_CHANGED_FROM.search(text, max(0, first.start - 120),
                                                             first.start)
                                        or last >= 0 and _NEXT_FROM.fullmatch(text, last,
                                                                              first.start)):
                first.source = COMPARISON  # "improves the SOTA from 76.06% to 79.08%"
                last = second.end


def _compared_items(ordered: list[Candidate], text: str) -> None:
    """A figure listed right after a comparison figure, each with what it is "for", is a
    comparison figure too (R-res-baseline): "compared to 70.7% for relations extracted from
    object detection and 31.5% for automatically generated captions" (not the paper's own
    figure after the list: "compared to 13.4%-20.5% for the baselines, and 3% error on the
    uncorrupted dataset"). ``ordered``: the values in text order."""
    for first, second in zip(ordered, ordered[1:], strict=False):
        if first.source == COMPARISON and second.source != COMPARISON \
                and first.unit == second.unit \
                and _COMPARED_NEXT.fullmatch(text, first.end, second.start) \
                and _FOR_NEXT.match(text, second.end):
            second.source = COMPARISON
            second.attrs["own"] = False


#: the words between two items of a list of others' figures: what the first is for, then ", "
#: or "and" (not the paper's own next: "for the baseline and 95% for our model")
_COMPARED_NEXT = re.compile(
    r"\s*\\?%?\s+for(?:\s+(?!(?:our|ours|we|us|this|it|and)\b)[^\s,;.()%]+){1,8}?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:about\s+|around\s+|only\s+|just\s+)?",
    re.IGNORECASE)
_FOR_NEXT = re.compile(r"\s*\\?%?\s+for\b", re.IGNORECASE)


#: a change named before a parenthesis that opens with "A to B", the levels before and after it:
#: "improve the previous best result by 22% absolute (54% to 76%)", "our model generates large
#: improvements (46.27% to 63.83%)", "improving substantially upon the previous 5-shot (75.0% to
#: 90.9%) and 1-shot (70.4% to 81.0%)" (not a range of the system's own figures with no change
#: named: "the predictions seem relatively accurate in general (87.4% to 92.3%)"; "A\u2192B" is
#: left as it was: the studied gold keeps such first values, dev3 colm2024:oRXPiSOGH9); also an
#: example's: "dramatic improvements (e.g., 7.9% to 66.5% on SMCalFlow compositional split)"
#: (R-res-parenone)
_CHANGED_PAREN = re.compile(
    r"\b(?:improv|increas|boost|rais|reduc|decreas|lower|cut|drop|advanc|push|enhanc|lift|gain)"
    rf"(?:(?!\b(?:{_RANGE_WORDS}|between)\b)[^.;!?()]|\([^()]*\))*\(\s*"
    r"(?:(?:e\.\s?g\.|i\.\s?e\.|for\s+(?:example|instance)),?\s*)?$", re.IGNORECASE)


#: a range "from A to B", not a change: "f-scores ranging from 73.00 to 94.47", "the speed gain
#: varies from 5.80% to 16.57%"
_RANGE_FROM = re.compile(rf"\b{_RANGE_WORDS}\s+from\s+$", re.IGNORECASE)


#: the next change of a list, after one read as a change: "improving from 90.7% to 96.6% on
#: speech conversation, and from 88.5% to 96.8% on math problems", with what changes named again
#: or where: "improves the BLEU score from 33.2 to 34.3 and the RIBES score from 76.3 to 78.7",
#: "improves retrieval results from 72.0 to 81.1 recall@10 and end-to-end QA results from 33.8",
#: "drop the accuracy of a visual question answering model from 61.1% to 19%, and that of a
#: tabular question answering model from 33.5% to 3.3%"; "from" left out right after "and":
#: "increased from 93.20% to 94.30% on MNIST and 50.00% to 79.16% on CIFAR-10" (dev43)
_NEXT_FROM = re.compile(r"\s*\\?%?[^.;()%]{0,60}?,?\s+and\s+"
                        r"(?:(?:[^\s.;,()%\d]+\s+){0,8}?from\s+)?")


#: a list of results: "37-57%", "61% and 83%", "3.1% in ROUGE-L, 4.6% in correctness", "7.6% over
#: Mistral-7B, with 14.6% for Llama-2-7B" (not "25% ..., with less than 50% parameters", the
#: resources a result was had with), "gains of 6.5% (LLaVA), 4.0% (Qwen2VL), and 1.5%" (a note in
#: parentheses names what the item is of; unlike a phrase, it leaves the words after the last item
#: to give all their kind: "47% (En-Ru) and 75% (En-De) of performance promotions"), "98%
#: identifying cell-to-cell information flows and 99% identifying transitive cell execution
#: dependencies" (a gerund's phrase), "by up to 71% compared to a fixed-width beam search baseline
#: and 17%", "by 32% compared to uncoded schemes and 23%", a metric named after each item ("gains of
#: 6% accuracy and 4.62% F1", "improvements of up to 3.1 BLEU using bilingual dictionaries and up to
#: 0.7 BLEU"; with words like "only" before the next item, the metric stops the words after the last
#: item from giving all their kind ("2.54 F1 and 5.13 F1 performance gain"; not "reaching 58%
#: F1-score, only 11% less than"), two percentages or numbers with nothing but a space between
#: them, a range whose dash was lost ("(270% 334% improvement in the amount of text", "yields gains
#: of 59.0% 147.6% in BLEU score", "with 35 45% less training time"), an ampersand or a
#: full-width tilde between them ("by 5% & 35% in accuracy", "by 2.9% \uff5e 24.6%")
_LIST_GAP = re.compile(
    rf"\s*(?:\\?%|[xX\u00d7](?!\w)|times\b)?(?P<metric>\s*(?i:points?|{METRICS})(?![\w-]))?"
    r"\s*(?:(?P<phrase>(?:in|on|for|over|against|compared\s+(?:to|with)|relative\s+to|"
    r"w\.r\.t\.)\s+[^,;.()]{1,40}?|(?-i:[a-z]+ing)\s+[^,;.()]{1,50}?)|\([^()]{1,30}\))?\s*"
    r"(?:,|and|or|to|&|--?|\u2013|\u2212|~|\u223c|\uff5e|\u301c|/|(?:(?<=%)|^)\s+(?=$))\s*"
    r"(?:and\s+|with\s+(?!less\s+than\b))?"
    rf"(?P<qualifier>{_DELTA_GAP})(?:\\?\$)?\+?$"
)


#: a metric's name, not the word "points" ("by 1.1 points and 24.54 BLEU on X" is a change and
#: a level)
_NAMED_METRIC = re.compile(r"\s*(?!points?\b)\S", re.IGNORECASE)


def _lists(found: list[Candidate], text: str, decided: dict[int, str]) -> list[list[Candidate]]:
    """The lists of results, in text order (a lone result is a list of one). Items of one
    list share their kind: the one words before the first item give all ("by 6.4% and
    22.6%", "increases of 3.1% in X, 4.6% in Y"), or the one words after the last give the
    items written together ("61% and 83% of the supervised performance", "0.52%, 2.09% and
    1.29% improvements"); ``decided`` says which words decided each."""
    ordered = sorted(found, key=lambda c: c.start)
    chains: list[list[Candidate]] = []
    plain: list[bool] = []  # no phrase between the items of the chain
    for cand in ordered:
        last = chains[-1][-1] if chains else None
        gap = _LIST_GAP.match(_MARKUP.sub("", text[last.end:cand.start])) if last else None
        if gap is not None and last.unit == "points" and not cand.unit \
                and (_NAMED_METRIC.match(gap.group("metric") or "")
                     or re.fullmatch(_RANGE, text[last.end:cand.start])):
            cand.unit = "points"  # "up to 3.1 BLEU using X and up to 0.7 BLEU", "0.5-0.8 F1"
            decided[id(cand)] = "unit"
        if gap is not None and last.unit == cand.unit:
            chains[-1].append(cand)
            plain[-1] = plain[-1] and not gap.group("phrase") \
                and not (gap.group("metric") and gap.group("qualifier").strip())
        else:
            chains.append([cand])
            plain.append(True)
    for chain, no_phrase in zip(chains, plain, strict=True):
        if len(chain) < 2:
            continue
        if decided.get(id(chain[0])) == "before" or chain[0].unit == "points":
            kind = chain[0].attrs["kind"]
        elif no_phrase and decided.get(id(chain[-1])) == "after":
            kind = chain[-1].attrs["kind"]
        else:
            continue
        for cand in chain:
            cand.attrs["kind"] = kind
    return chains


#: a character of the words an item is written with, a dataset's version number among them
#: ("SQuAD 2.0", "MultiWOZ 2.4")
_ITEM_CHAR = r"(?:[^,;.()]|(?<=\d)\.(?=\d))"
#: a list's item written with its metric or where it was had, then "," or "and" and the next
#: item, in whatever unit: "by 5.9% question matching accuracy and 5.2% interaction matching
#: accuracy", "(with improvements: 2.9% RG-1, 2.5% RG-2, 1.9% RG-L)", "improvements of 1.5% in
#: accuracy and 2.2 in FB1 score", "gains of up to 17.69% accuracy for part-of-speech tagging
#: and 6.29 F1 for NER", "by 1.76% unlabeled attachment score (UAS) for English, 1.98% UAS for
#: French" (not "by 1.1 points and 24.54 BLEU on X", whose first item names no metric: a change,
#: then a level)
_NAMED_ITEM_GAP = re.compile(
    r"\s*(?:\\?%|points?)?\s+(?!(?:and|or|to|points?)\b)[^\s,;.()\d%]"
    rf"(?:{_ITEM_CHAR}|\([^()]{{1,30}}\)){{0,50}}?"
    rf"(?:,\s*(?:and\s+)?|\s+and\s+){_DELTA_GAP}$")
#: ... the next item is written so too: a word after it, its metric or where it was had
_NAMED_ITEM_AFTER = re.compile(r"\s*(?:\\?%|points?)?\s*(?!(?:of|and|or|to|than)\b)[A-Za-z]")


def _listed_changes(chains: list[list[Candidate]], text: str, decided: dict[int, str]) -> None:
    """A list whose first item the words before it make a change ("by", "gains of") lists
    changes, item after item each written with its metric, whatever their units ("by 1.5% in
    accuracy and 2.2 in FB1 score"): a list of scores next to it that no words of their own
    made scores takes the change's kind."""
    for prev, chain in zip(chains, chains[1:], strict=False):
        before = _MARKUP.sub("", text[max(0, prev[0].start - 70):prev[0].start])
        opened = decided.get(id(prev[0])) == "before" \
            or prev[0].unit == "points" and _DELTA_BEFORE.search(before)  # "by 1.5 BLEU and"
        if opened and prev[0].attrs["kind"] == "delta" \
                and all(c.attrs["kind"] == "score" and not decided.get(id(c)) for c in chain) \
                and _NAMED_ITEM_GAP.match(_MARKUP.sub("", text[prev[-1].end:chain[0].start])) \
                and _NAMED_ITEM_AFTER.match(text, chain[-1].end):
            for cand in chain:
                cand.attrs["kind"] = "delta"
            decided[id(chain[0])] = "before"  # and so the list's next item


#: a change with words of its own, then where or when it was had, then "and" and a bare figure
#: that leaves the change unsaid: "1.3% absolute improvement in WSJ and 2.3% in CTB", "by more
#: than 10% M\u00b2 on the CoNLL-2014 benchmark and 5.9% on the JFLEG test set", "51% error
#: reduction in news and 33% in clinical notes", "success rates up to 28.3% higher in ALFWorld,
#: 27% in WebShop, and 33% in TextCraft" (each figure after a change, itself the change made
#: so), "an average increase of 25% in gold candidate recall and of 13% in end-to-end linking
#: accuracy", "an improvement of approximately 3% of the macro F1 score in English and 2% in
#: Spanish", "34.5% improvement on VisualGenome (1000 categories) and 30.4% on ADE", "up to 19%
#: of relative slot error reduction without an access to user utterances, and up to 35% when
#: leveraging live traffic utterances", "a gain of 2.7% on the recently released SQuAD 2.0 and 1.3%
#: on MultiNLI", what each cut is of: "saving at most 74% of queries and 90% of time"
_ELLIPSIS_WHERE = r"(?:in|on|for|of|over|against|across|during|when|without)"
#: ... each figure may have its metric noted in parentheses: "by 12.43 (Acc) on GSM8K and 3.95
#: (Pass@1) on MBPP"
_ELLIPSIS_NOTE = r"(?:\([^()]{1,30}\)\s*)?"
_ELLIPSIS_GAP = re.compile(
    rf"\s*\\?%?\s*{_ELLIPSIS_NOTE}(?:[^\s,;.()]+\s+){{0,5}}?"
    rf"{_ELLIPSIS_WHERE}\s+{_ITEM_CHAR}{{1,100}}?"
    r"(?:\s*\([^()]{1,40}\))?\s*(?:,?\s+and|,|\s+&)\s+"
    rf"(?:by\s+|of\s+)?{_DELTA_GAP}$")
#: ... the bare figure is followed by where or when it was had, as the change was
_ELLIPSIS_AFTER = re.compile(rf"\s*(?:\\?%|points?)?\s*{_ELLIPSIS_NOTE}{_ELLIPSIS_WHERE}\s")
#: ... or the bare figure is another reading of the change, in parentheses right after it: "an
#: absolute (relative) improvement of as high as 3.23% (11.25%)", "outperforms LightGBM by 10.2%
#: (up to 37.7%)", "by 4.4% (2.1%) on average on development (test) set", "by up to relative
#: 41.36% (or 16.83% in absolute numbers)" (not "(60% \u2192 65%)",
#: the levels before and after)
_PAREN_REPEAT = re.compile(rf"\s*\\?%?\s*\(\s*(?:or\s+)?{_DELTA_GAP}")
#: ... or each figure is alone in parentheses after what it was had on or in: "by a large margin on
#: 5-shot (28.1%) and 10-shot (23%) scenarios", "reduce the parameter size (at least 67%) and
#: training time (up to 85%)"
_PAREN_ITEMS = re.compile(rf"\s*\\?%?\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)[^\s,;.()]+"
                          rf"(?:\s+[^\s,;.()]+){{0,2}}?\s*\(\s*{_DELTA_GAP}")
_LEVELS_AFTER = re.compile(r"\s*\\?%?\s*(?:\u2192|->|=>|to\s+\d|vs\.?\s|versus)")
#: ... or, in %, the relative reading of a change in points right before it: "improvements of up
#: to 0.58 pp (3.28%) in BLEU score"
_POINTS_PAREN = re.compile(rf"\s*(?:pp|p\.p\.|points?|percentage\s+points?)?\s*\(\s*(?:or\s+)?"
                           rf"{_DELTA_GAP}")


def _elliptical_changes(found: list[Candidate], text: str, decided: dict[int, str]) -> None:
    """A figure that no words make a change is one when it repeats, with "and", the pattern
    of the change right before it ("1.3% absolute improvement in WSJ and 2.3% in CTB"); a share
    likewise ("recovers 89% of the gap in AUROC between truthful and untruthful contexts, and 75%
    for questions harder than"); a % in brackets right after a change in points is its relative
    reading ("0.58 pp (3.28%)")."""
    ordered = sorted(found, key=lambda c: c.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if first.attrs["kind"] == "delta" and first.unit in ("points", "") and second.unit == "%" \
                and second.attrs["kind"] == "score" \
                and _POINTS_PAREN.fullmatch(text, first.end, second.start):
            second.attrs["kind"] = "delta"
        if first.attrs["kind"] in ("delta", "ratio") and second.attrs["kind"] == "score" \
                and not decided.get(id(second)) and first.unit == second.unit \
                and (_ELLIPSIS_GAP.match(text[first.end:second.start])
                     and _ELLIPSIS_AFTER.match(text, second.end)
                     or _PAREN_REPEAT.fullmatch(text[first.end:second.start])
                     and not _LEVELS_AFTER.match(text, second.end)
                     or _PAREN_ITEMS.fullmatch(text[first.end:second.start])):
            second.attrs["kind"] = first.attrs["kind"]


#: a change's direction, from the words before it
_LOWER = re.compile(r"\b(?:reduc|decreas|lower|fewer|less|drop|cut)", re.IGNORECASE)
_HIGHER = re.compile(r"\b(?:increas|higher|more|rais|boost)", re.IGNORECASE)


def _versus(ordered: list[Candidate], text: str) -> None:
    """Settle "(A vs B)": B is a comparison figure, unless a change before the parenthesis
    says B is the paper's ("improves over X by 0.9% (90.2 vs 91.1)": 91.1 is its own, 90.2 the
    baseline's). Unitless pairs take the change's "%". ``ordered``: the values in text order."""
    for first, second in zip(ordered, ordered[1:], strict=False):
        if not re.fullmatch(r"\s*\\?%?\s*(?:vs\.?|versus)\s*", text[first.end:second.start]):
            continue
        opening = text.rfind("(", max(0, first.start - 5), first.start)
        change = next((c for c in ordered if c.attrs.get("kind") == "delta"
                       and 0 <= opening - c.end <= 25), None) if opening >= 0 else None
        ours, theirs = first, second
        if change is not None:
            if not first.unit and not second.unit and change.unit == "%":
                first.unit = second.unit = "%"
            before = text[max(0, change.start - 60):change.start]
            lower = _LOWER.search(before) if not _HIGHER.search(before) else None
            if lower is None and change.attrs.get("metric_type") in LOWER_IS_BETTER:
                lower = _LOWER.search("lower")  # an improvement in a smaller-is-better metric
            if (second.value < first.value) == (lower is not None):
                ours, theirs = second, first
        ours.source = "results"
        ours.attrs.pop("own", None)
        theirs.source, theirs.attrs["own"] = COMPARISON, False
