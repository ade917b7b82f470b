"""Publication dates at the precision a source gives them: a day, a month, or only a year.

Many sources give a year and a month but no day (the ACL Anthology, BibTeX ``month``,
PubMed's ``2020 Feb``), or only a year. litkit never invents the missing part: a Corpus
keeps ``date`` (the first day of the known period; NaT when only the year is known) and
``date_precision`` ('day', 'month', 'year', or None when not even the year is known), and
later stages use the *period* a date stands for (:func:`periods`): a month-precision paper
is somewhere in its month, a year-only paper somewhere in its year.
"""

from __future__ import annotations

import calendar
import re
from datetime import date as calendar_date
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd

#: From coarse to fine; None (not even a year) is coarser than all.
PRECISIONS = ("year", "month", "day")

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_YEAR_RE = r"(1[89]\d\d|20\d\d)"
#: '2024', '2024-05', '2024-05-17', RIS '2014/05//' (nothing after the numbers but slashes).
_NUMERIC_RE = r"^(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})?(?:[-/.](?P<d>\d{1,2})?)?/*)?$"
_ISO_TIME_RE = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}"
#: arXiv snapshot and RSS dates: 'Mon, 2 Apr 2007 19:18:42 GMT'.
_RFC822 = "%a, %d %b %Y %H:%M:%S %Z"
#: Two defaults for dateutil: a field it fills from the default was not in the text.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 12, 28))


def _utc_day(values: pd.Series, **kwargs: Any) -> pd.Series:
    """Timestamps (any time zone) -> the UTC calendar day, timezone-naive; NaT if unparsable."""
    ts = pd.to_datetime(values, errors="coerce", utc=True, **kwargs)
    return ts.dt.tz_convert(None).dt.normalize()


def _dateutil(text: str) -> tuple[pd.Timestamp, str | None, int | None]:
    """A free-form date ('17 May 2024', '2023 Jun', 'Nov./2001') with only the parts it has."""
    from dateutil import parser

    try:
        a, b = (parser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return pd.NaT, None, None
    if a.year != b.year:
        return pd.NaT, None, None
    if a.month != b.month:
        return pd.NaT, "year", a.year
    ts = pd.Timestamp(a)
    ts = (ts.tz_convert("UTC").tz_localize(None) if ts.tzinfo else ts).normalize()
    return (ts, "day", ts.year) if a.day == b.day else (ts.replace(day=1), "month", a.year)


def _column(values: Any, n: int) -> pd.Series:
    """``values`` (a list, array or Series; None for 'none given') as an object Series 0..n-1."""
    if values is None:
        return pd.Series([None] * n, dtype=object)
    return pd.Series(list(values), dtype=object)


def parse_dates(values: Any) -> pd.DataFrame:
    """Raw date values -> a table of ``date`` (start of the period), ``precision``, ``year``.

    Accepts timestamps, ISO strings ('2024', '2024-05', '2024-05-17T10:00Z'), RIS
    ('2014/05//'), RFC 822, and free text with or without a day ('17 May 2024', '2023 Jun',
    'Nov./2001'). A year alone gives NaT with precision 'year'; nothing usable gives None.
    Times are converted to UTC before the day is taken.
    """
    raw = _column(values, 0)
    date = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")
    precision = pd.Series(None, index=raw.index, dtype=object)
    year = pd.Series(pd.NA, index=raw.index, dtype="Int64")

    stamps = raw.map(lambda v: isinstance(v, calendar_date | np.datetime64))
    if stamps.any():
        date[stamps] = _utc_day(raw[stamps].map(pd.Timestamp))
        precision[stamps & date.notna()] = "day"
    numbers = raw.map(lambda v: isinstance(v, int | float | np.integer | np.floating)
                      and not isinstance(v, bool) and bool(np.isfinite(v)))
    if numbers.any():
        as_text = raw[numbers].map(lambda v: str(int(v)) if float(v).is_integer() else "")
        year[numbers] = pd.to_numeric(as_text.str.extract(f"^{_YEAR_RE}$")[0]).astype("Int64")
        precision[numbers & year.notna()] = "year"

    text = raw.map(lambda v: v.strip() if isinstance(v, str) else None)
    todo = text.notna() & text.ne("")
    parts = text[todo].str.extract(_NUMERIC_RE).dropna(subset=["y"])
    if len(parts):
        when = pd.to_datetime(pd.DataFrame({
            "year": pd.to_numeric(parts["y"]),
            "month": pd.to_numeric(parts["m"]).fillna(1),
            "day": pd.to_numeric(parts["d"]).fillna(1),
        }), errors="coerce")
        level = pd.Series(np.select([parts["d"].notna(), parts["m"].notna()], ["day", "month"],
                                    "year"), index=parts.index)
        ok = level.index[when.notna()]  # '2020-13-01' is left to the slower parsers below
        date[ok] = when[ok].where(level[ok] != "year")
        precision[ok] = level[ok]
        year[ok] = pd.to_numeric(parts.loc[ok, "y"]).astype("Int64")
        todo[ok] = False
    for pattern, fmt in ((_ISO_TIME_RE, "ISO8601"), (".", _RFC822)):
        pick = todo & text.str.match(pattern, na=False)
        if pick.any():
            parsed = _utc_day(text[pick], format=fmt)
            done = parsed.index[parsed.notna()]
            date[done], precision[done], todo[done] = parsed[done], "day", False
    for i in text.index[todo]:  # free text: rare, parsed one by one
        date[i], precision[i], found = _dateutil(text[i])
        if found is None:
            match = re.search(_YEAR_RE, text[i])
            found = int(match.group(1)) if match else None
            precision[i] = "year" if found else None
        year[i] = found
    known = date.notna()
    year[known] = date[known].dt.year.astype("Int64")
    return pd.DataFrame({"date": date, "precision": precision, "year": year})


def month_number(value: Any) -> int | None:
    """1-12 from 11, '3', 'Nov.', 'november', 'sept'; None for anything else ('spring', 13)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value).strip().rstrip(".").lower()
    number = int(text) if text.isdigit() else _MONTHS.get(text[:3], 0)
    return number if 1 <= number <= 12 else None


def _rank(precision: Any) -> int:
    return PRECISIONS.index(precision) if precision in PRECISIONS else -1


def coarser(a: str | None, b: str | None) -> str | None:
    """The coarser of two precisions (None, not even a year, is the coarsest)."""
    return a if _rank(a) <= _rank(b) else b


def finer(a: str | None, b: str | None) -> bool:
    """Whether precision ``a`` says more than ``b`` ('day' than 'month', 'year' than None)."""
    return _rank(a) > _rank(b)


def publication_dates(
    date: Any, year: Any = None, month: Any = None, arxiv_id: Any = None, precision: Any = None
) -> pd.DataFrame:
    """The Corpus ``date``, ``year`` and ``date_precision`` of records, from their raw fields.

    The date wins when it has at least a month; else the year comes from ``year``, then the
    date text. A ``month`` field (1-12 or a name) turns a year into a month; failing that, a
    new-style arXiv id gives the month its first version was submitted (``2401.08383``:
    January 2024) when the year is unknown or the same. A ``precision``
    given with the record (a Corpus read back from CSV or JSON) is kept when it is coarser
    than what the date text shows: '2024-05-01' marked 'month' stays a month.
    """
    parsed = parse_dates(date)
    n = len(parsed)
    years = parse_dates(_column(year, n))["year"]
    dated = parsed["precision"].isin(["day", "month"])
    out = pd.DataFrame({
        "date": parsed["date"].where(dated),
        "year": parsed["year"].where(dated, years.fillna(parsed["year"])),
        "date_precision": parsed["precision"].where(dated, None),
    })
    months = _column(month, n).map(month_number)
    by_month = ~dated & out["year"].notna() & months.notna()
    if by_month.any():
        out.loc[by_month, "date"] = pd.to_datetime(pd.DataFrame({
            "year": out.loc[by_month, "year"].astype(int),
            "month": months[by_month].astype(int), "day": 1}))
        out.loc[by_month, "date_precision"] = "month"
    ids = _column(arxiv_id, n).where(~out["date_precision"].isin(["day", "month"]))
    yymm = ids.str.extract(r"^(?P<y>\d{2})(?P<m>0[1-9]|1[0-2])\.\d{4,5}$").dropna()
    fields = pd.DataFrame({"year": 2000 + yymm["y"].astype(int), "month": yymm["m"].astype(int),
                           "day": 1})
    stated = out.loc[fields.index, "year"]
    fields = fields[stated.isna() | (stated == fields["year"])]  # a later venue year wins
    if len(fields):
        out.loc[fields.index, "date"] = pd.to_datetime(fields)
        out.loc[fields.index, "year"] = fields["year"]
        out.loc[fields.index, "date_precision"] = "month"
    out.loc[out["year"].notna() & out["date_precision"].isna(), "date_precision"] = "year"
    if precision is not None:
        given = _column(precision, n)
        out["date_precision"] = [coarser(a, b) if b in PRECISIONS else a
                                 for a, b in zip(out["date_precision"], given, strict=True)]
        monthly = out["date_precision"] == "month"
        out["date"] = out["date"].where(out["date_precision"].isin(["day", "month"]))
        out.loc[monthly, "date"] = out.loc[monthly, "date"].dt.to_period("M").dt.to_timestamp()
    out["year"] = out["year"].astype("Int64")
    out["date"] = out["date"].astype("datetime64[ns]")
    return out


def periods(table: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(start, end) of the time each row's date stands for: its day, month or year; NaT when
    unknown. ``table`` has ``date``, ``year`` and (optionally) ``date_precision`` columns;
    without the last (tables made before it existed) a date counts as a day."""
    date = pd.to_datetime(table["date"], errors="coerce").astype("datetime64[ns]")
    years = pd.to_numeric(table["year"], errors="coerce").fillna(date.dt.year)
    given = table.get("date_precision", pd.Series(None, index=table.index, dtype=object))
    given = given.astype(object).where(given.isin(PRECISIONS), None)
    fine = given.isin(["day", "month"]) & date.notna()
    level = given.where(fine, np.where(
        given.isna() & date.notna(), "day", np.where(years.notna(), "year", None)))
    jan = pd.to_datetime(years.astype("Int64").astype(str) + "-01-01", errors="coerce")
    start = date.where(level.isin(["day", "month"]), jan).where(level.notna())
    start = start.where(level != "month", start.dt.to_period("M").dt.start_time)
    end = start + pd.Timedelta(days=1)
    month_end = (start.dt.to_period("M") + 1).dt.start_time
    year_end = pd.to_datetime((years + 1).astype("Int64").astype(str) + "-01-01", errors="coerce")
    end = end.where(level != "month", month_end).where(level != "year", year_end)
    return start.astype("datetime64[ns]"), end.astype("datetime64[ns]")


def decimal_year(ts: pd.Series) -> pd.Series:
    """Timestamps as decimal years: 2024-07-02 -> 2024.5 (leap years counted)."""
    ts = pd.to_datetime(ts)
    start = pd.to_datetime(ts.dt.year.astype("Int64").astype(str) + "-01-01", errors="coerce")
    days = np.where(ts.dt.is_leap_year, 366.0, 365.0)
    return ts.dt.year + (ts - start).dt.total_seconds() / 86400 / days


def from_decimal_year(value: float) -> pd.Timestamp:
    """The inverse of :func:`decimal_year` for one value: 2024.5 -> 2024-07-02."""
    year = int(np.floor(value))
    days = 366 if calendar.isleap(year) else 365
    return pd.Timestamp(year, 1, 1) + pd.Timedelta(days=(value - year) * days)
