"""The names a number may belong to as the attribution rules hold them (``_Name``, and
``_Nearby``: those near a position), with the list and clause cues and the word patterns
the rules above share. The bottom of the attribution modules: every other reads these."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from litkit.extract.name_cues import INTRODUCING_VERBS

#: verbs with which a paper introduces its own system: the verbs it puts forward its
#: contribution with, and those it trains, releases or names it with
_INTRODUCE = rf"(?:{INTRODUCING_VERBS}|train|release|open-source|call|dub|term)[sd]?"
#: the nouns the paper calls its own system by: "our approach", "The model we used"
_SYSTEM_NOUN = (r"(?:model|method|approach|system|framework|architecture|algorithm|technique|agent|"
                r"network|classifier|solution|pipeline|tool|LLM)s?")
#: a name coordinated with another, after or before it: "N-gram models, MaxEnt models or
#: RNN-LMs", "BERT and RoBERTa": a value written for the group is no single name's
#: (R-params-joint); an item has a letter (not "In November 2023, GPT-4 achieved 39%")
_NEXT_ITEM = re.compile(r"(?:\s+(?:models?|LLMs?))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
                        r"(?=[\w.+-]*[A-Za-z])[A-Z0-9][\w.+-]*[A-Z0-9]\b(?!\s*\()")
_PREVIOUS_ITEM = re.compile(r"(?<![\w-])(?=[\w.+-]*[A-Za-z])[A-Z0-9][\w.+-]*[A-Z0-9]"
                            r"(?:\s+(?:models?|LLMs?))?"
                            r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$")
#: what separates two items of a list: ", ", " and ", ", and ", " or "
_LISTED_AFTER = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: the characters other than spaces ``_LISTED_AFTER`` is made of
_SEPARATOR_CHARS = ",andor"
#: a clause's start before a number (each alternative opens with a literal character, which the
#: engine finds fast, the word's start checked after its "w": where one opens with a class or
#: ``\b``, the rule is tried at every position); a comma before "we" opens the paper's own clause
#: after one about a baseline: "... are made in the conditional random fields based baseline
#: (F-score 52%), we have obtained better results (F-score 60%)", as a comma before "our" does
#: (the "our" kept in the clause, its own mark) after a fronted phrase naming one: "Though
#: relying on baseline tokenizers and focusing only on parsing, our system ranked second ...
#: with a macro-average of 75.00 LAS F1 score" (dev38 acl:K17-303)
_CLAUSE_START = re.compile(r";|:|,\s+(?:while|whereas|but|and|we)\b|,(?=\s+our\b)|"
                           r"w(?<!\ww)(?:hile|hereas)\b")


@dataclass
class _Name:
    start: int
    end: int
    written: str
    known: bool  # a lexicon model (not coined by the paper)
    subject_only: bool = False  # a name-shaped word: counts only as a clause's subject


def _initials(words: list[str]) -> str:
    """The capitalized first letters of words and of their hyphened parts."""
    return "".join(p[0].upper() for w in words for p in w.split("-") if p)


def _tail_spells(words: list[str], letters: str, first: int = 0) -> bool:
    """Whether the last words, from index ``first`` or later to the end, spell ``letters`` by
    their initials (an acronym spelled out just before its parenthesis)."""
    return any(_initials(words[i:]) == letters for i in range(first, len(words)))


def _separators_end(text: str, end: int) -> int:
    """Where the separators of a list (``_SEPARATOR_CHARS`` and spaces) from ``end`` on end:
    the next item of a list after a name starts there or before."""
    while end < len(text) and (text[end] in _SEPARATOR_CHARS or text[end].isspace()):
        end += 1
    return end


class _Nearby:
    """Names in document order, looked up by where they start: a size reads only the names
    near it (a scan of every name per size made 'GPT-3 175B, ' x2000 take seconds)."""

    def __init__(self, names: list[_Name]) -> None:
        self.names = sorted(names, key=lambda n: n.start)
        self.starts = [n.start for n in self.names]
        self.longest = max((n.end - n.start for n in self.names), default=0)

    def between(self, lo: int, hi: int) -> list[_Name]:
        """The names, in order, that start from ``lo`` to ``hi``."""
        return self.names[bisect.bisect_left(self.starts, lo):
                          bisect.bisect_right(self.starts, hi)]

    def last(self, index: int, lo: int, end: int) -> int | None:
        """The index of the last name before the ``index``-th that starts at ``lo`` or later and
        ends by ``end``, or None."""
        while index > 0 and self.names[index - 1].start >= lo:
            index -= 1
            if self.names[index].end <= end:
                return index
        return None
