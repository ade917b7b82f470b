"""Dates at the precision sources give them (date_precision), through readers, merge and stores."""

from __future__ import annotations

import pandas as pd
import pytest

import litkit
from litkit.corpus import make_corpus, merge, validate
from litkit.dates import parse_dates, periods, publication_dates
from litkit.errors import SchemaError
from litkit.store import Store
from litkit.tables import write_table


@pytest.mark.parametrize("raw, date, precision, year", [
    ("2024-05-17", "2024-05-17", "day", 2024),
    ("2024-05", "2024-05-01", "month", 2024),
    ("2024", None, "year", 2024),
    ("2014//", None, "year", 2014),                      # RIS
    ("2014/05//", "2014-05-01", "month", 2014),          # RIS
    ("2021-03-04T23:30:00-05:00", "2021-03-05", "day", 2021),  # the UTC day
    ("Mon, 2 Apr 2007 19:18:42 GMT", "2007-04-02", "day", 2007),  # arXiv snapshot
    ("2020 Feb", "2020-02-01", "month", 2020),           # PubMed DP
    ("2023 Jun 15", "2023-06-15", "day", 2023),
    ("May 2024", "2024-05-01", "month", 2024),
    ("Nov./2001", "2001-11-01", "month", 2001),          # BibTeX in the wild
    ("2023 Spring", None, "year", 2023),
    ("20190325", "2019-03-25", "day", 2019),
    ("2020-13-01", None, "year", 2020),                  # no such month: the year is still known
    (2024, None, "year", 2024),
    (pd.Timestamp("2022-01-05 13:00"), "2022-01-05", "day", 2022),
    ("garbage", None, None, None),
    (None, None, None, None),
])
def test_parse_dates_keeps_only_the_parts_given(raw, date, precision, year):
    row = parse_dates([raw]).iloc[0]
    assert (pd.isna(row["date"]) if date is None else row["date"] == pd.Timestamp(date))
    assert row["precision"] == precision or (precision is None and pd.isna(row["precision"]))
    assert (pd.isna(row["year"]) if year is None else row["year"] == year)


def test_a_given_precision_is_kept_when_coarser_than_the_text():
    out = publication_dates(["2024-05-01", "2024-05-17", "2024-01-01", "2024-05"],
                            precision=["month", "month", "year", "day"])
    assert out["date_precision"].tolist() == ["month", "month", "year", "month"]
    assert out["date"].tolist()[:2] == [pd.Timestamp("2024-05-01")] * 2
    assert pd.isna(out["date"].iloc[2]) and out["year"].tolist() == [2024] * 4


def test_periods_are_the_day_month_or_year_a_date_stands_for():
    corpus = make_corpus([
        {"id": "d", "title": "a", "date": "2024-02-28"},
        {"id": "m", "title": "b", "date": "2024-02"},
        {"id": "y", "title": "c", "year": 2024},
        {"id": "n", "title": "d"},
    ])
    start, end = periods(corpus)
    assert start.tolist()[:3] == [pd.Timestamp("2024-02-28"), pd.Timestamp("2024-02-01"),
                                  pd.Timestamp("2024-01-01")]
    assert end.tolist()[:3] == [pd.Timestamp("2024-02-29"), pd.Timestamp("2024-03-01"),
                                pd.Timestamp("2025-01-01")]
    assert pd.isna(start.iloc[3]) and pd.isna(end.iloc[3])


def _mixed() -> pd.DataFrame:
    return make_corpus([
        {"id": "d", "title": "Day", "date": "2023-07-14"},
        {"id": "m", "title": "Month", "year": 2023, "month": 7},
        {"id": "y", "title": "Year", "year": 2023},
        {"id": "n", "title": "None"},
    ])


def _dates(corpus: pd.DataFrame) -> list:
    return [(i, None if pd.isna(d) else str(d.date()), p)
            for i, d, p in zip(corpus["id"], corpus["date"], corpus["date_precision"],
                               strict=True)]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_date_precision_survives_a_file_round_trip(tmp_path, suffix):
    corpus = _mixed()
    back = litkit.read(write_table(corpus, tmp_path / f"corpus{suffix}"))
    assert _dates(back) == _dates(corpus) == [
        ("d", "2023-07-14", "day"), ("m", "2023-07-01", "month"), ("y", None, "year"),
        ("n", None, None)]
    assert not any("date_precision" in e for e in back["extra"])


def test_date_precision_survives_the_store(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.put_corpus(_mixed())
        assert _dates(store.corpus().set_index("id").loc[list("dmyn")].reset_index()) == (
            _dates(_mixed()))


def test_merge_takes_the_most_precise_date():
    a = make_corpus([{"title": "Same Paper", "year": 2023, "abstract": "long abstract here"}])
    b = make_corpus([{"title": "Same paper", "year": 2023, "month": "Jul"}])
    c = make_corpus([{"title": "Same paper!", "date": "2023-07-14"}])
    merged = merge(a, b)
    assert _dates(merged)[0][1:] == ("2023-07-01", "month")
    assert merged.iloc[0]["abstract"] == "long abstract here"
    assert _dates(merge(a, b, c))[0][1:] == ("2023-07-14", "day")


def test_tables_without_date_precision_read_as_before():
    legacy = _mixed().drop(columns="date_precision")
    assert validate(legacy)["date_precision"].tolist() == ["day", "day", "year", None]
    with pytest.raises(SchemaError, match="date_precision 'week'"):
        validate(_mixed().assign(date_precision="week"))


def test_readers_keep_months_and_days_as_given(tmp_path):
    bib = tmp_path / "a.bib"
    bib.write_text("@article{k, title={T}, year={2015}, month=may}\n"
                   "@article{l, title={U}, year={2016}}\n", encoding="utf-8")
    nbib = tmp_path / "b.nbib"
    nbib.write_text("PMID- 1\nTI  - A\nDP  - 2020 Feb\n\nPMID- 2\nTI  - B\nDP  - 2023 Apr 25\n",
                    encoding="utf-8")
    wos = tmp_path / "c.txt"
    wos.write_text("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI A paper\nPD JUN 8\n"
                   "PY 2004\nER\n\nEF\n", encoding="utf-8")
    jsonl = tmp_path / "d.jsonl"
    jsonl.write_text('{"title": "A", "year": 1991, "month": 2}\n', encoding="utf-8")
    assert [d[1:] for d in _dates(litkit.read(bib))] == [("2015-05-01", "month"), (None, "year")]
    assert [d[1:] for d in _dates(litkit.read(nbib))] == [("2020-02-01", "month"),
                                                          ("2023-04-25", "day")]
    assert [d[1:] for d in _dates(litkit.read(wos))] == [("2004-06-08", "day")]
    assert [d[1:] for d in _dates(litkit.read(jsonl))] == [("1991-02-01", "month")]
