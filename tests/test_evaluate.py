"""litkit.evaluate and the extract/eval CLIs, checked against the shared score.py."""

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from litkit.cli import main
from litkit.evaluate import FIELDS, V2_FIELDS, evaluate, format_report

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"

GOLD = [
    {"id": "a", "params": [7e9, 1.3e9], "tokens": [2e12], "datasets": ["Split-CIFAR100"],
     "models": ["Llama-2-7B"],
     "results": [{"value": 90.94, "unit": "%", "dataset": "ImageNet"},
                 {"value": 2, "unit": "pp", "dataset": None}]},
    {"id": "b", "params": [], "tokens": [], "datasets": [], "models": ["GPT-3"], "results": []},
]
PRED = [
    {"id": "a", "params": [7.05e9, 7e9, 3e9], "tokens": [2e12], "datasets": ["split cifar-100"],
     "models": ["LLaMA 2 7B", "T5"],
     "results": [{"value": 90.941, "unit": "%", "dataset": "imagenet"},
                 {"value": 2.0, "unit": "points", "dataset": "MMLU"}]},
]


def write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_evaluate_rules(tmp_path):
    report = evaluate(write(tmp_path / "g.jsonl", GOLD), pd.DataFrame(PRED))
    assert list(report.index) == FIELDS
    assert report.loc["params", ["tp", "predicted", "gold"]].tolist() == [1, 3, 2]
    assert report.loc["datasets", "f1"] == 1.0
    assert report.loc["models", ["tp", "predicted", "gold"]].tolist() == [1, 2, 2]
    assert report.loc["results", "tp"] == 2
    assert report.loc["results+dataset", "tp"] == 1
    assert format_report(report).splitlines()[0].split() == ["field", "P", "R", "F1", "tp",
                                                             "pred", "gold"]


def test_evaluate_names_the_bad_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\nnot json\n')
    with pytest.raises(Exception, match="bad.jsonl:2"):
        evaluate(bad, pd.DataFrame(PRED))


@pytest.fixture(scope="module")
def dev_run(tmp_path_factory):
    """litkit extract on the shared dev abstracts, as the CLI runs it."""
    if not (EVAL / "score.py").is_file():
        pytest.skip("../shared/eval is not here")
    out = tmp_path_factory.mktemp("dev")
    (out / "in.jsonl").write_text("".join(
        (EVAL / f"{part}_abstracts.jsonl").read_text() for part in ("seed", "dev2")))
    (out / "gold.jsonl").write_text("".join(
        (EVAL / f"{part}_gold.jsonl").read_text() for part in ("seed", "dev2")))
    code = main(["extract", str(out / "in.jsonl"), "-o", str(out / "mentions.parquet"),
                 "--summary", str(out / "papers.jsonl"), "--quiet"])
    assert code == 0
    return out


def test_agrees_with_shared_score_py(dev_run):
    shared = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(dev_run / "gold.jsonl"),
         str(dev_run / "papers.jsonl"), "--json"], capture_output=True, text=True, check=True)
    ours = evaluate(dev_run / "gold.jsonl", dev_run / "papers.jsonl")
    assert ours.to_dict(orient="index") == json.loads(shared.stdout)


def test_agrees_with_shared_score_py_on_version_2_fields(dev_run, tmp_path):
    """A gold file with kind/model/own/metric_type and params_models (here: the predictions,
    every third result and size changed) is scored as score.py scores it."""
    gold = pd.read_json(dev_run / "papers.jsonl", lines=True, dtype=False).to_dict("records")
    for n, rec in enumerate(gold):
        for i, result in enumerate(rec["results"]):
            if (n + i) % 3 == 0:
                result.update(kind="delta", model="GPT-4", metric_type="other")
        rec["params_models"] = [{**x, "model": "UL2" if n % 3 else x["model"]}
                                for x in rec["params_models"]]
    write(tmp_path / "gold.jsonl", gold)
    shared = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(tmp_path / "gold.jsonl"),
         str(dev_run / "papers.jsonl"), "--json"], capture_output=True, text=True, check=True)
    ours = evaluate(tmp_path / "gold.jsonl", dev_run / "papers.jsonl")
    assert list(ours.index) == FIELDS + V2_FIELDS
    assert ours.to_dict(orient="index") == json.loads(shared.stdout)
    assert 0 < ours.loc["results+model", "f1"] < 1 and 0 < ours.loc["params+model", "f1"] < 1


def test_version_2_rules():
    """results+kind/model compare each result's kind/model too; results+tuple counts scores
    only, with dataset, metric type and model; params+model pairs sizes with models."""
    gold = [{"id": "a", "params": [7e9], "params_models": [{"value": 7e9, "model": "Llama-2"}],
             "results": [{"value": 91.1, "unit": "%", "dataset": "MNLI", "kind": "score",
                          "model": None, "own": True, "metric_type": "accuracy"},
                         {"value": 0.9, "unit": "%", "dataset": "MNLI", "kind": "delta",
                          "model": None, "own": True, "metric_type": "accuracy"}]}]
    pred = [{"id": "a", "params": [7e9], "params_models": [{"value": 7.01e9, "model": "llama 2"}],
             "results": [{"value": 91.1, "unit": "%", "dataset": "mnli", "kind": "score",
                          "model": None, "metric_type": "accuracy"},
                         {"value": 0.9, "unit": "%", "dataset": "MNLI", "kind": "score",
                          "model": "RoBERTa-Large", "metric_type": "accuracy"}]}]
    report = evaluate(pd.DataFrame(gold), pd.DataFrame(pred))
    assert report.loc["results+kind", ["tp", "predicted", "gold"]].tolist() == [1, 2, 2]
    assert report.loc["results+model", ["tp", "predicted", "gold"]].tolist() == [1, 2, 2]
    assert report.loc["results+tuple", ["tp", "predicted", "gold"]].tolist() == [1, 2, 1]
    assert report.loc["params+model", "f1"] == 1.0
    assert "results+kind" not in evaluate(pd.DataFrame(GOLD), pd.DataFrame(PRED)).index


def test_dev_set_scores_meet_the_targets(dev_run):
    f1 = evaluate(dev_run / "gold.jsonl", dev_run / "papers.jsonl")["f1"]
    assert f1["params"] >= 0.95 and f1["tokens"] >= 0.95
    assert f1["results"] >= 0.85 and f1["results+dataset"] >= 0.75


def test_eval_cli_prints_the_table(dev_run, capsys):
    assert main(["eval", str(dev_run / "gold.jsonl"), str(dev_run / "papers.jsonl")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["field", *FIELDS]


def test_extract_cli_writes_mentions(dev_run):
    mentions = pd.read_parquet(dev_run / "mentions.parquet")
    assert {"PARAMS", "TOKENS", "RESULT", "CODE_URL"} <= set(mentions["label"])
    assert len(pd.read_json(dev_run / "papers.jsonl", lines=True)) == 147


def test_extract_cli_reports_a_missing_input(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "m.csv")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err


def test_bootstrap_interval_brackets_the_f1_and_is_fixed_by_its_seed(monkeypatch):
    """benchmarks/eval_extract.py --ci: the interval holds the F1 and a rerun gives the same."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    from eval_extract import intervals

    gold = pd.DataFrame([{"id": str(i), "results": [{"value": i, "unit": "%"}]}
                         for i in range(20)])
    right = gold.copy()
    half = pd.DataFrame([{"id": str(i), "results": [{"value": i if i % 2 else -1, "unit": "%"}]}
                         for i in range(20)])
    assert intervals(gold, right)["results"] == (1.0, 1.0, 1.0)
    f1, lo, hi = intervals(gold, half)["results"]
    assert f1 == 0.5 and lo < f1 < hi
    assert intervals(gold, half) == intervals(gold, half, seed=0)
    assert "params+model" not in intervals(gold, half)  # no size anywhere: no interval


def test_gold_values_are_read_as_written(monkeypatch, tmp_path):
    """eval_extract reads gold files exactly: dev44 acl:S19-2122's 0.695 read as
    0.6950000000000001 rounded to 0.70, and the right prediction 0.695 (0.69) scored as a miss."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    from eval_extract import read_jsonl

    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "p", "results": [{"value": 0.695, "unit": ""}]}\n')
    gold = read_jsonl(path)
    assert gold.loc[0, "results"][0]["value"] == 0.695
    pred = pd.DataFrame([{"id": "p", "results": [{"value": 0.695, "unit": ""}]}])
    assert evaluate(gold, pred).loc["results", "f1"] == 1.0


def test_profile_counts_a_value_found_with_another_unit(monkeypatch):
    """eval_extract --profile: a gold delta in points read as a unitless score is one missing and
    one extra result, and says which units were confused."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    from eval_extract import profile

    gold = {"p": {"results": [{"value": 2.1, "unit": "points", "kind": "delta"},
                              {"value": 90.0, "unit": "%", "kind": "score"}]}}
    pred = {"p": {"results": [{"value": 2.1, "unit": "", "kind": "score"},
                              {"value": 90.0, "unit": "%", "kind": "score"}]}}
    counts = profile(gold, pred)
    assert counts["result missing"] == 1 and counts["result extra"] == 1
    assert counts["unit 'points'>''"] == 1
    assert sum(v for k, v in counts.items() if k.startswith("unit ")) == 1


def test_profile_counts_an_owner_or_dataset_whose_name_was_never_found(monkeypatch):
    """eval_extract --profile: a wrong owner or dataset is "unfound" only when the gold name is
    nowhere in the paper's prediction (no choosing among the found names could give it)."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    from eval_extract import profile

    gold = {"p": {"results": [
        {"value": 74.6, "unit": "%", "model": "EMT", "dataset": "ShARC"},
        {"value": 49.5, "unit": "", "model": "BERT", "dataset": "ShARC"}]}}
    pred = {"p": {"models": ["BERT"], "datasets": [], "results": [
        {"value": 74.6, "unit": "%", "model": None, "dataset": None},
        {"value": 49.5, "unit": "", "model": "EMT", "dataset": None}]}}
    counts = profile(gold, pred)
    assert counts["model missing"] == 1 and counts["model other"] == 1
    assert counts["model unfound"] == 0  # EMT is the second result's model, BERT a MODEL name
    assert counts["dataset missing"] == 2 and counts["dataset unfound"] == 2


def test_profile_says_which_metric_type_a_score_took_for_the_golds(monkeypatch):
    """eval_extract --profile: a score typed otherwise than the gold counts as gold>pred, as
    kinds do, so the parts' profiles say which types are confused without listing papers."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    from eval_extract import profile

    gold = {"p": {"results": [
        {"value": 61.2, "unit": "%", "kind": "score", "metric_type": "accuracy"},
        {"value": 0.8, "unit": "", "kind": "score", "metric_type": "f1"},
        {"value": 3.0, "unit": "points", "kind": "delta", "metric_type": "bleu"}]}}
    pred = {"p": {"results": [
        {"value": 61.2, "unit": "%", "kind": "score", "metric_type": "other"},
        {"value": 0.8, "unit": "", "kind": "score", "metric_type": "f1"},
        {"value": 3.0, "unit": "points", "kind": "delta", "metric_type": "other"}]}}
    counts = profile(gold, pred)
    assert counts["score metric_type accuracy>other"] == 1
    assert sum(v for k, v in counts.items() if k.startswith("score metric_type")) == 1
