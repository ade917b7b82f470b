"""The metric a result is measured in: the names of metrics (``METRICS``) and the name a
figure's sentence gives it, nearest to it or paired with it in a list."""

from __future__ import annotations

import bisect
import functools
import re

from litkit.extract.metrics import metric_type
from litkit.extract.patterns import Candidate

#: metric names that make a bare decimal a score ("F1-score of .78", "perplexity of 62.4"), with
#: the averaging or the n-gram order written on ("0.886 F1-Macro", "0.435 F-Macro", "an F1-value
#: of 0.947", "by 1.65 and 1.42 in terms of BLEU-4"), or WMT's casing ("BLEU-cased score")
#: (no name opens with an optional part or a lookbehind: the engine tries the names at every
#: word's start, and sets either up there before the name's first letter fails; a name written
#: with or without a part is written twice, "root[\s-]mean...|mean...", "RMSE|MSE", and a
#: lookbehind comes after the first letter, "(?-i:r)(?<![;,].)"; tests/test_result_metrics.py
#: checks it)
METRICS = (
    r"top-[15] accuracy|accurac(?:y|ies)|macro-F1|micro-F1|"
    r"F(?:[_-]?(?:1|2|0\.5)|_\{(?:1|2|0\.5)\}|\u2081|\u03b2)(?:-(?:macro|micro))?"
    r"(?:[\s-](?:scores?|measures?|values?))?|"
    # (the F-score with a space too: "precision, recall and F measure of 72.69%, 78.54% and 74.93%")
    r"F[\s-](?:scores?|measures?)|F-(?:macro|micro)|"
    r"(?:precision|recall)(?:@\d+)?|BLEU(?:-?[1-4]|-(?:un)?cased)?|ROUGE(?:-[12L])?|METEOR|CIDEr|chrF|perplexit(?:y|ies|[e\u00e9]s?)|"
    # MT's learned COMET and its variants name scores and changes as BLEU does: "improvements of
    # 2.5 BLEU, 7.1 COMET-KIWI, 5.3 COMET, and 6.4 XCOMET" (metrics.py types them other)
    r"COMET(?:-\w+)?|(?-i:XCOMET)|"
    r"concordance correlation coefficient|correlation|Spearman|Pearson(?:['\u2019]s\s+r)?|"
    r"(?:Fleiss|Cohen)['\u2019]s?\s+(?:kappa|\u03ba)|kappa|\u03ba|Krippendorff['\u2019]s?\s+(?:alpha|\u03b1)|"
    r"agreement|exact match|"
    r"bits(?:[\s-]per[\s-]|/)(?:char(?:acter)?|dim(?:ension)?)|"
    r"success rate|error rate|win rate|pass@\d+|performance|score|"
    # the area under a curve, named whole before its curve's precision or recall: "the highest
    # 88.17% on macro average area under precision recall curve" (metrics.py types it ap)
    r"area under (?:the )?(?:[\w-]+ ){0,3}?curves?|"
    # AMR parsing's Smatch, an F1 (metrics.py): "outperform all previously reported SMATCH
    # scores, on both AMR 2.0 (76.3% on LDC2017T10) and AMR 1.0 (70.2% on LDC2014T12)"
    r"Smatch|"
    r"scores(?=\s*(?:(?:of|at|are|were)\b|[=:]|\.?\d))|"
    r"root[\s-]mean[\s-](?:squared|absolute) error|mean[\s-](?:squared|absolute) error|"
    r"real[\s-]time factor|"
    r"(?-i:Acc|AUC|AUC-ROC|AUROC|ROC-AUC|PR-AUC|mAP|AP|PPL|CCC|EM|MRR|NDCG|nDCG|WER|CER|PER|TER|BPC|sFID|FID|IS|"
    r"RMSE|MSE|MAE|RTF|SARI|RIBES|GLEU|[MEC]LAS|LAS|UAS|BLEX|MAP|PCC|MOS|NMI|P_?k)|"
    # clustering's and text segmentation's measures: "a match of up to 0.77 V-score", "a 0.26
    # WindowDiff (Wd)", "a harmonic mean purity of 0.74"
    r"V-(?:scores?|measures?)|WindowDiff|purity|"
    # grammatical error correction's MaxMatch (M2) F0.5: "yielded an M2 of 63.2 on the CoNLL-2014
    # benchmark", "state-of-the-art results of 64.16 M\u00b2" (as metrics.py types it)
    r"(?-i:M\u00b2|M2(?=\s+(?:of\s+\d|scores?\b)))|"
    # precision, recall: "(P=0.82, R=0.58, F1=0.68)", "F1-scores of 0.61 (P: 0.94, R: 0.45)"
    r"(?-i:P|R)(?=\s*[=:]\s*0?\.\d)|"
    # a correlation written by its symbol: "(r = 0.88)", "Spearman's \u03c1 of 0.56", "\\rho =
    # 0.40" (not the recall of "p=0.683;r=0.956")
    r"(?-i:r)(?<![;,].)(?<![;,]\s.)(?=\s*=\s*0?\.\d)|\u03c1|rho(?=\s*(?:=|of\b))|"
    # a ranking metric at a cut-off: "a P@5 of 0.80 and an nDCG@10 of 0.68", "a R@1 of only
    # 0.4719" (spelled out above, read whole: "achieving precision@8 of 0.71", "recall@100 of 25%")
    r"(?-i:P|R|MRR|MAP|NDCG|nDCG)@\d+"
)
#: the characters a metric's name starts with (in any case), tested before the ~50 names in the
#: patterns that open with a metric, so that other positions fail after one cheap test (a
#: lookahead is still tried at every position: it saves the alternation, not the scan);
#: tests/test_result_metrics.py checks it against METRICS. In the patterns searched through
#: text it comes after the word-start test, which fails at more positions (inside every word)
METRIC_START = r"(?=[abcefikmnprstvw\u03ba\u03c1]|(?-i:[GLUX]))"
_METRIC_WORD_START = rf"(?<![\w-]){METRIC_START}"
#: a metric's name, with the "score" that may follow it ("RIBES score of 0.78", "BLEU scores")
_METRIC = re.compile(rf"{_METRIC_WORD_START}(?:{METRICS})(?:\s+scores?)?(?![\w-])",
                     re.IGNORECASE)


#: a score's own name, words the metric names do not list before "score" right after the number:
#: "reach 16.10 BLEU score and 1.94 human evaluation score", "a 0.5136 label accuracy and a 0.3833
#: FEVER score" (not a metric named farther before: it is another figure's)
_OWN_SCORE_NAME = re.compile(
    r"\s+(?P<name>(?:(?!(?:and|or|of|the|an?|in|on|for|with|to|by|at|as|is|are|was|were|points?|"
    r"higher|lower|better|worse|more|less|absolute|relative|et|de|du|des|une?|les?|la)\b)"
    r"[A-Za-z][\w-]*\s+){1,3}"
    r"(?P<score>scores?))\b(?!\s+of\b)", re.IGNORECASE)


def own_score_name(text: str, end: int) -> str | None:
    """The name of the score a number ending at ``end`` is, written right after it in words that
    name no metric type (``_OWN_SCORE_NAME``; not "F-1 score", "labelled attachment score"),
    else None."""
    own = _OWN_SCORE_NAME.match(text, end)
    return own.group("name") if own and metric_type(own.group("name"), fallback=None) is None \
        else None


#: an improvement and what it is in, up to two words and not ending in a function word
#: ("improvement in accuracy over"); a plural's only where they name a metric type ("26.03%p
#: improvements on F1-score", not "improvements on three of")
_IMPROVEMENT = re.compile(
    r"\s*(?P<head>(?:(?:relative|absolute|average|overall)\s+)?(?:(?:reduction|improvement|gain|"
    r"increase|decrease|drop)(?P<plural>s)?|speed-?up|faster|smaller|fewer|less|more|higher|lower|"
    r"better|compression|sparsity|savings?))(?P<tail>\s+(?:in|of|on)\s+[\w-]+"
    r"(?:\s(?!(?:of|over|with|in|on|for|to|than|and|by|at|from)\b)[\w-]+)?)?",
    re.IGNORECASE,
)


#: metrics listed before a list of as many values: "BLEU and ROUGE scores of 0.23 and 0.63", or
#: before one value: "accuracy and F1-scores of above 86%"
_LIST_TAIL = (r"(?:[\s-]+(?:scores?|values?|results?))?\s*(?:of|=|:|were|are|was|is|"
              r"reach(?:ing|es)?|at)?\s*(?:(?:about|around|above|over)\s+|respectively\s+)?$")
_METRIC_LIST = re.compile(
    rf"{METRIC_START}(?P<metrics>(?:{METRICS})(?:\s*,\s*(?:{METRICS}))*,?\s+and\s+(?:{METRICS}))"
    rf"{_LIST_TAIL}", re.IGNORECASE)
#: ... whose "and" a cheap test looks for first (the rule is tried at every position before a
#: value; a quarter of the values have an "and" there), then what follows the last "and", which
#: must be the list's last metric (no metric's name holds an "and"): the rule's costly search
#: runs only where both hold
_LIST_AND = re.compile(r"\sand\s", re.IGNORECASE)
_LIST_LAST = re.compile(rf"\s*(?:{METRICS}){_LIST_TAIL}", re.IGNORECASE)


#: metrics listed in the order of as many values that "respectively" follows, each maybe with a
#: word before or after its name and its abbreviation ("label accuracy", "F1 evidence", "Jaccard
#: score", "Pearson\u2019s Correlation Coefficient (PCC)"): a few words before the values ("with
#: F1-Score, precision, recall, and accuracy on test data of 76%, 81%, 72%, and 79%,
#: respectively", "the overall F1-score, accuracy, precision, recall as 0.8036, 0.8456, 0.9783,
#: 0.6818 respectively", "The Mean Absolute Error (MAE) and Pearson\u2019s Correlation Coefficient
#: (PCC) for Valence are 0.723 and 0.835, respectively") ...
_LISTED_METRIC = (rf"(?:[\w'\u2019-]+\s+)?{METRIC_START}(?:{METRICS})(?![\w-])"
                  r"(?:\s+(?!(?:of|on|in|for|and|are|were|is|was|as|at|by|with|to|"
                  r"respectively)\b)[\w-]+)?(?:\s*\([\w-]{1,12}\))?")
_ITEMS_APART = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_LISTED_METRICS = (rf"(?P<metrics>{_LISTED_METRIC}"
                   rf"(?:(?:{_ITEMS_APART.pattern}){_LISTED_METRIC})+)")
_METRICS_BEFORE_VALUES = re.compile(
    rf"{_LISTED_METRICS}(?:\s+(?!(?:and|or|than|but|while)\b)[\w-]+){{0,4}}?\s*"
    r"(?:of|=|:|were|are|was|is|as|by|at)?\s*(?:(?:about|around|above|over)\s+)?$",
    re.IGNORECASE)
_RESPECTIVELY_NEXT = re.compile(r"\s*\\?%?\s*,?\s*respectively\b", re.IGNORECASE)
#: ... or right after them: "obtains 30.19, 48.87 and 36.55 in terms of F1 evidence, label
#: accuracy and FEVER score, respectively", "by 16.1%, 11.9%, 12.0%, and 6.1% on precision,
#: recall, F1, and Jaccard score, respectively", "of 65.61%, 52.26%, 55.71% for LAS, MLAS and
#: BLEX respectively"
_METRICS_AFTER_VALUES = re.compile(
    rf"\s*\\?%?\s*(?:points?\s+)?(?:(?:in\s+terms\s+of|on|for|in|of)\s+)?(?:the\s+)?"
    rf"(?:(?:three|four|five|common|evaluation)\s+)*(?:metrics\s+)?{_LISTED_METRICS}"
    r"\s*,?\s*respectively\b", re.IGNORECASE)

#: ... or, for two values joined by "and", two metrics joined by "and" right after them, read in
#: the same order without "respectively": "by up to 9.77% and 10.47% in terms of prerequisite
#: relation prediction accuracy and F1 score", "average improvements of 77% and 54% on BLEU and
#: METEOR scores" (a few words may lead the list; nothing may continue it)
_METRIC_PAIR_AFTER = re.compile(
    r"\s*\\?%?\s*(?:points?\s+)?(?:(?:absolute|relative)\s+)?(?:(?:improvements?|gains?)\s+)?"
    r"(?:in\s+terms\s+of|on|in)\s+(?:the\s+)?(?:(?!(?:and|or)\b)[\w-]+\s+){0,3}?"
    rf"{_LISTED_METRICS}(?!\s*,|\s+(?:and|or)\b)", re.IGNORECASE)
#: the "and" joining the two values (not a range's dash: "5-10% improvement in precision and
#: recall" gives both metrics the range)
_PAIR_AND = re.compile(r"\s*\\?%?\s*,?\s*and\s+")


def _paired_metrics(chain: list[Candidate], text: str, sentences: list[tuple[int, int]],
                    starts: list[int]) -> list[tuple[str | None, str]] | None:
    """The metric type and name of each of a list of values written after a list of as many
    metrics, in order; one value written after a list of metrics takes the first's, as the gold
    does ("reach accuracy and F1-scores of above 86%" is an accuracy); None when the values
    follow no such list. With "respectively", the metrics may also be a few words apart or after
    the values (_METRICS_BEFORE_VALUES, _METRICS_AFTER_VALUES); without it, two metrics right
    after two values are theirs in order (_METRIC_PAIR_AFTER); each named one typed by its name
    ("FEVER score" is "other"). The name is the metric's own, not the nearest one a value's
    words give ("F1-Score, precision, recall, and accuracy ... of 76%, 81%, 72%, and 79%": 81 is
    a precision), so that a board ranks it by that name."""
    sent_start = sentences[max(0, bisect.bisect_right(starts, chain[0].start) - 1)][0]
    lo = max(sent_start, chain[0].start - 150)
    if len(chain) > 1 and "espectively" in text[chain[-1].end:chain[-1].end + 150]:
        listed = _METRICS_AFTER_VALUES.match(text, chain[-1].end)
        if listed is None and _RESPECTIVELY_NEXT.match(text, chain[-1].end):
            listed = _METRICS_BEFORE_VALUES.search(text, lo, chain[0].start)
        items = _ITEMS_APART.split(listed.group("metrics")) if listed else []
        if len(items) == len(chain):
            return [(metric_type(item), _metric_name(item)) for item in items]
    elif len(chain) == 2 and _PAIR_AND.fullmatch(text, chain[0].end, chain[1].start) \
            and (pair := _METRIC_PAIR_AFTER.match(text, chain[-1].end)):
        items = _ITEMS_APART.split(pair.group("metrics"))
        if len(items) == 2 and " and " in pair.group("metrics"):
            return [(metric_type(item), _metric_name(item)) for item in items]
    ands = list(_LIST_AND.finditer(text, lo, chain[0].start))
    if not ands or not _LIST_LAST.match(text, ands[-1].end(), chain[0].start):
        return None
    listed = _METRIC_LIST.search(text, lo, chain[0].start)
    if listed is None:
        return None
    metrics = _METRIC.findall(listed.group("metrics"))
    if len(chain) == 1:
        return [(metric_type(metrics[0], fallback=None), metrics[0])]
    if len(metrics) != len(chain):
        return None
    return [(metric_type(metric, fallback=None), metric) for metric in metrics]


def _metric_name(item: str) -> str:
    """A listed metric's name without the words around it ("label accuracy" -> "accuracy",
    "F1 evidence" -> "F1", "with F1-Score" -> "F1-Score")."""
    found = _METRIC.search(item)
    return found.group(0) if found else item


#: a participle clause of its own, whose metric name measures none of the figures outside it:
#: "speed-ups of 10-60x compared to (Belanger et al., 2017) while also improving accuracy",
#: "reduce annotations by up to 30% while maintaining equivalent system performance" (not a
#: contrast of two figures: "we achieve 82.6% PP attachment accuracy on Arabic, while the Turbo
#: and Charniak self-trained parsers obtain 76.7% and 80.8%")
_WHILE = re.compile(r"\bwhile\s+(?:also\s+|still\s+|only\s+|at\s+the\s+same\s+time\s+|"
                    r"\w+ly\s+)?\w+ing\b", re.IGNORECASE)


#: a metric name its own number follows: "(F1 evidence: 32.17, label accuracy: 59.61 and FEVER
#: score: 0.3778)" (a whole number right after the name may be its n-gram order: "from 28.65 to
#: 39.81 (BLEU 1 score)")
_OWN_NUMBER = re.compile(r"\s*(?:(?:[:=]|of)\s*[-+]?\.?\d|[-+]?\d*\.\d)")
#: a number between a name and the number it may name: "the average word error rate ... was
#: 50.7%, with out of vocabulary rate of 24%"
_NUMBER_BETWEEN = re.compile(r"(?<![\w.-])\.?\d")


def _metric(text: str, start: int, end: int, sent_start: int, sent_end: int,
            score: bool = False) -> str | None:
    """What the number measures: the improvement it names, else the nearest metric name in
    its clause (past no "while" opening a participle clause). A name before a ``score`` with no
    number between comes before a nearer one after it that opens its own number: in "(F1
    evidence: 32.17, label accuracy: 59.61", 32.17 is an F1 (dev15 acl:W18-5519); not for a
    change, whose metric is often named with the score it reaches: "we improve the
    state-of-the-art by 2.6%, achieving an accuracy of 46.3%"."""
    improvement = _IMPROVEMENT.match(text, end)
    if improvement:
        tail = improvement.group("tail")
        if improvement.group("plural") and tail and metric_type(tail, fallback=None) is None:
            return improvement.group("head").lower()
        return improvement.group(0).strip().lower()
    own = own_score_name(text, end)
    if own:
        return own  # "16.10 BLEU score and 1.94 human evaluation score"
    names, starts, ends = _metric_names(text, sent_start, sent_end)
    # the names are in order and apart: the nearest is the last ending by the number, or the
    # last starting before its end or the first after it among those ending later
    later = bisect.bisect_right(ends, start)
    after = max(later, bisect.bisect_left(starts, end))
    best = None
    opened = False  # whether the best name so far is before the number, no number between
    for m_start, m_end, name in names[max(0, later - 1):after + 1]:
        distance = start - m_end if m_end <= start else m_start - end
        if distance > 0 and _WHILE.search(text, *((m_end, start) if m_end <= start
                                                  else (end, m_start))):
            continue
        if opened and m_start >= end and _OWN_NUMBER.match(text, m_end):
            continue
        if best is None or abs(distance) < best[0]:
            best = (abs(distance), name)
            opened = score and m_end <= start and not _NUMBER_BETWEEN.search(text, m_end, start)
    return best[1] if best else None


def _metric_before(text: str, start: int, sent_start: int, sent_end: int) -> str | None:
    """The metric named last before the number: the one a rule reading the number after its
    metric opened with ("The estimated accuracy of classification ... is 0.75, and the
    precision ...", not the precision)."""
    names, _, ends = _metric_names(text, sent_start, sent_end)
    before = bisect.bisect_right(ends, start)
    return names[before - 1][2] if before else None


#: a number format's "precision", no metric's name: "126 ... to 110.3 with a full precision model
#: in 97.2" (dev38 nips2018:11083: the perplexity named before is the metric), "8-bit precision",
#: "mixed-precision training", "reduced precision"
_NUMBER_FORMAT_BEFORE = re.compile(
    r"(?:full|half|mixed|single|double|reduced|-bit|floating[\s-]point)[\s-]\Z", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _metric_names(text: str, sent_start: int, sent_end: int) \
        -> tuple[list[tuple[int, int, str]], list[int], list[int]]:
    """(start, end, name) of the metric names of a sentence, found once for all its numbers,
    and their starts and ends."""
    names = [(m.start(), m.end(), m.group(0)) for m in _METRIC.finditer(text, sent_start, sent_end)
             if not (m.group(0).lower() == "precision"
                     and _NUMBER_FORMAT_BEFORE.search(text, max(0, m.start() - 20), m.start()))]
    return names, [n[0] for n in names], [n[1] for n in names]


#: the metric a value names right after it with "in" (R-mt-stated), up to a clause's boundary:
#: "by up to 10% in F1 and 15% in coverage across all categories", "by 1.6% in Rouge-1 for
#: abstractive summarization and 3.5% in hit rate for question answering" (not a setting or
#: a whole: "in the low-resource setting", "in total", "in average")
_IN_PHRASE = re.compile(
    r"\s*\\?%?\s+in\s+(?:terms\s+of\s+)?(?P<name>(?!(?:the|an?|all|both|each|total|average|"
    r"general|particular|addition|comparison|contrast|most|some|our|its|their|this|these|which|"
    r"terms|practice|order|cases?|absolute|relative|another|other|one|two)\b)[\w-]+"
    r"(?:\s+(?!(?:and|or|for|on|of|over|than|across|with|compared|while|when|in|at|by|to|from|"
    r"respectively)\b)[\w-]+){0,2})(?<!data)(?<!sets)(?<!tasks)(?<!settings)(?<!domains)"
    r"(?<!languages)(?<!conditions)(?<!scenarios)(?<!benchmarks)"
    r"(?=\s*(?:[,;.)]|$|(?:and|or|for|on|over|than|across|with|compared|while|when|in|at|by|"
    r"respectively)\b))")


#: the metric a value names right after it with "for" (R-mt-stated), ending its clause: "our best
#: results are 86.6% for accuracy and 90.0% for F_1 measure" (acl:N18-141), "0.618 for the
#: average recall rate, 0.587 for the average F1 score, and 0.618 for accuracy" (not what it is
#: measured on: "0.8175 and 0.7757 for the partial and exact match of the entity spans")
_FOR_METRIC = re.compile(
    r"\s*\\?%?\s*(?:points?\s+)?for\s+(?:the\s+)?(?:(?:average|overall|mean|macro|micro|"
    rf"weighted)[\s-]+)*(?P<name>{METRIC_START}(?:{METRICS})(?:[\s-]+(?:scores?|measures?|rates?|"
    r"values?))?)(?![\w-])(?=\s*(?:[,;.)]|$|(?:and|or|respectively|on|in)\b))", re.IGNORECASE)


def own_for_metric(text: str, end: int) -> str | None:
    """The metric of the list a value ending at ``end`` names in its own "for" phrase right
    after it (``_FOR_METRIC``), else None."""
    if "for" not in text[end:end + 12]:
        return None
    found = _FOR_METRIC.match(text, end)
    return found.group("name") if found and metric_type(found.group("name"), fallback=None) \
        else None


def own_in_phrases(chain: list[Candidate], text: str) -> list[str | None]:
    """The metric each value of a list names in its own "in" phrase right after it, where one
    of them names a metric by its name so ("10% in F1 and 15% in coverage"): a parallel value's
    phrase in lower-case words no metric type lists ("coverage", "hit rate", "faithfulness")
    is its own metric, typed other, not the one named for the value before it; None for the
    values with no such phrase, and all None where no value names a known metric so."""
    phrases = [found.group("name") if (found := _IN_PHRASE.match(text, cand.end)) else None
               for cand in chain]
    if not any(phrase and _METRIC.fullmatch(phrase) for phrase in phrases):
        return [None] * len(chain)
    return [phrase if phrase and phrase[0].islower()
            and metric_type(phrase, fallback=None) in (None, "other") else None
            for phrase in phrases]


#: the metric of the list a value names in a phrase of its own right after it, which words
#: before it (another figure's or a generic one) do not override (R-mt-stated): alone in a
#: parenthesis ("achieves a success rate of 57.6% (Pass@32)", colm2025:x2y9i2HDjD), or as the
#: metric it is measured "on" ("achieved a score of 0.3966 on the Evidence F1 metric", dev23
#: acl:W18-5527; "achieves 71.3% on the evaluation metrics of exact match", acl:P17-118)
_METRIC_NAME = rf"{METRIC_START}(?:{METRICS})(?![\w-])"
_OWN_PHRASE_METRIC = re.compile(
    rf"\s*\\?%?\s*(?:\(\s*(?P<paren>{_METRIC_NAME})\s*\)|(?:on|in)\s+the\s+"
    rf"(?:(?:evaluation\s+)?metrics?\s+of\s+(?P<of>{_METRIC_NAME})|"
    rf"(?:[\w-]+\s+)?(?P<named>{_METRIC_NAME})\s+metrics?\b))", re.IGNORECASE)


def own_phrase_metric(text: str, end: int) -> str | None:
    """The metric a value ending at ``end`` names in its own parenthesis or "on the <metric>
    metric" phrase right after it (``_OWN_PHRASE_METRIC``), else None; one outside the list
    ("(MLAS)") too, so that a parallel value does not take its neighbour's."""
    found = _OWN_PHRASE_METRIC.match(text, end)
    name = found and (found["paren"] or found["of"] or found["named"])
    return name if name and metric_type(name, fallback=None) else None
