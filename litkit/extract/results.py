"""Reported results: scores, improvements and efficiency gains a paper claims for itself.

``find_results(text, sentences, datasets)`` finds numbers with a result unit (%, points, x,
a written fraction, or a unitless score named by its metric), drops the ones the text
attributes to baselines or to the set-up, and ties each to its metric and dataset.
The ``litkit_results_v1`` component reads the DATASET candidates the names component wrote.
"""

from __future__ import annotations

import bisect
import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from litkit.extract.extensions import CANDIDATES
from litkit.extract.numbers import parse_number
from litkit.extract.patterns import (
    Candidate,
    Windows,
    finditer,
    number_windows,
    occurs,
    qualifier,
)
from litkit.extract.spans import add_candidates, doc_text

_NUM = r"(?:\d+,\d{1,2}(?=\s*%)|\d+(?:\.\d+)?|\.\d+)"  # "77,14%" is a decimal comma
_APPROX = r"(?:\\?sim|~|\u223c|\u2248)?"
_COMPARISON = (r"(?:more|less|fewer|faster|slower|larger|smaller|bigger|higher|lower|better|as|"
               r"speed|improvement|reduction|gain)")
_UNIT = (
    r"(?P<unit>\s?\\?%|\s?percent\b|\s?per\s?cent\b|\s?pp\b|\s?p\.p\.|"
    r"[\s-]?(?:absolute\s+|percentage\s+)?points?\b|\s?pts?\b|"
    r"\s?[xX\u00d7](?![\w\u00d7])(?!\s*\d)|"
    rf"\s+times\b(?=\s+{_COMPARISON}))"  # "4 times faster", not "run 5 times"
)
_VALUE = rf"{_APPROX}{_NUM}(?:\s?(?:\\?%|[xX\u00d7](?!\w)))?"
_RANGE = r"\s*(?:-|\u2013|\u2014|~|\u223c|to)\s*"
#: (the leading lookaheads here and below name the characters a match can start with: the
#: regex engine then skips other positions at once)
_WITH_UNIT = re.compile(
    rf"(?=[\d.~\u223c\u2248s\\])(?<![\w.,/\-])"
    rf"(?P<list>(?<=between\s){_VALUE}\s+and\s+{_VALUE}|{_VALUE}(?:{_RANGE}{_VALUE})?){_UNIT}"
)
#: (the leading lookahead, a digit where both branches start, lets the engine skip other
#: positions at once)
_FRACTION = re.compile(
    r"(?=[1-9])(?:"
    r"(?<![\w./,])(?P<list>[1-9]\d?/[1-9]\d?(?:\s+to\s+[1-9]\d?/[1-9]\d?)?)(?![\w/])"
    r"(?=\s+(?:of|the)\b)|(?<=\bby\s)(?P<list2>[1-9]\d?/[1-9]\d?(?:\s+to\s+[1-9]\d?/[1-9]\d?)?)"
    r")"
)
_UNIT_CUE = re.compile(
    r"(?=[%\u00d7pt\d])(?:%|\u00d7|percent|per\s?cent|point|pp\b|p\.p\.|pts?|\d\s?x\b|times)",
    re.IGNORECASE)
_ITEM = re.compile(rf"{_APPROX}(?P<num>\d+,\d{{1,2}}(?!\d)|\d+(?:\.\d+)?|\.\d+)")

#: metric names that make a bare decimal a score ("F1-score of .78", "perplexity of 62.4")
METRICS = (
    r"top-[15] accuracy|accuracy|macro-F1|micro-F1|F(?:1|2|0\.5|\u03b2)(?:[\s-]scores?)?|F-scores?|"
    r"F-measures?|"
    r"precision|recall|BLEU|ROUGE(?:-[12L])?|METEOR|CIDEr|chrF|perplexity|"
    r"concordance correlation coefficient|correlation|Spearman|Pearson|kappa|exact match|"
    r"bits[\s-]per[\s-]character|success rate|error rate|win rate|pass@\d+|score|performance|"
    r"(?-i:Acc|AUC|AUROC|ROC-AUC|mAP|AP|PPL|CCC|EM|MRR|NDCG|nDCG|WER|CER|PER|BPC|s?FID|IS)"
)
_METRIC = re.compile(rf"(?<![\w-])(?:{METRICS})(?![\w-])", re.IGNORECASE)
_DECIMAL = r"(?:\d+\.\d+|\.\d+)"
_DECIMALS = rf"(?P<list>(?=[\d.])(?<![\w.\-]){_DECIMAL}(?:\s*(?:to|and|-|\u2013)\s*{_DECIMAL})?)"
#: a metric name and the words that may come between it and its score
_AFTER_METRIC = (
    rf"(?<![\w-])(?:{METRICS})(?![\w-])(?:\s+[\w-]+|\s*\([^)]{{1,24}}\)){{0,4}}?\s*"
    rf"(?:of|=|:|is|was|at|reaches|reaching|achieves?|achieving|to)?\s*"
    rf"(?:is\s+at\s+|about\s+|approximately\s+|only\s+|above\s+|over\s+|exceeding\s+)?"
)
_SCORE_AFTER_METRIC = re.compile(
    rf"{_AFTER_METRIC}{_DECIMALS}(?![\w%]|\.\d|\s*(?:%|[x\u00d7]|times|points?|pp|percent))",
    re.IGNORECASE,
)
#: a second score right after one: "F1 of 0.751 for X and 0.706 over Y"
_SCORE_CONTINUED = re.compile(
    rf"\s+(?:for|on|over|in)\s+[^,.;]{{1,60}}?\s+and\s+"
    rf"(?P<list>(?<![\w.\-]){_DECIMAL})(?=\s+(?:for|on|over|in)\b)"
)
_SCORE_BEFORE_METRIC = re.compile(
    rf"(?<![\w.])(?:{_DECIMALS})(?:\s+(?:vs\.?|versus)\s+[\d.]+)?\s+"
    rf"(?:(?:micro|macro|weighted)[\s-]averaged\s+)?(?:{METRICS})(?![\w-])",
    re.IGNORECASE,
)
#: differences in points: "3.6 perplexity better", "6.54 decrease in FID", "+0.7 F1 points",
#: "by 0.6 perplexity", "+8.81 on C-Eval", "+1.7 BLEU"
_POINTS_NUMS = r"\+?\d+(?:\.\d+)?(?:\s*(?:,|and|-|\u2013|to)\s*\+?\d+(?:\.\d+)?)*"
_CHANGE = r"(?:better|higher|lower|improvements?|gains?|increases?|decreases?|reductions?|drops?)"
#: (the leading lookahead: each branch starts with a digit, "+", "by" or a change word)
_METRIC_POINTS = re.compile(
    r"(?=[\d+bhligdr])(?:" + "|".join([
        rf"(?<![\w.+])(?<![A-Za-z]-)(?P<list>{_POINTS_NUMS})\s+(?:{METRICS})\s+(?:points?\s+)?{_CHANGE}\b",
        rf"(?<![\w.+])(?<![A-Za-z]-)(?P<list2>{_POINTS_NUMS})\s+{_CHANGE}\s+(?:in|of)\s+(?:the\s+)?"
        rf"(?:{METRICS})(?![\w-])",
        rf"(?<![\w.+])(?<![A-Za-z]-)(?P<list3>{_POINTS_NUMS})\s+(?:{METRICS})\s+points?\b",
        rf"(?:\bby|{_CHANGE}\s+of)\s+(?:up\s+to\s+|about\s+|around\s+|an\s+average\s+of\s+|"
        rf"over\s+|more\s+than\s+)?(?P<list4>{_POINTS_NUMS})\s+(?:{METRICS})(?![\w-])",
        r"(?<![\w+])\+(?P<list5>\d+(?:\.\d+)?)(?=\s+(?:on|in)\b)",
        rf"(?<![\w+])\+(?P<list6>\d+(?:\.\d+)?)\s+(?:{METRICS})(?![\w-])",
    ]) + ")",
    re.IGNORECASE,
)

#: words before a number that make it a baseline's or another system's figure
_CONTEXT_BEFORE = re.compile(
    r"\b(?:vs\.?|versus|compared\s+(?:to|with)|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!no\s)"
    r"(?<!greater\s)(?<!rather\s)than|from\s+the\s+[\w-]+|baselines?(?:\s+(?:of|at|with))?)"
    r"\s*(?:about\s+|only\s+|just\s+)?$",
    re.IGNORECASE,
)
#: "trained on 3x more data", "(trained using 30x more compute)": the set-up, not a result
_SETUP_BEFORE = re.compile(
    r"\b(?:trained|training|pretrained|pre-trained|uses?|using|with)\s+(?:\w+\s+)?(?:on|using|with)"
    r"\s+(?:about\s+|roughly\s+)?$|\ba\s+$",
    re.IGNORECASE,
)
#: "trained on X", "fine-tuned on X": X is training data, not where results are reported
_TRAINING_DATA = re.compile(
    r"(?:train|trained|pre-?train(?:ed)?|fine-?tuned?|tuned|curated|refined|collected)\s+"
    r"(?:\w+\s+){0,2}(?:on|from|with)\s+(?:the\s+)?(?:[A-Z]\w+\s+)?$",
    re.IGNORECASE,
)
_LATEX = re.compile(r"\\[A-Za-z]+\{?|[{}$]")
_BASELINE_END = re.compile(r"baselines?\s*$", re.IGNORECASE)
_COMPARATIVE_NAME = re.compile(r"\s+(?:more|less|fewer|smaller|larger|bigger)\s+[A-Z]")
_IMPROVEMENT = re.compile(
    r"\s*(?:(?:relative|absolute|average|overall)\s+)?(?:reduction|improvement|gain|increase|"
    r"decrease|speed-?up|faster|smaller|fewer|less|more|higher|lower|better|drop|"
    r"compression|sparsity|savings?)(?:\s+(?:in|of|on)\s+[\w-]+(?:\s[\w-]+)?)?",
    re.IGNORECASE,
)


def find_results(
    text: str,
    sentences: list[tuple[int, int]] | None = None,
    datasets: list[tuple[int, int, str]] | None = None,
) -> list[Candidate]:
    """Result candidates in ``text``; ``sentences`` and ``datasets`` are character spans."""
    sentences = sentences or [(0, len(text))]
    names = sorted(datasets or [])
    datasets = [d for d in names if not _TRAINING_DATA.search(text, max(0, d[0] - 50), d[0])]
    starts = [s for s, _ in sentences]
    found = []
    for start, end, value, unit, match_end in _numbers(text, number_windows(text)):
        if any(s <= start and end <= e for s, e, _ in names):
            continue  # a version in a dataset's name: "MultiWOZ 2.1"
        index = max(0, bisect.bisect_right(starts, start) - 1)
        sent_start, sent_end = sentences[index]
        attrs = {
            "qualifier": qualifier(text, start),
            "metric": _metric(text, start, match_end, sent_start, sent_end),
            "dataset": _dataset(datasets, start, match_end, sent_start, sent_end, text),
        }
        found.append(Candidate("RESULT", start, end, value, unit, "results", attrs))
    _respectively(found, datasets, sentences, text)
    return found


def _numbers(text: str, windows: Windows):
    """(start, end, value, unit, end of the whole match) for every number with a result unit."""
    taken: list[tuple[int, int]] = []
    # rules match only inside the windows and every match holds its rule's cue, so the cues
    # are looked for there alone
    has_metric = occurs(_METRIC, text, windows)
    # (rule, unit or None to read it from the match, cue, rule continuing a match or None)
    rules = [(_WITH_UNIT, None, occurs(_UNIT_CUE, text, windows), None),
             (_METRIC_POINTS, "points", has_metric or "+" in text, None),
             (_FRACTION, "fraction", "/" in text, None),
             (_SCORE_AFTER_METRIC, "", has_metric, _SCORE_CONTINUED),
             (_SCORE_BEFORE_METRIC, "", has_metric, None)]
    for rule, fixed_unit, cue, then in rules:  # a rule runs only where its cue occurs
        for match in _matches(rule, then, text, windows) if cue else ():
            group = next(g for g in match.re.groupindex
                         if g.startswith("list") and match.group(g) is not None)
            start, end = match.span(group)
            if any(s < end and start < e for s, e in taken):
                continue
            if fixed_unit is None:
                unit = _unit(match.group("unit"))
                if unit == "points" and _not_score(text, match.end()):
                    continue
            else:
                unit = fixed_unit
            taken.append((start, end))
            if _is_context(text, start, match.end(), unit):
                continue
            for s, e, value in _values(text, start, end, unit):
                yield s, e, value, unit, match.end()


def _matches(rule: re.Pattern, then: re.Pattern | None, text: str, windows: Windows):
    """The rule's matches, each followed by the match of ``then`` right after it, if any
    ("F1 of 0.751 for X" ... "and 0.706 over Y")."""
    for match in finditer(rule, text, windows):
        yield match
        if then is not None and (more := then.match(text, match.end())):
            yield more


def _unit(written: str) -> str:
    """The scoring unit of a written one: "%", "points", or "x"."""
    written = written.lower()
    if "point" in written or "p" in written.replace("percent", ""):
        return "points"  # points, percentage points, pts, pp, p.p.
    if "%" in written or "cent" in written:
        return "%"
    return "x"


def _values(text: str, start: int, end: int, unit: str):
    """The numbers of a result list, fractions as their value ("1/3" -> 0.3333)."""
    if unit == "fraction":
        for match in re.finditer(r"(\d+)/(\d+)", text[start:end]):
            value = round(int(match.group(1)) / int(match.group(2)), 4)
            yield start + match.start(), start + match.end(), value
        return
    for match in _ITEM.finditer(text, start, end):
        value = parse_number(match.group("num").replace(",", "."))
        if value is not None:
            yield match.start("num"), match.end("num"), value


def _not_score(text: str, end: int) -> bool:
    """True where "points" counts things ("1000 data points", "a 5-point scale")."""
    return bool(re.match(r"\s+(?:[A-Z][\w-]*\s+)?scale\b|\s+(?:of\s+data|in\s+time)\b",
                         text[end:end + 24]))


def _is_context(text: str, start: int, end: int, unit: str) -> bool:
    """True for a baseline's figure or a ratio describing the set-up or another system."""
    before = _LATEX.sub("", text[max(0, start - 60):start])  # "just \textbf{25.00\%}"
    if _CONTEXT_BEFORE.search(before) or _in_baseline_parenthesis(text, start):
        return True
    if unit == "x" and (_SETUP_BEFORE.search(before) and _COMPARATIVE_NAME.match(text, end)
                        or re.search(r"\b(?:trained|training|pretrained)\s+(?:\w+\s+)?"
                                     r"(?:on|using|with)\s+(?:about\s+)?$", before)):
        return True
    return unit == "x" and bool(_COMPARATIVE_NAME.match(text, end))


def _in_baseline_parenthesis(text: str, start: int) -> bool:
    """True inside "(...)" written right after the word baseline: "baseline (Acc=30.3%)"."""
    opening = text.rfind("(", max(0, start - 60), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    return bool(_BASELINE_END.search(text, max(0, opening - 20), opening))


def _metric(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """What the number measures: the improvement it names, else the nearest metric name."""
    improvement = _IMPROVEMENT.match(text, end)
    if improvement and improvement.group(0).strip():
        return improvement.group(0).strip().lower()
    best = None
    for match in _METRIC.finditer(text, sent_start, sent_end):
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or abs(distance) < best[0]:
            best = (abs(distance), match.group(0))
    return best[1] if best else None


def _respectively(found: list[Candidate], datasets, sentences, text) -> None:
    """"61% and 83% ... on X and Y, respectively": the i-th result goes to the i-th dataset."""
    for sent_start, sent_end in sentences:
        if "respectively" not in text[sent_start:sent_end]:
            continue
        in_sentence = [c for c in found if sent_start <= c.start < sent_end]
        if len(in_sentence) < 2:
            continue
        named = [d for d in datasets if in_sentence[0].end <= d[0] < sent_end]
        if len(named) != len(in_sentence):  # "improves MMLU and GPQA by 6.4% and 22.6% resp."
            named = [d for d in datasets if sent_start <= d[0] and d[1] <= in_sentence[0].start]
        if len(named) == len(in_sentence):
            for cand, dataset in zip(in_sentence, named, strict=True):
                cand.attrs["dataset"] = dataset[2]


def _dataset(datasets, start, end, sent_start, sent_end, text) -> str | None:
    """The dataset a result is reported on: "... on X" right after it, else the sentence's,
    else the paper's own benchmark (named in the title or introduced as a dataset)."""
    if _OWN_TEST_SET.match(text, end):
        return None  # "76% accuracy on our test set"
    opening = text.rfind("(", max(0, start - 30), start)
    if opening >= 0 and ")" not in text[opening:start]:  # "the CoNLL-2014 test set (F0.5=65.0)"
        named = [d for d in datasets if 0 <= opening - d[1] <= 20
                 and re.fullmatch(r"[\w\s-]*", text[d[1]:opening])]
        if named:
            return named[-1][2]
    # "... on X" right after, unless a new clause comes first ("on PTB by 1.8 points and by
    # 2.3 on WikiText-2", "by 6.3%, as well as ... on MMLU by 5.1%", "4% ... (+8.2% on MMLU)")
    after = [d for d in datasets if end <= d[0] < min(sent_end, end + 60)
             and re.search(r"\b(?:on|in|for|of|over|across)\s+(?:the\s+)?\S*$", text[end:d[0]])
             and _same_clause(text, end, d[0])]
    if after:
        return after[0][2]
    before = [d for d in datasets if sent_start <= d[0] and d[1] <= start
              and not _NEW_CLAUSE.search(text, d[1], start)]
    if before:
        return before[-1][2]
    later = [d for d in datasets if end <= d[0] < sent_end
             and _same_clause(text, end, d[0])]
    if later:
        return later[0][2]
    title_end = text.find("\n\n")
    own = [d for d in datasets if d[1] <= title_end
           or _INTRODUCED.search(text, max(0, d[0] - 80), d[0])
           or _INTRODUCES.search(text, max(0, d[0] - 30), d[0]) and _HEAD_AFTER.match(text, d[1])]
    return own[0][2] if own else None


def _same_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a number and a later dataset, keeps to one clause:
    no new clause ("and by", "as well as", "while") and no parenthesis left open."""
    gap = text[start:end]
    return not _NEW_CLAUSE.search(gap) and gap.count("(") <= gap.count(")")


#: what starts a new clause between a number and a dataset, which then is not its dataset
_NEW_CLAUSE = re.compile(r"\band\s+(?:by|on|in)\b|\bas\s+well\s+as\b|\bwhile\b|\bwhereas\b")
_INTRODUCE = r"\b(?:introduce|present|propose|release|construct|create|build)[sd]?"
#: "we introduce the LIST2QA dataset", "we introduce EvoEval - a program synthesis benchmark"
_INTRODUCES = re.compile(rf"{_INTRODUCE}\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_HEAD_AFTER = re.compile(
    r"[\s,:\u2013\u2014-]*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:dataset|benchmark|corpus|test\s?set|suite)s?\b",
    re.IGNORECASE,
)
#: "... accuracy on our test set": a result on unnamed data, whatever is named later
_OWN_TEST_SET = re.compile(
    r"[^.;()]{0,30}?\bon\s+(?:our|a|an|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:test|dev|development|evaluation|held-out|validation)\s+sets?\b"
)
#: "we introduce a ... dataset (CarMem)": the paper's own benchmark
_INTRODUCED = re.compile(
    rf"{_INTRODUCE}\b[^.;]*"
    r"\b(?:dataset|benchmark|corpus|test\s?set|suite)s?[\s(:,]*(?:called\s+|named\s+)?$",
    re.IGNORECASE,
)


@Language.factory("litkit_results_v1")
def make_results(nlp: Language, name: str) -> ResultFinder:
    """spaCy factory: RESULT candidates tied to metric and dataset."""
    return ResultFinder()


class ResultFinder:
    """Pipeline component adding RESULT candidates to ``doc.spans[CANDIDATES]``."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if not number_windows(text):  # no digit
            return doc
        group = doc.spans[CANDIDATES] if CANDIDATES in doc.spans else []
        datasets = [(s.start_char, s.end_char, s._.canonical or s.text)
                    for s in group if s.label_ == "DATASET"]
        add_candidates(doc, find_results(text, sentence_spans(doc), datasets))
        return doc


def sentence_spans(doc: Doc) -> list[tuple[int, int]] | None:
    """(start, end) characters of each sentence, None when nothing set sentence starts."""
    firsts = numpy.flatnonzero(doc.to_array([SENT_START]) == 1).tolist()
    if not firsts:
        return None
    if firsts[0] != 0:
        firsts.insert(0, 0)
    starts = [doc[i].idx for i in firsts]
    last = doc[-1]
    return list(zip(starts, starts[1:] + [last.idx + len(last.text_with_ws)], strict=True))
