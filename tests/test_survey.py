"""Survey tables (litkit.survey) and ``litkit tables``: readable cells, evidence, filters,
a leaderboard per --benchmark, files in every format."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import litkit
from litkit import survey
from litkit.cli import main
from litkit.corpus import make_corpus

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed_corpus.jsonl"


@pytest.fixture(scope="module")
def seed() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    corpus = litkit.load_seed()
    mentions = litkit.extract(corpus, progress=False)
    return corpus, mentions, litkit.summarize(mentions, corpus)


def test_token_budgets_print_small_ratios_as_written():
    corpus = make_corpus([{"id": "a", "title": "Big model, few tokens", "abstract": "x",
                           "year": 2023},
                          {"id": "b", "title": "Chinchilla-like", "abstract": "x",
                           "year": 2022}], "t")
    papers = pd.DataFrame([{"id": "a", "params": [1e12], "tokens": [3e11]},
                           {"id": "b", "params": [7e10], "tokens": [1.4e12]}])
    table = survey.token_budgets(papers, corpus)
    assert table.to_dict("records") == [
        {"Year": 2022, "Title": "Chinchilla-like", "Parameters": "70B", "Tokens": "1.4T",
         "Tokens/param.": "20"},
        {"Year": 2023, "Title": "Big model, few tokens", "Parameters": "1T", "Tokens": "300B",
         "Tokens/param.": "0.3"},   # not rounded to 0
    ]


def test_model_sizes_name_the_model_a_size_belongs_to(seed):
    corpus, mentions, _ = seed
    table = survey.model_sizes(mentions, corpus)
    assert list(table.columns) == ["Year", "Title", "Sizes", "Evidence"]
    ul2 = table[table["Title"].str.startswith("UL2")].iloc[0]
    assert ul2["Sizes"].startswith("175B (GPT-3)") and "20B" in ul2["Sizes"]
    assert "175B" in ul2["Evidence"] or "175 billion" in ul2["Evidence"]


def test_results_say_what_kind_of_claim_each_is(seed):
    corpus, mentions, _ = seed
    table = survey.results(mentions, corpus)
    assert {"score", "delta", "ratio"} <= set(table["Kind"])
    soups = table[table["Evidence"].str.contains("90.94%")].iloc[0]
    assert (soups["Result"], soups["Kind"], soups["Dataset"]) == ("90.94%", "score", "ImageNet")
    assert len(survey.results(mentions, corpus, benchmark="imagenet")) >= 1


def test_datasets_are_counted_by_identity():
    corpus = make_corpus([{"id": i, "title": f"P{i}", "abstract": "x", "year": 2020 + n}
                          for n, i in enumerate("abc")], "t")
    papers = pd.DataFrame({"id": list("abc"),
                           "datasets": [["GSM8K"], ["GSM-8K", "MATH"], ["gsm8k"]]})
    table = survey.datasets_used(papers, corpus)
    assert table.iloc[0].to_dict() == {"Dataset": "GSM8K", "Papers": 3, "First": 2020,
                                       "Last": 2022}


def test_amount_writes_results_as_papers_do():
    assert survey.amount(90.94, "%") == "90.94%"
    assert survey.amount(6.9, "points") == "6.9 points"
    assert survey.amount(26, "x") == "26x"
    assert survey.amount(0.25, "fraction") == "25%"
    assert survey.short("A" * 50) == "A" * 42 + "..."


def test_litkit_tables_writes_every_table_and_a_leaderboard_per_benchmark(tmp_path, capsys):
    out = tmp_path / "tables"
    code = main(["tables", str(SEED), "-o", str(out), "--benchmark", "imagenet",
                 "--benchmark", "GSM-8K", "--since", "2021", "--quiet"])
    assert code == 0
    err = capsys.readouterr().err
    assert "87 rows in, 87 papers out" in err
    assert "kept 81 of 87 papers (left out: 1 no date or year, 5 before 2021)" in err
    assert "scores on imagenet 1, GSM-8K 0" in err and "no scores on 'GSM-8K'" in err
    for stem in ("model_sizes", "token_budgets", "datasets", "results",
                 "leaderboard_imagenet", "leaderboard_gsm8k"):
        assert all((out / f"{stem}.{fmt}").exists() for fmt in ("csv", "md", "tex"))
    assert all((out / f"sota_imagenet.{fmt}").exists() for fmt in ("pdf", "svg", "png"))
    board = pd.read_csv(out / "leaderboard_imagenet.csv")
    assert board.loc[0, "Score"] == "90.94%" and "ViT" in board.loc[0, "Model"]
    assert "NaN" not in (out / "results.md").read_text()
    assert r"\toprule" in (out / "token_budgets.tex").read_text()


def test_litkit_tables_reuses_extracted_mentions(tmp_path, seed, capsys):
    corpus, mentions, _ = seed
    mentions.to_parquet(tmp_path / "mentions.parquet")
    out = tmp_path / "tables"
    assert main(["tables", str(SEED), "--mentions", str(tmp_path / "mentions.parquet"),
                 "-o", str(out), "--as", "md", "--venue", "no such venue"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "datasets.md", "leaderboard.md", "model_sizes.md", "results.md", "token_budgets.md"]
    assert "kept 0 of 87 papers" in capsys.readouterr().err


def test_litkit_tables_errors_are_one_line(tmp_path, capsys):
    assert main(["tables", str(SEED), "-o", str(tmp_path), "--as", "docx"]) == 2
    assert "--as docx: use any of csv, md, tex" in capsys.readouterr().err
    (tmp_path / "m.csv").write_text("paper_id\n")
    assert main(["tables", str(SEED), "-o", str(tmp_path), "--mentions",
                 str(tmp_path / "m.csv")]) == 2
    assert "--mentions must be a .parquet file" in capsys.readouterr().err
    assert main(["tables", str(SEED), "-o", str(tmp_path), "--mentions",
                 str(tmp_path / "none.parquet")]) == 2
    assert "none.parquet: cannot read Mentions table" in capsys.readouterr().err
    assert main(["tables", str(SEED), "-o", str(tmp_path), "--metric-type", "acc"]) == 2
    assert "unknown metric type 'acc'; use one of ['accuracy'," in capsys.readouterr().err
