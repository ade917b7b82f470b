"""The DuckDB store: round trips, incremental extraction, atomic batches and kill -9 recovery."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from litkit.corpus import make_corpus
from litkit.errors import LitkitError
from litkit.store import Store

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "eval" / "seed_abstracts.jsonl"
SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([BM])\b")
CALLS: list[int] = []


def fake_extractor(chunk: pd.DataFrame) -> pd.DataFrame:
    """A stand-in for litkit's spaCy extractor: every '<n>B'/'<n>M' in the abstract."""
    CALLS.append(len(chunk))
    marker = os.environ.get("LITKIT_TEST_MARKER")
    if marker:
        with open(marker, "a") as fh:
            fh.write(f"{len(chunk)}\n")
        time.sleep(float(os.environ.get("LITKIT_TEST_DELAY", "0")))
    rows = []
    for pid, text in zip(chunk["id"], chunk["abstract"], strict=True):
        for m in SIZE.finditer(text):
            scale = 1e9 if m.group(2) == "B" else 1e6
            rows.append(
                {
                    "paper_id": pid,
                    "label": "PARAMS",
                    "text": m.group(0),
                    "value": float(m.group(1)) * scale,
                    "unit": None,
                    "start": m.start(),
                    "end": m.end(),
                    "sentence": text,
                }
            )
    cols = ["paper_id", "label", "text", "value", "unit", "start", "end", "sentence"]
    return pd.DataFrame(rows, columns=cols)


def fake_summarizer(mentions: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Papers: the sorted distinct sizes per paper."""
    sizes = mentions.groupby("paper_id")["value"].agg(lambda v: sorted(set(v)))
    return pd.DataFrame(
        {"id": corpus["id"], "params": [sizes.get(i, []) for i in corpus["id"]]}
    )


def make_test_corpus(n: int, start: int = 0) -> pd.DataFrame:
    records = [
        {
            "id": f"p{i:04d}",
            "title": f"Paper {i}",
            "abstract": f"We train a {i % 13 + 1}B model and a {i * 7 % 500}M one on {i}B tokens.",
            "date": f"20{10 + i % 15}-0{1 + i % 9}-15",
            "authors": [f"Author {i}", "A. Other"],
            "venue": "ACL" if i % 2 else None,
            "extra": {"n": i, "tags": ["x", "y"]},
        }
        for i in range(start, start + n)
    ]
    return make_corpus(records, source="test")


def run(store: Store, corpus: pd.DataFrame, version: str = "v1", **kw) -> pd.DataFrame:
    CALLS.clear()
    return store.extract(
        corpus, extractor=fake_extractor, version=version, summarizer=fake_summarizer,
        progress=False, **kw,
    )


def canonical(df: pd.DataFrame) -> pd.DataFrame:
    """Order-insensitive form of a table, for comparing runs."""
    cols = sorted(df.columns)
    out = df[cols].astype(str)
    return out.sort_values(cols).reset_index(drop=True)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_corpus_round_trip_keeps_lists_dicts_and_dates(store):
    corpus = make_test_corpus(5)
    store.put_corpus(corpus)
    back = store.corpus()
    pd.testing.assert_frame_equal(back, corpus.sort_values("id").reset_index(drop=True))
    assert back.loc[0, "extra"] == {"n": 0, "tags": ["x", "y"]}
    assert back.loc[0, "authors"] == ["Author 0", "A. Other"]


def test_put_corpus_rewrites_only_new_or_changed_rows(store):
    corpus = make_test_corpus(6)
    store.put_corpus(corpus)
    before = store.sql("select id, rowid from corpus order by id")
    fixed = corpus.copy()
    fixed.loc[2, "doi"] = "10.1/fixed"  # metadata only: no re-extraction, but it is stored
    fixed.at[4, "extra"] = {"n": 4, "tags": ["z"]}
    fixed = pd.concat([fixed, make_test_corpus(1, start=6)], ignore_index=True)
    store.put_corpus(fixed)
    after = store.sql("select id, rowid from corpus order by id")
    moved = set(after["id"]) - set(before.merge(after)["id"])
    assert moved == {"p0002", "p0004", "p0006"}
    back = store.corpus()
    assert back.loc[2, "doi"] == "10.1/fixed" and back.loc[4, "extra"]["tags"] == ["z"]
    pd.testing.assert_frame_equal(back, fixed)


def test_incremental_runs_do_only_new_or_changed_work(store):
    corpus = make_test_corpus(50)
    first = run(store, corpus, batch_size=16)
    assert sum(CALLS) == 50 and store.last_run["batches"] == 4
    assert len(first) == 150 and set(first["paper_id"]) == set(corpus["id"])

    second = run(store, corpus, batch_size=16)
    assert CALLS == [] and store.last_run["extracted"] == 0
    pd.testing.assert_frame_equal(second, first)

    grown = pd.concat([corpus, make_test_corpus(10, start=50)], ignore_index=True)
    third = run(store, grown, batch_size=16)
    assert sum(CALLS) == 10 and len(third) == 180

    changed = grown.copy()
    changed.loc[3, "abstract"] = "Now only a 42B model."
    fourth = run(store, changed, batch_size=16)
    assert sum(CALLS) == 1
    assert fourth[fourth["paper_id"] == "p0003"]["text"].tolist() == ["42B"]
    assert store.papers(["p0003"])["params"].tolist() == [[42e9]]

    run(store, changed, version="v2", batch_size=16)
    assert sum(CALLS) == 60
    assert store.info().attrs["extractor_versions"] == {"v2": 60}


def test_results_equal_a_plain_in_memory_run(store):
    corpus = make_test_corpus(40)
    stored = run(store, corpus, batch_size=7)
    plain = fake_extractor(corpus)
    assert canonical(stored).equals(canonical(plain))
    # the returned Mentions follow the corpus order, then position in the text
    assert stored["paper_id"].tolist() == plain["paper_id"].tolist()


def test_a_failing_batch_commits_nothing_and_the_next_run_resumes(store):
    corpus = make_test_corpus(30)

    def flaky(chunk):
        if "p0020" in set(chunk["id"]):
            raise RuntimeError("boom")
        return fake_extractor(chunk)

    with pytest.raises(RuntimeError):
        store.extract(corpus, extractor=flaky, version="v1", progress=False, batch_size=10)
    assert store.sql("select count(*) n from processed")["n"][0] == 20
    assert store.sql("select count(distinct paper_id) n from mentions")["n"][0] == 20
    run(store, corpus, batch_size=10)
    assert sum(CALLS) == 10


def test_columns_first_seen_empty_take_their_type_from_later_batches(store):
    def commit(i, papers):
        batch = pd.DataFrame({"id": papers["id"], "content_hash": "h"})
        store.commit_batch(batch, fake_extractor(make_test_corpus(0)), papers, "v1", i)

    commit(1, pd.DataFrame({"id": ["a"], "params": [[]], "note": [None],
                            "results": [[{"value": None, "unit": "%"}]]}))
    commit(2, pd.DataFrame({"id": ["b"], "params": [[1.5e9]], "note": [None], "extra": [7],
                            "results": [[{"value": 2.0, "unit": "x"}]]}))
    commit(3, pd.DataFrame({"id": ["c"], "params": [[]], "note": ["n"], "results": [[]]}))
    got = store.papers(["a", "b", "c"])
    assert got["params"].tolist() == [[], [1.5e9], []]
    assert got["results"].tolist() == [[{"value": None, "unit": "%"}],
                                       [{"value": 2.0, "unit": "x"}], []]
    assert got["note"].tolist()[2] == "n" and got["extra"].tolist()[1] == 7
    types = dict(store.sql("describe papers")[["column_name", "column_type"]].values)
    assert types["params"] == "DOUBLE[]" and types["results"].startswith('STRUCT("value" DOUBLE')


def test_results_that_gain_fields_widen_the_stored_struct(store):
    """A store written before results had kind/model/own/metric_type keeps them afterwards."""
    def commit(i, papers):
        batch = pd.DataFrame({"id": papers["id"], "content_hash": "h"})
        store.commit_batch(batch, fake_extractor(make_test_corpus(0)), papers, "v1", i)

    commit(1, pd.DataFrame({"id": ["a"], "results": [[{"value": 1.0, "unit": "%"}]]}))
    commit(2, pd.DataFrame({"id": ["b"], "results": [[{"value": 2.0, "unit": "x",
                                                         "kind": "ratio", "own": True}]]}))
    got = store.papers(["a", "b"])["results"].tolist()
    assert got == [[{"value": 1.0, "unit": "%", "kind": None, "own": None}],
                   [{"value": 2.0, "unit": "x", "kind": "ratio", "own": True}]]


def test_extractor_problems_are_reported_on_the_returned_mentions(store):
    def noisy(chunk):
        out = fake_extractor(chunk)
        out.attrs["errors"] = [{"paper_id": i, "error": "too long"} for i in chunk["id"][:1]]
        return out

    got = store.extract(make_test_corpus(6), extractor=noisy, version="v1", batch_size=3,
                        progress=False)
    assert got.attrs["errors"] == [{"paper_id": "p0000", "error": "too long"},
                                   {"paper_id": "p0003", "error": "too long"}]


def test_custom_extractor_needs_a_version(store):
    with pytest.raises(LitkitError, match="version"):
        store.extract(make_test_corpus(2), extractor=fake_extractor)


def test_sql_tables_and_topic_tables(store):
    run(store, make_test_corpus(20))
    got = store.sql("select paper_id, count(*) n from mentions group by 1 order by 1 limit 2")
    assert got.to_dict("records") == [{"paper_id": "p0000", "n": 3}, {"paper_id": "p0001", "n": 3}]
    topics = pd.DataFrame({"id": ["p0000", "p0001"], "topic": [0, -1], "words": [["a"], []]})
    store.write("doc_topics", topics)
    pd.testing.assert_frame_equal(store.read("doc_topics"), topics)
    assert {"corpus", "mentions", "papers", "processed", "runs", "doc_topics"} <= set(
        store.tables()
    )
    with pytest.raises(LitkitError, match="SQL failed"):
        store.sql("select * from nope")
    with pytest.raises(LitkitError, match="kept by the store"):
        store.write("mentions", topics)


def test_parquet_export_and_import_round_trip(store, tmp_path):
    run(store, make_test_corpus(20))
    paths = store.export_parquet(tmp_path / "pq")
    assert {p.name for p in paths} >= {"corpus.parquet", "mentions.parquet", "papers.parquet"}
    with Store(tmp_path / "copy.duckdb") as other:
        other.import_parquet(tmp_path / "pq")
        assert canonical(other.mentions()).equals(canonical(store.mentions()))
        pd.testing.assert_frame_equal(other.corpus(), store.corpus())
        # the imported bookkeeping makes the copy incremental too
        run(other, make_test_corpus(20))
        assert CALLS == []


CRASH_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from test_store import make_test_corpus, run
from litkit.store import Store
with Store(sys.argv[1]) as s:
    run(s, make_test_corpus(120), batch_size=10)
"""


def test_kill_9_mid_run_loses_at_most_the_batch_in_flight(tmp_path):
    db, marker = tmp_path / "crash.duckdb", tmp_path / "marker"
    script = CRASH_SCRIPT.format(tests=str(HERE))
    env = dict(os.environ, LITKIT_TEST_MARKER=str(marker), LITKIT_TEST_DELAY="0.3")
    proc = subprocess.Popen([sys.executable, "-c", script, str(db)], env=env)
    deadline = time.time() + 60
    # the 4th extractor call means batches 1-3 have committed; kill while batch 4 is in flight
    while time.time() < deadline and proc.poll() is None:
        if marker.exists() and len(marker.read_text().split()) >= 4:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    with Store(db) as s:
        done = s.sql("select count(*) n from processed")["n"][0]
        assert 30 <= done < 120 and done % 10 == 0
        assert s.sql("select count(distinct paper_id) n from mentions")["n"][0] == done
        resumed = run(s, make_test_corpus(120), batch_size=10)
        assert sum(CALLS) == 120 - done
        papers = s.papers()
    with Store(tmp_path / "clean.duckdb") as clean:
        expected = run(clean, make_test_corpus(120), batch_size=10)
        assert canonical(resumed).equals(canonical(expected))
        assert canonical(papers).equals(canonical(clean.papers()))


def test_litkit_extractor_through_the_store_equals_the_in_memory_run(tmp_path):
    import json

    from litkit.extract import extract, summarize

    if not SEED.exists():
        pytest.skip(f"{SEED} not present")
    with SEED.open() as fh:
        seed = make_corpus([json.loads(line) for line in fh], source="seed")
    plain = extract(seed, progress=False)
    with Store(tmp_path / "seed.duckdb") as s:
        stored = s.extract(seed, batch_size=30, progress=False)
        papers = s.papers(seed["id"])
        assert s.last_run["batches"] == 3
        s.extract(seed, progress=False)
        assert s.last_run["extracted"] == 0
    assert canonical(stored).equals(canonical(plain))
    assert canonical(papers).equals(canonical(summarize(plain, seed)))
