"""litkit.select: time, venue and text filters, honest about date precision, with counts."""

from __future__ import annotations

import pandas as pd
import pytest

import litkit
from litkit.corpus import make_corpus
from litkit.errors import LitkitError
from litkit.filters import describe


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return make_corpus([
        {"id": "d", "title": "Instruction tuning at scale", "date": "2023-07-14",
         "venue": "ACL 2023", "abstract": "We study RLHF."},
        {"id": "m", "title": "Preference optimization", "year": 2023, "month": 6,
         "venue": "Findings of EMNLP", "abstract": "Direct preference optimisation."},
        {"id": "y", "title": "Mixture of experts", "year": 2023, "venue": "NeurIPS",
         "abstract": "Sparse experts for language models."},
        {"id": "old", "title": "Word embeddings", "year": 2013, "venue": "NIPS"},
        {"id": "n", "title": "No date at all", "venue": None},
    ])


def _ids(df: pd.DataFrame) -> list[str]:
    return df["id"].tolist()


def test_years_are_inclusive_and_no_date_is_counted(corpus):
    out = litkit.select(corpus, since=2023)
    assert _ids(out) == ["d", "m", "y"]
    assert out.attrs["selection"] == {"papers_in": 5, "kept": 3,
                                      "left_out": {"no date or year": 1, "before 2023": 1}}
    assert _ids(litkit.select(corpus, until=2013)) == ["old"]
    assert _ids(litkit.select(corpus, since=2013, until=2013)) == ["old"]


def test_a_date_finer_than_the_papers_leaves_coarse_ones_out_and_says_so(corpus):
    out = litkit.select(corpus, since="2023-07")
    assert _ids(out) == ["d"]  # 'm' is June; 'y' is 2023, maybe before July
    assert out.attrs["selection"]["left_out"] == {
        "no date or year": 1, "before 2023-07": 2, "date too coarse to tell": 1}
    assert describe(out) == ("kept 1 of 5 papers (left out: 1 no date or year, "
                             "2 before 2023-07, 1 date too coarse to tell)")
    assert _ids(litkit.select(corpus, until="2023-06-30")) == ["m", "old"]
    assert _ids(litkit.select(corpus, since=pd.Timestamp("2023-07-14"),
                              until="2023-07-14")) == ["d"]


def test_venue_is_a_case_insensitive_substring_or_a_list(corpus):
    assert _ids(litkit.select(corpus, venue="acl")) == ["d"]
    assert _ids(litkit.select(corpus, venue=["emnlp", "NeurIPS"])) == ["m", "y"]
    out = litkit.select(corpus, venue="ICML")
    assert len(out) == 0 and out.attrs["selection"]["left_out"] == {"venue not 'ICML'": 5}


def test_query_is_a_regex_over_title_and_abstract(corpus):
    assert _ids(litkit.select(corpus, query="preference optimi[sz]ation")) == ["m"]
    assert _ids(litkit.select(corpus, query="rlhf|EXPERTS")) == ["d", "y"]
    assert _ids(litkit.select(corpus, query=["experts", "language"])) == ["y"]  # all must match
    with pytest.raises(LitkitError, match="query: not a valid regular expression"):
        litkit.select(corpus, query="(unclosed")


def test_filters_combine_and_each_paper_is_counted_once(corpus):
    out = litkit.select(corpus, since=2020, venue=["acl", "emnlp", "nips"], query="optimi")
    assert _ids(out) == ["m"]
    left = out.attrs["selection"]["left_out"]
    assert sum(left.values()) == 4 and left["venue not 'acl' / 'emnlp' / 'nips'"] == 1


def test_bad_bounds_are_errors(corpus):
    with pytest.raises(LitkitError, match="since='soon': expected a year"):
        litkit.select(corpus, since="soon")
    with pytest.raises(LitkitError, match="is after until"):
        litkit.select(corpus, since=2024, until=2023)


def test_no_filter_keeps_everything_and_the_reader_attrs(corpus):
    seed = litkit.load_seed()
    out = litkit.select(seed)
    assert len(out) == len(seed) and out.attrs["rows_in"] == seed.attrs["rows_in"]
    assert describe(out) == "kept 87 of 87 papers" and describe(seed) == ""


def test_cli_filter_options_parse_and_report(corpus, capsys):
    import argparse

    from litkit.cli.filters import add_filter_options, apply_filters

    parser = argparse.ArgumentParser()
    add_filter_options(parser)
    args = parser.parse_args(["--since", "2023", "--venue", "acl", "--venue", "neurips",
                              "--query", "experts|tuning"])
    assert _ids(apply_filters(corpus, args)) == ["d", "y"]
    assert capsys.readouterr().err == (
        "filters: kept 2 of 5 papers (left out: 1 no date or year, 1 before 2023, "
        "1 venue not 'acl' / 'neurips')\n")
    unfiltered = apply_filters(corpus, parser.parse_args([]))
    assert unfiltered is corpus and capsys.readouterr().err == ""


def test_extract_command_filters_its_input(tmp_path, capsys):
    from litkit.cli import main
    from litkit.datasets import seed_path

    out = tmp_path / "m.parquet"
    code = main(["extract", str(seed_path()), "-o", str(out), "--summary",
                 str(tmp_path / "p.jsonl"), "--since", "2024", "--query", "language model|LLM",
                 "--quiet"])
    err = capsys.readouterr().err
    assert code == 0
    assert ("filters: kept 32 of 87 papers (left out: 1 no date or year, 47 before 2024, "
            "7 not matching 'language model|LLM')") in err
    kept = litkit.select(litkit.load_seed(), since=2024, query="language model|LLM")
    assert set(pd.read_parquet(out)["paper_id"]) <= set(kept["id"])
    assert len(pd.read_json(tmp_path / "p.jsonl", lines=True)) == 32


def test_topics_command_takes_the_same_filters():
    from litkit.cli import build_parser

    args = build_parser().parse_args(["topics", "in.jsonl", "-o", "out", "--until", "2023-06",
                                      "--venue", "ACL", "--venue", "EMNLP"])
    assert (args.since, args.until, args.venue, args.query) == (
        None, "2023-06", ["ACL", "EMNLP"], None)
