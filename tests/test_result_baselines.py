"""Others' figures, not the paper's results (result_baselines.py): baselines, prior work."""

import pytest
from results_helpers import (
    r24_pipeline,  # noqa: F401  (fixtures)
    r24_results,
    results,
)

from litkit.extract.result_baselines import COMPARISON
from litkit.extract.results import find_results


def test_vs_keeps_only_the_papers_own_score():
    text = "outperforms baselines by about 32% (0.82 vs 0.62 F-score)"
    assert results(text) == [(32, "%"), (0.82, "")]


def test_a_performance_takes_the_metric_of_the_papers_other_scores():
    # dev2-036: its scores are F-scores
    text = ("When the entities are given, the R-SAT outperforms baselines by about 32% (0.82 vs "
            "0.62 F-score). On the more difficult task of jointly inferring entities and "
            "relations, the R-SAT model achieves a performance of 0.34 and 0.45 for symptoms "
            "and medications respectively.")
    found = {c.value: c.attrs["metric_type"] for c in find_results(text)}
    assert found[0.34] == found[0.45] == "f1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:P19-1138; acl:S18-1122; naacl2021:2021.naacl-main.462; nips2017:9052
        ("Experimental results show that MGNER outperforms current state-of-the-art baselines up "
         "to 4.4% in terms of the F1 score", [(4.4, "delta")]),
        ("Our system ranked 1st among 22 systems, outperforming all the systems more than 10%.",
         [(10, "delta")]),
        ("It outperforms existing detectors (77.9%) and human recognition (53.3%).",
         [(77.9, "score"), (53.3, "score")]),
        ("coupled with long-horizon training and progressive curriculum beats the rule-based "
         "built-in AI more than 70% of the time", [(70, "score")]),  # a win rate (round 8)
    ],
)
def test_what_a_system_outperforms_then_a_bound_makes_a_delta(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


def test_a_list_runs_on_through_what_its_items_are_compared_to():
    # acl:2020.emnlp.main.366
    text = ("Our method decreases runtime by up to 71% compared to a fixed-width beam search "
            "baseline and 17% compared to a variable-width baseline, while matching baselines' "
            "BLEU.")
    assert [(c.value, c.attrs["kind"], c.attrs["metric_type"]) for c in find_results(text)] == \
        [(71, "delta", "speed"), (17, "delta", "speed")]


def test_a_baseline_named_before_of_gives_a_comparison_figure():
    # nips1989:947217a17a (the baseline's score only); acl2022:2022.findings-acl.232 (an increase)
    text = ("to compare the performance of the various architectures against a baseline "
            "recognition rate of 95.9% for a single IDNN on the six-speaker /b,d,g/ task.")
    assert [c.source for c in find_results(text)] == [COMPARISON]
    text = ("it outperformed the TextBugger baseline with an increase of 50% and 40% in terms of "
            "semantic preservation")
    assert results(text) == [(50, "%"), (40, "%")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("With only 3.1 bits we are able to recover 97% of the model's unquantized 16-bit MMLU "
         "performance.", ["ratio"]),
        ("The resulting model achieves a 4.3x reduction in computation while retaining 95% "
         "performance of the full model.", ["ratio", "ratio"]),
        # levels of other systems
        ("It achieves 80.4% accuracy compared to 90% accuracy of human annotators.",
         ["score", "score"]),
        ("It enables real human users to achieve a 72.9% success rate, approaching the 88.6% "
         "performance of an oracle assistant.", ["score", "score"]),
    ],
)
def test_a_share_of_another_systems_level_is_a_ratio(text, kinds):
    assert [c.attrs["kind"] for c in find_results(text)] == kinds


# which values are results


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:L12-1423: the paper's own change over the baseline it has just named
        ("Finally, all approaches work together to output a result much better than the baseline "
         "with 12% performance improvement.", [(12, "%")]),
        # acl:2020.acl.main.684
        ("show better task completion rates than a supervised semantic parsing baseline (40% "
         "relative improvement on average), and are competitive", [(40, "%")]),
        # coling2025:2025.coling-main.316: the other method's own change stays a comparison
        ("Our method achieves approximately 90.0% reduction in the bits used by all parameters, "
         "achieving a significant improvement compared with a 48.4% reduction by the "
         "conventional BitNet quantization method.", [(90.0, "%")]),
    ],
)
def test_change_after_a_named_baseline_is_own(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:D19-5711 (dev10): the metric named after the scores, after "in terms of"
        ("The experiment results show that our proposed approaches achieve 0.60 (ranks 1) and "
         "0.25 (ranks 2) on task 1 and task 2 respectively in terms of F_1 metric.",
         [(0.6, ""), (0.25, "")]),
        # acl:S19-2221
        ("we are capable of proposing a system, reaching up to 0.778 in terms of F1 score on test "
         "dataset", [(0.778, "")]),
        # icml2019:3802
        ("Especially, we achieve the state-of-the-art accuracy (30.02 in terms of BLEU score) on",
         [(30.02, "")]),
    ],
)
def test_scores_whose_metric_follows_in_terms_of(text, expected):
    assert results(text) == expected


# ----- results found (round 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # iclr2018:HyyP33gAZ: a score alone in parentheses right after its metric
        ("AM-GAN outperforms other strong baselines and achieves state-of-the-art Inception Score "
         "(8.91) on CIFAR-10.", [(8.91, "")]),
        # acl:L16-1731
        ("As a result, the proposed method exhibited significantly better accuracy (0.85) of "
         "determining words as metonymic or literal expressions than the baselines.", [(0.85, "")]),
        # acl:2020.lrec.1.766: the metric's abbreviation closes its parenthesis before "of"
        ("The best results are attained by the bilingual learning, showing the area under the ROC "
         "curve (AUC) of 0.875 and 0.828, for tweet classification in English and Russian test "
         "sets, respectively.", [(0.875, ""), (0.828, "")]),
        # not a setting in parentheses after a metric
        ("We threshold the accuracy (0.5 of the maximum) of each run.", []),
    ],
)
def test_score_in_parentheses_after_its_metric(text, expected):
    assert [(c.value, c.unit) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:Q17-116: the figure in parentheses after what the system outperforms is its
        # reference point (R-res-baseline)
        ("Our model's combination of content and style allows us to predict audience-adjudicated "
         "winners with 74% accuracy, significantly outperforming linguistic features alone (66%).",
         [(74, "results"), (66, COMPARISON)]),
        # acl:W18-6459
        ("Experimental results confirm that our proposed MIDAS translator (8.33 BLEU score) "
         "outperforms Google translator (3.75 BLEU score).",
         [(8.33, "results"), (3.75, COMPARISON)]),
        # acl:W18-3909
        ("Furthermore, our top macro-F1 score (58.92%) is significantly better than the second "
         "best score (57.59%) in the 2018 ADI Shared Task.",
         [(58.92, "results"), (57.59, COMPARISON)]),
        # nips2017:9154: the paper's own change in parentheses stays its result
        ("We show that our model significantly outperforms the state-of-the-art (by ~16 % points) "
         "in the situation where the visual reference resolution plays an important role.",
         [(16, "results")]),
        # not after a preposition: the paper's own score on a dataset
        ("Our model outperforms the baselines on SQuAD (88.5% F1).", [(88.5, "results")]),
        # what the paper's figure is matched with (r39audit19): acl:2020.semeval.1.272,
        # iclr2017:rJJRDvcex
        ("In the OffensEval-2020 competition, our model achieves 91.51% F1 score in English "
         "Sub-task A, which is comparable to the first place (92.23%F1).",
         [(91.51, "results"), (92.23, COMPARISON)]),
        ("we report experiments on the CIFAR-10 classification task, showing that a network with "
         "interleaved convolutional layers and L-RNN modules, achieves comparable results (5.39% "
         "top1 error) using only 15 layers and fewer parameters to ResNet-164 (5.46%).",
         [(5.39, "results"), (5.46, COMPARISON)]),
        # ... not an agreement, a finding (acl:2020.nlpcovid19.acl.6), nor a level the figure is
        # close to
        ("the agreement between the crowd and the biomedical expert is comparable to inter-expert "
         "agreement (0.788).", [(0.788, "results")]),
        ("We achieve results close to 90% (88.2%) on the test.",
         [(90, "results"), (88.2, "results")]),
    ],
)
def test_figure_in_parentheses_after_what_is_outperformed(text, expected):
    assert [(c.value, c.source) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:S17-120 (dev9): a whole score of two digits before its metric; the reference
        # point after "compared to" stays a comparison figure
        ("We find that our model obtains reasonable performance (\u223c35 F1 compared to 41 F1 of "
         "state-of-the-art).", [(35, "results"), (41, COMPARISON)]),
        # acl:P19-1416
        ("We introduce a single-hop BERT-based RC model that achieves 67 F1\u2014comparable to "
         "state-of-the-art multi-hop models.", [(67, "results")]),
        # not "top 10 accuracy", nor a change or counted things after the metric
        ("We report the top 10 accuracy of each model.", []),
        ("We show that it outperforms state-of-the-art TS approaches (up to 3 and 12 BLEU and SARI "
         "points, respectively).", []),
        ("The chip implements an ARTI network with 100 F 1 nodes and 18 F2 nodes.", []),
    ],
)
def test_whole_score_before_its_metric(text, expected):
    assert [(c.value, c.source) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.coling.main.261: a correlation written by its symbol
        ("we find a novel dual-sequence GRU model with decayed hidden states achieves best "
         "results (r = .66)", [0.66]),
        # acl:2020.clinicalnlp.1.25
        ("We evaluate the approach on two clinical STS datasets, and achieve r= 0.80 on N2C2-STS.",
         [0.8]),
        # acl:P19-1572
        ("Gaussian process preference learning (GPPL), which achieves a Spearman\u2019s \u03c1 of "
         "0.56 against gold", [0.56]),
        # nips2013:3747
        ("our method not only predicted clutter extremely well (Spearman's $\\rho = 0.81$, "
         "$p < 0.05$)", [0.81]),
    ],
)
def test_correlation_written_by_its_symbol_is_a_score(text, expected):
    found = find_results(text)
    assert [c.value for c in found] == expected
    assert all(c.attrs["metric_type"] == "correlation" for c in found)


# round 9, results, kinds and models


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.emnlp.main.458 (dev13), acl2022:2022.acl-long.62, acl:R17-142,
        # acl:2020.smm4h.1.23, nips1991:2c8384d64d (corpus audit): the figure another system
        # scored, itself the object of a comparison, is a reference point (R-res-baseline)
        ("Its token-level character-to-syllable accuracy is 89%, which significantly exceeds the "
         "22% accuracy of prior work.", [(89, "%")]),
        ("Composing the best of these methods produces a model that achieves 83.7% bi-text "
         "retrieval accuracy over 112 languages on Tatoeba, well above the 65.5% achieved by "
         "LASER, while still performing competitively.", [(83.7, "%")]),
        ("This is significantly higher than the 20.52% achieved by the state of the art RNN "
         "approach.", []),
        ("Our best F1-score of 0.7578 exceeded the mean score 0.6646 of all 15 submitting teams.",
         [(0.7578, "")]),
        # r39rextra: a chance level is the reference any system is set against (acl:S18-1121,
        # dev31)
        ("The results reveal the complexity of the task, with many approaches hardly improving "
         "over the random accuracy of about 0.5.", []),
        # (not the paper's own change over the object: "outperforming the baseline by 10%")
        ("Our final model achieves an F1 score of 63.76%, outperforming the baseline by 10%.",
         [(63.76, "%"), (10, "%")]),
    ],
)
def test_a_figure_that_is_the_object_of_a_comparison_is_a_reference(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.findings.emnlp.327 (dev13), acl:L16-1204, nips1987:583c13f257,
        # acl:D19-6208 (corpus audit): "higher / lower / better than" right before a figure
        # bounds it, no comparison with another's figure
        ("Language models pretrained on large-scale corpora, such as BERT, GPT-2, achieve a "
         "commonsense reasoning accuracy of lower than 72% on target translations of this test "
         "suite.", [(72, "%")]),
        ("reaching accuracies higher than 70% with only 113 instances to train the model.",
         [(70, "%")]),
        ("we managed to obtain a task-specific AUC higher than 0.90.", [(0.9, "")]),
        # (not another's figure, nor a threshold that sets a condition)
        ("detects the back-translated text with 83.4% of accuracy, which is higher than 66.7% of "
         "the best previous accuracy.", [(83.4, "%")]),
        ("Experiment results on the UN corpus demonstrate that when fuzzy matches are higher than "
         "50%, the quality of NMT translation can be significantly improved by over 10 BLEU "
         "points.", [(10, "points")]),
    ],
)
def test_a_comparative_before_a_figure_bounds_it(text, expected):
    assert results(text) == expected


# r23kind: another's result named by what it is before its figure alone in brackets, in a
# clause longer than six words, is a point of comparison (R-res-baseline)
@pytest.mark.parametrize("text, others", [
    ("Our phoneme error rate (8.7%) is significantly lower than that achieved by the best of "
     "these systems (15.1%).", [15.1]),
    ("The Gulf Arabic lexicon gives a good improvement of the classifier accuracy (90.54 %) over "
     "a baseline that does not use the lexicon (82.81%), while the MSA lexicon causes the "
     "accuracy to drop to (76.83%).", [82.81]),
    ("Our new acoustic models achieve word error rates (WER) as low as 13.38%, exceeding the "
     "results of our previous study in which we used the CSJ acoustic model adapted for "
     "elderly speech (17.4% WER).", [17.4]),
])
def test_r23_others_result_named_before_its_bracketed_figure(text, others):
    assert [c.value for c in find_results(text) if c.source == COMPARISON] == others


@pytest.mark.parametrize("text, value", [
    ("We ranked 6th in the competition of 42 teams with an accuracy of 79.1% (the winning team "
     "had 82.2%).", 79.1),
    ("The models achieved rank 28 among 36 teams with F1 score of 0.335 and rank 25 among 31 "
     "teams with 0.463 F1 score for SI and TC sub-tasks respectively.", 0.463),
    ("Out of 26 participating teams, our system is ranked in the first place with 68.8312 "
     "F1-score on the development dataset.", 68.8312),
    ("Among the 30 participating teams, our system ranked the 4th (with 69.3% F-score).", 69.3),
    ("Among seven teams we ranked third on task A with disattenuated Pearson correlation (DPC) "
     "score of 0.5587.", 0.5587),
])
def test_the_count_of_teams_a_system_is_ranked_among_is_not_its_subject(r24_nlp, text, value):
    assert r24_results(r24_nlp, text)[value][1] is True


def test_the_winning_teams_score_is_not_the_papers(r24_nlp):
    found = r24_results(r24_nlp, "We ranked 6th in the competition of 42 teams with an accuracy "
                                 "of 79.1% (the winning team had 82.2%).")
    assert found[82.2][1] is False
    # a shared task's overview: the teams are the subject
    found = r24_results(r24_nlp, "A total of five participating teams submitted systems for the "
                                 "shared tasks, with the best submitted system achieving 90.6% "
                                 "accuracy and 83.7% F1-score on task 1 and task 2, respectively.")
    assert found[90.6][1] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W16-4821 (dev21), acl:S19-2172 (dev19), acl:L06-1493, acl:S18-1167 (corpus audit):
        # a shared task winner's figure set against the participant's own rank or score is a
        # reference point (R-res-baseline)
        ("The system achieved an accuracy of 87.79% on the closed track, ending up ninth (the best "
         "results being 89.38%).", [(87.79, "%")]),
        ("We ranked 6th in the competition of 42 teams with an accuracy of 79.1% (the winning team "
         "had 82.2%).", [(79.1, "%")]),
        ("Our official submission ranked best among fully automatic systems, at 23% F-measure, "
         "while the best system, with manual input, reached 28%.", [(23, "%")]),
        ("Our final score was 0.67, which is competitive with the winning score of 0.75.",
         [(0.67, "")]),
        # (not the paper's own best: "the highest chrF score of 0.648"; nor an overview's
        # finding, with no rank of its own: "The best accuracy in subtask A was 0.675")
        ("We achieve a BLEU score of 36.8 and the highest chrF score of 0.648 on Chinese to "
         "English task.", [(36.8, ""), (0.648, "")]),
        ("The best accuracy in subtask A was 0.675.", [(0.675, "")]),
    ],
)
def test_a_shared_task_winners_figure_is_a_reference(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # colm2025:r8nloXtluk, nips2009:0bdac6c931 (corpus, r27resfind): the systems outdone named
        # by examples after "such as", each with its figure (R-res-baseline)
        ("ScholarCopilot achieves a top-1 retrieval accuracy of 40.1% on our evaluation dataset, "
         "outperforming baselines such as E5-Mistral-7B-Instruct (15.0%) and BM25 (9.8%).",
         ["results", COMPARISON, COMPARISON]),
        ("It substantially outperforms shallow models such as SVMs (11.6%).", [COMPARISON]),
    ],
)
def test_the_figures_of_systems_outdone_after_such_as_are_comparisons(text, sources):
    assert [c.source for c in find_results(text)] == sources


# r30dev24: humans' figure set against the paper's is a result whose own is false (guidelines;
# dev11 acl:2020.acl.main.130, dev21 acl:2020.emnlp.main.557, dev24 acl2021:2021.acl-short.136)

@pytest.mark.parametrize(("text", "expected"), [
    # acl2021:2021.acl-short.136 (dev24)
    ("Our results show that the machine-level accuracy for satire detection in Romanian is quite "
     "low (under 73% on the test set) compared to the human-level accuracy (87%).",
     [(73, "%"), (87, "%")]),
    # acl:Q18-121 (corpus)
    ("Their best accuracy reaches 54.5% on an annotated test set, compared to human performance "
     "at 85.0%, leaving ample room for improvement.", [(54.5, "%"), (85.0, "%")]),
    # acl:2020.emnlp.main.557 (dev21): the last of a "vs." pair after humans is theirs
    ("The best supervised model still performs poorly as compared to human performance (54.06% "
     "vs. 96.3% in accuracy).", [(54.06, "%"), (96.3, "%")]),
    # naacl2021:2021.naacl-main.462 (corpus)
    ("It outperforms existing detectors (77.9%) and human recognition (53.3%).", [(53.3, "%")]),
    # r44rmiss: humans named right after their figure (dev34 acl:2020.emnlp.main.59, corpus)
    ("Our best model achieves 32.7% success at identifying the Observer's location within 3m in "
     "unseen buildings, vs. 70.4% for human Locators.", [(32.7, "%"), (70.4, "%")]),
    ("Our best prediction model has an accuracy of 78% versus 94% for human legal experts, "
     "pointing to possible improvements", [(78, "%"), (94, "%")]),
])
def test_humans_figure_set_against_the_papers_is_a_result(text, expected):
    assert results(text) == expected
    assert [c.attrs.get("own") for c in find_results(text) if c.value == expected[-1][0]] \
        == [False]
