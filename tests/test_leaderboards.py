"""Leaderboards from abstracts: scores only, datasets by identity, own systems labelled, best
per paper, the right direction per metric; the state-of-the-art figure; on real sentences."""

from __future__ import annotations

from pathlib import Path

import matplotlib.lines
import pandas as pd
import pytest

import litkit
from litkit import figures
from litkit.corpus import make_corpus
from litkit.errors import LitkitError
from litkit.leaderboards import (
    THIS_PAPER,
    dataset_key,
    leaderboard,
    lower_is_better,
    metric_label,
    metric_variant,
)

#: DeBERTa's abstract (He et al., 2020, arXiv:2006.03654), the sentence with its results
DEBERTA = ("Compared to RoBERTa-Large, a DeBERTa model trained on half of the training data "
           "performs consistently better on a wide range of NLP tasks, achieving improvements "
           "on MNLI by +0.9% (90.2% vs. 91.1%), on SQuAD v2.0 by +2.3% (88.4% vs. 90.7%) and "
           "RACE by +3.6% (83.2% vs. 86.8%).")
#: the issue's short form of it
IMPROVES = "DeBERTa improves over RoBERTa-Large by 0.9% (90.2 vs 91.1) on MNLI."


def result(paper_id: str, value: float, sentence: str, *, kind: str = "score",
           dataset: str | None = "MNLI", model: str | None = None, own: bool | None = True,
           metric_type: str = "accuracy", unit: str = "%", metric: str | None = None,
           text: str | None = None) -> dict:
    """A RESULT row of a Mentions table, as litkit.extract writes it (version 2 fields)."""
    text = text or f"{value:g}"
    start = sentence.index(text)
    return {"paper_id": paper_id, "label": "RESULT", "text": text, "value": value,
            "unit": unit, "start": start, "end": start + len(text), "sentence": sentence,
            "metric": metric, "dataset": dataset, "model": model, "kind": kind, "own": own,
            "metric_type": metric_type, "canonical": None, "family": None}


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    rows = [("deberta", 2020, DEBERTA), ("short", 2021, IMPROVES), ("p1", 2019, ""),
            ("p2", 2021, ""), ("p3", 2023, ""), ("p4", 2022, "")]
    return make_corpus([{"id": i, "title": f"Paper {i}", "abstract": a or "An abstract.",
                         "year": y} for i, y, a in rows], "test")


def deberta_mentions() -> pd.DataFrame:
    """The DeBERTa sentence read as the guidelines say: gains are deltas, the pair in
    parentheses the baseline's score and the paper's own."""
    s = DEBERTA
    return pd.DataFrame([
        result("deberta", 0.9, s, kind="delta", model="DeBERTa", text="+0.9%", unit="%"),
        result("deberta", 90.2, s, model="RoBERTa-Large", own=False),
        result("deberta", 91.1, s, model="DeBERTa"),
        result("deberta", 2.3, s, kind="delta", dataset="SQuAD v2.0", model="DeBERTa",
               text="+2.3%"),
        result("deberta", 88.4, s, dataset="SQuAD v2.0", model="RoBERTa-Large", own=False),
        result("deberta", 90.7, s, dataset="SQuAD v2.0", model="DeBERTa"),
    ])


def test_a_delta_never_becomes_a_score():
    board = leaderboard(deberta_mentions(), make_corpus(
        [{"id": "deberta", "title": "DeBERTa", "abstract": DEBERTA, "year": 2020}], "t"),
        dataset="MNLI")
    assert board["value"].tolist() == [91.1, 90.2]
    assert board["model"].tolist() == ["DeBERTa", "RoBERTa large"]
    assert board["own"].tolist() == [True, False]
    assert board["rank"].tolist() == [1, 2]
    assert 0.9 not in board["value"].tolist()
    assert (board["sentence"] == DEBERTA).all() and (board["year"] == 2020).all()


def test_datasets_match_by_identity_and_show_one_spelling(corpus):
    s = "We reach 81.2% on GSM8K, 79.0% on GSM-8K and 75.5% on gsm8k."
    mentions = pd.DataFrame([
        result("p1", 81.2, s, dataset="GSM8K", model="Llama-2-70B"),
        result("p2", 79.0, s, dataset="GSM-8K", model="Mistral-7B"),
        result("p3", 75.5, s, dataset="gsm8k", model="Qwen-7B"),
    ])
    assert dataset_key("GSM-8K") == dataset_key("gsm 8k") == dataset_key("GSM8K")
    board = leaderboard(mentions, corpus, dataset="GSM-8K")
    assert board["value"].tolist() == [81.2, 79.0, 75.5]
    assert board["dataset"].nunique() == 1
    assert leaderboard(mentions, corpus, dataset=["gsm8k", "MATH"]).shape[0] == 3
    assert leaderboard(mentions, corpus, dataset="MATH").empty


def test_own_unnamed_systems_are_labelled_and_unnamed_baselines_left_out(corpus):
    s = "Our method reaches 88.1% on MNLI, above the previous best of 87.6%."
    mentions = pd.DataFrame([
        result("p2", 88.1, s),                                # ours, not named
        result("p2", 87.6, s, own=False),                     # prior work, not named
    ])
    board = leaderboard(mentions, corpus)
    assert board["model"].tolist() == [THIS_PAPER]
    assert board["family"].isna().all()
    assert board["title"].tolist() == ["Paper p2"]


def test_one_row_per_paper_model_and_metric_keeps_the_best(corpus):
    s = "Llama-2-7B reaches 45.3% zero-shot and 53.1% five-shot accuracy on MMLU."
    mentions = pd.DataFrame([
        result("p3", 45.3, s, dataset="MMLU", model="Llama-2-7B", own=False),
        result("p3", 53.1, s, dataset="MMLU", model="Llama-2-7B", own=False),
    ])
    board = leaderboard(mentions, corpus)
    assert board[["value", "scores_in_paper"]].values.tolist() == [[53.1, 2]]
    assert board["family"].tolist() == ["Llama 2"]


def test_top5_and_top1_are_different_metrics(corpus):
    s = ("EfficientNet-B7 achieves state-of-the-art 84.3% top-1 / 97.0% top-5 accuracy on "
         "ImageNet.")
    mentions = pd.DataFrame([
        result("p4", 84.3, s, dataset="ImageNet", model="EfficientNet-B7",
               metric="top-1 accuracy"),
        result("p4", 97.0, s, dataset="ImageNet", model="EfficientNet-B7",
               metric="top-5 accuracy"),
    ])
    board = leaderboard(mentions, corpus)
    assert board[["variant", "value", "rank"]].values.tolist() == [["", 84.3, 1],
                                                                   ["top-5", 97.0, 1]]
    assert metric_variant("Top 5 error") == "top-5" and metric_variant("pass@10") == "@10"
    assert metric_variant("ROUGE-L F1") == "rouge-l" and metric_variant("accuracy") == ""
    assert [metric_label(t, v) for t, v in [("accuracy", "top-5"), ("pass_at_k", "@10"),
                                            ("rouge", "rouge-l"), ("f1", ""),
                                            ("error_rate", "")]] == [
        "top-5 accuracy", "pass@10", "ROUGE-L", "F1", "error rate"]


def test_lower_is_better_metrics_rank_the_smallest_first(corpus):
    s = "Perplexity of 18.3 on WikiText-103 (GPT-2: 29.4); latency 12 ms vs 30 ms; 60 FPS."
    mentions = pd.DataFrame([
        result("p1", 29.4, s, dataset="WikiText-103", model="GPT-2", own=False, unit="",
               metric_type="perplexity", metric="perplexity"),
        result("p3", 18.3, s, dataset="WikiText-103", unit="", metric_type="perplexity",
               metric="perplexity"),
    ])
    board = leaderboard(mentions, corpus, metric_type="perplexity")
    assert board["value"].tolist() == [18.3, 29.4]
    assert lower_is_better("speed", "latency") and lower_is_better("error_rate")
    assert lower_is_better("speed", "inference time") and lower_is_better("speed", "ms")
    assert not lower_is_better("speed", "FPS") and not lower_is_better("accuracy")
    assert not lower_is_better("speed", "tokens per second")
    assert not lower_is_better("speed", "tokens/s")


def test_fractions_and_percentages_rank_on_one_scale(corpus):
    s = "F1 of 0.913 on CoNLL-2003 against 90.1% for BERT."
    mentions = pd.DataFrame([
        result("p4", 0.913, s, dataset="CoNLL-2003", unit="", metric_type="f1"),
        result("p4", 90.1, s, dataset="CoNLL-2003", model="BERT", own=False,
               metric_type="f1"),
    ])
    board = leaderboard(mentions, corpus)
    assert board["value"].tolist() == [91.3, 90.1]
    assert board["unit"].tolist() == ["%", "%"]


def test_clear_errors(corpus):
    with pytest.raises(LitkitError, match="unknown metric type 'acc'.*accuracy"):
        leaderboard(deberta_mentions(), corpus, metric_type="acc")
    with pytest.raises(LitkitError, match=r"no \['kind'.*extract again"):
        leaderboard(deberta_mentions().drop(columns=["kind"]), corpus)


def board_over_years() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Scores on one benchmark from 2019 to 2023, records in 2019, 2021 and 2022."""
    s = "A sentence."
    rows = [("p1", 80.0, "BERT", True), ("p2", 85.0, "RoBERTa", True),
            ("p2", 79.0, "ELMo", False), ("p4", 88.0, None, True), ("p3", 86.0, "T5", True)]
    mentions = pd.DataFrame([result(p, v, s, model=m, own=o, text="A")
                             for p, v, m, o in rows])
    corpus = make_corpus([{"id": p, "title": f"Paper {p}", "abstract": s, "year": y}
                          for p, y in (("p1", 2019), ("p2", 2021), ("p3", 2023),
                                       ("p4", 2022))], "t")
    return leaderboard(mentions, corpus), corpus


def test_sota_figure_steps_through_the_records(tmp_path):
    board, corpus = board_over_years()
    fig = figures.sota_progression(board, corpus)
    ax = fig.axes[0]
    step = next(line for line in ax.get_lines() if line.get_label() == "best so far")
    assert isinstance(step, matplotlib.lines.Line2D)
    assert list(step.get_ydata()) == [80.0, 85.0, 88.0, 88.0]  # the last holds to 2023
    labels = {t.get_text() for t in ax.texts}
    assert {"BERT", "RoBERTa", "Paper p4"} <= labels and "T5" not in labels
    assert ax.get_title(loc="left") == "MNLI"
    assert all(p.exists() for p in figures.save(fig, tmp_path / "sota"))


def test_sota_figure_steps_down_for_lower_is_better():
    board, corpus = board_over_years()
    board = board.assign(metric_type="error_rate", value=100 - board["value"])
    fig = figures.sota_progression(board, corpus)
    step = next(line for line in fig.axes[0].get_lines() if line.get_label() == "best so far")
    assert list(step.get_ydata()) == [20.0, 15.0, 12.0, 12.0]
    assert "lower is better" in fig.axes[0].get_title(loc="left")
    with pytest.warns(figures.NothingToDraw, match="no scores to draw"):
        figures.sota_progression(board.iloc[:0], corpus)


@pytest.fixture(scope="module")
def extracted() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Real extraction of the seed corpus plus the two DeBERTa sentences."""
    extra = make_corpus([{"id": "deberta", "title": "DeBERTa: Decoding-enhanced BERT with "
                          "Disentangled Attention", "abstract": DEBERTA, "year": 2020},
                         {"id": "short", "title": "A short one", "abstract": IMPROVES,
                          "year": 2021}], "t")
    corpus = pd.concat([litkit.load_seed(), extra], ignore_index=True)
    return litkit.extract(corpus, progress=False), corpus


def test_extracted_deltas_never_become_scores(extracted):
    mentions, corpus = extracted
    board = leaderboard(mentions, corpus)
    ours = board[board["paper_id"].isin(["deberta", "short"])]
    assert not set(ours["value"]) & {0.9, 2.3, 3.6}
    deltas = mentions[(mentions["label"] == "RESULT") & (mentions["kind"] != "score")]
    joined = board.merge(deltas, on=["paper_id", "text", "sentence"])
    assert joined.empty  # no delta, ratio or other claim is a leaderboard row


def test_seed_leaderboard_has_vit_g_on_imagenet(extracted):
    mentions, corpus = extracted
    board = leaderboard(mentions, corpus, dataset="imagenet")
    top = board.iloc[0]
    assert (top["paper_id"], top["value"], top["unit"]) == ("seed-013", 90.94, "%")
    assert "ViT" in top["model"] and top["own"]
    assert "90.94% top-1 accuracy on ImageNet" in top["sentence"]


# An error measured outside the closed list (type "other": MAE, RMSE) ranks smallest first:
# on the 46k abstracts' board the IJCNLP-2017 Task 2 MAE ranking was upside down.
def test_other_errors_rank_the_smallest_first(corpus):
    worse = ("In our system, the MAE predictive values of Valence and Arousal were 0.811 and "
             "0.996, respectively, for the sentiment dimension prediction of words in Chinese.")
    better = ("The predictor took the second place out of 13 teams on phrase VA prediction, with "
              "0.444 MAE and 0.935 PCC on valence, and 0.395 MAE and 0.904 PCC on arousal.")
    mentions = pd.DataFrame([
        result("p1", 0.996, worse, dataset="IJCNLP-2017 Task 2", unit="", metric_type="other",
               metric="MAE"),
        result("p3", 0.395, better, dataset="IJCNLP-2017 Task 2", unit="", metric_type="other",
               metric="MAE"),
    ])
    board = leaderboard(mentions, corpus)
    assert board["value"].tolist() == [0.395, 0.996] and board["rank"].tolist() == [1, 2]
    assert lower_is_better("other", "Root Mean Squared Error")
    assert not lower_is_better("other", "precision") and not lower_is_better("other", None)


def test_a_bare_percentage_that_names_no_metric_is_no_leaderboard_row(corpus):
    """acl:2020.osact.1.5: a dataset statistic typed other with no metric written is not ranked;
    the paper's F1 is, and so is an error rate its words type without naming a metric."""
    statistic = "The dataset contains 10,547 tweets, 16% of which are sarcastic."
    f1 = "The model achieves an F1 score of 0.46, which shows the challenging nature of the task."
    error = "On MNIST we obtain 1.5% with a fraction of the labels."
    mentions = pd.DataFrame([
        result("p1", 16, statistic, dataset="ArSarcasm", metric_type="other"),
        result("p1", 0.46, f1, dataset="ArSarcasm", metric_type="f1", unit="", metric="F1 score"),
        result("p2", 1.5, error, dataset="MNIST", metric_type="error_rate"),
        result("p3", 50, "forgetting 50% of the training data", dataset="MNIST",
               metric_type="cost"),
    ])
    board = leaderboard(mentions, corpus)
    assert sorted(zip(board["dataset"], board["metric_type"], strict=True)) == [
        ("ArSarcasm", "f1"), ("MNIST", "error_rate")]


def test_a_benchmark_under_two_names_is_one_board(corpus):
    """The lexicon's synonyms ("PTB" of Penn Treebank) are one benchmark; its versions
    ("SQuAD 2.0" of SQuAD) are others. Sentences of ENAS (2018) and NAO (2018)."""
    enas = ("On Penn Treebank, ENAS discovers a novel architecture that achieves a test "
            "perplexity of 56.3, on par with the existing state-of-the-art.")
    nao = "We discover powerful architecture on PTB (with test set perplexity 56.6)."
    mentions = pd.DataFrame([
        result("p1", 56.3, enas, dataset="Penn Treebank", model="ENAS",
               metric_type="perplexity", unit=None, metric="perplexity"),
        result("p2", 56.6, nao, dataset="PTB", model="NAO", metric_type="perplexity",
               unit=None, metric="perplexity"),
        result("p3", 88.4, DEBERTA, dataset="SQuAD v2.0", model="DeBERTa", metric_type="f1"),
        result("p4", 79.0, "It reaches 79.0% F1 on SQuAD.", dataset="SQuAD", model="BiDAF",
               metric_type="f1"),
    ])
    board = leaderboard(mentions, corpus)
    assert board.groupby("dataset")["model"].apply(list).to_dict() == {
        "Penn Treebank": ["ENAS", "NAO"], "SQuAD 2.0": ["DeBERTa"], "SQuAD": ["BiDAF"]}
    assert leaderboard(mentions, corpus, dataset="PTB")["value"].tolist() == [56.3, 56.6]


def test_other_metrics_rank_only_against_the_same_written_metric(corpus):
    """Precision is not ranked against recall, nor one paper's recall kept as its best
    precision (acl:S19-2174 and acl:S19-2159, SemEval-2019 Task 4)."""
    low = ("While the precision of the resulting effort is less than stellar, our contribution "
           "ranked 37th with overly high recall (95%) and low precision (54%).")
    high = ("Our model was able to achieve a precision of 68.3% on the test set provided by the "
            "contest organizers.")
    task = "SemEval-2019 Task 4"
    mentions = pd.DataFrame([
        result("p1", 95.0, low, dataset=task, metric_type="other", metric="recall", text="95%"),
        result("p1", 54.0, low, dataset=task, metric_type="other", metric="precision",
               text="54%"),
        result("p2", 68.3, high, dataset=task, metric_type="other", metric="precision",
               text="68.3%"),
    ])
    board = leaderboard(mentions, corpus)
    assert board.groupby("variant")["value"].apply(list).to_dict() == {
        "precision": [68.3, 54.0], "recall": [95.0]}
    assert board["rank"].tolist() == [1, 2, 1]
    assert metric_variant("Precision", "other") == "precision"
    assert metric_variant("RIBES score", "other") == metric_variant("RIBES", "other") == "ribes"
    assert metric_variant("official score", "other") == ""
    assert [metric_label("other", v) for v in ("precision", "")] == ["precision", "other"]


def test_attachment_scores_rank_apart_from_other_accuracies(corpus):
    """UAS and LAS are accuracies of parsing, not comparable with a tagger's accuracy
    (acl:P19-1230, acl:C18-1271, acl:K19-102 on the Penn Treebank)."""
    uas = ("In details, we report 95.84 F1 of constituent parsing and 97.00% UAS of dependency "
           "parsing on PTB.")
    ours = "Our parser achieves 94.11% UAS on PTB and 88.78% UAS on CTB, respectively."
    tags = ("Our multi-task approach improves TAG supertagging with a new state-of-the-art "
            "accuracy score of 91.39% on the Penn Treebank supertagging dataset.")
    mentions = pd.DataFrame([
        result("p1", 97.0, uas, dataset="PTB", metric="UAS", text="97.00%"),
        result("p2", 94.11, ours, dataset="PTB", metric="UAS", text="94.11%"),
        result("p3", 91.39, tags, dataset="Penn Treebank", metric="accuracy score",
               text="91.39%"),
    ])
    board = leaderboard(mentions, corpus)
    assert board.groupby("variant")["value"].apply(list).to_dict() == {
        "": [91.39], "uas": [97.0, 94.11]}
    assert metric_label("accuracy", metric_variant("UAS")) == "UAS"


def test_an_audit_recheck_tells_rows_as_judged_from_changed_and_gone(monkeypatch, corpus):
    """benchmarks/audit_leaderboard.py --check: a judged row is matched on today's board by
    paper, value and benchmark identity, and compared part by part; the shipped audit's 90
    judgments read back with their verdicts."""
    root = Path(__file__).resolve().parents[1]
    monkeypatch.syspath_prepend(str(root / "benchmarks"))
    from audit_leaderboard import JUDGED, recheck

    s = "Our system reaches 88.1% on MNLI and 79.0% on GSM8K."
    board = leaderboard(pd.DataFrame([
        result("p1", 88.1, s), result("p2", 79.0, s, dataset="GSM8K", model="Qwen-7B")]), corpus)
    judged = board.assign(verdict="right")[["paper_id", "dataset", *JUDGED, "value", "verdict"]]
    mnli = judged["dataset"] == "MNLI"
    judged.loc[mnli, "dataset"] = "mnli"  # spelled another way: the same benchmark
    judged.loc[~mnli, "model"] = "Mistral 7B"  # judged when the row named another model
    judged = pd.concat([judged, judged[mnli].assign(value=12.5)])  # a value no longer read
    states = recheck(judged.assign(row=["R1", "R2", "R3"]), board)
    assert dict(zip(states["dataset"] + states["value"].astype(str), states["state"],
                    strict=True)) == {"mnli88.1": "same", "GSM8K79.0": "changed",
                                      "mnli12.5": "gone"}

    audit = pd.read_csv(root / "benchmarks/gold/leaderboard/audit-20261206.tsv", sep="\t",
                        keep_default_na=False)
    assert len(audit) == 90 and set(audit["verdict"]) == {"right", "wrong"}
    assert (audit["verdict"] == "right").groupby(audit["row"].str[0]).sum().to_dict() == {
        "L": 22, "R": 38}


def test_spelled_out_errors_rank_with_their_acronyms(corpus):
    """"Root Mean Squared Error" and "RMSE" are one board, lowest first (acl:2020.semeval.1.139
    and acl:2020.semeval.1.135, SemEval-2020 Task 7)."""
    spelled = ("The lowest Root Mean Squared Error achieved was 0.575 for sub-task A, and the "
               "highest Accuracy was 0.618 for sub-task B.")
    short = ("The latter system was also our final submission to the competition and is ranked "
             "seventh among the 49 participating teams, with a root-mean-square error (RMSE) of "
             "0.5253.")
    task = "SemEval-2020 Task 7"
    mentions = pd.DataFrame([
        result("p1", 0.575, spelled, dataset=task, metric_type="other",
               metric="Root Mean Squared Error", text="0.575"),
        result("p2", 0.5253, short, dataset=task, metric_type="other", metric="RMSE",
               text="0.5253"),
    ])
    board = leaderboard(mentions, corpus)
    assert board["variant"].tolist() == ["rmse", "rmse"]
    assert board["value"].tolist() == [0.5253, 0.575] and board["rank"].tolist() == [1, 2]
    assert metric_variant("Mean Absolute Error", "other") == metric_variant("MAE", "other")


@pytest.mark.parametrize("sentence, dev, test", [
    # acl:I17-410, acl:S18-1156, acl:W18-5515: the test score is kept, better or not
    ("We obtain the highest grade out of six systems: 48.7% accuracy on a validation set (vs. a "
     "baseline of 29.45%) and 45.6% on a test set.", "48.7%", "45.6%"),
    ("The system performance reaches about 70% accuracy when it is applied on the development "
     "dataset, but its accuracy goes down (63%) on the official test dataset.", "70%", "63%"),
    ("In this paper we describe our 2nd place FEVER shared-task system that achieved a FEVER "
     "score of 62.52% on the provisional test set (without additional human evaluation), and "
     "65.41% on the development set.", "65.41%", "62.52%"),
])
def test_a_papers_test_score_is_kept_over_its_development_score(corpus, sentence, dev, test):
    def score(text: str) -> dict:
        return result("p1", float(text.rstrip("%")), sentence, dataset="FEVER",
                      metric_type="accuracy", metric="accuracy", text=text)
    board = leaderboard(pd.DataFrame([score(dev), score(test)]), corpus)
    assert board["value"].tolist() == [float(test.rstrip("%"))]
    assert board["scores_in_paper"].tolist() == [2]


def test_a_development_score_alone_is_kept(corpus):
    """acl:W19-4639: "F1-Scores of 66.1% and 67.0% on the development sets" are both
    development scores; the better is kept, as for any two."""
    sentence = ("Our system achieves F1-Scores of 66.1% and 67.0% on the development sets for "
                "Subtasks 1 and 2 respectively.")
    mentions = pd.DataFrame([
        result("p1", v, sentence, dataset="MADAR", metric_type="f1", metric="F1-Scores",
               text=f"{v}%") for v in (66.1, 67.0)])
    assert leaderboard(mentions, corpus)["value"].tolist() == [67.0]


def test_a_share_or_size_under_another_types_metric_is_no_leaderboard_row(corpus):
    """Leaderboard audit 2026-12-08 (R26, L23): a value typed cost or other whose written metric
    names another type is ranked under a measure it is not (acl:D18-1538's data share under
    "F1", iclr2018:SJZsR7kCZ's storage under "accuracy"); a sparsity named as such stays."""
    share = ("On CoNLL-2012 English section, the proposed semi-supervised training with 1%, 10% "
             "SRL-labeled data achieves +1.58, +0.78 F1, respectively.")
    storage = ("With LeNet-5 on MNIST, pruning reduces storage requirement from 1.7 MB to 0.006 "
               "MB with accuracy loss of 0.03%.")
    sparsity = ("Experiments with the CIFAR-10 dataset show that more than 85% sparsity can be "
                "induced in the convolution layers.")
    mentions = pd.DataFrame([
        result("p1", 1, share, dataset="CoNLL-2012", metric_type="cost", metric="F1", text="1%"),
        result("p2", 0.006, storage, dataset="MNIST", metric_type="cost", unit="",
               metric="accuracy", text="0.006"),
        result("p3", 85, sparsity, dataset="CIFAR-10", metric_type="cost", metric="sparsity",
               text="85%"),
    ])
    board = leaderboard(mentions, corpus)
    assert board["dataset"].tolist() == ["CIFAR-10"]
