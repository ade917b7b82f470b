"""How a result's value is written: numbers, units, ranges and lists of them, read into
values, and the words right before and after a figure. The bottom of the result modules:
the rules above build their patterns on these."""

from __future__ import annotations

import re

from litkit.extract.numbers import parse_number

#: a whole number with thousands separators: "compiles constraints ~7,000x faster", "nearly
#: 150,000 times faster"
_THOUSANDS = r"(?!0,)\d{1,3}(?:,\d{3})+(?![\d,])"  # (not a decimal comma: "0,827")
#: a decimal comma: "atteint jusqu'\u00e0 77,14%", and, after French "de", one a PDF's text
#: split with a space: "une r\u00e9duction relative de 8, 4% du taux d'erreurs"
_DECIMAL_COMMA = r"(?:\d+,|(?<=\bde\s)\d+,\s)\d{1,2}"
_NUM = rf"(?:{_THOUSANDS}|{_DECIMAL_COMMA}(?=\s*%)|\d+(?:\.\d+)?|\.\d+)"
_APPROX = r"(?:\\?sim|~|\u223c|\u2248)?"
#: a factor's "x" written in LaTeX: "by up to $13.43\times$", "is 12$\times$ faster", "with at
#: least 40\times fewer FLOPS", "by $2.17\times \sim 2.82\times$" (not a product, "$32 \times 32$",
#: "$2 \times n$", "128$\times$64")
_LATEX_TIMES = r"\s?\$?\s?\\times(?:\s?\$(?!\s*\d)|(?=\s+[A-Za-z]{2}|\s*\\sim\b))"
_COMPARISON = (r"(?:more|less|fewer|faster|slower|larger|smaller|bigger|greater|higher|lower|"
               r"better|cheaper|as|speed|improvement|reduction|gain|compression|acceleration)")
#: ("%p", the percentage-point sign, R-unit-percentpoints: "26.03%p improvements on F1-score",
#: "the performance drops at least 12.5%p in F1 score")
_UNIT = (
    r"(?P<unit>\s?%p\b|\s?\\?%|\s?per\s?cent\b(?!\s+points?\b)|\s?pp\b|\s?p\.p\.|"
    r"[\s-]?(?:absolute\s+|percentage\s+|percent\s+)?points?\b|\s?pts?\b|"
    r"\s?[xX\u00d7](?![\w\u00d7])(?!\s*\d)|"
    rf"{_LATEX_TIMES}|"
    rf"\s+times\b(?=\s+{_COMPARISON})|"  # "4 times faster", not "run 5 times"
    # ... or one word before a change noun: "17 times parameters reduction", "corresponding to
    # 2,650 times overall compression" (not "5 times for better")
    rf"\s+times\b(?=\s+(?!(?:for|with|to|and|or|in|on|the|a|an|of|at|by)\b)[\w-]+\s+"
    rf"(?:speed-?ups?|reductions?|compressions?|accelerations?|improvements?|gains?)\b)|"
    # ... or closing a parenthesis: "significant reductions in training (up to 15 times)",
    # "where they run much faster (4--15 times)"
    r"\s+times(?=\s*\))|"
    # "a 12.7-fold improvement in decoding speed", "a 10-fold data reduction", "a 6.8-fold
    # increase in the EM Per Token (EPT) metric" (not "10-fold cross-validation", "a 4-fold
    # rotational symmetry")
    rf"-fold\b(?=\s+(?:(?!cross)[\w-]+\s+)?(?:{_COMPARISON}|increase)))"
)
#: "at least", written after a number: "can yield 10+ points of absolute improvement", "with
#: 99+% accuracy", "a 2.5+ BLEU points improvement"
_PLUS = r"(?:\+(?![\d+]))?"
_VALUE = rf"{_APPROX}{_NUM}{_PLUS}(?:\s?(?:\\?%|[xX\u00d7](?!\w)))?"
#: a range whose dash the text lost, two numbers a space apart before one unit: "with 35 45% less
#: training time", "is 1.88 2.94x faster", "by 0.51 1.82 BLEU points" (no year: a space alone
#: never parts a list's items in the corpus; nor a lone 6, a lost "\u2264": "reasoning accuracy
#: ( 6 60.1%)" is at most 60.1%, dev13's README)
_LOST_DASH = r"(?<=\d)(?<![^\d.]6)(?<!\b(?:19|20)\d\d)(?=\s(?!(?:19|20)\d\d\b)\d)"
#: (a first end may keep its hyphen: "a 2- to 3-fold improvement"; LaTeX's en dash is two hyphens:
#: "outperforms SFT by 4--10% across six mathematical reasoning benchmarks")
_RANGE = rf"\s*(?:--?|\u2013|\u2014|\u2212|~|\u223c|-?\s*to|{_LOST_DASH})\s*"
_DECIMAL = r"(?:\d+\.\d+|\.\d+)"
#: scores of two or more settings written together, decimals joined by "/" ("achieves 68.1/74.4
#: average F1 for event / participant parsing", "98.5/92.0% word accuracy on speaker
#: dependent/independent tasks"; not "GPT-4/3.5", nor the fraction "1/4")
_SLASHED = rf"(?:/{_DECIMAL})+"
#: ... or figures of two or more settings that each write the unit, joined by "/": "relatively
#: increasing 8.7%/11.8% on RMSE metric", "METEOR/CIDEr-D of 25.2%/98.6%", "training speedup
#: (2.22x/3.33x)" (the items after the first were taken for nothing: a slash before a number
#: keeps it from starting a match)
_SLASHED_WITH_UNITS = (rf"(?:{_APPROX}{_NUM}{_PLUS}\s?(?:\\?%|[xX\u00d7])\s?/\s?\+?)+"
                       rf"{_APPROX}{_NUM}{_PLUS}")
#: (the leading lookaheads here and below name the characters a match can start with: the
#: regex engine then skips other positions at once)
#: bare numbers before the last item of a list, which alone writes the unit: "by 3.7 and 3.1
#: points, respectively", "lead to 1.0, 1.3 and 2.5 percentage points improvement" (after a
#: lowercase word: not "MultiWOZ 2.0 and 54.86%"; nor a numbered part, "for subtask 1 and
#: 60.19% accuracy for Subtask 2"; no years)
_BARE_ITEMS = (r"(?<=[a-z]\s)(?<![Tt]ask\s)(?<![Tt]rack\s)(?<![Pp]hase\s)(?<![Pp]art\s)"
               r"(?<![Rr]ound\s)(?<![Ss]tep\s)(?<![Ll]evel\s)(?!(?:19|20)\d\d\b)"
               r"(?:\d+(?:\.\d+)?\s*,\s*)*\d+(?:\.\d+)?,?\s+and\s+")
#: the separator before the next item of a list of signed changes: "+0.5 and +0.1", "+2 to +7";
#: a range's sign may be written once, before its first end: "(+0.30 \u223c 0.85 micro-F1)"
_SIGNED_NEXT = r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\+|\s*(?:to|~|\u223c|-|\u2013)\s*\+?)"
#: signed items before the last item of a list, which alone writes the unit: "(+2.5 and +2.1
#: points on F1 value respectively)", "by +0.5 and +0.1 points"
_SIGNED_ITEMS = rf"(?<=\+)(?:\d+(?:\.\d+)?{_SIGNED_NEXT})+"
_WITH_UNIT = re.compile(
    # (not after a hyphen, "GPT-4%", "5-10%", unless it is a minus sign: "(-12.8% and -5.5%"; nor
    # the end of a number LaTeX spaces, "$1,\!000\times$", "2{,}000$\times$")
    rf"(?=[\d.~\u223c\u2248s\\])(?<![\w.,/@!])(?<!\{{,\}})(?<![^\s(\[]-)"
    rf"(?P<list>(?<=between\s){_VALUE}\s+and\s+{_VALUE}|{_BARE_ITEMS}{_VALUE}|{_SIGNED_ITEMS}{_VALUE}|"
    rf"{_APPROX}{_DECIMAL}{_SLASHED}|{_SLASHED_WITH_UNITS}|"
    rf"{_VALUE}(?:{_RANGE}{_VALUE})?){_UNIT}"
)
#: (the leading lookahead, a digit where both branches start, lets the engine skip other
#: positions at once)
_FRACTION = re.compile(
    r"(?=[1-9])(?:"
    r"(?<![\w./,])(?P<list>[1-9]\d?/[1-9]\d?(?:\s+to\s+[1-9]\d?/[1-9]\d?)?)(?![\w/])"
    r"(?=\s+(?:of|the|as\s+(?:many|much))\b)|(?<=\bby\s)(?P<list2>[1-9]\d?/[1-9]\d?(?:\s+to\s+[1-9]\d?/[1-9]\d?)?)"
    r")"
)
#: words that bound a factor: "by more than 100 times", "by a factor of up to 5"
#: (two may be written one after the other: "by up to over 20 times")
_FACTOR_BOUND = r"(?:(?:up\s+to|more\s+than|over|about|around|nearly|almost|roughly)\s+){0,2}"
#: a factor written "by N times" with no comparative after it ("speeds up beam search inference
#: by 6.7 times", "compressing networks ... by more than 100 times"), or after a change or
#: speed-up noun and "of" ("obtains speedups of up to 6 times over our serial implementation",
#: "has a speed advantage of 3.98 times") or a speeding verb and "in" ("speeding up inference
#: in 3.5 times"): a ratio, unlike "run 5 times", "sampled up to 10 times"
_BY_TIMES = re.compile(
    r"(?=[bsaricgfdl])(?:(?:(?<![\w-])by|(?:speed-?ups?|accelerations?|reductions?|compressions?|"
    r"improvements?|gains?|advantages?|factor)\s+of|(?:speed\w*|accelerat\w*)(?:\s+[\w-]+){0,3}?"
    rf"\s+in)\s+{_FACTOR_BOUND}(?:an\s+average\s+of\s+)?(?P<list>{_THOUSANDS}|\d+(?:\.\d+)?)|"
    # ... or after a verb of change and what it changes, with a bound and no "by": "We reduce the
    # number of parameters up to 280 times on LeNet architectures", "Learning time ... is thereby
    # reduced about 50 to 100 times", "drastically improves the convergence performance more
    # than 20 times over the other combinations"
    r"(?<![\w-])(?:reduc|compress|decreas|shrink|lower|improv|increas|boost|accelerat|speed\w*\s+up)"
    r"\w*(?:\s+[\w-]+){0,5}?\s+(?:up\s+to|more\s+than|over|about|around|nearly|almost|roughly)\s+"
    r"(?P<list2>\d+(?:\.\d+)?(?:\s+to\s+\d+(?:\.\d+)?)?))\s+times\b", re.IGNORECASE)
#: ... the next factor of such a list, where it was had: "up to 280 times on LeNet architectures
#: and up to 68 times on VGG-like networks"
_TIMES_NEXT = re.compile(rf"\s+(?:on|in|for)\s+[^.;,()]{{1,40}}?\s+and\s+{_FACTOR_BOUND}"
                         r"(?P<list>\d+(?:\.\d+)?)\s+times\b", re.IGNORECASE)
#: a factor written "a factor of N" with no "x" after it: "speeds up translation by a factor of
#: 1.8", "reducing the activation memory cost by a factor of 10--15", "a factor of 7 reduction in
#: space", "of" left out after "a" too: "we can increase speed by up to a factor 2.3" (not
#: "increasing the sample size by factor 2 at each iteration", a setting; nor a bound: "within a
#: factor of 2 of the optimal", "up to a constant factor of 2", "a factor of 1 + epsilon",
#: "1/(1-gamma)"; nor a coefficient below 1, "a Pearson correlation factor of 0.832"); a
#: speed-up or compression ratio "of N" is such a factor too, alone or listed: "boosts
#: translation quality by +1.42 BLEU (En-De) at a speed-up of 1.4", "a compression ratio of 11.3
#: without any loss", "the compression ratios of 51.25, 22.17 and 40.65 are achieved" (not a
#: ratio written with a colon, "a compression ratio of 4:1")
_FACTOR_OF = re.compile(
    rf"(?<!constant\s)(?<!within\sa\s)(?:\bfactor\s+of|(?<=\ba\s)factor|"
    rf"\b(?:speed-?ups?|compression\s+ratios?)\s+of)\s+{_FACTOR_BOUND}"
    rf"(?P<list>{_THOUSANDS}|[1-9]\d*(?:\.\d+)?(?:\s*(?:-{{1,2}}|\u2013|\u2014|to|or)\s*\d+(?:\.\d+)?|"
    rf"(?:,\s*\d+(?:\.\d+)?)*,?\s+and\s+\d+(?:\.\d+)?)?)"
    r"(?![\w/%\u00d7:]|[.,]?\s?\d|\s*(?:[-+*^/x\u00d7%]|times\b))", re.IGNORECASE)
_UNIT_CUE = re.compile(
    r"(?=[%\u00d7pt\d])(?:%|\u00d7|percent|per\s?cent|point|pp\b|p\.p\.|pts?|\d\s?x\b|times|"
    r"\d-fold)",
    re.IGNORECASE)
#: a list's item, with the "+" it may carry ("16+%")
_VALUE_ITEM = re.compile(
    rf"{_APPROX}(?P<num>(?P<thousands>{_THOUSANDS})|0,\d+|{_DECIMAL_COMMA}(?!\d)|\d+(?:\.\d+)?|\.\d+)"
    rf"{_PLUS}")
_LATEX = re.compile(r"\\[A-Za-z]+\{?|[{}$]")


def _unit(written: str) -> str:
    """The scoring unit of a written one: "%", "points", or "x"."""
    written = written.lower()
    if "point" in written or "p" in re.sub(r"per\s?cent", "", written):
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
    notes = [m.span() for m in _NOTE.finditer(text, start, end)] if "(" in text[start:end] else []
    for match in _VALUE_ITEM.finditer(text, start, end):
        if any(s < match.start() < e for s, e in notes):
            continue  # "0.5939 (23/42) and 0.3925": 23 and 42 are no values of the list
        num = match.group("num")
        value = parse_number(num if match.group("thousands")
                             else num.replace(" ", "").replace(",", "."))
        if value is not None:
            yield match.start("num"), match.end(), _signed(text, match.start("num"), value)


def _signed(text: str, start: int, value: float) -> float:
    """``value`` negated where a minus sign is written before it, after a space or an opening
    bracket: "(-12.8% and -5.5% in citation age)", "up to +0.98 BLEU and -0.47 TER" (not the
    dash of a range, "5-10%", "3 -5%", nor a hyphen, "GPT-4")."""
    if start and text[start - 1] in "-\u2212" and (start == 1 or text[start - 2] in " ([\n") \
            and not _RANGE_OPENS.search(text, max(0, start - 12), start - 1):
        return -value
    return value


#: a number (and its unit) right before a dash: the dash is a range's
_RANGE_OPENS = re.compile(r"[\d%x\u00d7]\s*$")


_NOTE = re.compile(r"\([^()]*\)")
#: LaTeX and Markdown emphasis, dropped from the words around a number (one literal character
#: per alternative, which the engine finds fast: with a class among them, every position is tried)
_MARKUP = re.compile(r"\\[A-Za-z]+\{?|\{|\}|\$|\*")


#: words after a number where its clause, and what it names, ends: not a decimal point ("53.14%
#: F 0.5 score", "by 3.87-4.49 BLEU and 1.91-5.92 F1"), but a dash or a slash between spaces
#: ("ranging from 0.76 to 0.97\u2014accuracy in line", "+3.1 BLEU / +11.7 CIDEr")
_AFTER_STOP = re.compile(r"[,;()\u2014]|\.(?!\d)|\s/\s|\b(?:over|than|compared|relative\s+to|vs|"
                         r"versus|against|across|for|when|while|with|without|using|by|at|from|and|"
                         r"on)\b(?!-)")


_UNIT_START = re.compile(rf"\s*(?:\\?%|percent\b|[xX\u00d7](?!\w)|{_LATEX_TIMES})")


def _after(text: str, end: int) -> str:
    """The words right after a number (a parenthesis skipped), up to the end of its clause."""
    unit = _UNIT_START.match(text, end)
    end = unit.end() if unit else end
    paren = re.match(r"\s*\([^()]{0,30}\)", text[end:end + 40])
    if paren is not None:
        end += paren.end()
    words = _MARKUP.sub("", text[end:end + 50])
    stop = _AFTER_STOP.search(words)
    return words[:stop.start()] if stop else words


#: words that start a new clause before a number (and the marks ",", ";", ":")
_CLAUSE_WORDS = (" and ", " while ", " whereas ")


_WORD_END = re.compile(r"\S*$")


def _before(text: str, start: int, sent_start: int, marks_only: bool = False) -> str:
    """The words of a number's clause before it (at most 80 characters, whole words: "the human
    agreement rate in annotation is found to be acceptable (90%"), after the last ",", ";",
    ":", and unless ``marks_only``, "and", "while" or "whereas"."""
    lo = max(sent_start, start - 80)
    lo -= len(_WORD_END.search(text, max(sent_start, lo - 30), lo).group())  # a cut word whole
    words = text[lo:start]
    cut = max([words.rfind(mark) + 1 for mark in ",;:"]
              + [words.rfind(word) + len(word) - 1 for word in _CLAUSE_WORDS
                 if word in words and not marks_only])
    return words[cut:]
