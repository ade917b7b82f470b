"""Corpus filters a survey author expects: by time, venue and words in title or abstract.

:func:`select` keeps the papers that pass every filter given and says how many each one
left out (``attrs["selection"]``; :func:`describe` makes it one line). Time filters
respect ``date_precision``: a paper is kept only when the whole day, month or year its
date stands for lies in the range, so a paper known only as "2023" is not counted inside
"from July 2023", and is reported as too coarse to tell instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

from litkit.corpus import validate
from litkit.dates import parse_dates, periods
from litkit.errors import LitkitError

When = int | str | pd.Timestamp


def _bound(value: When, name: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """(start, end) of the day, month or year that ``since``/``until`` names."""
    parsed = parse_dates([value]).iloc[0]
    if pd.isna(parsed["precision"]) or pd.isna(parsed["year"]):
        raise LitkitError(f"{name}={value!r}: expected a year (2023), a month (2023-07) or a "
                          "day (2023-07-14)")
    table = pd.DataFrame({"date": [parsed["date"]], "year": [parsed["year"]],
                          "date_precision": [parsed["precision"]]})
    start, end = periods(table)
    return start.iloc[0], end.iloc[0]


def _patterns(query: str | Sequence[str], name: str) -> list[re.Pattern]:
    terms = [query] if isinstance(query, str) else list(query)
    try:
        return [re.compile(term, re.IGNORECASE) for term in terms if term]
    except re.error as exc:
        raise LitkitError(f"{name}: not a valid regular expression ({exc})") from None


def select(
    corpus: pd.DataFrame,
    since: When | None = None,
    until: When | None = None,
    venue: str | Sequence[str] | None = None,
    query: str | Sequence[str] | None = None,
) -> pd.DataFrame:
    """The papers of ``corpus`` that pass every filter given (None: no filter).

    ``since``/``until``: a year (2020), month ('2023-07') or day ('2023-07-14'), both
    inclusive (``until=2023`` keeps all of 2023); a paper is kept when the period its date
    stands for lies wholly inside, and counted as ``date too coarse`` when it straddles a
    bound. ``venue``: a case-insensitive substring of the venue, or a list of them (any).
    ``query``: a case-insensitive regular expression searched in title and abstract
    ('instruction tuning', 'RLHF|preference optimi[sz]ation'), or a list of them (all must
    match). ``attrs["selection"]`` holds the counts: papers in, kept, and left out by each
    filter, in that order (a paper is counted under the first filter it fails).
    """
    corpus = validate(corpus, "select")
    keep = pd.Series(True, index=corpus.index)
    left_out: dict[str, int] = {}

    def drop(reason: str, failing: pd.Series) -> None:
        nonlocal keep
        dropped = keep & failing
        if dropped.any():
            left_out[reason] = left_out.get(reason, 0) + int(dropped.sum())
        keep &= ~failing

    if since is not None and until is not None and _bound(since, "since")[0] >= _bound(
            until, "until")[1]:
        raise LitkitError(f"since={since!r} is after until={until!r}: nothing could be kept")
    if since is not None or until is not None:
        start, end = periods(corpus)
        drop("no date or year", start.isna())
        for bound, name in ((since, "since"), (until, "until")):
            if bound is None:
                continue
            low, high = _bound(bound, name)
            outside = end <= low if name == "since" else start >= high
            straddles = (start < low) & (end > low) if name == "since" else (
                (start < high) & (end > high))
            drop(f"before {bound}" if name == "since" else f"after {bound}", outside)
            drop("date too coarse to tell", straddles)
    if venue is not None:
        names = [venue] if isinstance(venue, str) else list(venue)
        venues = corpus["venue"].fillna("").str.lower()
        hit = pd.Series(False, index=corpus.index)
        for name in names:
            hit |= venues.str.contains(str(name).lower(), regex=False)
        drop(f"venue not {' / '.join(map(repr, names))}", ~hit)
    if query is not None:
        text = corpus["title"].fillna("") + "\n" + corpus["abstract"].fillna("")
        hit = pd.Series(True, index=corpus.index)
        patterns = _patterns(query, "query")
        for pattern in patterns:
            hit &= text.map(lambda t, p=pattern: p.search(t) is not None)
        drop(f"not matching {' and '.join(repr(p.pattern) for p in patterns)}", ~hit)
    out = corpus[keep].reset_index(drop=True)
    out.attrs = dict(corpus.attrs)
    out.attrs["selection"] = {"papers_in": len(corpus), "kept": len(out), "left_out": left_out}
    return out


def describe(corpus: pd.DataFrame) -> str:
    """One line on what :func:`select` kept: 'kept 812 of 3000 papers (left out: 1900 before
    2020, 12 date too coarse to tell, ...)'; '' when the corpus was not filtered."""
    info: dict[str, Any] | None = corpus.attrs.get("selection")
    if not info:
        return ""
    reasons = ", ".join(f"{n} {reason}" for reason, n in info["left_out"].items())
    return (f"kept {info['kept']} of {info['papers_in']} papers"
            + (f" (left out: {reasons})" if reasons else ""))
