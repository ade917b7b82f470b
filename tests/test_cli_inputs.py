"""Every command that reads papers accounts for every input record, through the CLI.

Each bad-input case runs through ``read``, ``extract`` and ``extract --store`` (and a mix of
them through ``topics``): exit code, the accounting line (rows in == papers out + duplicates
merged + rejected), the rejects file, and what reaches the outputs.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from test_topics import cache_dir  # noqa: F401  (one distilled static model per session)

import litkit
from litkit import figures
from litkit.cli import main
from litkit.corpus import make_corpus

ACCOUNTING = re.compile(r"^(\d+) input\(s\) \(([^)]*)\): (\d+) rows in, (\d+) papers out, "
                        r"(\d+) duplicates merged, (\d+) rejected", re.M)

GOOD = [{"id": f"g{i}", "title": f"Good paper {i}", "abstract": f"We train a {i}B model."}
        for i in range(1, 4)]
CASES = {  # name -> (file name, text, papers out, {record: start of the reject's reason})
    "broken_json": (
        "bad.jsonl",
        "\n".join([*map(json.dumps, GOOD), '{"id": "cut", "title": "Cut off', ""]),
        3, {4: "bad JSON: Unterminated string starting at column 24"},
    ),
    "ragged_csv": (
        "ragged.csv",
        "title,abstract,year\nGood one,We train a 7B model.,2023\n"
        "Bad one,Unquoted, comma,2023\nGood two,Text.,2024\n",
        2, {3: "4 fields, header has 3: unquoted delimiter?"},
    ),
    "duplicate_ids": (
        "dups.jsonl",
        "\n".join(json.dumps(r) for r in [
            {"id": "d1", "title": "Scaling", "abstract": "Short."},
            {"id": "d1", "title": "Scaling", "abstract": "A longer abstract: a 13B model."},
            *GOOD[:1]]),
        2, {1: "duplicate of record 2 (same id 'd1'), but the abstract differs: kept the richer"},
    ),
    "abstract_only": (
        "untitled.jsonl",
        "\n".join(json.dumps(r) for r in [
            {"id": "x7", "abstract": "Only an abstract with 1.3B parameters."},
            {"id": "x8", "year": 2020}, *GOOD[:1]]),
        2, {2: "no title and no abstract"},
    ),
}


def accounting(text: str) -> tuple[int, int, int, int]:
    """(rows in, papers out, duplicates merged, rejected) of the accounting line in ``text``."""
    found = ACCOUNTING.findall(text)
    assert len(found) == 1, text
    rows_in, papers, merged, rejected = map(int, found[0][2:])
    assert rows_in == papers + merged + rejected
    return rows_in, papers, merged, rejected


def check_rejects(path, expected: dict[int, str]) -> None:
    rejects = pd.read_csv(path)
    assert list(rejects.columns) == ["source", "record", "reason"]
    reasons = dict(zip(rejects["record"], rejects["reason"], strict=True))
    assert set(reasons) == set(expected)
    for record, start in expected.items():
        assert reasons[record].startswith(start), reasons[record]


def commands(tmp_path, source) -> dict[str, list[str]]:
    return {
        "read": ["read", str(source), "-o", str(tmp_path / "corpus.parquet")],
        "extract": ["extract", str(source), "-o", str(tmp_path / "m.parquet"), "--summary",
                    str(tmp_path / "papers.jsonl"), "--quiet"],
        "store": ["extract", str(source), "-o", str(tmp_path / "m.parquet"), "--summary",
                  str(tmp_path / "papers.jsonl"), "--store", str(tmp_path / "s.duckdb"),
                  "--quiet"],
    }


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["read", "extract", "store"])
def test_bad_input_is_accounted_for(tmp_path, capsys, case, command):
    name, text, papers_out, expected = CASES[case]
    source = tmp_path / name
    source.write_text(text)
    argv = commands(tmp_path, source)[command]
    assert main([*argv, "--rejects", str(tmp_path / "rejects.csv")]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    rows_in, papers, _, rejected = accounting(captured.out + captured.err)
    assert (papers, rejected) == (papers_out, len(expected))
    check_rejects(tmp_path / "rejects.csv", expected)
    if command != "read":
        summary = pd.read_json(tmp_path / "papers.jsonl", lines=True)
        assert len(summary) == papers_out
    if case == "abstract_only" and command != "read":  # its facts are not lost
        assert summary.set_index("id").loc["x7", "params"] == [1.3e9]


def test_rejects_are_shown_when_not_saved(tmp_path, capsys):
    name, text, _, _ = CASES["broken_json"]
    (tmp_path / name).write_text(text)
    assert main(["extract", str(tmp_path / name), "-o", str(tmp_path / "m.csv"), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert f"rejected: {tmp_path / name}:4: bad JSON" in err
    assert accounting(err) == (4, 3, 0, 1)


@pytest.mark.parametrize("command", ["read", "extract", "topics"])
@pytest.mark.parametrize("text, message", [
    ('{"papers": 5}', "no paper records: expected paper objects with a title or abstract"),
    ("Papername,Authors\nA study,A. B\n", "no title or abstract column among: Papername, "
                                          'Authors; name one with --map "COLUMN=title"'),
])
def test_input_with_no_papers_is_a_one_line_error(tmp_path, capsys, command, text, message):
    source = tmp_path / ("odd.json" if text.startswith("{") else "scopus.csv")
    source.write_text(text)
    out = tmp_path / ("topics" if command == "topics" else "out.parquet")
    flag = "-o"
    assert main([command, str(source), flag, str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"litkit {command}: error: {source}: ")
    assert message in err and not out.exists()


def test_unknown_mapped_column_is_an_error(tmp_path, capsys):
    source = tmp_path / "scopus.csv"
    source.write_text("Papername,Authors\nA study,A. B\n")
    assert main(["extract", str(source), "-o", str(tmp_path / "m.csv"),
                 "--map", "Paper name=title"]) == 2
    assert "no column 'Paper name' to map; columns: Papername, Authors" in capsys.readouterr().err
    assert main(["extract", str(source), "-o", str(tmp_path / "m.csv"), "--quiet",
                 "--map", "Papername=title"]) == 0
    assert accounting(capsys.readouterr().err) == (1, 1, 0, 0)


def test_topics_accounts_for_its_input_and_models_untitled_papers(tmp_path, capsys):
    fields = ["id", "title", "abstract", "year"]
    lines = [json.dumps(paper) for paper in litkit.load_seed()[fields].to_dict("records")]
    lines[3] = json.dumps({"id": "seed-003", "abstract": json.loads(lines[3])["abstract"]})
    lines += ['{"id": "cut", "title": "Cut', json.dumps({"id": "seed-000", "title": "Again"})]
    source = tmp_path / "seed.jsonl"
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "topics"
    assert main(["topics", str(source), "-o", str(out), "--quiet",
                 "--rejects", str(tmp_path / "rejects.csv")]) == 0
    assert accounting(capsys.readouterr().err) == (89, 87, 0, 2)
    check_rejects(tmp_path / "rejects.csv", {
        88: "bad JSON", 89: "duplicate of record 1 (same id 'seed-000'), but the title and"})
    doc_topics = pd.read_csv(out / "doc_topics.csv")
    assert len(doc_topics) == 87 and "seed-003" in set(doc_topics["id"])


def test_untitled_papers_pass_every_later_stage(tmp_path):
    untitled = make_corpus([{"id": "x7", "abstract": "A 1.3B model.", "year": 2024}])
    corpus = litkit.merge(litkit.load_seed().head(20), untitled)
    papers = litkit.summarize(litkit.extract(corpus, progress=False), corpus)
    assert papers.set_index("id").loc["x7", "params"] == [1.3e9]
    fig = figures.model_size_over_time(papers, corpus)
    assert fig.axes
    with litkit.Store(tmp_path / "s.duckdb") as store:
        store.extract(corpus, progress=False)
        assert list(store.papers(["x7"])["params"].iloc[0]) == [1.3e9]
        assert store.corpus().set_index("id").loc["x7", "title"] == ""
