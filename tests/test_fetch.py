"""The online fetchers against a real HTTP server on 127.0.0.1 replaying stored responses:
paging, retries, rate-limit spacing, the response cache, resuming, and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import time
from email.utils import formatdate
from pathlib import Path

import pandas as pd
import pytest
import requests
from fetch_replay import DROP, FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st

from litkit.cli import main
from litkit.corpus import rejects_of, validate
from litkit.errors import LitkitError
from litkit.fetch import Client, FetchError, fetch_arxiv, fetch_hf_papers, fetch_openalex, openalex
from litkit.fetch.http import parse_retry_after
from litkit.fetch.paging import Page, Source, fetch_pages
from litkit.readers.openalex import work_record

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT.parent / "shared" / "formats"
QUERY = "cat:cs.CL AND ti:scaling"


def paths(replay, key: str) -> list[str]:
    return [hit.query.get(key) for hit in replay.hits]


# ---- paging ---------------------------------------------------------------------------


def test_arxiv_pages_by_start_until_total(replay, base_url, client):
    df = fetch_arxiv(QUERY, page_size=2, max_records=None, base_url=base_url, client=client,
                     progress=False)
    assert paths(replay, "start") == ["0", "2", "4"]
    assert {h.query["max_results"] for h in replay.hits} == {"2"}
    assert replay.hits[0].query["search_query"] == QUERY
    validate(df)
    assert list(df["arxiv_id"]) == ["2401.00001", "2401.00002", "2401.00003", "2401.00004"]
    assert set(df["source"]) == {"arxiv"}
    first = df.iloc[0]
    assert first["id"] == "arxiv:2401.00001"
    assert first["authors"] == ["Ada Lovelace", "Alan Turing"]
    assert first["doi"] == "10.1234/moe.2024.1"
    assert first["venue"] == "Proc. Example Conf. 2024"
    assert first["date"] == pd.Timestamp("2024-01-02") and first["year"] == 2024
    assert first["abstract"].startswith("We study how the loss")
    assert first["extra"]["categories"] == ["cs.CL", "cs.LG"]
    rejects = rejects_of(df)
    assert len(rejects) == 1 and "no title" in rejects.iloc[0]["reason"]
    assert df.attrs["fetch"]["pages"] == 3 and df.attrs["fetch"]["requests"] == 3


def test_arxiv_ids_are_asked_for_in_chunks_in_order(replay, base_url, client):
    ids = ["arXiv:2401.00003v2", "https://arxiv.org/abs/2401.00001", "2401.00004", "2401.00003"]
    df = fetch_arxiv(ids=ids, page_size=2, base_url=base_url, client=client, progress=False)
    assert paths(replay, "id_list") == ["2401.00003,2401.00001", "2401.00004"]
    assert "search_query" not in replay.hits[0].query
    assert list(df["arxiv_id"]) == ["2401.00003", "2401.00001", "2401.00004"]
    with pytest.raises(LitkitError, match="'hello' is not an arXiv id"):
        fetch_arxiv(ids=["hello"], base_url=base_url, client=client)


def test_max_records_stops_paging_early(replay, base_url, client):
    df = fetch_arxiv(QUERY, page_size=2, max_records=3, base_url=base_url, client=client,
                     progress=False)
    assert paths(replay, "start") == ["0", "2"]
    assert len(df) == 3


def test_openalex_follows_next_cursor(replay, base_url, client):
    df = fetch_openalex("scaling laws", filter="from_publication_date:2023-01-01",
                        per_page=2, max_records=None, mailto="me@example.org",
                        base_url=base_url, client=client, progress=False)
    assert paths(replay, "cursor") == ["*", "c2", "c3"]
    q = replay.hits[0].query
    assert q["search"] == "scaling laws" and q["filter"] == "from_publication_date:2023-01-01"
    assert q["per-page"] == "2" and q["mailto"] == "me@example.org"
    assert q["select"].split(",") == list(openalex.SELECT)
    validate(df)
    assert len(df) == 4 and len(rejects_of(df)) == 1
    by_title = df.set_index("title")
    first = by_title.loc["Scaling Laws Beyond Chinchilla"]
    assert first["abstract"] == "We fit scaling laws to 80 runs up to 10B parameters and 1T tokens."
    assert first["doi"] == "10.5555/scaling.2023.1"
    assert first["venue"] == "Journal of Example Learning"
    assert first["authors"] == ["Maria Gaetana Agnesi", "Emmy Noether"]
    # an arXiv landing page gives the arXiv id, so the work merges with its arXiv record
    assert by_title.loc["Scaling Data-Constrained Language Models"]["arxiv_id"] == "2305.00002"
    assert by_title.loc["Inverse Scaling in Instruction Following"]["abstract"] == ""


def test_openalex_select_keeps_every_field_the_reader_uses():
    samples = [FIXTURES / "openalex" / f"cursor_{c}.json" for c in ("star", "c2")]
    samples += sorted(FORMATS.glob("openalex/*.json"))  # real works, when present
    for path in samples:
        data = json.loads(path.read_text())
        for work in data.get("results", [data]):
            selected = {k: v for k, v in work.items() if k in openalex.SELECT}
            assert work_record(selected) == work_record(work), path


def test_hf_papers_one_request_per_day(replay, base_url, client):
    df = fetch_hf_papers("2024-10-01", "2024-10-03", base_url=base_url, client=client,
                         progress=False)
    assert paths(replay, "date") == ["2024-10-01", "2024-10-02", "2024-10-03"]
    validate(df)
    assert list(df["arxiv_id"]) == ["2409.10001", "2409.10002", "2410.00003"]
    assert df.iloc[0]["url"] == "https://huggingface.co/papers/2409.10001"
    assert df.iloc[0]["extra"]["upvotes"] == 41
    assert len(rejects_of(df)) == 1
    again = fetch_hf_papers(dt.datetime(2024, 10, 1, 9, 30), dt.date(2024, 10, 3),
                            base_url=base_url, client=client, progress=False)
    assert len(again) == 3 and len(replay.hits) == 3  # same days, so all from the cache


def test_hf_papers_pages_within_a_full_day(replay, base_url, client):
    df = fetch_hf_papers("2024-10-01", "2024-10-02", page_size=2, base_url=base_url,
                         client=client, progress=False)
    assert [(h.query["date"], h.query.get("p")) for h in replay.hits] == [
        ("2024-10-01", None), ("2024-10-01", "1"), ("2024-10-02", None)]
    assert list(df["arxiv_id"]) == ["2409.10001", "2409.10002", "2409.10009"]


def test_environment_sets_base_url_and_cache_dir(replay, base_url, tmp_path, monkeypatch):
    monkeypatch.setenv("LITKIT_HF_URL", base_url)
    monkeypatch.setenv("LITKIT_CACHE_DIR", str(tmp_path))
    df = fetch_hf_papers("2024-10-01", delay=0, progress=False)
    assert len(df) == 2 and len(replay.hits) == 1
    assert list((tmp_path / "fetch" / "jobs").glob("hf_papers-*.json"))


def test_unusable_cache_dir_is_a_litkit_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(LitkitError, match="cannot use as the fetch cache"):
        Client(cache_dir=blocker / "cache")


def test_bad_arguments_are_litkit_errors(base_url, client):
    with pytest.raises(LitkitError, match="give a query"):
        fetch_arxiv("  ", base_url=base_url, client=client)
    with pytest.raises(LitkitError, match="search, a filter"):
        fetch_openalex(base_url=base_url, client=client)
    with pytest.raises(LitkitError, match="before it starts"):
        fetch_hf_papers("2024-10-03", "2024-10-01", base_url=base_url, client=client)
    with pytest.raises(LitkitError, match="YYYY-MM-DD"):
        fetch_hf_papers("October 1st", base_url=base_url, client=client)


# ---- retries --------------------------------------------------------------------------


def test_429_waits_retry_after_then_succeeds(replay, base_url, client):
    replay.fail("/works", {"cursor": "c2"}, (429, {"Retry-After": "0.3"}))
    df = fetch_openalex("scaling laws", per_page=2, base_url=base_url, client=client,
                        progress=False)
    assert paths(replay, "cursor") == ["*", "c2", "c2", "c3"]
    assert [h.status for h in replay.hits] == [200, 429, 200, 200]
    assert replay.hits[2].time - replay.hits[1].time >= 0.28  # Retry-After, not the 0.01 backoff
    assert df.attrs["fetch"]["retries"] == 1 and len(df) == 4


def test_503_backs_off_exponentially_then_succeeds(replay, base_url, tmp_path):
    client = Client(delay=0.0, retries=3, backoff=0.1, cache_dir=tmp_path)
    replay.fail("/api/daily_papers", {"date": "2024-10-02"}, (503, {}), (503, {}))
    df = fetch_hf_papers("2024-10-01", "2024-10-03", base_url=base_url, client=client,
                         progress=False)
    assert [h.status for h in replay.hits] == [200, 503, 503, 200, 200]
    gaps = [b.time - a.time for a, b in zip(replay.hits[1:3], replay.hits[2:4], strict=True)]
    assert gaps[0] >= 0.09 and gaps[1] >= 0.19  # backoff, then twice the backoff
    assert len(df) == 3


def test_dropped_connection_is_retried(replay, base_url, client):
    replay.fail("/api/query", {"start": "2"}, DROP)
    df = fetch_arxiv(QUERY, page_size=2, max_records=None, base_url=base_url, client=client,
                     progress=False)
    assert paths(replay, "start") == ["0", "2", "2", "4"]
    assert replay.hits[1].status is None and len(df) == 4


def test_retry_exhaustion_is_a_clear_error(replay, base_url, client):
    replay.fail("/works", {"cursor": "*"}, (503, {}), forever=True)
    with pytest.raises(FetchError, match=r"gave up after 4 attempts; last: HTTP 503") as err:
        fetch_openalex("scaling laws", base_url=base_url, client=client, progress=False)
    assert isinstance(err.value, LitkitError) and err.value.status == 503
    assert "/works?" in str(err.value) and len(replay.hits) == 4


def test_client_errors_are_not_retried(replay, base_url, client):
    replay.fail("/works", {"cursor": "*"}, (404, {}), forever=True)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_openalex("scaling laws", base_url=base_url, client=client, progress=False)
    assert len(replay.hits) == 1


def test_arxiv_error_feed_message_is_shown(replay, base_url, client):
    with pytest.raises(FetchError, match="incorrect id format for 2401.bad"):
        fetch_arxiv("id_list:2401.bad", base_url=base_url, client=client, progress=False)
    assert len(replay.hits) == 1


def test_too_long_retry_after_fails_fast(replay, base_url, client):
    replay.fail("/works", {"cursor": "*"}, (429, {"Retry-After": "3600"}))
    with pytest.raises(FetchError, match="asks to wait 3600 s.*try again later"):
        fetch_openalex("scaling laws", base_url=base_url, client=client, progress=False)
    assert len(replay.hits) == 1


def test_parse_retry_after():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    in_a_minute = parse_retry_after(formatdate(time.time() + 60, usegmt=True))
    assert 55 <= in_a_minute <= 61
    assert parse_retry_after(formatdate(time.time() - 60, usegmt=True)) == 0.0


# ---- politeness -----------------------------------------------------------------------


def test_requests_to_one_host_are_spaced(replay, base_url, tmp_path, monkeypatch):
    # litkit's own clock, so the spacing does not depend on how loaded the machine is: the
    # clock moves only when the client sleeps, so each wait is the whole gap it keeps
    from litkit.fetch import http

    now = [time.monotonic() + 60]  # past any turn an earlier test booked for this host
    waits = []

    def sleep(seconds):
        waits.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(http, "time", type("Clock", (), {"monotonic": lambda: now[0],
                                                         "time": time.time}))
    client = Client(delay=0.2, cache_dir=tmp_path, sleep=sleep)
    fetch_hf_papers("2024-10-01", "2024-10-03", base_url=base_url, client=client, progress=False)
    assert len(replay.hits) == 3
    assert waits == pytest.approx([0.2, 0.2])


def test_user_agent_names_litkit(replay, base_url, client):
    fetch_hf_papers("2024-10-01", base_url=base_url, client=client, progress=False)
    assert replay.hits[0].user_agent.startswith("litkit/")


# ---- cache and resume -----------------------------------------------------------------


def test_second_run_is_served_from_cache(replay, base_url, tmp_path):
    def run():
        return fetch_openalex("scaling laws", per_page=2, base_url=base_url, delay=0,
                              cache_dir=tmp_path, progress=False)

    first = run()
    assert len(replay.hits) == 3
    second = run()
    assert len(replay.hits) == 3  # no new requests
    assert second.attrs["fetch"].get("requests", 0) == 0
    pd.testing.assert_frame_equal(first, second)


def test_cache_is_shared_between_queries_with_the_same_pages(replay, base_url, tmp_path):
    fetch_hf_papers("2024-10-01", "2024-10-02", base_url=base_url, delay=0,
                    cache_dir=tmp_path, progress=False)
    fetch_hf_papers("2024-10-02", "2024-10-03", base_url=base_url, delay=0,
                    cache_dir=tmp_path, progress=False)
    assert paths(replay, "date") == ["2024-10-01", "2024-10-02", "2024-10-03"]


def test_refresh_ignores_the_cache(replay, base_url, tmp_path):
    fetch_hf_papers("2024-10-01", base_url=base_url, delay=0, cache_dir=tmp_path, progress=False)
    fetch_hf_papers("2024-10-01", base_url=base_url, delay=0, cache_dir=tmp_path,
                    refresh=True, progress=False)
    assert len(replay.hits) == 2


def test_interrupted_fetch_resumes_where_it_stopped(replay, base_url, tmp_path):
    def run():
        client = Client(delay=0.0, retries=1, backoff=0.01, cache_dir=tmp_path)
        return fetch_arxiv(QUERY, page_size=2, max_records=None, base_url=base_url,
                           client=client, progress=False)

    replay.fail("/api/query", {"start": "4"}, (500, {}), forever=True)
    with pytest.raises(FetchError, match="HTTP 500"):
        run()
    assert paths(replay, "start") == ["0", "2", "4", "4"]
    journal = json.loads(next((tmp_path / "jobs").glob("arxiv-*.json")).read_text())
    assert journal["done"] == [0, 2] and journal["next"] == 4 and not journal["finished"]

    replay.reset()  # the server recovers
    df = run()
    assert paths(replay, "start") == ["4"]  # only the page that failed
    assert len(df) == 4 and df.attrs["fetch"]["resumed_pages"] == 2
    assert df.attrs["fetch"]["finished"]

    replay.reset()
    assert len(run()) == 4 and replay.hits == []  # finished: all from cache


def test_resume_survives_a_cleared_response_cache(replay, base_url, tmp_path):
    fetch_openalex("scaling laws", per_page=2, max_records=2, base_url=base_url, delay=0,
                   cache_dir=tmp_path, progress=False)
    for entry in (tmp_path / "http").rglob("*.gz"):
        entry.unlink()
    replay.reset()
    df = fetch_openalex("scaling laws", per_page=2, max_records=None, base_url=base_url,
                        delay=0, cache_dir=tmp_path, progress=False)
    assert paths(replay, "cursor") == ["*", "c2", "c3"]
    assert len(df) == 4


def test_unusable_response_is_not_cached_and_is_refetched_on_resume(replay, base_url, tmp_path):
    def run():
        return fetch_openalex("scaling laws", per_page=2, max_records=None, base_url=base_url,
                              delay=0, cache_dir=tmp_path, progress=False)

    replay.fail("/works", {"cursor": "c2"}, (200, {"Content-Type": "text/html"}))
    with pytest.raises(FetchError, match="not an OpenAlex works page"):
        run()
    assert len(run()) == 4
    assert paths(replay, "cursor") == ["*", "c2", "c2", "c3"]


def test_arxiv_empty_page_mid_results_can_be_resumed(replay, base_url, tmp_path):
    def run():
        return fetch_arxiv(QUERY, page_size=2, max_records=None, base_url=base_url, delay=0,
                           cache_dir=tmp_path, progress=False)

    replay.fail("/api/query", {"start": "2"}, (200, {}, "arxiv/empty.xml"))
    with pytest.raises(FetchError, match="empty page at 2 of 5"):
        run()
    assert len(run()) == 4
    assert paths(replay, "start") == ["0", "2", "2", "4"]


def test_unreadable_journal_starts_over(replay, base_url, tmp_path):
    fetch_hf_papers("2024-10-01", base_url=base_url, delay=0, cache_dir=tmp_path,
                    progress=False)
    next((tmp_path / "jobs").glob("hf_papers-*.json")).write_text("{not json")
    df = fetch_hf_papers("2024-10-01", base_url=base_url, delay=0, cache_dir=tmp_path,
                         progress=False)
    assert len(df) == 2 and len(replay.hits) == 1  # the page itself still came from cache


# ---- real samples (read-only, from ../shared/formats) ---------------------------------


@pytest.mark.skipif(not FORMATS.is_dir(), reason="../shared/formats not present")
def test_parsers_read_real_api_responses():
    from litkit.fetch import arxiv, hf_papers

    page = arxiv.parse_page((FORMATS / "arxiv" / "search_query=au:del_maestro.xml").read_bytes())
    assert page.total == 31 and len(page.records) == 10
    assert all(r["arxiv_id"] and r["abstract"] for r in page.records)
    recorded = json.loads((FORMATS / "arxiv" / "q_testing_s0_m10_bc5a6c384fe9.json").read_text())
    page = arxiv.parse_page(recorded["body"].encode("latin-1"))
    assert len(page.records) == 10 and page.total and page.total > 10

    body = (FORMATS / "openalex" / "openalexPro_keypaper_results_page_1.json").read_bytes()
    page = openalex.parse_page(body)
    assert page.next and len(page.records) == 2
    assert page.records[0]["doi"] and page.records[0]["authors"]

    page = hf_papers.parse_page((FORMATS / "hfpapers" / "daily_papers.json").read_bytes())
    assert len(page.records) == 29 and all(r["arxiv_id"] for r in page.records)


# ---- CLI ------------------------------------------------------------------------------


def cli(*args: str) -> int:
    return main(["fetch", *args])


def test_cli_fetches_each_source_to_a_file(replay, base_url, tmp_path, capsys):
    common = ["--base-url", base_url, "--cache-dir", str(tmp_path / "c"), "--delay", "0",
              "--quiet"]
    assert cli("arxiv", "--query", QUERY, "--page-size", "2", "--max", "0",
               "-o", str(tmp_path / "a.jsonl"), *common) == 0
    assert cli("openalex", "--search", "scaling laws", "--filter", "publication_year:2023",
               "--max", "3", "--per-page", "2", "-o", str(tmp_path / "oa.parquet"),
               *common) == 0
    assert cli("hf-papers", "--from", "2024-10-01", "--to", "2024-10-03",
               "-o", str(tmp_path / "hf.csv"), *common) == 0
    assert len(pd.read_json(tmp_path / "a.jsonl", lines=True)) == 4
    assert len(pd.read_parquet(tmp_path / "oa.parquet")) == 3
    assert list(pd.read_csv(tmp_path / "hf.csv", dtype=str)["arxiv_id"]) == [
        "2409.10001", "2409.10002", "2410.00003"]
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("arxiv: 4 papers (1 rejected) from 3 pages") and "a.jsonl" in out[0]
    assert "hf_papers: 3 papers" in out[2]


def test_cli_reads_arxiv_ids_from_a_file(replay, base_url, tmp_path, capsys):
    ids = tmp_path / "ids.txt"
    ids.write_text("2401.00003\n\narXiv:2401.00001\n2401.00004\n")
    out = tmp_path / "listed.jsonl"
    assert cli("arxiv", "--ids", f"@{ids}", "--page-size", "2", "--base-url", base_url,
               "--cache-dir", str(tmp_path), "--delay", "0", "--quiet", "-o", str(out)) == 0
    assert len(pd.read_json(out, lines=True)) == 3
    assert cli("arxiv", "--ids", f"@{tmp_path / 'missing.txt'}", "-o", str(out)) == 2
    assert "cannot read the id list" in capsys.readouterr().err


def test_cli_error_is_one_line(replay, base_url, tmp_path, capsys):
    replay.fail("/works", {"cursor": "*"}, (503, {}), forever=True)
    code = cli("openalex", "--search", "x", "--base-url", base_url, "--cache-dir",
               str(tmp_path), "--delay", "0", "--retries", "1", "--backoff", "0.01",
               "-o", str(tmp_path / "oa.jsonl"))
    err = capsys.readouterr().err.strip()
    assert code == 2 and "\n" not in err and "gave up after 2 attempts" in err
    assert "run the same command again to resume" in err
    assert not (tmp_path / "oa.jsonl").exists()


def test_cli_checks_the_output_suffix_before_fetching(replay, base_url, tmp_path, capsys):
    code = cli("hf-papers", "--from", "2024-10-01", "--base-url", base_url, "-o",
               str(tmp_path / "hf.txt"))
    assert code == 2 and "use one of" in capsys.readouterr().err and replay.hits == []


@pytest.mark.parametrize("source", ["arxiv", "openalex", "hf-papers"])
def test_cli_help_has_an_example(source, capsys):
    with pytest.raises(SystemExit):
        cli(source, "--help")
    help_text = capsys.readouterr().out
    assert f"litkit fetch {source}" in help_text and "--cache-dir" in help_text


# ---- paging properties (in memory: a session that answers from a dict) ----------------


class _PagesSession(requests.Session):
    """Serves page i of a synthetic source at /page/i; fails with 503 on ``failing``."""

    def __init__(self, pages: list[int], failing: set[int]) -> None:
        super().__init__()
        self.pages, self.failing, self.asked = pages, failing, []

    def get(self, url, **kwargs):
        i = int(url.rsplit("/", 1)[1])
        self.asked.append(i)
        resp = requests.Response()
        resp.status_code = 503 if i in self.failing else 200
        start = sum(self.pages[:i])
        resp._content = json.dumps(list(range(start, start + self.pages[i]))).encode()
        return resp


def _source(pages: list[int]) -> Source:
    def parse(body: bytes, i: int, url: str) -> Page:
        records = [{"title": f"paper {n}", "abstract": "", "id": f"p{n}"} for n in json.loads(body)]
        return Page(records, i + 1 if i + 1 < len(pages) else None)

    return Source("synthetic", {"pages": pages}, 0, lambda i: (f"http://x/page/{i}", {}), parse)


@settings(max_examples=40, deadline=None)
@given(pages=st.lists(st.integers(0, 4), min_size=1, max_size=6), data=st.data())
def test_resume_gives_the_same_corpus_and_refetches_only_the_rest(pages, data):
    fail_at = data.draw(st.integers(0, len(pages) - 1))
    limit = data.draw(st.none() | st.integers(1, 12))
    with tempfile.TemporaryDirectory() as tmp:
        def client(failing):
            return Client(delay=0, retries=0, cache_dir=tmp,
                          session=_PagesSession(pages, failing), sleep=lambda s: None)

        broken = client({fail_at})
        with pytest.raises(FetchError):
            fetch_pages(broken, _source(pages), progress=False)
        assert broken.session.asked == list(range(fail_at + 1))
        healed = client(set())
        df = fetch_pages(healed, _source(pages), max_records=limit, progress=False)
    total = sum(pages)
    want = total if limit is None else min(limit, total)
    assert list(df["id"]) == [f"p{n}" for n in range(want)]
    assert all(i >= fail_at for i in healed.session.asked)  # earlier pages: from the cache
