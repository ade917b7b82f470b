"""Citation look-ups and snowballing against the replay server on 127.0.0.1: OpenAlex OR
filters and Semantic Scholar batch POSTs, papers not found, retries, the cache, resuming,
and ``litkit fetch citations|snowball``."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pandas as pd
import pytest
from fetch_replay import DROP

from litkit import citations
from litkit.cli import main
from litkit.corpus import make_corpus, rejects_of, validate
from litkit.errors import LitkitError
from litkit.fetch import Client, FetchError, fetch_citations, not_found_of, snowball
from litkit.fetch.citations import lookup_key
from litkit.tables import write_table

TRANSFORMER_S2 = "204e3073870fae3d05bcbc2f6a8e263d9b72e776"


@pytest.fixture
def corpus():
    """Five papers: found by arXiv id, by DOI, by OpenAlex id; not found; nothing to ask by."""
    return make_corpus([
        {"title": "Attention Is All You Need", "arxiv_id": "1706.03762", "year": 2017},
        {"title": "The state of OA", "doi": "10.7717/peerj.4375", "year": 2018},
        {"id": "openalex:W4000000003", "title": "A Survey of Scaling", "year": 2023,
         "extra": {"openalex_id": "https://openalex.org/W4000000003"}},
        {"title": "A Lost Paper", "doi": "10.9999/missing.1", "year": 2020},
        {"title": "An Unpublished Note", "year": 2021},
    ], source="test")


def asked(replay) -> list:
    return [h.query.get("filter") or h.body or h.path for h in replay.hits]


def test_lookup_keys_prefer_the_sources_own_id():
    paper = {"id": "arxiv:1706.03762", "arxiv_id": "1706.03762", "doi": "10.1/x",
             "extra": {"openalex_id": "https://openalex.org/W9", "s2_paper_id": "a" * 40}}
    assert lookup_key(paper, "openalex") == "openalex:W9"
    assert lookup_key(paper, "semanticscholar") == "s2:" + "a" * 40
    bare = {"id": "arxiv:1706.03762", "arxiv_id": "1706.03762", "doi": "10.1/x", "extra": {}}
    assert lookup_key(bare, "openalex") == "doi:10.1/x"
    assert lookup_key(bare, "semanticscholar") == "arxiv:1706.03762"
    assert lookup_key({"id": "title:abc", "extra": {}}, "openalex") is None


def test_openalex_looks_up_in_or_filters_and_keeps_every_paper(replay, base_url, client,
                                                               corpus):
    out = fetch_citations(corpus, "openalex", batch_size=2, mailto="me@example.org",
                          base_url=base_url, client=client, progress=False)
    assert asked(replay) == ["openalex:W4000000003",
                             "doi:10.48550/arxiv.1706.03762|10.7717/peerj.4375",
                             "doi:10.9999/missing.1"]
    assert replay.hits[0].query["mailto"] == "me@example.org"
    assert "referenced_works" in replay.hits[0].query["select"].split(",")
    validate(out)
    assert list(out["id"]) == list(corpus["id"]) and list(out["title"]) == list(corpus["title"])
    by_id = out.set_index("id")
    transformer = by_id.loc["arxiv:1706.03762"]
    assert transformer["cited_by_count"] == 150214
    assert transformer["cited_by_date"] == pd.Timestamp("2025-06-01")  # OpenAlex updated_date
    assert transformer["references"] == ["openalex:W4000000011", "openalex:W4000000012"]
    assert transformer["extra"]["openalex_id"] == "https://openalex.org/W4000000001"
    assert transformer["doi"] == "10.48550/arxiv.1706.03762"  # a blank filled from the source
    assert by_id.loc["openalex:W4000000003", "cited_by_count"] == 12
    missing = not_found_of(out).set_index("record")["reason"]
    assert missing["doi:10.9999/missing.1"] == "not found by OpenAlex (doi 10.9999/missing.1)"
    assert missing.iloc[1].startswith("no DOI, arXiv id or openalex id")
    assert pd.isna(by_id.loc["doi:10.9999/missing.1", "cited_by_count"])
    # the survey cites the Transformer by its OpenAlex id, which the look-up attached
    links = citations.edges(out)
    assert links[links["internal"]].values.tolist() == [
        ["openalex:W4000000003", "arxiv:1706.03762", True]]


def test_semantic_scholar_posts_batches_and_dates_counts_by_the_response(
        replay, base_url, client, corpus):
    out = fetch_citations(corpus, "semanticscholar", batch_size=2, base_url=base_url,
                          client=client, progress=False)
    assert [h.body for h in replay.hits] == [
        {"ids": ["ARXIV:1706.03762", "DOI:10.7717/peerj.4375"]},
        {"ids": ["DOI:10.9999/missing.1"]}]
    fields = replay.hits[0].query["fields"].split(",")
    assert {"citationCount", "references.externalIds"} <= set(fields)
    by_id = out.set_index("id")
    transformer = by_id.loc["arxiv:1706.03762"]
    assert transformer["cited_by_count"] == 120345
    assert transformer["cited_by_date"] == pd.Timestamp(dt.datetime.now(dt.UTC).date())
    assert transformer["references"] == ["arxiv:1409.0473"]  # the unmatched reference noted
    assert transformer["extra"]["s2_paper_id"] == TRANSFORMER_S2
    assert "1 of 2 references name no work" in transformer["extra"]["references_note"]
    assert by_id.loc["doi:10.7717/peerj.4375", "references"] == []
    reasons = dict(not_found_of(out)[["record", "reason"]].values)
    assert reasons["doi:10.9999/missing.1"] == "not found by Semantic Scholar"
    assert reasons["openalex:W4000000003"].startswith("no DOI, arXiv id")


def test_lookups_merge_with_citation_data_already_there(replay, base_url, client, corpus):
    corpus.at[0, "cited_by_count"] = 200000  # a higher count read earlier elsewhere
    corpus.at[0, "cited_by_date"] = pd.Timestamp("2024-01-01")
    corpus.at[0, "references"] = ["doi:10.1/older"]
    out = fetch_citations(corpus, "openalex", batch_size=2, base_url=base_url, client=client,
                          progress=False)
    first = out.iloc[0]
    assert (first["cited_by_count"], first["cited_by_date"]) == (200000,
                                                                pd.Timestamp("2024-01-01"))
    assert first["references"] == ["doi:10.1/older", "openalex:W4000000011",
                                   "openalex:W4000000012"]


def test_second_run_costs_no_requests_and_an_interrupted_run_resumes(replay, base_url,
                                                                      tmp_path, corpus):
    def run(retries: int = 0):
        client = Client(delay=0.0, retries=retries, backoff=0.01, cache_dir=tmp_path)
        return fetch_citations(corpus, "semanticscholar", batch_size=2, base_url=base_url,
                               client=client, progress=False)

    replay.fail("/graph/v1/paper/batch", {}, (503, {}), forever=True)
    with pytest.raises(FetchError, match="HTTP 503"):
        run()
    replay.reset()
    first = run()
    assert len(replay.hits) == 2
    replay.reset()
    again = run()
    assert replay.hits == [] and again.attrs["fetch"].get("requests", 0) == 0
    pd.testing.assert_frame_equal(first, again)  # the date too: the day it was downloaded


def test_429_is_retried_after_retry_after(replay, base_url, client, corpus):
    replay.fail("/works", {"filter": "doi:10.9999/missing.1"}, (429, {"Retry-After": "0.2"}),
                DROP)
    out = fetch_citations(corpus, "openalex", batch_size=2, base_url=base_url, client=client,
                          progress=False)
    statuses = [h.status for h in replay.hits]
    assert statuses == [200, 200, 429, None, 200] and len(out) == 5
    assert replay.hits[3].time - replay.hits[2].time >= 0.18
    assert out.attrs["fetch"]["retries"] == 2


def test_unusable_answer_is_a_clear_error_and_not_replayed(replay, base_url, client, corpus):
    replay.fail("/graph/v1/paper/batch", {}, (200, {}, "citations/s2_citations_none.json"))
    with pytest.raises(FetchError, match="expected a list of 2 papers"):
        fetch_citations(corpus, "semanticscholar", batch_size=2, base_url=base_url,
                        client=client, progress=False)
    out = fetch_citations(corpus, "semanticscholar", batch_size=2, base_url=base_url,
                          client=client, progress=False)
    assert out.iloc[0]["cited_by_count"] == 120345


def test_semantic_scholar_api_key_is_sent_as_a_header_and_kept_out_of_the_cache(
        replay, base_url, tmp_path, corpus, monkeypatch):
    def run(**options):
        client = Client(delay=0.0, retries=0, cache_dir=tmp_path)
        return snowball(corpus, "semanticscholar", "both", per_seed=5, batch_size=2,
                        base_url=base_url, client=client, progress=False, **options)

    monkeypatch.delenv("S2_API_KEY", raising=False)
    run(api_key="secret-key-1")
    assert len(replay.hits) == 5  # seed batches, two citing lists, the looked-up works
    assert {h.headers.get("x-api-key") for h in replay.hits} == {"secret-key-1"}
    assert all("secret-key-1" not in str(h.query) for h in replay.hits)
    stored = [gzip.decompress(f.read_bytes()) if f.suffix == ".gz" else f.read_bytes()
              for f in tmp_path.rglob("*") if f.is_file()]
    assert stored and not [b for b in stored if b"secret-key-1" in b]
    replay.reset()
    monkeypatch.setenv("S2_API_KEY", "secret-key-2")  # another key: the same cache entries
    run()
    assert replay.hits == []
    client = Client(delay=0.0, cache_dir=tmp_path, refresh=True)
    fetch_citations(corpus, "semanticscholar", batch_size=2, base_url=base_url, client=client,
                    progress=False)  # from $S2_API_KEY
    assert [h.headers.get("x-api-key") for h in replay.hits] == ["secret-key-2"] * 2
    replay.reset()
    monkeypatch.delenv("S2_API_KEY")
    fetch_citations(corpus, "semanticscholar", batch_size=2, base_url=base_url, client=client,
                    progress=False)
    assert [h.headers.get("x-api-key") for h in replay.hits] == [None, None]
    with pytest.raises(LitkitError, match="API key is for Semantic Scholar"):
        fetch_citations(corpus, "openalex", api_key="k", base_url=base_url, client=client)


def test_bad_arguments_are_litkit_errors(corpus, client):
    with pytest.raises(LitkitError, match="unknown citation source 'scholar'"):
        fetch_citations(corpus, "scholar", client=client)
    with pytest.raises(LitkitError, match="direction must be one of"):
        snowball(corpus, direction="sideways", client=client)


def test_nothing_to_look_up_makes_no_request(replay, base_url, client):
    bare = make_corpus([{"title": "An Unpublished Note"}])
    out = fetch_citations(bare, "openalex", base_url=base_url, client=client, progress=False)
    assert replay.hits == [] and len(out) == 1 and len(not_found_of(out)) == 1


# ---- snowballing ------------------------------------------------------------------------


def test_openalex_snowball_fetches_references_and_citing_works(replay, base_url, client,
                                                                corpus):
    out = snowball(corpus, "openalex", batch_size=2, base_url=base_url, client=client,
                   progress=False)
    assert asked(replay)[3:] == ["cites:W4000000001", "cites:W4000000002", "cites:W4000000003",
                                 "openalex:W4000000011|W4000000012", "openalex:W4000000013"]
    assert replay.hits[3].query["sort"] == "cited_by_count:desc"
    validate(out)
    titles = set(out["title"])
    assert {"Adam: A Method for Stochastic Optimization",
            "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
            "Neural Machine Translation by Jointly Learning to Align and Translate"} <= titles
    assert len(out) == 8  # 5 seeds + 3 works; the survey citing the Transformer is a seed
    assert out.attrs["duplicates_merged"] == 1
    assert rejects_of(out)["reason"].tolist() == ["work has no title"]
    assert out.attrs["rows_in"] == len(out) + len(rejects_of(out)) + 1
    assert "openalex:W4000000013" in set(not_found_of(out)["record"])
    graph = citations.graph(out)
    bert = out.set_index("title").loc[
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "id"]
    assert graph.has_edge(bert, "arxiv:1706.03762") and graph.has_edge(
        bert, "openalex:W4000000011")


def test_semantic_scholar_snowball_looks_citing_ids_up(replay, base_url, client, corpus):
    out = snowball(corpus, "semanticscholar", "both", per_seed=5, batch_size=2,
                   base_url=base_url, client=client, progress=False)
    cited = [h for h in replay.hits if h.path.endswith("/citations")]
    assert [h.path.split("/")[-2] for h in cited] == [
        TRANSFORMER_S2, "4a1f5a0c7b5bf2e01dc6c2e1c3fb1e4a8c8d5b21"]
    assert cited[0].query == {"fields": "paperId,externalIds", "limit": "5"}
    assert replay.hits[-1].body == {"ids": ["ARXIV:1409.0473", "ARXIV:1810.04805"]}
    assert len(out) == 7
    bert = out[out["arxiv_id"] == "1810.04805"].iloc[0]
    assert bert["references"] == ["arxiv:1706.03762"] and bert["cited_by_count"] == 95000
    assert citations.graph(out).has_edge(bert["id"], "arxiv:1706.03762")


def test_openalex_snowball_asks_every_request_with_the_mailto(replay, base_url, client,
                                                             corpus):
    snowball(corpus, "openalex", batch_size=2, base_url=base_url, client=client,
             mailto="me@example.org", progress=False)
    assert [f for f in asked(replay) if f.startswith("cites:")]
    assert {h.query.get("mailto") for h in replay.hits} == {"me@example.org"}


def test_snowball_references_only_asks_no_citing_works(replay, base_url, client, corpus):
    snowball(corpus, "openalex", "references", batch_size=2, base_url=base_url,
             client=client, progress=False)
    assert not [f for f in asked(replay) if f.startswith("cites:")]


# ---- CLI ----------------------------------------------------------------------------------


def cli(*args: str) -> int:
    return main(["fetch", *args])


def test_cli_enriches_a_corpus_file(replay, base_url, corpus, tmp_path, capsys):
    source = write_table(corpus, tmp_path / "corpus.jsonl")
    out, missing = tmp_path / "enriched.parquet", tmp_path / "missing.csv"
    code = cli("citations", str(source), "--source", "semanticscholar", "--batch-size", "2",
               "-o", str(out), "--not-found", str(missing), "--base-url", base_url,
               "--cache-dir", str(tmp_path / "c"), "--delay", "0", "--quiet")
    assert code == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("semanticscholar: 2 of 5 papers found; 2 with a citation count, "
                           "2 with references (1 in all) (2 requests, 0 from cache, 0 retries)")
    back = validate(pd.read_parquet(out).assign(
        extra=lambda d: d["extra"].map(json.loads),
        references=lambda d: d["references"].map(lambda r: None if r is None else list(r))))
    assert back.iloc[0]["references"] == ["arxiv:1409.0473"]
    assert len(pd.read_csv(missing)) == 3


def test_cli_snowball_prints_what_it_merged(replay, base_url, corpus, tmp_path, capsys):
    source = write_table(corpus, tmp_path / "seeds.csv")
    code = cli("snowball", str(source), "--batch-size", "2", "-o", str(tmp_path / "s.jsonl"),
               "--base-url", base_url, "--cache-dir", str(tmp_path), "--delay", "0",
               "--quiet")
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.startswith("openalex: 5 seeds -> 8 papers (1 duplicates merged, "
                                   "1 rejected, 3 not found)")
    assert "not found: doi:10.9999/missing.1: not found by OpenAlex" in captured.err


def test_cli_error_is_one_line_and_says_resume(replay, base_url, corpus, tmp_path, capsys):
    replay.fail("/works", {}, (503, {}), forever=True)
    source = write_table(corpus, tmp_path / "corpus.jsonl")
    code = cli("citations", str(source), "-o", str(tmp_path / "out.jsonl"), "--base-url",
               base_url, "--cache-dir", str(tmp_path), "--delay", "0", "--retries", "0",
               "--quiet")
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert code == 2 and "HTTP 503" in err and "run the same command again" in err


def test_cli_api_key_is_sent_never_printed_and_a_refusal_says_why(
        replay, base_url, corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("S2_API_KEY", raising=False)
    source = write_table(corpus, tmp_path / "corpus.jsonl")
    args = ["citations", str(source), "--source", "semanticscholar", "--batch-size", "2",
            "-o", str(tmp_path / "out.jsonl"), "--base-url", base_url, "--delay", "0",
            "--retries", "0", "--quiet"]
    assert cli(*args, "--cache-dir", str(tmp_path / "a"), "--api-key", "secret-key-3") == 0
    assert {h.headers.get("x-api-key") for h in replay.hits} == {"secret-key-3"}
    assert "secret-key-3" not in str(capsys.readouterr())
    replay.fail("/graph/v1/paper/batch", {}, (403, {}), forever=True)
    assert cli(*args, "--cache-dir", str(tmp_path / "b"), "--api-key", "wrong-key") == 2
    err = capsys.readouterr().err
    assert "HTTP 403" in err and "check the API key" in err and "wrong-key" not in err
    replay.reset()
    replay.fail("/graph/v1/paper/batch", {}, (429, {}), forever=True)
    assert cli(*args, "--cache-dir", str(tmp_path / "c")) == 2
    assert "give one with --api-key or $S2_API_KEY" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["citations", "snowball"])
def test_cli_help_has_an_example(command, capsys):
    with pytest.raises(SystemExit):
        cli(command, "--help")
    text = capsys.readouterr().out
    assert f"litkit fetch {command}" in text and "--source" in text and "--not-found" in text
    assert "--api-key" in text and "S2_API_KEY" in text
