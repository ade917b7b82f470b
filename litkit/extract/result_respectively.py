"""Results listed with datasets listed: the i-th result on the i-th dataset ("on A and B,
respectively"), and a list's items each with its own."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from litkit.extract.patterns import Candidate
from litkit.extract.result_datasets import _LISTED
from litkit.extract.result_values import _RANGE


def _respectively(found: list[Candidate], datasets, sentences, text) -> None:
    """"61% and 83% ... on X and Y, respectively": the i-th result goes to the i-th dataset;
    also without "respectively" when a list of numbers and a list of as many datasets are all
    the sentence has ("achieves 34.43 and 29.01 BLEU score on WMT16 English-Romanian and WMT14
    English-German tasks", "On MATH, GSM8K, and CSQA, ... improvements of 15.66%, 7.42%, and
    9.40%"); a list beside numbers apart is paired by ``_listed_run``."""
    if not datasets or len(found) < 2:
        return
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[Candidate]] = {}
    for cand in found:
        by_sentence.setdefault(max(0, bisect.bisect_right(starts, cand.start) - 1), []).append(cand)
    for index, cands in by_sentence.items():
        if len(cands) < 2:
            continue
        sent_start, sent_end = sentences[index]
        # in the order written (the rules find "87.0 F1" before "87.4 F1 and")
        in_sentence = sorted(cands, key=lambda c: c.start)
        named = [d for d in datasets if in_sentence[0].end <= d[0] < sent_end]
        before = [d for d in datasets if sent_start <= d[0] and d[1] <= in_sentence[0].start]
        if _paired_items(in_sentence, (named, before), text):
            continue
        if "respectively" in text[sent_start:sent_end]:
            if len(named) != len(in_sentence):  # "improves MMLU and GPQA by 6.4% and 22.6% resp."
                named = before
            if not named and index and not any(sent_start <= d[0] < sent_end for d in datasets):
                # the list of the sentence before, where this one names none: "We evaluate
                # our approaches on ... WMT'14 English-German and WMT'19 Chinese-English.
                # Experimental results show that our approaches yield up to +1.28 and +0.89
                # BLEU points improvements over the Transformer baseline, respectively."
                named = [d for d in datasets if sentences[index - 1][0] <= d[0] < sent_start]
                named = named if _one_list(named, text) else []
        elif all(_LISTED_NUMBER.fullmatch(text, a.end, b.start)
                 for a, b in zip(in_sentence, in_sentence[1:], strict=False)):
            named = next((names for names in (named, before) if _one_list(names, text)), [])
        else:
            _listed_run(in_sentence, datasets, sent_start, sent_end, text)
            continue
        inner = [c for c in in_sentence if _in_parenthesis(text, sent_start, c.start)]
        if len(named) == len(in_sentence):
            for cand, dataset in zip(in_sentence, named, strict=True):
                cand.attrs["dataset"] = dataset[2]
        elif inner and len(named) == len(in_sentence) - len(inner) > 1 \
                and "respectively" in text[sent_start:sent_end]:
            # a number in parentheses is an aside on the number before it: "reaching accuracies
            # of 94.6% (95.6% for ensemble) and 77.0%, respectively" on CIFAR-10 and CIFAR-100
            paired = iter(named)
            dataset = None
            for cand in in_sentence:
                if all(cand is not c for c in inner):
                    dataset = next(paired)
                cand.attrs["dataset"] = dataset[2] if dataset else None
        elif "respectively" in text[sent_start:sent_end] \
                and not _listed_run(in_sentence, datasets, sent_start, sent_end, text):
            _each_item(in_sentence, datasets, text, sent_end)
    for index, cands in by_sentence.items():
        _run_after_pairs(sorted(cands, key=lambda c: c.start), datasets, sentences[index][1],
                         text)


#: between the last of several results, each on its dataset, and a list of as many numbers in
#: apposition to them or a participle's: "..., respectively a 15 and 5", "..., an improvement of
#: ≈4% and 5%", "..., outperforming state-of-the-art models by 3.7 and 3.1 points"
_APPOSED_RUN = re.compile(r"(?:,\s+|\s*\()(?:respectively,?\s+)?(?:(?:which\s+(?:is|are)|i\.e\.,?|"
                          r"corresponding\s+to|with|for)\s+)?(?:(?:an?|the)\s+)?"
                          r"(?:(?:[\w-]+\s+){0,3}?(?:of|by)\s+)?[\u2248~+]?\s*$")


def _run_after_pairs(cands: list[Candidate], datasets, sent_end: int, text: str) -> None:
    """A list of numbers apposed to as many results right before it, each on its own dataset,
    goes with them in order: "achieving 0.74 BLANC F1 on the Intelligence Community corpus and
    0.70 F1 on the HiEve corpus, respectively a 15 and 5 percentage point improvement", "98%
    accuracy on the benchmark SPMRL shared task data ..., and 97% accuracy on a new out of
    domain Wikipedia dataset, an improvement of ≈4% and 5%" (R-ds-sentence); not where a
    dataset is named after the list."""
    run = [cands[-1]] if cands else []
    for a, b in zip(cands[-2::-1], cands[::-1], strict=False):
        if not _LISTED_SIGNED.fullmatch(text, a.end, b.start):
            break
        run.insert(0, a)
    pairs = cands[-2 * len(run):-len(run)]
    if len(run) < 2 or len(pairs) != len(run) \
            or len({c.attrs["dataset"] for c in pairs} - {None}) != len(run):
        return
    if not _APPOSED_RUN.search(text[pairs[-1].end:run[0].start]) \
            or any(_LISTED_SIGNED.fullmatch(text, a.end, b.start)
                   for a, b in zip(pairs, pairs[1:], strict=False)) \
            or any(run[-1].end <= d[0] < sent_end for d in datasets):
        return
    for cand, paired in zip(run, pairs, strict=True):
        cand.attrs["dataset"] = paired.attrs["dataset"]


def _paired_items(cands: list[Candidate], lists, text: str) -> bool:
    """A list whose items are numbers or pairs of numbers joined by a slash, the two directions
    of a language pair ("obtain 27.59/27.15, 19.65/23.42 and 22.40 BLEU points" on "WMT’14
    English-French, WMT’16 English-German and NIST Chinese-to-English"), is paired item by item
    with the first of ``lists`` (datasets after, then before) that is one list of as many
    datasets: both numbers of a pair go to its dataset. Whether it paired them."""
    items = [[cands[0]]]
    for a, b in zip(cands, cands[1:], strict=False):
        if _SLASH.fullmatch(text, a.end, b.start):
            items[-1].append(b)
        elif _LISTED_SIGNED.fullmatch(text, a.end, b.start):
            items.append([b])
        else:
            return False
    if len(items) == len(cands):
        return False  # no pair: a plain list, paired by ``_respectively``
    named = next((names for names in lists if len(names) == len(items) and _one_list(names, text)),
                 None)
    for item, dataset in zip(items, named or [], strict=False):
        for cand in item:
            cand.attrs["dataset"] = dataset[2]
    return named is not None


def _listed_run(cands: list[Candidate], datasets, sent_start: int, sent_end: int,
                text: str) -> bool:
    """Where other numbers stand apart in the sentence, each list of numbers ("28.1 and 25.2")
    is paired with the list of as many datasets nearest after or before it ("On the WMT'14
    English-French and WMT'16 German-English benchmarks, our models respectively obtain 28.1 and
    25.2 BLEU points ..., outperforming the state of the art by more than 11 BLEU points"; also
    without "respectively": "on ... the NIST Chinese-to-English, WMT'14 English-to-German and
    WMT'18 Chinese-to-English, ... by up to +1.52, +1.90 and +1.10 BLEU points, with only a mild
    drop in inference speed (about 3.1%)"): a number apart is on all of them, not on the last,
    unless it names its own after it ("18.01 on the AGENDA dataset"), or it is the other end of
    a listed number's range or pair ("7-9%", "26.0% / 8.5%"), on that number's (R-ds-context).
    Numbers joined by slashes go with datasets so joined ("27.69/32.24 BLEU scores on WMT14
    English-German/German-English tasks with 5+ times speed up"). Not a list that opens inside
    a pair ("27.59/27.15, 19.65/23.42 and 22.40"). Whether it paired any."""
    paired: dict[int, str] = {}  # candidate id -> the dataset its list pairs it with
    for run, joined in _runs(cands, text):
        opens = cands[cands.index(run[0]) - 1] if run[0] is not cands[0] else None
        if opens and _PAIRED_END.fullmatch(text, opens.end, run[0].start):
            continue
        after = [d for d in datasets if run[-1].end <= d[0] < sent_end][:len(run)]
        before = [d for d in datasets if sent_start <= d[0] and d[1] <= run[0].start]
        # a pair of slashed numbers that is no list's item also goes with a list of two names
        # "and" joins: "the WMT’14 English-German and WMT’17 Chinese-English translation tasks
        # ... in terms of BLEU score (+1.17/+1.56)" (not "CIFAR-100 and ImageNet ... 18.5% and
        # 26.0% / 8.5% (Top-1 / Top-5)", two scores of one)
        alone = joined is _SLASH and len(run) == 2 and not (
            opens and _LISTED_SIGNED.fullmatch(text, opens.end, run[0].start))
        named = next((names for names in (after, before[-len(run):])
                      if len(names) == len(run) and (_joined_list(names, joined, text)
                                                     or alone and _one_list(names, text))),
                     None)
        if named:
            paired.update((id(cand), d[2]) for cand, d in zip(run, named, strict=True))
    if not paired:
        return False
    names = set(paired.values())
    for previous, cand in zip([None, *cands], cands, strict=False):
        if id(cand) in paired:
            cand.attrs["dataset"] = paired[id(cand)]
        elif previous is not None and id(previous) in paired \
                and _PAIRED_END.fullmatch(text, previous.end, cand.start):
            cand.attrs["dataset"] = paired[id(previous)]
        elif cand.attrs["dataset"] in names and not any(
                d[2] == cand.attrs["dataset"] for d in datasets if cand.end <= d[0] < sent_end):
            cand.attrs["dataset"] = None
    return True


def _runs(cands: list[Candidate], text: str) -> Iterator[tuple[list[Candidate], re.Pattern]]:
    """Each run of two numbers or more joined as a list ("28.1 and 25.2", ``_LISTED_SIGNED``) or
    by slashes ("27.69/32.24", ``_SLASH``, which pairs them with datasets so joined), with the
    pattern joining it."""
    for joined in (_LISTED_SIGNED, _SLASH):
        run: list[Candidate] = []
        for a, b in zip(cands, cands[1:], strict=False):
            if joined.fullmatch(text, a.end, b.start):
                run = run or [a]
                run.append(b)
            elif run:
                yield run, joined
                run = []
        if run:
            yield run, joined


def _joined_list(names: list[tuple], joined: re.Pattern, text: str) -> bool:
    """Whether ``names`` are one list, written with slashes for numbers ``joined`` by them."""
    if joined is _SLASH:
        return all(_SLASH.fullmatch(text, a[1], b[0]) for a, b in zip(names, names[1:],
                                                                        strict=False))
    return _one_list(names, text)


_SLASH = re.compile(r"\s*\\?%?\s*/\s*\+?")
#: the other end of a number's range or pair, one item of a list: "7-9%", "26.0% / 8.5%"
_PAIRED_END = re.compile(rf"\s*\\?%?(?:{_RANGE}|\s*/\s*)")


def _in_parenthesis(text: str, sent_start: int, start: int) -> bool:
    """Whether a parenthesis opened in the sentence is still open at ``start``."""
    return text.rfind("(", sent_start, start) > text.rfind(")", sent_start, start)


#: the list of items the numbers before it are paired with: "reduced by 7.395 and 12.011 ... on
#: the Penn Treebank and News data, respectively" (items of plain words, after the last
#: preposition: not "in Sub-tasks B and C of OffensEval 2020, respectively", one task's parts)
_RESPECTIVE_ITEMS = re.compile(
    r"\b(?:on|in|for|over|across)\s+(?:the\s+)?(?P<list>(?:(?!\b(?:on|in|for|over|across|of|at|"
    r"with|by|to|from)\b)[^.;:()])+?),?\s+respectively\b")
_ITEM_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _each_item(cands: list[Candidate], datasets, text: str, sent_end: int) -> None:
    """With "respectively" and a list of as many items as ``cands``, some of them datasets, each
    number is on its item: an item that names no dataset gives none ("achieves 11% and 38%
    relative improvements ... on the Yelp and Amazon datasets, respectively": 38% is not on Yelp;
    "0.52%, 2.09% and 1.29% ... on zero-shot cross-lingual NER, sentiment classification and XNLI
    tasks, respectively")."""
    match = _RESPECTIVE_ITEMS.search(text, cands[-1].end, sent_end)
    if match is None:
        return
    start, end = match.span("list")
    items, at = [], start
    for sep in _ITEM_SEP.finditer(text, start, end):
        items.append((at, sep.start()))
        at = sep.end()
    items.append((at, end))
    if len(items) != len(cands):
        return
    inside = [[d for d in datasets if a <= d[0] and d[1] <= b] for a, b in items]
    if any(inside):
        for cand, names in zip(cands, inside, strict=True):
            cand.attrs["dataset"] = names[0][2] if len({d[2] for d in names}) == 1 else None


def _one_list(names: list[tuple], text: str) -> bool:
    """Whether ``names`` are distinct datasets written as one list ("X, Y and Z")."""
    return len({d[2] for d in names}) == len(names) >= 2 and all(
        _LISTED.fullmatch(text, a[1], b[0]) for a, b in zip(names, names[1:], strict=False))


#: between two numbers of a list, not of a range or a change: "15.66%, 7.42%, and 9.40%"
_LISTED_NUMBER = re.compile(r"\s*(?:\\?%|points?)?\s*(?:,\s*(?:and\s+)?|\s(?:and)\s+)")
#: between two numbers of a list, signed too: "(+1.24% and +5.98%)"
_LISTED_SIGNED = re.compile(rf"(?:{_LISTED_NUMBER.pattern})\+?")
