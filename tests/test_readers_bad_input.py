"""Bad input: every record is either kept or reported, and errors are one actionable line."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from litkit.cli import main
from litkit.corpus import rejects_of
from litkit.errors import InputError
from litkit.readers import read

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "readers"


def accounted(corpus) -> bool:
    rejects = rejects_of(corpus)
    return corpus.attrs["rows_in"] == len(corpus) + len(rejects) + corpus.attrs["duplicates_merged"]


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.bib", "empty.csv", "empty.json"])
def test_empty_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(InputError, match=rf"^{path}: file is empty"):
        read(path)


@pytest.mark.parametrize(
    "name, text, message",
    [
        ("blank.jsonl", "\n  \n", "file is empty"),
        ("notes.bib", "% nothing\n", "no records found reading it as bibtex (BibTeX / BibLaTeX "
                                      "(LaTeX accents and braces decoded)); if it is another "
                                      "format, pass format= (CLI: -f FORMAT)"),
    ],
)
def test_file_without_records(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(InputError, match=re.escape(message)):
        read(path)


def test_truncated_json_document_names_the_line(tmp_path):
    whole = (FIXTURES / "openalex.json").read_text()
    path = tmp_path / "page.json"
    path.write_text(whole[: len(whole) // 2])
    with pytest.raises(InputError, match=rf"^{path}:\d+: truncated JSON"):
        read(path, format="openalex")


def test_truncated_jsonl_keeps_the_good_lines(tmp_path):
    lines = [json.dumps({"id": f"p{i}", "title": f"Paper {i}", "abstract": "x"}) for i in range(3)]
    path = tmp_path / "cut.jsonl"
    path.write_text("\n".join(lines) + "\n" + lines[0][:20])
    corpus = read(path)
    assert len(corpus) == 3 and accounted(corpus)
    (reject,) = rejects_of(corpus).itertuples()
    assert reject.record == 4 and reject.reason.startswith("bad JSON")


def test_truncated_xml_names_the_line(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text((FIXTURES / "arxiv_atom.xml").read_text()[:600])
    with pytest.raises(InputError, match=rf"^{path}:\d+: bad or truncated XML"):
        read(path)


def test_truncated_gzip(tmp_path):
    data = gzip.compress((FIXTURES / "papers.jsonl").read_bytes())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="cannot read gzip data.*truncated"):
        read(path)


def test_latin1_file_is_read_with_a_note(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("title,abstract\nCafé études,Une œuvre très “réussie”\n".encode("cp1252"))
    corpus = read(path)
    assert corpus.iloc[0]["title"] == "Café études"
    assert corpus.iloc[0]["abstract"] == "Une œuvre très “réussie”"
    (note,) = [n for n in corpus.attrs["notes"] if "UTF-8" in n]
    assert note.startswith(f"{path}:2: not valid UTF-8") and "Windows-1252" in note


@pytest.mark.parametrize("name", ["bom.csv", "bom.jsonl", "bom.bib"])
def test_utf8_bom_is_ignored(tmp_path, name):
    text = {
        "bom.csv": "title,abstract\nÜber Modelle,Text\n",
        "bom.jsonl": '{"title": "Über Modelle", "abstract": "Text"}\n',
        "bom.bib": "@article{k, title = {Über Modelle}, abstract = {Text}}\n",
    }[name]
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    corpus = read(path)
    assert corpus["title"].tolist() == ["Über Modelle"] and corpus.attrs["notes"] == []


def test_binary_garbage(tmp_path):
    path = tmp_path / "image.bin"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary data"):
        read(path)
    with pytest.raises(InputError, match=r":1: binary data \(NUL bytes\)"):
        read(path, format="jsonl")


def test_wrong_forced_format(tmp_path):
    with pytest.raises(InputError, match="no records found reading it as bibtex"):
        read(FIXTURES / "papers.jsonl", format="bibtex")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope.bib")
    with pytest.raises(InputError, match="is a directory"):
        read(tmp_path)


def test_untitled_papers_duplicates_and_markup_in_one_file():
    corpus = read(FIXTURES / "papers.jsonl")
    assert accounted(corpus) and corpus.attrs["rows_in"] == 6
    reasons = rejects_of(corpus).set_index("record")["reason"].to_dict()
    assert reasons[4] == ("duplicate of record 1 (same id 'p1'), but the title and abstract "
                          "differ: kept the richer one")
    assert reasons[5] == "bad JSON: Unterminated string starting at column 53"
    abstracts = corpus.set_index("id")["abstract"]
    assert abstracts["p1"] == "A piriform cortex model with doubled spaces."
    assert abstracts["p2"] == "Our system ranks 4th & uses </s> tokens."
    assert abstracts["p3"] == "A record with no title at all."  # kept: its abstract has facts
    assert f"{FIXTURES / 'papers.jsonl'}: 1 of 4 papers have no title (kept for their " \
        "abstracts)" in corpus.attrs["notes"]


def test_only_records_with_neither_title_nor_abstract_are_rejected(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x7", "abstract": "Only an abstract with 1.3B parameters."}\n'
                    '{"id": "x8", "title": "", "abstract": null}\n'
                    '{"abstract": "Another untitled one."}\n'
                    '{"abstract": "Another untitled one."}\n')
    corpus = read(path)
    assert corpus["id"].tolist()[0] == "x7" and corpus["title"].tolist() == ["", ""]
    assert corpus["id"].iloc[1].startswith("abstract:")  # an id from the abstract's text
    reasons = rejects_of(corpus).set_index("record")["reason"].to_dict()
    assert reasons == {2: "no title and no abstract",
                       4: f"duplicate of record 3 (same id '{corpus['id'].iloc[1]}')"}


def test_the_richest_of_records_sharing_an_id_is_kept(tmp_path):
    path = tmp_path / "dup.jsonl"
    path.write_text('{"id": "d1", "title": "Scaling", "year": 2020}\n'
                    '{"id": "d1", "title": "Scaling", "abstract": "We train 7B models.", '
                    '"year": 2020}\n'
                    '{"id": "d1", "title": "Scaling", "abstract": "We train 7B models.", '
                    '"year": 2020}\n')
    corpus = read(path)
    assert len(corpus) == 1 and corpus.iloc[0]["abstract"] == "We train 7B models."
    assert rejects_of(corpus).set_index("record")["reason"].to_dict() == {
        1: "duplicate of record 2 (same id 'd1'), but the abstract differs: kept the richer one",
        3: "duplicate of record 2 (same id 'd1')",
    }


def test_table_without_a_title_or_abstract_column_is_an_error(tmp_path):
    path = tmp_path / "scopus.csv"
    path.write_text("Papername,Authors,Year\nA study,A. B,2020\nAnother,C. D,2021\n")
    with pytest.raises(InputError, match=(
            rf"^{path}: no title or abstract column among: Papername, Authors, Year; "
            r'name one with --map "COLUMN=title"')):
        read(path, format="csv")
    corpus = read(path, columns={"Papername": "title"})
    assert corpus["title"].tolist() == ["A study", "Another"]
    with pytest.raises(InputError, match=r"no column 'Paper name' to map; columns: Papername"):
        read(path, columns={"Paper name": "title"})


@pytest.mark.parametrize("text, shown", [
    ('{"papers": 5}', "got an object with 'papers' (a number)"),
    ('{"meta": {"count": 0}, "next": null}', "got an object with 'meta' (an object), 'next'"),
    ("[1, 2.5, 3]", "got an array of numbers"),
])
def test_json_document_without_papers_is_an_error(tmp_path, text, shown):
    path = tmp_path / "odd.json"
    path.write_text(text)
    with pytest.raises(InputError, match=rf"^{path}: no paper records: expected paper objects "
                       r"with a title or abstract \(one, an array of them, or an array under "):
        read(path, format="jsonl")
    with pytest.raises(InputError, match=re.escape(shown)):
        read(path, format="jsonl")


def test_arxiv_urls_fill_the_arxiv_id(tmp_path):
    path = tmp_path / "links.csv"
    path.write_text("title,url\nA,https://arxiv.org/abs/2203.15556v2\n"
                    "B,http://arxiv.org/pdf/2001.08361v1.pdf\nC,https://doi.org/10.48550/arXiv.2106.09685\n"
                    "D,https://aclanthology.org/2020.acl-main.1\n")
    corpus = read(path)
    assert corpus["arxiv_id"].tolist() == ["2203.15556", "2001.08361", "2106.09685", None]
    assert corpus["id"].iloc[0] == "arxiv:2203.15556"


def test_csv_row_with_wrong_field_count(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("title,abstract\nGood,Text\nBad,Text,extra,cells\n")
    corpus = read(path)
    assert len(corpus) == 1 and accounted(corpus)
    assert rejects_of(corpus).iloc[0]["record"] == 3


# --- rows_in == rows_out + rejects, whatever the input ---------------------------------------

_record = st.fixed_dictionaries(
    {"id": st.sampled_from(["a", "b", "c", "d", None])},
    optional={
        "title": st.one_of(st.none(), st.just(""), st.text(min_size=1, max_size=30)),
        "abstract": st.one_of(st.none(), st.text(max_size=60)),
        "year": st.one_of(st.none(), st.integers(1900, 2030), st.text(max_size=6)),
    },
)
_line = st.one_of(
    _record.map(lambda r: json.dumps({k: v for k, v in r.items() if v is not None})),
    st.sampled_from(['{"title": "cut', '"text"', "42", "null", "{}", "{bad}"]),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(_line, min_size=1, max_size=12))
def test_every_line_is_a_paper_or_a_reject(tmp_path, lines):
    path = tmp_path / "random.jsonl"
    path.write_text("\n".join(lines) + "\n")
    objects = []
    for line in lines:
        try:
            objects.append(json.loads(line))
        except json.JSONDecodeError:
            pass
    with_text = any(isinstance(o, dict) and {"title", "abstract"} & set(o) for o in objects)
    try:
        corpus = read(path, format="jsonl")
    except InputError as exc:  # nothing to read: no object has a title or abstract field
        assert not with_text
        assert "no paper records" in str(exc) or "no title or abstract" in str(exc)
        return
    assert corpus.attrs["rows_in"] == len(lines)
    assert corpus.attrs["rows_in"] == len(corpus) + len(rejects_of(corpus))
    assert corpus["id"].is_unique and ((corpus["title"] != "") | (corpus["abstract"] != "")).all()


def test_merged_sources_account_for_duplicates(tmp_path):
    corpus = read([FIXTURES / "arxiv_atom.xml", FIXTURES / "s2.json", FIXTURES / "papers.ris"])
    assert corpus.attrs["duplicates_merged"] == 1 and accounted(corpus)
    assert corpus.attrs["rows_in"] == 5 and len(rejects_of(corpus)) == 2
    assert len(corpus) == 2  # the arXiv and Semantic Scholar records of one paper merged


# --- the CLI: one line on stderr, never a traceback ------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (["nope.bib"], "nope.bib: no such file"),
        (["{empty}"], "file is empty"),
        (["{garbage}"], "binary data"),
        (["{truncated}", "-f", "openalex"], "truncated JSON"),
        ([str(FIXTURES / "papers.csv"), "--map", "Writers=writers"], "unknown Corpus field"),
        ([str(FIXTURES / "papers.csv"), "--map", "nonsense"], "--map expects COLUMN=FIELD"),
        ([str(FIXTURES / "papers.bib"), "-f", "endnote"], "unknown format 'endnote'"),
        ([str(FIXTURES / "papers.bib"), "-o", "{tmp}/out.xlsx"], "cannot write '.xlsx'"),
        ([], "no INPUT given"),
    ],
)
def test_cli_errors_are_one_line(tmp_path, capsys, args, message):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "garbage.dat").write_bytes(bytes(range(256)))
    (tmp_path / "cut.json").write_text('{"results": [{"id": "W1", "title": "x"')
    paths = {
        "empty": tmp_path / "empty.jsonl",
        "garbage": tmp_path / "garbage.dat",
        "truncated": tmp_path / "cut.json",
        "tmp": tmp_path,
    }
    argv = ["read", *(a.format(**paths) for a in args)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("litkit read: error: ") and message in err


def test_cli_reads_writes_and_summarises(tmp_path, capsys):
    out, rejects = tmp_path / "corpus.parquet", tmp_path / "rejects.csv"
    inputs = [str(FIXTURES / n) for n in ("papers.jsonl", "papers.bib", "arxiv_atom.xml")]
    assert main(["read", *inputs, "-o", str(out), "--rejects", str(rejects)]) == 0
    captured = capsys.readouterr()
    summary = captured.out.strip()
    assert summary == (
        f"3 input(s) (arxiv-atom, bibtex, jsonl): 13 rows in, 9 papers out, "
        f"0 duplicates merged, 4 rejected -> {out}"
    )
    assert "rejected:" not in captured.err  # saved to the file instead
    assert len(read(out)) == 9
    assert len(rejects.read_text().splitlines()) == 1 + 4


def test_cli_lists_formats(capsys):
    assert main(["read", "--formats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 13 and lines[0].split()[0] == "openalex"
