"""`litkit demo` (what `make demo` runs) writes every table and figure it promises."""

from __future__ import annotations

import json

import pandas as pd

from litkit.cli import main


def test_demo_writes_tables_topics_and_figures(tmp_path, capsys):
    rejects = tmp_path / "rejects.csv"
    assert main(["demo", "-o", str(tmp_path), "--quiet", "--rejects", str(rejects)]) == 0
    assert "1 input(s) (jsonl): 87 rows in, 87 papers out, 0 duplicates merged, 0 rejected" \
        in capsys.readouterr().err
    assert rejects.read_text().strip() == "source,record,reason"
    mentions = pd.read_parquet(tmp_path / "mentions.parquet")
    assert {"PARAMS", "TOKENS", "DATASET", "MODEL", "RESULT"} <= set(mentions["label"])
    papers = [json.loads(line) for line in (tmp_path / "papers.jsonl").read_text().splitlines()]
    assert len(papers) == 87 and any(p["params"] for p in papers)
    info = pd.read_csv(tmp_path / "topics" / "topic_info.csv")
    assert (info["topic"] >= 0).sum() >= 2
    for name in ("model_size_over_time", "tokens_vs_params", "dataset_usage", "size_by_topic"):
        for suffix in ("pdf", "svg", "png"):
            assert (tmp_path / "figures" / f"{name}.{suffix}").stat().st_size > 1000
