"""The Corpus schema, merging, text cleaning, language detection and the embedded seed."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import litkit
from litkit.corpus import (
    COLUMNS,
    detect_language,
    make_corpus,
    merge,
    normalize_arxiv_id,
    normalize_doi,
    normalize_title,
    rejects_of,
    richness,
    validate,
)
from litkit.datasets import build_seed, seed_path
from litkit.errors import SchemaError
from litkit.text import clean_text, decode_latex, first_last, strip_html

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def test_make_corpus_types_and_defaults():
    corpus = make_corpus(
        [
            {"title": " A  title ", "date": "2021-03-04T10:00:00Z", "authors": "A. One and B. Two"},
            {"title": "B", "year": "Nov./2001", "doi": "https://doi.org/10.1234/X", "note": "kept"},
            {"title": "C", "date": "2009", "arxiv_id": "arXiv:2401.08383v2"},
        ],
        source="test",
    )
    assert list(corpus.columns) == list(COLUMNS)
    assert str(corpus["date"].dtype) == "datetime64[ns]" and str(corpus["year"].dtype) == "Int64"
    first, second, third = (corpus.iloc[i] for i in range(3))
    assert first["title"] == "A title" and first["date"] == pd.Timestamp("2021-03-04")
    assert first["authors"] == ["A. One", "B. Two"] and first["source"] == "test"
    assert second["year"] == 2001 and pd.isna(second["date"]) and second["doi"] == "10.1234/x"
    assert second["id"] == "doi:10.1234/x" and second["extra"] == {"note": "kept"}
    assert pd.isna(third["date"]) and third["year"] == 2009  # a bare year is not a date
    assert third["id"] == "arxiv:2401.08383" and first["venue"] is None


def test_title_ids_distinguish_years():
    corpus = make_corpus([{"title": "Introduction", "year": 2000}, {"title": "Introduction"}])
    assert corpus["id"].str.startswith("title:").all() and corpus["id"].is_unique


def test_year_and_month_from_arxiv_id_when_undated():
    corpus = make_corpus([
        {"title": "T", "arxiv_id": "2401.08383"},
        {"title": "U", "arxiv_id": "2401.08384", "year": 2024},
        {"title": "V", "arxiv_id": "2310.00001", "year": 2024},  # a later venue year wins
    ])
    assert corpus["year"].tolist() == [2024, 2024, 2024]
    assert corpus["date"].tolist()[:2] == [pd.Timestamp("2024-01-01")] * 2
    assert corpus["date_precision"].tolist() == ["month", "month", "year"]
    assert pd.isna(corpus.iloc[2]["date"])


@pytest.mark.parametrize("month, expected", [
    (11, "2020-11-01"), ("3", "2020-03-01"), ("Nov.", "2020-11-01"), ("september", "2020-09-01"),
    (None, None), (13, None), ("spring", None),
])
def test_year_and_month_give_a_month_start_date(month, expected):
    row = make_corpus([{"title": "t", "year": 2020, "month": month}]).iloc[0]
    assert row["year"] == 2020
    assert (pd.isna(row["date"]) if expected is None else row["date"] == pd.Timestamp(expected))
    assert row["date_precision"] == ("year" if expected is None else "month")


def test_normalizers():
    assert normalize_arxiv_id("https://arxiv.org/abs/2205.05131v3") == "2205.05131"
    assert normalize_arxiv_id("math/0307200v3") == "math/0307200"
    assert normalize_arxiv_id("no id here") is None
    assert normalize_doi("doi:10.1103/PhysRevD.76.013009.") == "10.1103/physrevd.76.013009"
    assert normalize_title("Café: The {BERT} Way!") == normalize_title("cafe the bert way")


def test_validate_rejects_bad_tables():
    with pytest.raises(SchemaError, match="missing column"):
        validate(pd.DataFrame({"id": ["a"]}))
    corpus = make_corpus([{"id": "x", "title": "A"}, {"id": "x", "title": "B"}])
    with pytest.raises(SchemaError, match="duplicate ids"):
        validate(corpus)
    with pytest.raises(SchemaError, match="expected a pandas DataFrame"):
        validate([1, 2])


def test_merge_dedupes_by_arxiv_doi_and_title_keeping_the_richest():
    arxiv = make_corpus(
        [
            {"title": "Attention Is All You Need", "arxiv_id": "1706.03762", "abstract": "Short."},
            {"title": "Only Here", "doi": "10.1234/a", "abstract": "x"},
        ],
        source="arxiv",
    )
    s2 = make_corpus(
        [
            {
                "title": "Attention is all you need",
                "arxiv_id": "1706.03762v5",
                "abstract": "A much longer abstract than the other one.",
                "venue": "NeurIPS",
                "doi": "10.5555/ATTN",
            },
            {"title": "only here (journal version)", "doi": "https://doi.org/10.1234/A"},
            {"title": "Different Paper", "date": "2020-01-01"},
        ],
        source="s2",
    )
    table = make_corpus([{"title": "Different paper!", "venue": "ICML"}], source="csv")
    merged = merge(arxiv, s2, table)
    assert len(merged) == 3 and merged.attrs["duplicates_merged"] == 3
    assert merged.attrs["rows_in"] == 6 and len(merged.attrs["rejects"]) == 0
    attention = merged[merged["arxiv_id"] == "1706.03762"].iloc[0]
    assert attention["abstract"].startswith("A much longer") and attention["venue"] == "NeurIPS"
    assert [m["source"] for m in attention["extra"]["merged_from"]] == ["arxiv", "s2"]
    different = merged[merged["title"].str.lower().str.startswith("different")].iloc[0]
    assert different["date"] == pd.Timestamp("2020-01-01") and different["venue"] == "ICML"
    validate(merged)


def test_merge_keeps_same_titled_works_of_other_years_and_ids_apart():
    a = make_corpus([{"title": "Deep Learning", "year": 2015, "abstract": "A review."},
                     {"title": "Scaling Laws", "arxiv_id": "2001.08361", "year": 2020},
                     {"title": "Introduction", "doi": "10.1234/one", "year": 2020}], source="a")
    b = make_corpus([{"title": "Deep learning", "year": 2016, "abstract": "A longer review."},
                     {"title": "Deep Learning", "year": 2019},
                     {"title": "Deep Learning", "year": 2023},
                     {"title": "Scaling laws", "arxiv_id": "2203.15556", "year": 2020},
                     {"title": "Introduction", "doi": "10.1234/two", "year": 2020},
                     {"title": "Introduction", "year": 2021}], source="b")
    merged = merge(a, b)
    deep = merged[merged["title"].str.lower() == "deep learning"].sort_values("year")
    assert deep["year"].tolist() == [2016, 2019, 2023]  # 2015 and 2016 are one work
    assert deep.iloc[0]["abstract"] == "A longer review."
    assert len(merged[merged["title"].str.lower() == "scaling laws"]) == 2  # two arXiv ids
    intro = merged[merged["title"] == "Introduction"]
    assert len(intro) == 2 and merged.attrs["duplicates_merged"] == 2  # the 2021 one joins one


def test_richness_orders_records_by_what_they_hold():
    corpus = make_corpus([{"title": "T"}, {"title": "T", "abstract": "Some text."},
                          {"abstract": "Some text."}, {"title": "T", "date": "2020-05-01"}])
    rank = richness(corpus)
    assert sorted(range(4), key=rank.__getitem__, reverse=True) == [1, 2, 3, 0]


def test_merge_keeps_rejects_of_each_input():
    a = litkit.read(ROOT / "tests" / "fixtures" / "readers" / "papers.jsonl")
    b = litkit.read(ROOT / "tests" / "fixtures" / "readers" / "papers.bib")
    merged = merge(a, b)
    assert len(merged.attrs["rejects"]) == len(a.attrs["rejects"]) + len(b.attrs["rejects"])


def test_read_corpora_survive_everyday_pandas_operations():
    """attrs travel through pandas operations: they must stay comparable and copyable."""
    a = litkit.read(ROOT / "tests" / "fixtures" / "readers" / "papers.jsonl")
    b = litkit.read(ROOT / "tests" / "fixtures" / "readers" / "papers.bib")
    assert len(a.attrs["rejects"]) or len(b.attrs["rejects"])  # the case that used to break
    both = pd.concat([a, b], ignore_index=True)
    assert len(both) == len(a) + len(b)
    assert a[["title", "year"]].astype(str).shape == (len(a), 2)
    assert list(rejects_of(a).columns) == ["source", "record", "reason"]


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("piri(cid:173) form  (olfactory)", "piriform (olfactory)"),
        ("ranks 4<sup>th</sup> &amp; 2<sup>nd</sup>", "ranks 4th & 2nd"),
        ("<jats:p>First.</jats:p><jats:p>Second.</jats:p>", "First. Second."),
        ("the final token </s> and <unk>", "the final token </s> and <unk>"),
        ("if a<b and c>d then", "if a<b and c>d then"),
        ("  doubled   spaces\nand\tlines ", "doubled spaces and lines"),
        ("no\xa0break,\u2009thin\u3000wide\x85next", "no break, thin wide next"),
        ("zero\u200bwidth stays", "zero\u200bwidth stays"),
        (
            r"an \emph{easy} {\em win}: 50\% over \citep{x} $\mathcal{O}(n)$",
            r"an easy win: 50% over $\mathcal{O}(n)$",
        ),
        (r"a $\sim$7B model, 3$\times$ faster, $500$ pairs", "a ~7B model, 3× faster, 500 pairs"),
        (r"call it \emph{\textbf{N}eural \textbf{D}ata} ({\bf NDF})", "call it Neural Data (NDF)"),
        (r"40\times fewer, {\sim}3\% of $\approx 2.3\times$", "40× fewer, ~3% of ≈ 2.3×"),
        (r"rank-$r$, $T\ge L$, $6\times 10^{11}$", r"rank-$r$, $T\ge L$, $6\times 10^{11}$"),
        ("costs $5 and $10 each", "costs $5 and $10 each"),
        ("accuracy (by 4.5$%$)", "accuracy (by 4.5%)"),
        (r"we introduce $\textbf{CT-LLM}$, a 2B model", "we introduce CT-LLM, a 2B model"),
        (r"and $\mathrm{K}$-means clustering", "and K-means clustering"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_text_helpers():
    assert strip_html("<i>x</i> &lt; y") == "x < y"
    assert decode_latex(r"Caf{\'e} \& {BERT}: 50\% of $\mathcal{O}(n)$") == (
        r"Café & BERT: 50% of $\mathcal{O}(n)$"
    )
    assert decode_latex("plain text") == "plain text"
    assert first_last("Doe, Jane") == "Jane Doe" and first_last("Jane Doe") == "Jane Doe"


def test_detect_language():
    corpus = make_corpus(
        [
            {"title": "Scaling laws", "abstract": "We study how loss scales with model size."},
            {
                "title": "Traduction automatique",
                "abstract": "Nous présentons une méthode de traduction automatique pour les "
                "langues peu dotées.",
            },
            {"title": "Sin resumen"},
        ]
    )
    languages = detect_language(corpus)["extra"].str.get("language").tolist()
    assert languages[:2] == ["en", "fr"]
    assert "language" not in corpus.iloc[0]["extra"]  # the input is not modified


def test_load_seed_is_the_87_paper_corpus():
    seed = litkit.load_seed()
    validate(seed)
    assert len(seed) == 87 and seed["id"].tolist()[0] == "seed-000"
    assert seed["id"].tolist()[-1] == "seed-086" and (seed["abstract"] != "").all()
    assert seed["date_precision"].value_counts().to_dict() == {"day": 79, "month": 7}
    assert seed["date"].notna().sum() == 86 and seed["arxiv_id"].notna().sum() == 86
    assert seed["source"].eq("hf-daily-papers").all()
    assert seed_path().name == "seed_corpus.jsonl" and seed_path().parent.name == "data"


def test_seed_matches_the_evaluation_ids_and_texts():
    path = SHARED / "eval" / "seed_abstracts.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not available")
    gold = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    seed = litkit.load_seed()
    assert seed["id"].tolist() == [g["id"] for g in gold]
    assert seed["title"].tolist() == [g["title"] for g in gold]
    # the same text as litkit reads it (cleaning turns two abstracts' "13\%" into "13%")
    assert seed["abstract"].tolist() == litkit.read(path)["abstract"].tolist()
    changed = sum(s != g["abstract"] for s, g in zip(seed["abstract"], gold, strict=True))
    assert changed == 2


def test_committed_seed_is_what_the_build_makes():
    seed_dir, dates = SHARED / "seed", SHARED / "data" / "seed_dates.jsonl"
    if not dates.exists() or not seed_dir.exists():
        pytest.skip("../shared seed inputs not available")
    built, packaged = build_seed(seed_dir, dates), litkit.load_seed()
    for column in COLUMNS:
        assert built[column].astype(object).map(str).tolist() == (
            packaged[column].astype(object).map(str).tolist())


def test_seed_ships_as_package_data():
    """litkit/data links to data/, and pyproject ships data/* and data/lexicons/* in wheels."""
    package_data = ROOT / "litkit" / "data"
    assert package_data.is_symlink() and package_data.resolve() == (ROOT / "data").resolve()
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"data/*"' in pyproject and '"data/lexicons/*"' in pyproject
    assert seed_path().resolve() == (ROOT / "data" / "seed_corpus.jsonl").resolve()


def test_clean_text_splits_an_article_run_together_with_a_name():
    # corpus (acl:P17-144, nips2018:11177): a space lost after "the" or "Our"
    assert clean_text("83.2 F1 on theCoNLL 2005 test set") == "83.2 F1 on the CoNLL 2005 test set"
    assert clean_text("OurDifNet is trained end-to-end.") == "Our DifNet is trained end-to-end."
    # names open with a capital "The" (acl:2020.lrec.1.746); words that end in "the" stay
    assert clean_text("the database TheRuSLan") == "the database TheRuSLan"
    assert clean_text("breatheX and theory") == "breatheX and theory"


def test_clean_text_joins_a_name_broken_after_its_hyphen():
    # corpus (acl:2020.lrec.1.274, dev3; acl:S19-266, dev31): a PDF line break left a space
    assert clean_text("The results of BERT- Large are decent, with F1 of 77.89") \
        == "The results of BERT-Large are decent, with F1 of 77.89"
    assert clean_text("“Multiple Choice CNN” (MC- CNN)") == "“Multiple Choice CNN” (MC-CNN)"
    # a suspended hyphen and a word's hyphen stay
    assert clean_text("BERT- and GPT-based models") == "BERT- and GPT-based models"
    assert clean_text("Chinese- English") == "Chinese- English"


def test_clean_text_drops_the_acl_anthology_citation_placeholder():
    # corpus (naacl2024:2024.findings-naacl.42, acl:R19-208): "(CITATION)" is no name, and a
    # word glued after it stays apart from the name before it
    assert clean_text("Experimental results conducted using the Llama2(CITATION)model, "
                      "particularly on Chinese-Llama2(CITATION) after monolingual augmentation") \
        == ("Experimental results conducted using the Llama2 model, particularly on "
            "Chinese-Llama2 after monolingual augmentation")
    assert clean_text("over the last two years like FastText (CITATION), ElMo (CITATION), BERT "
                      "(CITATION) and Flair (CITATION).") \
        == "over the last two years like FastText, ElMo, BERT and Flair."
    # corpus (acl:2020.challengehml.1.4): a tilde before it, as LaTeX writes
    assert clean_text("Motivated by the work of~(CITATION) and~(CITATION), we present") \
        == "Motivated by the work of and, we present"
