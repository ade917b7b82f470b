"""`litkit store info|sql|export|import` on a store written by the incremental extractor."""

from __future__ import annotations

import pandas as pd
import pytest
from test_store import make_test_corpus, run

from litkit.cli import main
from litkit.store import Store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.duckdb"
    with Store(path) as store:
        run(store, make_test_corpus(12))
    return str(path)


def test_info_lists_tables_and_versions(db, capsys):
    assert main(["store", "info", "--store", db]) == 0
    out = capsys.readouterr().out
    assert "mentions" in out and "36" in out and "extractor v1: 12 papers processed" in out


def test_sql_prints_or_saves_rows(db, tmp_path, capsys):
    query = "select paper_id, count(*) n from mentions group by 1 order by 1"
    assert main(["store", "sql", "--store", db, query, "--max-rows", "2"]) == 0
    out = capsys.readouterr().out
    assert "p0000" in out and "10 more rows" in out
    assert main(["store", "sql", "--store", db, query, "-o", str(tmp_path / "n.csv")]) == 0
    assert pd.read_csv(tmp_path / "n.csv")["n"].tolist() == [3] * 12


def test_export_then_import_reproduces_the_tables(db, tmp_path):
    assert main(["store", "export", "--store", db, str(tmp_path / "pq")]) == 0
    copy = str(tmp_path / "copy.duckdb")
    assert main(["store", "import", "--store", copy, str(tmp_path / "pq")]) == 0
    with Store(db, read_only=True) as a, Store(copy, read_only=True) as b:
        assert a.info().equals(b.info())


def test_errors_are_one_line(db, tmp_path, capsys):
    assert main(["store", "info", "--store", str(tmp_path / "missing.duckdb")]) == 2
    assert main(["store", "sql", "--store", db, "select * from nope"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "no such store" in err[0] and "SQL failed" in err[1]
