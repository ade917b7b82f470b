"""Every reader on its own fixture and on the real samples in ../shared/formats."""

from __future__ import annotations

import gzip
import http.server
import json
import shutil
import threading
from pathlib import Path

import pandas as pd
import pytest

import litkit
from litkit.corpus import COLUMNS, rejects_of, validate
from litkit.errors import InputError, LitkitError
from litkit.readers import FORMATS, detect_format, formats, read

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "readers"
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "formats"


def sample(relative: str) -> Path:
    path = SAMPLES / relative
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def check(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every read returns a valid Corpus and accounts for every input record."""
    validate(corpus)
    rejects = rejects_of(corpus)
    assert list(rejects.columns) == ["source", "record", "reason"]
    assert corpus.attrs["rows_in"] == (
        len(corpus) + len(rejects) + corpus.attrs["duplicates_merged"]
    )
    return corpus


# --- registry -----------------------------------------------------------------------------


def test_formats_table_lists_every_reader():
    table = formats()
    assert list(table.columns) == ["name", "description", "suffixes"]
    assert set(table["name"]) == {f.name for f in FORMATS}
    assert len(table) == 13 and table["name"].is_unique


@pytest.mark.parametrize(
    "name, expected",
    [
        ("papers.bib", "bibtex"),
        ("papers.ris", "ris"),
        ("papers.csv", "csv"),
        ("papers.jsonl", "jsonl"),
        ("hf_page.txt", "hf-page"),
        ("medline.nbib", "pubmed"),
        ("wos.txt", "wos"),
        ("openalex.json", "openalex"),
        ("s2.json", "semanticscholar"),
        ("arxiv_atom.xml", "arxiv-atom"),
    ],
)
def test_detects_format_of_each_fixture(name, expected):
    assert detect_format(FIXTURES / name).name == expected


def test_detects_format_by_content_when_suffix_misleads(tmp_path):
    renamed = tmp_path / "export.txt"
    shutil.copy(FIXTURES / "papers.ris", renamed)
    assert detect_format(renamed).name == "ris"
    no_suffix = tmp_path / "query"
    shutil.copy(FIXTURES / "arxiv_atom.xml", no_suffix)
    assert read(no_suffix).attrs["formats"] == ["arxiv-atom"]


def test_unknown_format_names_the_valid_ones(tmp_path):
    odd = tmp_path / "notes.dat"
    odd.write_text("just some words\nnothing like a bibliography\n")
    with pytest.raises(InputError, match="cannot tell the format.*bibtex, ris"):
        read(odd)
    with pytest.raises(LitkitError, match="unknown format 'endnote'; valid formats: openalex"):
        read(FIXTURES / "papers.ris", format="endnote")


def test_gzip_is_transparent(tmp_path):
    packed = tmp_path / "papers.bib.gz"
    packed.write_bytes(gzip.compress((FIXTURES / "papers.bib").read_bytes()))
    plain, zipped = read(FIXTURES / "papers.bib"), read(packed)
    assert zipped["title"].tolist() == plain["title"].tolist()


def test_top_level_api_and_read_with_rejects():
    corpus, rejects = litkit.read_with_rejects(FIXTURES / "papers.jsonl")
    assert rejects.equals(rejects_of(corpus)) and len(rejects) == 2
    assert litkit.read is read and callable(litkit.formats)


# --- each reader on its own fixture ---------------------------------------------------------


def test_bibtex_fixture_decodes_latex_and_rejects_bad_entries():
    corpus = check(read(FIXTURES / "papers.bib"))
    first = corpus.iloc[0]
    assert first["title"] == "BERT Goes to School: Café Tables at 50% Scale"
    assert first["authors"] == ["Jörg Müller", "María García"]
    assert first["venue"] == "Proceedings of ACL"  # @string macro resolved
    assert first["arxiv_id"] == "2004.12345" and first["id"] == "arxiv:2004.12345"
    assert "<i>" not in first["abstract"] and "$\\mathcal{O}(n)$" in first["abstract"]
    assert corpus.iloc[1]["doi"] == "10.1234/jot.2019.42" and corpus.iloc[1]["year"] == 2019
    rejects = rejects_of(corpus)
    reasons = dict(zip(rejects["record"], rejects["reason"], strict=True))
    assert reasons == {23: "no title and no abstract",
                       28: "duplicate key 'smith2019' (first at line 15)"}
    chapter = corpus.set_index("title").loc["A Chapter"]  # BibLaTeX crossref inheritance
    assert chapter["venue"] == "The Collected Volume" and chapter["year"] == 2001


def test_ris_fixture_reports_truncated_record():
    corpus = check(read(FIXTURES / "papers.ris"))
    paper = corpus.iloc[0]
    assert paper["authors"] == ["Jane Doe", "Richard Roe"]
    assert paper["date"] == pd.Timestamp("2021-03-04") and paper["doi"] == "10.5555/tiny.2021"
    assert paper["arxiv_id"] == "2103.00001" and paper["venue"] == "Journal of Small Things"
    (reject,) = rejects_of(corpus).itertuples()
    assert reject.record == 13 and "no closing 'ER'" in reject.reason


def test_csv_fixture_with_column_mapping():
    corpus = check(read(FIXTURES / "papers.csv"))
    assert corpus["title"].tolist() == ["Graph Nets, Revisited", "No Abstract Here"]
    assert corpus.iloc[0]["abstract"] == 'We revisit graph networks, with "quotes".'
    assert corpus.iloc[0]["extra"]["Writers"] == "A. One; B. Two"  # unmapped columns kept
    mapped = read(FIXTURES / "papers.csv", columns={"Writers": "authors", "Venue Name": "venue"})
    assert mapped.iloc[0]["authors"] == ["A. One", "B. Two"]
    assert mapped["venue"].tolist() == ["NeurIPS", "ICML"]
    with pytest.raises(LitkitError, match="unknown Corpus field"):
        read(FIXTURES / "papers.csv", columns={"Writers": "writers"})


def test_hf_page_fixture_ignores_chrome():
    corpus = check(read(FIXTURES / "hf_page.txt"))
    assert corpus["title"].tolist() == ["Tiny Transformers Are Enough", "Scaling Data, Not Models"]
    assert corpus["abstract"].str.startswith("We ").all()


def test_hf_page_title_without_abstract_and_orphan_paragraph(tmp_path):
    page = tmp_path / "page.txt"
    words = " ".join(["word"] * 40)
    page.write_text(f"Daily Papers\n\n{words}\n\nLonely Title\n\nNext Title\n\n{words}\n")
    corpus = check(read(page, format="hf-page"))
    assert corpus["title"].tolist() == ["Lonely Title", "Next Title"]
    assert corpus["abstract"].tolist() == ["", words]
    assert rejects_of(corpus)["record"].tolist() == [3]


def test_pubmed_fixture_joins_continuation_lines():
    corpus = check(read(FIXTURES / "medline.nbib"))
    assert corpus.iloc[0]["title"] == "Deep learning for protein folding: a short review."
    assert corpus.iloc[0]["doi"] == "10.1000/prot.2021.1"
    assert corpus.iloc[0]["date"] == pd.Timestamp("2021-03-05")
    assert corpus["authors"].tolist() == [["Marie Curie"], ["Louis Pasteur"]]
    assert corpus.iloc[1]["abstract"] == "" and corpus.iloc[1]["year"] == 2019


def test_wos_fixture():
    paper = check(read(FIXTURES / "wos.txt")).iloc[0]
    assert paper["title"] == "Learning to rank with very long titles that wrap"
    assert paper["doi"] == "10.1111/rank.2020" and paper["year"] == 2020


def test_openalex_fixture_rebuilds_abstract():
    corpus = check(read(FIXTURES / "openalex.json"))
    first = corpus.iloc[0]
    assert first["abstract"] == "We rebuild the abstract the text."
    assert first["id"] == "openalex:W1" and first["doi"] == "10.7717/abc"
    assert first["arxiv_id"] == "2005.00001" and first["venue"] == "Example Journal"
    assert corpus.iloc[1]["abstract"] == ""


def test_semanticscholar_fixture_rejects_null():
    corpus = check(read(FIXTURES / "s2.json"))
    assert corpus.iloc[0]["arxiv_id"] == "1706.03762" and corpus.iloc[0]["id"] == "s2:abc123"
    assert rejects_of(corpus)["record"].tolist() == [1]


def test_arxiv_atom_fixture():
    paper = check(read(FIXTURES / "arxiv_atom.xml")).iloc[0]
    assert paper["title"] == "Attention Is All You Need"
    assert paper["arxiv_id"] == "1706.03762" and paper["date"] == pd.Timestamp("2017-06-12")
    assert paper["authors"] == ["Ashish Vaswani", "Noam Shazeer"]
    assert paper["extra"]["categories"] == ["cs.CL"]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_written_corpus_reads_back_unchanged(tmp_path, suffix):
    original = read(FIXTURES / "papers.bib")
    path = litkit.write_table(original, tmp_path / f"corpus{suffix}")
    again = check(read(path))
    for column in COLUMNS:
        assert again[column].astype(str).tolist() == original[column].astype(str).tolist()


def test_reads_an_http_url(tmp_path):
    shutil.copy(FIXTURES / "papers.ris", tmp_path / "export.ris")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        corpus = check(read(f"{base}/export.ris"))
        assert corpus["title"].tolist() == ["Scaling Laws for Tiny Models"]
        assert rejects_of(corpus)["source"].tolist() == [f"{base}/export.ris"]
        with pytest.raises(InputError, match="download failed.*404"):
            read(f"{base}/missing.ris")
    finally:
        server.shutdown()


# --- the real samples in ../shared/formats ----------------------------------------------------


@pytest.mark.parametrize(
    "relative, fmt, papers",
    [
        ("arxiv/arxiv-metadata-oai-snapshot.json", "arxiv-snapshot", 200),
        ("arxiv/id_list=1111.2011v2.xml", "arxiv-atom", 1),
        ("arxiv/search_query=au:del_maestro.xml", "arxiv-atom", 10),
        ("bibtex/traps.bib", "bibtex", 1),
        ("bibtex/zotero_exported_items.bib", "bibtex", 28),
        ("bibtex/zotero_with_abstracts.bib", "bibtex", 11),
        ("hfpapers/daily_papers.json", "hf-api", 29),
        ("openalex/W2741809807.json", "openalex", 1),
        ("openalex/openalexPro_keypaper_results_page_1.json", "openalex", 2),
        ("pubmed/example_pubmed.txt", "pubmed", 10),
        ("ris/example_endnote.ris", "ris", 1),
        ("ris/example_full.ris", "ris", 2),
        ("ris/example_utf_chars.ris", "ris", 1),
        ("ris/example_wos.ris", "wos", 2),
        ("semanticscholar/Citation.json", "semanticscholar", 1),
        ("semanticscholar/Reference.json", "semanticscholar", 1),
    ],
)
def test_real_sample(relative, fmt, papers):
    corpus = check(read(sample(relative)))
    assert corpus.attrs["formats"] == [fmt]
    assert len(corpus) == papers and len(rejects_of(corpus)) == 0
    assert corpus["title"].str.len().gt(0).all()


def test_real_arxiv_snapshot_fields():
    corpus = read(sample("arxiv/arxiv-metadata-oai-snapshot.json"))
    first = corpus.iloc[0]
    assert first["arxiv_id"] == "0704.0001" and first["doi"] == "10.1103/physrevd.76.013009"
    assert first["authors"][0] == "C. Balázs"  # LaTeX accent decoded
    assert first["date"] == pd.Timestamp("2007-04-02")  # version 1, not the update date


def test_real_arxiv_atom_wrapped_in_a_recording(tmp_path):
    body = json.loads(sample("arxiv/q_testing_s0_m10_bc5a6c384fe9.json").read_text())["body"]
    feed = tmp_path / "feed.xml"
    feed.write_bytes(body.encode("latin-1"))
    corpus = check(read(feed))
    assert len(corpus) == 10 and corpus["arxiv_id"].notna().all()


def test_real_bibtex_biber_examples():
    corpus = check(read(sample("bibtex/biber-examples.bib")))
    rejects = rejects_of(corpus)
    assert len(corpus) == 87 and corpus.attrs["rows_in"] == 118
    frontier = corpus.set_index("title").loc["The True Frontier"]  # crossref parent's fields
    assert frontier["venue"] == "Space and Beyond" and frontier["year"] == 2000
    reasons = rejects["reason"]
    assert (reasons == "no title and no abstract").sum() == 20  # @set, crossref-only entries
    assert reasons.str.startswith("duplicate of record").sum() == 10  # same title and year
    # the @Online entry (line 1180) has a day date, the @Article (line 94) a year: the richer
    assert "duplicate of record 1180 (same id 'arxiv:math/0307200')" in set(reasons)
    assert "duplicate key 'tmn4' (first at line 1535)" in set(reasons)


def test_real_bibtex_zotero_unicode_and_arxiv():
    corpus = read(sample("bibtex/zotero_with_abstracts.bib"))
    assert not corpus["title"].str.contains(r"[{}\\]").any()
    assert corpus["arxiv_id"].notna().sum() >= 1
    traps = read(sample("bibtex/traps.bib")).iloc[0]
    assert traps["title"] == "An amazing title" and "érudit" in traps["abstract"]


def test_real_ris_bom_and_endnote():
    utf = read(sample("ris/example_utf_chars.ris")).iloc[0]
    assert utf["title"].startswith("Состояние") and not utf["title"].startswith("\ufeff")
    endnote = read(sample("ris/example_endnote.ris")).iloc[0]
    assert endnote["doi"] == "10.1234/endnote.joke.2024" and len(endnote["authors"]) == 4


def test_real_openalex_and_hf_api_fields():
    work = read(sample("openalex/W2741809807.json")).iloc[0]
    assert work["doi"] == "10.7717/peerj.4375" and len(work["abstract"].split()) > 100
    hf = read(sample("hfpapers/daily_papers.json"))
    assert hf["arxiv_id"].str.match(r"\d{4}\.\d{5}").all()
    assert hf["abstract"].str.len().gt(200).all()


def test_real_semanticscholar_batch_with_null(tmp_path):
    text = sample("semanticscholar/test_get_papers_return_not_found.yaml").read_text()
    start = text.index("string: '") + len("string: '")
    body = text[start : text.index("'\n", start)]
    batch = tmp_path / "batch.json"
    batch.write_text(" ".join(line.strip() for line in body.splitlines()).replace("''", "'"))
    corpus = check(read(batch))
    assert rejects_of(corpus)["record"].tolist() == [1]
    assert len(corpus) == corpus.attrs["rows_in"] - 1


def test_seed_page_gives_87_papers():
    corpus = check(read(sample("../seed/000_55596a398fea8197.txt")))
    assert len(corpus) == 87 and (corpus["abstract"] != "").all()
    assert corpus.iloc[0]["title"] == "UL2: Unifying Language Learning Paradigms"


def test_shared_corpus_reads_as_is():
    """The 46,606-row shared corpus: every row kept, no rejects, artefacts repaired."""
    path = SHARED / "data" / "ml_abstracts.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not available")
    corpus = check(read(path))
    assert len(corpus) == 46606 and len(rejects_of(corpus)) == 0
    assert not corpus["abstract"].str.contains("(cid:173)", regex=False).any()
    assert not corpus["abstract"].str.contains("  ", regex=False).any()
    assert corpus["year"].between(1974, 2025).all()
    assert corpus["source"].isin(["acl-anthology", "paperlists"]).all()


def test_json_documents_pretty_printed_wrapped_or_single(tmp_path):
    wrapped = tmp_path / "export.json"
    papers = [{"Title": "One", "summary": "First."}, {"Title": "Two", "summary": "Second."}]
    wrapped.write_text(json.dumps({"data": papers}, indent=2))
    assert check(read(wrapped))["abstract"].tolist() == ["First.", "Second."]
    single = tmp_path / "paper.json"
    single.write_text(json.dumps(papers[0], indent=2))
    assert check(read(single))["title"].tolist() == ["One"]
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps({"data": papers}, indent=2)[:-20])
    with pytest.raises(InputError, match=rf"^{cut}:\d+: truncated JSON"):
        read(cut)
