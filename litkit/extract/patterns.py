"""Regular-expression building blocks shared by the quantity and result rules.

A rule finds a *list* of numbers ("1B and 3B", "from 770M to 11B", "8x - 50x") followed or
preceded by what gives them their meaning; ``items`` splits such a list into its numbers.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from litkit.extract.numbers import NUMBER, SCALE, parse_number, scale_of

#: evaluation campaigns, written with an edition ("WMT 2019", "SemEval-2017 Task 6B") or a task
#: label ("BioASQ 5B": no model size); DSL is VarDial's Discriminating between Similar Languages
#: task ("the UniBuc-NLP team for the ... Shared Task, DSL 2016")
CAMPAIGNS = ("WMT", "IWSLT", "CoNLL", "SemEval", "TREC", "CLEF", "BioASQ", "DSTC", "NTCIR", "MUC",
             "TAC", "DUC", "SIGHAN", "BEA", "WNUT", "BUCC", "GermEval", "EVALITA", "IberLEF",
             "WAT", "DEFT", "DSL")
#: one size: a number with an optional scale and a trailing "+" ("100+ billion")
SIZE = rf"(?:{NUMBER})\+?(?:{SCALE})?\+?"
#: what joins the numbers of a list or range
SEP = r"(?:\s*,\s*(?:(?:and|or)\b,?\s*)?|\s+(?:and|or|to)\b,?\s+|\s*[-\u2013\u2014~\u223c/]\s*)"
#: a list or range of sizes (the leading lookahead, a digit or dot where every size starts, lets
#: the regex engine skip other positions at once), of at most 30 (unbounded, a rule whose list
#: failed was tried again from each of its numbers to the list's end: "1, 2, 3, ..." in 6 KB
#: took 1.7 s)
SIZES = rf"(?=[\d.])(?<![\w.\-/]){SIZE}(?:{SEP}{SIZE}){{0,29}}"
_ITEM = re.compile(rf"(?P<num>{NUMBER})\+?(?P<scale>{SCALE})?")

#: words that qualify a number, written just before it
QUALIFIER = re.compile(
    r"(?<![A-Za-z])(?:approximately|approx\.|about|around|roughly|nearly|almost|over|"
    r"more than|less than|fewer than|greater than|larger than|smaller than|up to|upwards of|"
    r"at least|at most|"
    r"as few as|as many as|as much as|under|above|below|ge|le|\\?sim|~|\u223c|>|<|\u2265|\u2264|"
    r"\\geq|\\leq)\s*$",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    """One mention a rule found: character offsets into the text, label and attributes."""

    label: str
    start: int
    end: int
    value: float | None = None
    unit: str = ""
    source: str = ""
    attrs: dict = field(default_factory=dict)


#: characters kept on each side of the digits
_MARGIN = 80
#: digits, with the next digits up to twice the margin after them, and so on: the digits one
#: window holds (the possessive gap fails at once where the next digits are farther; the first
#: digit is written apart, "\d\d*" for "\d+": a pattern opening with a repeat is tried at every
#: position, one opening with a character class only where the class matches)
_DIGIT_RUNS = re.compile(rf"\d\d*(?:\D{{1,{2 * _MARGIN}}}+\d+)*")
_ASCII_DIGITS = "0123456789"
#: (start, end) character windows of a text
Windows = tuple[tuple[int, int], ...]


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (a cheap boundary: ". " or newline)."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1


@functools.lru_cache(maxsize=1024)
def number_windows(text: str) -> Windows:
    """Disjoint character windows around the digits of ``text``.

    Every rule needs a number, so rules only search these windows: most abstracts have no
    digit at all, and the rest keep about a quarter of their text. Cached for the last texts
    (a batch's: ``nlp.pipe`` runs each component on a batch of Docs in turn, see
    ``BatchedComponent``): the name, quantity and result components ask for the same ones.
    """
    if text.isascii() and not any(digit in text for digit in _ASCII_DIGITS):
        return ()  # (ten substring tests: a regex scan of the whole text costs ten times more)
    return tuple((max(0, run.start() - _MARGIN), min(len(text), run.end() + _MARGIN))
                 for run in _DIGIT_RUNS.finditer(text))


class Covered:
    """The positions (and stretches, ``holds``) inside any of some (start, end) spans, told by
    bisection: a test of every span per position made long texts of many names take time
    quadratic in them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end so far

    def holds(self, start: int, end: int) -> bool:
        """Whether one of the spans holds all of ``start:end``."""
        before = bisect.bisect_right(self.starts, start)
        return before > 0 and self.reach[before - 1] >= end

    def __contains__(self, position: int) -> bool:
        return self.holds(position, position + 1)


def finditer(pattern: re.Pattern, text: str, windows: Windows) -> Iterator[re.Match]:
    """``pattern.finditer`` restricted to ``windows`` (lookbehinds still see earlier text)."""
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


def occurs(pattern: re.Pattern, text: str, windows: Windows) -> bool:
    """True when ``pattern`` matches inside one of ``windows`` (cheaper than the whole text)."""
    return any(pattern.search(text, lo, hi) for lo, hi in windows)


def items(text: str, start: int, end: int) -> Iterator[tuple[int, int, float]]:
    """The numbers of the list ``text[start:end]`` as (start, end, value).

    Numbers written without a scale take the scale of the last number ("1 to 7 billion").
    """
    found = [(m, m.group("scale") or "") for m in _ITEM.finditer(text, start, end)]
    last_scale = next((s for _, s in reversed(found) if s), "")
    for match, scale in found:
        value = parse_number(match.group("num"))
        if value is None:
            continue
        factor = scale_of(scale or (last_scale if _is_plain(match.group("num")) else ""))
        yield match.start(), match.end(), value * factor


def _is_plain(number: str) -> bool:
    """True for a number that could share a later scale (not "1,000" or "1e5")."""
    return "," not in number and "e" not in number.lower()


def qualifier(text: str, start: int) -> str:
    """The qualifier written just before ``start`` ("up to", "~", "more than"), or ""."""
    match = QUALIFIER.search(text, max(0, start - 24), start)
    return match.group(0).strip().lower().lstrip("\\") if match else ""
