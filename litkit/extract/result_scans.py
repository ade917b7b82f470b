"""What a text's results look up in a whole sentence or text, found once for all of them
(``_Scans``): the paper's own-work marks, "this dataset", a shared task taken part in."""

from __future__ import annotations

import bisect
import functools
import re

from litkit.extract.result_setups import _FINDING_VERB

_PAPER_MARK = re.compile(r"\b(?:we|our|us|this\s+(?:paper|work|study|article|benchmark|dataset|"
                         r"corpus|task))\b", re.IGNORECASE)
#: what marks the paper's own work: "we", "this paper", also in the first person singular ("I
#: propose"), as "the current paper", with words that introduce it ("A novel method is
#: proposed", "Results of the first experimental evaluation ... are presented", "Here, ..."), or
#: with a passive verb of its study ("Speakers' gender and age-group were predicted using", "the
#: average memory capacity of ... is compared with that of Hopfield memories"); "new" only as "a
#: new", as the background too writes of new things ("show a big problem of dramatic decline in
#: performance for new databases")
_OWN_WORK_PHRASES = (
    _PAPER_MARK.pattern + r"|(?-i:\bI\b)|\b(?:the\s+)?(?:current|present)\s+(?:paper|work|study|"
    r"article)\b|\b(?:propos|present|introduc(?:e|es|ed|ing)\b|novel|(?<=\ba\s)new\b|here\b|"
    r"in\s+this\b)|"
    r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:compared|predicted|evaluated|tested|investigated|"
    r"examined|studied|analy[sz]ed|measured|described)\b")
#: (the letters those phrases open with, in any case, tested first at each word's start, so
#: that other positions fail after one test; tests/test_result_scans.py checks it: each
#: phrase, led by its own "\b", was tried at every character: 0.031 ms a search, now 0.012)
_OWN_WORK_START = r"\b(?=[acehinoptuw])"
_OWN_WORK = re.compile(f"{_OWN_WORK_START}(?:{_OWN_WORK_PHRASES})", re.IGNORECASE)
#: how many sentences an abstract's background holds at most
_BACKGROUND_SENTENCES = 3


def _after_a_name(text: str, start: int, ends: list[int]) -> bool:
    """Whether the name at ``start`` is an acronym in brackets right after a name ending at one of
    the sorted ``ends``: one dataset ("the Biomedical Discourse Relation Bank (BioDRB"); found by
    bisection (a test per pair of names made an abstract of 1000 names slow)."""
    paren = start - 1
    if paren < 0 or text[paren] != "(":
        return False
    space = paren
    while space and text[space - 1].isspace():
        space -= 1
    first = bisect.bisect_left(ends, space)
    return first < len(ends) and ends[first] <= paren


class _Scans:
    """What a text's results look up in a whole sentence or text, found once for all of them:
    a search per result made a long sentence take time quadratic in its results."""

    def __init__(self, text: str, datasets: list[tuple]) -> None:
        self.text, self.datasets = text, datasets
        self.found: dict[tuple, object] = {}

    def search(self, pattern: re.Pattern, lo: int, hi: int) -> re.Match | None:
        """``pattern.search(text, lo, hi)``."""
        if (key := (id(pattern), lo, hi)) not in self.found:  # (hashing a pattern hashes its code)
            self.found[key] = pattern.search(self.text, lo, hi)
        return self.found[key]

    def found_from(self, pattern: re.Pattern, pos: int, lo: int, hi: int) -> bool:
        """Whether ``pattern.search(text, pos, hi)`` finds a match, for ``lo <= pos``: whether
        the last match of ``lo:hi`` starts at ``pos`` or later."""
        if (key := ("last", id(pattern), lo, hi)) not in self.found:
            last = max(pattern.finditer(self.text, lo, hi), key=re.Match.start, default=None)
            # (a later match may start inside the last one found)
            self.found[key] = -1 if last is None else next(
                (q for q in range(last.end() - 1, last.start(), -1)
                 if pattern.match(self.text, q, hi)), last.start())
        return pos <= self.found[key]

    def this_data(self, start: int, sent_start: int, sent_end: int) -> tuple[int | None, bool]:
        """Where ``_ON_THIS_DATA.search(text, start, sent_end)`` finds "this dataset", and
        whether ``_ON_THIS_DATA.search(text, sent_start, start)`` finds one: from the starts
        of its matches in the sentence, found once, and a search of the few words before
        ``start`` (a match further back reads nothing past ``start``, see
        ``_THIS_DATA_READS``)."""
        if (key := ("this", sent_start, sent_end)) not in self.found:
            self.found[key] = [m.start() for m in _THIS_DATA_OPENS.finditer(
                self.text, sent_start, sent_end) if _ON_THIS_DATA.match(self.text, m.start(),
                                                                         sent_end)]
        starts = self.found[key]
        index = bisect.bisect_left(starts, start)
        near = start  # back from where _THIS_DATA_READS non-space characters come before start
        for _ in range(_THIS_DATA_READS):
            while near > sent_start and self.text[near - 1].isspace():
                near -= 1
            near = max(sent_start, near - 1)
        return (starts[index] if index < len(starts) else None,
                bool(starts) and starts[0] < near
                or _ON_THIS_DATA.search(self.text, near, start) is not None)

    def referred_back(self, sent_start: int) -> str | None:
        """``_referred_back`` for the sentence at ``sent_start``."""
        if (key := ("back", sent_start)) not in self.found:
            self.found[key] = _referred_back(self.datasets, sent_start, self.text)
        return self.found[key]

    @functools.cached_property
    def title_end(self) -> int:
        """Where the title ends (-1 in a text with none)."""
        return self.text.find("\n\n")

    def background_end(self, sentences: list[tuple[int, int]], starts: list[int]) -> int:
        """Where the abstract's background ends, 0 in a text with none: the first sentence past
        the title that marks the paper's own work (``_OWN_WORK``), or its fourth sentence if
        that comes first (later ones may report what the paper did in a passive voice: "After
        training on 1000 words, RBF classifies 56.5% of letters correct"), its fifth where the
        fourth reports no finding (``_FINDING_VERB``: "These errors account for 20% of all
        spelling mistakes made by people with dyslexia"; not "Analysis shows very good
        inter-expert agreement (kappa=.88-.93)"). The sentences before
        state the figures of others or of the world that motivate the paper, not its results:
        "the human annotation consistency rate is generally only 60% to 75%", "recently
        rocketed from chance accuracy to 89% on the SuperGLUE leaderboard"."""
        if "background" not in self.found:
            mark = _OWN_WORK.search(self.text, self.title_end + 1)
            end = sentences[bisect.bisect_right(starts, mark.start()) - 1][0] if mark else 0
            last = bisect.bisect_right(starts, self.title_end) + _BACKGROUND_SENTENCES
            if last < len(starts) and not _FINDING_VERB.search(
                    self.text, starts[last], starts[last + 1] if last + 1 < len(starts)
                    else len(self.text)):
                last += 1  # a fourth sentence that reports no finding is background too
            self.found["background"] = min(end, starts[last]) if last < len(starts) else end
        return self.found["background"]

    @functools.cached_property
    def took_part(self) -> bool:
        """Whether the text says the paper took part in a shared task (``_WE_TOOK_PART``)."""
        return any(w in self.text for w in _TOOK_PART_WORDS) \
            and _WE_TOOK_PART.search(self.text) is not None
#: the paper's part in a shared task, anywhere: "We participated in essays, speech, and fusion
#: task", "Our team competed"
_WE_TOOK_PART = re.compile(r"\b(?:[Ww]e|[Oo]ur\s+team)\s+(?:have\s+)?(?:participated|competed|"
                           r"took\s+part|submitted)\b")
#: one of these is in every text _WE_TOOK_PART matches: it is searched only then (a whole-text
#: scan per result otherwise)
_TOOK_PART_WORDS = ("participated", "competed", "took", "submitted")
#: a data head noun, singular ("dataset", "data set", "benchmark", "corpus")
_DATA_NOUN_SINGULAR = r"(?:dataset|data\s?set|benchmark|corpus)"


#: a dataset referred back to: "on this dataset", "on this benchmark", with a word that
#: describes it ("on this new dataset", "on this challenging benchmark"), and, by its split or the
#: data of the paper's one task, "on the test set", "on the official shared task test data",
#: "on the test dataset", "on the blind test set", "For 80.79% of the test data", "over these
#: tasks" (the bAbI tasks; not "on the test set of WMT-14", which names its own)
_ON_THIS_DATA = re.compile(
    rf"\b(?:(?:on|in|over)\s+(?:this|that|the\s+same)\s+(?:[\w-]+\s+)?"
    rf"(?:{_DATA_NOUN_SINGULAR}|task|test\s?set)|"
    r"(?:on|in|over|for)\s+the\s+(?:(?:official|shared|task|blind|final|hidden|held-out)\s+){0,3}"
    rf"(?:{_DATA_NOUN_SINGULAR}|(?:test|dev|development|evaluation)\s?(?:set|data(?:\s?set)?))|"
    r"of\s+the\s+test\s?(?:set|data)|(?:on|in|over)\s+(?:these|those|both|all)\s+tasks)\b"
    r"(?!\s+(?:of\s+|from\s+)?(?:the\s+)?[A-Z0-9])")
#: where an _ON_THIS_DATA match may start
_THIS_DATA_OPENS = re.compile(r"\b(?:on|in|over|for|of)\s")
#: more than the characters other than spaces _ON_THIS_DATA reads from where it starts (its
#: longest words, "over the official shared held-out development data from the X", and the
#: one after each): a match starting this far back is the same whatever follows
_THIS_DATA_READS = 100
#: a source the paper draws its own data from, before its name: "built by scraping word entries
#: from Wiktionary", "examples sampled from the 2018 n2c2 shared task dataset", "collects ...
#: contexts for 950 ambiguous abbreviations from PubMed abstracts" (R-ds-source)
_DRAWS_FROM = re.compile(r"\b(?:sampl|scrap|collect|extract|deriv|crawl|drawn|mine[ds]?\b|mining|"
                         r"gather|harvest)\w*\b[^.;]{0,100}?\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
                         re.IGNORECASE)


def _referred_back(datasets, sent_start: int, text: str) -> str | None:
    """The one dataset named before the sentence at ``sent_start``, which "this dataset" or "the
    test set" refers back to (a name and its acronym after it count once), unless the paper names
    it as the source it draws its own data from (R-ds-source: its test set is the paper's)."""
    earlier = [d for d in datasets if d[1] <= sent_start]
    ends = sorted(e[1] for e in earlier)
    one = {d[2] for d in earlier if not _after_a_name(text, d[0], ends)}
    if len(one) != 1 or any(_DRAWS_FROM.search(text, max(0, d[0] - 160), d[0]) for d in earlier):
        return None
    return one.pop()
