"""The figures that may be results (result_figures.py): result units, factors, fractions."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from results_helpers import _sentence_types, _types, results

from litkit.extract.quantities import find_quantities
from litkit.extract.result_baselines import COMPARISON
from litkit.extract.results import find_results


@given(st.text(alphabet=st.sampled_from("0123456789.,%x×/-+ BMKT$\\{}()abc\n"), max_size=120))
def test_rules_never_crash_and_stay_in_bounds(text):
    for cand in find_results(text) + find_quantities(text):
        assert 0 <= cand.start < cand.end <= len(text)
        assert cand.value is None or math.isfinite(cand.value)


def test_lists_of_unitless_scores_after_their_metric():
    # acl:S18-189: the parenthesised counts are notes, not scores
    text = ("Identification was performed with BiLSTM and CNN classifiers, achieving F1 score of "
            "0.5939 (23/42) and 0.3925 (10/28) each for the binary and the multi-class case.")
    assert [(c.value, c.unit) for c in find_results(text)] == [(0.5939, ""), (0.3925, "")]
    # acl:2020.emnlp.main.314
    text = ("an F1 of 75.82, 86.01, 61.63 on groups discussed above respectively, outperforming "
            "segmentation baselines.")
    assert [c.value for c in find_results(text)] == [75.82, 86.01, 61.63]
    # coling2022:2022.coling-1.539: the list is read whole, or not as unitless scores at all
    text = "obtains a performance gain of 5.33, 12.85 and 3.81 points over the baseline BART model"
    assert all(c.unit != "" for c in find_results(text))
    # acl:S19-2111, acl:W17-2512: after a verb, the metric named before it
    text = ("The best macro-average F1 scores obtained for the sub-tasks A, B and C are 0.73, "
            "0.52, and 0.37, respectively.")
    assert [(c.value, c.unit, c.attrs["kind"], c.attrs["metric_type"])
            for c in find_results(text)] == [(0.73, "", "score", "f1"), (0.52, "", "score", "f1"),
                                            (0.37, "", "score", "f1")]
    text = ("The best F-scores as measured against the gold standard were 0.84 (German-English), "
            "0.80 (French-English), and 0.43 (Chinese-English).")
    assert [c.value for c in find_results(text)] == [0.84, 0.8, 0.43]
    # acl:2020.semeval.1.113 (dev24): the metric closing the parenthesis of what it names; the
    # next clauses' values are siblings of these (r40rmiss)
    text = ("The performances (macro F1) of our hybrid model on Subtask A are 0.329 (HybridE), "
            "0.328 (HybridW), on Subtask B are 0.507 (HybridE), 0.512 (HybridW).")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == [
        (0.329, "f1"), (0.328, "f1"), (0.507, "f1"), (0.512, "f1")]
    # acl:2020.nlptea.1.15: not after a list of metrics, each value of another
    text = ("In error detection track, the accuracy, recall and F-1 of our submitted result are "
            "0.9851, 0.7496 and 0.8514 respectively.")
    assert find_results(text) == []


def test_a_factor_by_n_times_is_a_ratio():
    # coling2022:2022.coling-1.24; iclr2018:ryup8-WCW
    text = "our model speeds up beam search inference by 6.7 times on CPU"
    assert [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)] == [(6.7, "x", "ratio")]
    text = "a simple approach for compressing networks, in some cases by more than 100 times."
    assert [(c.value, c.unit) for c in find_results(text)] == [(100, "x")]
    # nips2017:9099 (dev24): two bounds one after the other
    text = ("LightGBM speeds up the training process of conventional GBDT by up to over 20 times "
            "while achieving almost the same accuracy.")
    assert [(c.value, c.unit) for c in find_results(text)] == [(20, "x")]
    assert find_results("we run each experiment 5 times and report the mean") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W18-6318; nips2018:11861; icml2017:862
        ("which speeds up translation by a factor of 1.8 without loss in translation performance.",
         [(1.8, "x", "ratio")]),
        ("while reducing the activation memory cost by a factor of 10--15. We extend",
         [(10, "x", "ratio"), (15, "x", "ratio")]),
        ("Experiments show that BRP results in a factor of 7 reduction in space",
         [(7, "x", "ratio")]),
        # naacl2021:2021.naacl-main.7 (dev25), acl:N18-1192, iclr2017:rJ8uNptgl: a speed-up or a
        # compression ratio "of N"
        ("an 18-4 deep encoder configuration boosts translation quality at a speed-up of 1.4.",
         [(1.4, "x", "ratio")]),
        ("experiments showed that can achieve a compression ratio of 11.3 without any loss",
         [(11.3, "x", "ratio")]),
        ("we show that the compression ratios of 51.25, 22.17 and 40.65 are achieved",
         [(51.25, "x", "ratio"), (22.17, "x", "ratio"), (40.65, "x", "ratio")]),
        ("we reach a compression ratio of 4:1 with no loss", []),
        # nips2005:be45d47259; nips2008:6068b58efa; nips2017:9048; acl:W16-3705: no factor
        ("approximate partitioning (guaranteed to be within a factor of 2 of the the optimal)", []),
        ("match the regret bounds of online learning algorithms (up to a constant factor of 2).",
         []),
        ("one can approximate the distances up to a factor of 1 + epsilon.", []),
        ("an average MSE of 0.145 and a Pearson correla-tion factor of 0.832.",
         [(0.145, "", "score"), (0.832, "", "score")]),
    ],
)
def test_a_factor_of_n_is_a_ratio(text, expected):
    assert [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)] == expected


def test_percent_points_and_fractions_as_many():
    # acl:P18-2108; icml2017:464
    text = ("the molecular information can enhance text-based DDI extraction by 2.39 percent "
            "points in the F-score on the DDIExtraction 2013 shared task data set.")
    assert results(text) == [(2.39, "points")]
    text = ("our method is 100x faster than a maximum likelihood approach and selects 1/4 as many "
            "extraneous dependencies.")
    assert results(text) == [(100, "x"), (0.25, "fraction")]


def test_the_accuracies_a_sentence_names_type_its_scores():
    # dev8 acl:2020.sltu.1.26: "accuracies", plural, names the metric of the list
    text = ("The best accuracies given by one-vs-rest scenario for each emotion class are "
            "1) happiness: 76.31%; 2) sadness: 86.46%; 3) anger: 82.14%; and 4) neutral: 68.51%.")
    assert {c.attrs["metric_type"] for c in find_results(text)} == {"accuracy"}
    # acl:W16-3910: and makes bare decimals after it scores
    text = "with the best top-1 accuracies of 0.78 and 0.59 respectively."
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(0.78, "accuracy"), (0.59, "accuracy")]


def test_exact_match_accuracy_is_exact_match():
    # dev4 acl2021:2021.acl-short.98: "accuracy" is part of the exact-match metric's name
    text = ("we achieved 81.03% exact match accuracy on Django and 32.57 BLEU score on CoNaLa.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(81.03, "exact_match"), (32.57, "bleu")]


def test_a_score_list_runs_on_through_what_each_score_is_on():
    # naacl2024:2024.findings-naacl.49; acl:2020.semeval.1.212
    text = ("Our atomic edit extraction achieves an F1 of 0.93 on German, 0.91 on Chinese, and "
            "0.891 on English.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(0.93, "f1"), (0.91, "f1"), (0.891, "f1")]
    text = ("yielded satisfactory accuracy of 0.92 for English, 0.81 for Danish, 0.84 for Turkish, "
            "0.85 for Greek, and 0.89 for Arabic.")
    assert results(text) == [(0.92, ""), (0.81, ""), (0.84, ""), (0.85, ""), (0.89, "")]


def test_list_items_each_followed_by_a_gerund_phrase_share_the_metric():
    # dev8 colm2025:CB3CeOWo0J: "98% identifying X and 99% identifying Y" is one list of F1 scores
    text = ("Across 50 notebooks, CRABS achieves average $F_1$ scores of 98% identifying "
            "cell-to-cell information flows and 99% identifying transitive cell execution "
            "dependencies.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(98.0, "f1"), (99.0, "f1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.webnlg.1.15 (dev8): scores named by the plural, then "of"
        ("achieving a BLEU score of 51.74 over all categories with scores of 58.23 and 45.57 "
         "across seen and unseen categories respectively.",
         [(51.74, ""), (58.23, ""), (45.57, "")]),
        # acl:S17-2150
        ("With this architecture we obtained weighted cosine similarity scores of 0.72 and 0.74 "
         "for subtask-1 and subtask-2, respectively.", [(0.72, ""), (0.74, "")]),
        # acl:W19-3818: the verb
        ("Post-competition analysis shows that, when using different embedding layers, the "
         "system scores 0.1799 which would be third place.", [(0.1799, "")]),
        # acl:P19-1475, colm2025:oaCUsn391F: "scores" then other words is no score's name
        ("Log-loss naturally drives models to assign scores near 0.0 or 1.0, in contrast to our "
         "proposed use of a margin-based loss.", []),
        ("achieves comparable MMLU scores to LLaMA 3.1 8B with significantly lower latency.", []),
    ],
)
def test_scores_named_by_the_plural(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.ngt.1.20 (dev8): "macro" alone before the metric
        ("We achieve an 37.57 macro F1 with a 6 checkpoint model ensemble on the official shared "
         "task test data", [(37.57, "")]),
        # acl:2020.ngt.1.19
        ("Our final submission achieves a 0.5510 weighted F1 score on the blind test set",
         [(0.551, "")]),
        # acl:K17-306
        ("Our system ranked 5 th and achieved 70.93 overall LAS score over the 81 test corpora",
         [(70.93, "")]),
        # acl:2020.ngt.1.16, acl:W19-2013, acl:2020.coling.main.537: two such words
        ("our submission achieves 0.312 in weighted macro F1 score, and ranks second among the "
         "submitted En-Ko systems.", [(0.312, "")]),
        ("our algorithm provides up to 5 mean average precision points over the best baseline.",
         [(5.0, "points")]),
        ("obtaining a 4.8 absolute overall accuracy improvement compared to Hou et al. (2013).",
         [(4.8, "points")]),
    ],
)
def test_score_with_an_averaging_word_before_its_metric(text, expected):
    assert results(text) == expected


def test_a_value_written_with_a_minus_sign_is_a_change():
    # naacl2024:2024.naacl-long.120 (dev9); corpus: the APE shared tasks' TER changes
    text = ("random decisions decrease GPT4\u2019s response quality by -97% than expert decisions. "
            "Our primary submission achieves -4.52 TER and +6.81 BLEU score on PBSMT task.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(-97, "delta"), (-4.52, "delta"), (6.81, "delta")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.lrec.1.562: an agreement, a result of the annotators (R-own-agreement)
        ("The inter-annotator agreement is 0.95, and when we used this data for machine learning",
         [(0.95, "")]),
        # acl:L12-1182
        ("with high levels of inter-annotator agreement - Krippendorff's Alpha of 0.822 on "
         "selecting event pairs", [(0.822, "")]),
        # iclr2017:H1fl8S9ee: alpha alone is a setting
        ("We train our BNNs by minimizing alpha-divergences with alpha = 0.5, which usually "
         "produces better results", []),
    ],
)
def test_agreement_scores(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:S18-106 (dev11): the next score after a note in parentheses
        ("Our model achieved an F-score of 70.54 (ranked 2/43) in the subtask A and 49.47 (ranked "
         "3/29) in the subtask B.", [70.54, 49.47]),
        # acl:D19-5628
        ("We achieve a BLEU score of 39.83 (41.46 BLEU per WNGT evaluation) for En-De and 45.06 "
         "(47.39 BLEU per WNGT evaluation) for De-En translation directions on the Rotowire test "
         "set.", [39.83, 45.06, 41.46, 47.39]),
    ],
)
def test_next_score_after_a_note(text, expected):
    assert [c.value for c in find_results(text)] == expected


# round 7, results


def own_results(text):
    """(value, unit, kind) of the paper's own results in ``text``."""
    return [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)
            if c.source != COMPARISON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.trac.1.15 (dev12)
        ("Our model placed first in English and second in Bengali gendered text classification "
         "competition tasks with 0.87 and 0.93 in F1-score respectively.",
         [(0.87, "", "score"), (0.93, "", "score")]),
        # acl:C16-164 (dev8): "serendipity" names no metric
        ("our approach not only significantly outperforms baselines by 0.06 in accuracy, and 0.11 "
         "in serendipity", [(0.06, "", "delta")]),
        # acl:D19-1310 (dev9): a unitless change of 1 or more is in points
        ("the effectiveness of our model with improvement of 2.66 in BLEU over the strong baseline",
         [(2.66, "points", "delta")]),
        # coling2025:2025.coling-main.216
        ("achieving improvements of 3.10 in ROUGE-1, 2.84 in ROUGE-2, and 2.89 in ROUGE-L.",
         [(3.1, "points", "delta"), (2.84, "points", "delta"), (2.89, "points", "delta")]),
        # acl2021:2021.acl-long.73
        ("we have obtained 25.69, 31.36, and 28.42 in BLEU respectively.",
         [(25.69, "", "score"), (31.36, "", "score"), (28.42, "", "score")]),
        # acl:K17-133: the figure after "vs" is the one compared with
        ("PID performs better than SID as expected (77.6 vs 72.3 in F-score)",
         [(77.6, "", "score")]),
        # acl:D19-5822: a range's start is where the system started, not a result
        ("improving from 46.58 to 47.69 in BLEU-1, 17.55 to 18.53 in BLEU-4, 21.24 to 22.33 in "
         "METEOR", [(47.69, "", "score"), (18.53, "", "score"), (22.33, "", "score")]),
        # (47.69: _FROM_TO_CHANGE)
        # r39dev36: the metric in parentheses right after the figure (acl:W17-4420, dev36;
        # acl:C16-157)
        ("Our submitted result performed at 39.98 (F1) on entity.", [(39.98, "", "score")]),
        ("For Chinese, the most notable increase is as high as 3.63 (UAS) when the proposed "
         "framework is applied to first-order parsing models.", [(3.63, "points", "delta")]),
        # near misses: no metric after "in" ("0.11 in serendipity"), a generic word
        ("we gain 0.5 in performance over the baseline", []),
        ("the model reached 12 (F1) on the test set", []),
        ("the model ranked 1.5 in score among the systems", []),
    ],
)
def test_a_unitless_figure_whose_metric_is_named_right_after_in(text, expected):
    assert own_results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:N18-190 (dev12)
        ("Results show that our neural stacking parser is 1.5% LAS points better than the "
         "augmented parsing model and 3.8% LAS points better than the one which uses first-best "
         "normalization", [(1.5, "points", "delta"), (3.8, "points", "delta")]),
        # acl:D17-1269
        ("improving the state-of-the-art by an average of 5.5% F1 points.",
         [(5.5, "points", "delta")]),
        # acl:E17-1109: the list's last item names the points of all
        ("We observe improvements of 7.86%, 5.27% and 7.25% F-measure points over the baseline "
         "models", [(7.86, "points", "delta"), (5.27, "points", "delta"),
                    (7.25, "points", "delta")]),
        # colm2024:5Nsl0nlStc
        ("improve performance over learning-based fusion approaches by 3.92\u201311.94% accuracy "
         "points", [(3.92, "points", "delta"), (11.94, "points", "delta")]),
        # near misses (nips2013:3820): a point that is no score's
        ("online RPCA achieves the maximal robustness with a 50% breakdown point.",
         [(50, "%", "score")]),
        # (the 10% share of data is the 85%'s condition, no result: R-res-datashare, r32extra)
        ("the model reaches 85% accuracy on 10% data points", [(85, "%", "score")]),
    ],
)
def test_a_percentage_followed_by_its_metric_and_points_is_in_points(text, expected):
    assert own_results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:S17-2101
        ("Overall, this system has achieved 0.618 for the average recall rate, 0.587 for the "
         "average F1 score, and 0.618 for accuracy.",
         [(0.618, "", "score"), (0.587, "", "score"), (0.618, "", "score")]),
        # acl:2020.emnlp.main.127
        ("show GAIN achieves a significant performance improvement (2.85 on F1) over the previous "
         "state-of-the-art.", [(2.85, "points", "delta")]),
        # acl:W18-5913
        ("These techniques allow us to reach 91.4, 46.5, 47.8, 85.0 as F1-scores for Tasks 1 to 4.",
         [(91.4, "", "score"), (46.5, "", "score"), (47.8, "", "score"), (85.0, "", "score")]),
        # near miss: a threshold set for a metric is no result
        ("we keep the pairs above 0.5 for the model's own score", []),
    ],
)
def test_a_unitless_figure_whose_metric_is_named_right_after_for_on_or_as(text, expected):
    assert own_results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:C16-1269
        ("introducing eye gaze information increased the accuracy of the PAS analysis by 0.05 "
         "compared with the conventional methods.", [(0.05, "", "delta")]),
        # acl:2020.aacl.main.15
        ("the proposed method improves the f-measure by > 0.12 compared to multiple baselines.",
         [(0.12, "", "delta")]),
        # acl:D18-1220
        ("Our approach improves F1 performance on the full WSC by 0.21 over the previous best",
         [(0.21, "", "delta")]),
        # near misses (acl:P18-1196): no decimal; no metric changed
        ("improves a perplexity metric on the subset of numerals by 2 and 4 orders of magnitude",
         []),
        ("we reduce the model size by 0.5 while keeping the quality", []),
    ],
)
def test_a_decimal_change_by_which_a_metric_named_before_changed(text, expected):
    assert own_results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:S17-2179 (corpus)
        ("We obtained the second highest F-score of the challenge on the event polarity subtask "
         "(0.708).", [(0.708, "", "score")]),
        # dev12 acl:W19-5403 (gold: 0.5, a BLEU score), a bound word before the decimal
        ("Higher BLEU scores (close to 0.5) were obtained for the es/en, en/es and en/pt test "
         "sets, as well as for the terminology sub-task.", [(0.5, "", "score")]),
        # dev22 acl:2020.wat.1.13 (gold: 1.34 and 11.33)
        ("The evaluation results show the BLEU score of English-to-Oria below the Organizer "
         "(1.34) and Oria-to-English direction shows above the Organizer (11.33).",
         [(1.34, "", "score"), (11.33, "", "score")]),
        # near miss: no metric named before it
        ("We set the dropout rate (0.3) and the learning rate.", []),
    ],
)
def test_a_decimal_alone_in_parentheses_after_its_metric_is_a_score(text, expected):
    assert own_results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:S19-225 (dev20): a change "by" a decimal after a score of the sentence
        ("Our system achieved F1 score of 0.7524 which outperformed the baseline model of the "
         "organizers by 0.1656.", [(0.7524, "", "score"), (0.1656, "", "delta")]),
        # acl:2020.wmt.1.8 (dev23): the next clause's scores, their metric named once
        ("On the test set, our best submitted systems achieve 21.5 and 13.7 BLEU for Ta->En and "
         "En->Ta respectively, and 27.9 and 13.0 for Iu->En and En->Iu respectively.",
         [(21.5, "", "score"), (13.7, "", "score"), (27.9, "", "score"), (13.0, "", "score")]),
        # colm2025:xZi2rMUcAO (dev3): after "by" and a first change, a change too
        ("CALLME achieves 80% accuracy and .79 F1, outperforming the state-of-the- art static "
         "analyzer by 30% and .60, respectively.",
         [(80.0, "%", "score"), (0.79, "", "score"), (30.0, "%", "delta"), (0.6, "", "delta")]),
        # near misses: another system's figure (acl:2020.wosp.1.12, acl:P19-1525), a spread
        # (acl:2020.coling.main.54), the number of a subtask (acl:S18-1139), a figure on the other
        # side of 1 (acl:2018.gwc.1.32 kept, a size not)
        ("The best performing systems obtained an overall score of 0.2056 for subtask A, "
         "outperforming the simple majority class baseline models, which scored 0.11489.",
         [(0.2056, "", "score")]),
        ("We report a new state-of-the-art performance of 62.83 F1 (prev best was 60.49) on the "
         "ACE2005 dataset.", [(62.83, "", "score")]),
        ("our optimized model achieved an F1 score of 0.54\u00b10.15", [(0.54, "", "score")]),
        ("Our best model achieves an F1(macro) score of 74.2 and 84.8 on subtasks 1.1 and 1.2, "
         "respectively.", [(74.2, "", "score"), (84.8, "", "score")]),
        ("The Glove model achieves an average accuracy of 0.47 and Word2Vec achieves 0.31 with "
         "2.5 epochs for languages such as English.", [(0.47, "", "score"), (0.31, "", "score")]),
    ],
)
def test_a_decimal_in_the_sentence_of_a_unitless_score(text, expected):
    assert sorted(own_results(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coling2022:2022.coling-1.404
        ("achieves a GLUE score of 83.0, which is 1.4 higher than Length Adaptive Transformer and "
         "2.9 higher than the original model.",
         [(83.0, "", "score"), (1.4, "points", "delta"), (2.9, "points", "delta")]),
        # coling2022:2022.coling-1.331
        ("we created outputs with an average F-measure of 86.8, which is 1.7 better than the best "
         "single systems.", [(86.8, "", "score"), (1.7, "points", "delta")]),
        # near miss: no metric named before
        ("we use a learning rate 0.1 lower than the default one", []),
        # acl:2020.semeval.1.136: a gap to the best system written "away from" it (R-kind-gap)
        ("the team is ranked 12th in the sub-task2 with an accuracy of 0.62291, which is 0.05 away "
         "from the top-ranked model.", [(0.62291, "", "score"), (0.05, "", "delta")]),
        # near miss: no metric named before
        ("the samples lie 0.5 away from the decision boundary", []),
        # colm2025:ULYqB2JORB (dev5), acl:2020.acl.main.297 (corpus): the metric named right
        # after the comparative, in points on a 0-100 scale only (R-unit-metricgain)
        ("showing that the introduction of lineage constraints yields up to 0.15\u20130.30 higher "
         "correlation coefficients with actual performance compared to baseline methods.",
         [(0.15, "", "delta"), (0.3, "", "delta")]),
        ("Our best model achieves 4.34 higher F1 score than the current state-of-the-art.",
         [(4.34, "points", "delta")]),
    ],
)
def test_a_decimal_higher_than_another_system_after_a_metric(text, expected):
    assert own_results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl2021:2021.acl-long.276
        ("our method outperforms previous methods on EventStoryLine and Causal-TimeBank (+2.5 and "
         "+2.1 points on F1 value respectively).", [(2.5, "points"), (2.1, "points")]),
        # acl:W18-6321
        ("We observe gains of between +0.24 and +2.36 BLEU on all four test sets",
         [(0.24, "points"), (2.36, "points")]),
        # acl:N18-266
        ("our method achieves significant gains (+2 to +7 UAS for the most non-projective "
         "languages)", [(2, "points"), (7, "points")]),
        # acl2022:2022.acl-short.25
        ("especially for rare and ambiguous attributes (+7.82 and +6.86 macro F1, respectively).",
         [(7.82, "points"), (6.86, "points")]),
        # near miss: an unsigned first item is no signed list's ("from 3 to +5": 3 is the start)
        ("the score rose from 3 to +5 points", [(5, "points")]),
    ],
)
def test_a_list_of_signed_changes_shares_the_unit_of_its_last_item(text, expected):
    assert results(text) == expected


# round 8, which numbers are results


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W18-5517: a score with a word naming its variant between it and its metric
        ("In preliminary evaluation, the system achieves .5736 FEVER score, .6108 label "
         "accuracy, and .6485 evidence F1 on the FEVER shared task test set.",
         [0.5736, 0.6108, 0.6485]),
        # acl:W16-4009 (dev12)
        ("Using the most conservative evaluation method, MaltParser by itself yields 0.845 "
         "unlabelled attachment score, 0.779 labelled attachment score and 0.741 secondary "
         "dependency accuracy.", [0.845, 0.779, 0.741]),
        # acl:C18-1294: joined to the metric by "of"
        ("The results of the automatic classification task in both production (0.872 of "
         "F-measure) and reception (0.942 of F-measure) were comparable.", [0.872, 0.942]),
        # acl:I17-426: a list before the metric
        ("our systems obtained 0.65, 0.86, 0.70 and 0.56 exact accuracy score in English, "
         "Spanish, French and Portuguese", [0.65, 0.86, 0.70, 0.56]),
    ],
)
def test_unitless_score_before_its_named_metric_variant(text, expected):
    found = [c for c in find_results(text) if c.unit == ""]
    assert sorted(c.value for c in found) == sorted(expected)
    assert all(c.attrs["kind"] == "score" for c in found)


@pytest.mark.parametrize(
    "text",
    [
        # acl:2020.acl.main.297: a difference, not a score
        "Our best model achieves 4.34 higher F1 score than the current state-of-the-art.",
        # acl:L14-1725: a gain
        "we show that the method achieves over 3.2 BLANC F1 gain in detecting subevent relations",
        # no verb of attaining: a threshold, not a score
        "we keep the pairs above 0.8 cosine similarity score for training",
    ],
)
def test_unitless_number_before_a_metric_variant_is_no_score_otherwise(text):
    assert [c.value for c in find_results(text) if c.attrs["kind"] == "score"] == []


def test_lowercase_r_after_a_precision_is_no_correlation():
    # acl:L16-1320: "r" is the recall there
    text = ("the second classifier\u2019s performances are the following: p=0.683;r=0.956;"
            "f1=0.797.")
    assert all(c.attrs["metric_type"] != "correlation" for c in find_results(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:N19-1303: AUC-ROC, and a bound between the metric and its score
        ("achieving an AUC-ROC of up to 0.71, and observe that the model predictions agree",
         [(0.71, "ap")]),
        # acl2022:2022.acl-long.240
        ("evaluation using just a few instances achieves as high as 0.93 Kendall correlation "
         "with evaluation using complete dataset", [(0.93, "correlation")]),
        # acl:L14-1346
        ("narrativity can be reliably identified with F1 scores of up to 0.72 in automatic "
         "classification", [(0.72, "f1")]),
    ],
)
def test_score_after_a_bound_and_auc_roc(text, expected):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2018.jeptalnrecital.deft.12 (dev11): "F1-measure", and "equals to"
        ("Our semi-supervised system achieved an F1-measure equals to 0.64.", [0.64]),
        # acl:W16-4006
        ("We found that automatic alignment achieves an F1-measure of 0.83; thus, each poem has "
         "1\u20132 alignment errors.", [0.83]),
        # near miss: an F1-measure with no score
        ("We report the F1-measure equals the harmonic mean of precision and recall.", []),
    ],
)
def test_f1_measure_and_equals_to_name_a_score(text, expected):
    assert [c.value for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # colm2025:qMUbhGUFUb (dev12), acl2021:2021.acl-short.123 (dev8), aistats2007:936c404492,
        # aistats2017:56ee333e68 (corpus audit): a memory size the system needs is a score of
        # cost, its unit named in the metric (R-unit-list)
        ("Our smallest model, SmolVLM-256M, uses less than 1GB GPU memory during inference and "
         "outperforms the 300-times larger Idefics-80B model.", [(1, "", "score", "cost")]),
        ("Compared with DPR, BPR substantially reduces the memory cost from 65GB to 2GB without a "
         "loss of accuracy.", [(2, "", "score", "cost")]),
        ("in a little over 2 hours, using less than 1.5GB of memory; finding a solution with "
         "comparable bounds using a state-of-theart interior-point linear programming algorithm "
         "took over 4 days and 25GB of memory.", [(1.5, "", "score", "cost")]),
        ("it can yield accurate results on this dataset on a single commodity machine with a "
         "memory footprint of only 2.6MB", [(2.6, "", "score", "cost")]),
        # (not the hardware: acl:2020.sdp.1.12, acl:L10-1101; nor data)
        ("Bio-ELECTRA is pre-trained from scratch on PubMed abstracts using a consumer grade GPU "
         "with only 8GB memory.", []),
        ("It takes a fraction of a second for a search on a single CPU Linux-PC (1GB memory and "
         "500GB disk) environment.", []),
        ("using 636TB of real data with hundreds of billions of samples", []),
    ],
)
def test_a_memory_size_the_system_needs_is_a_score_of_cost(text, expected):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [(c.value, c.unit, c.attrs["kind"], c.attrs["metric_type"]) for c in found
            if c.source != COMPARISON] == expected


# round 11, results by corpus audit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl2021:2021.acl-long.493: a unitless change after "state-of-the-art results", metric
        # not named: the value it reached is a result, the one it started from is not
        ("The pre-trained StructuralLM achieves new state-of-the-art results in different types "
         "of downstream tasks, including form understanding (from 78.95 to 85.14).", [(85.14, "")]),
        # acl:2020.aacl.main.78: the change named before a comma
        ("We achieve a 6-point improvement over the best system on BLEU-4, from 16.38 to 22.62.",
         [(6, "points"), (22.62, "")]),
        # acl:W18-6310: after a colon
        ("we are able to significantly improve perplexities on two word-level language modeling "
         "tasks (without dynamic evaluation): from 54.44 to 53.16 on Penn Treebank (PTB)",
         [(53.16, "")]),
        # acl:P18-190, acl2022:2022.findings-acl.2: the next change of the list, "and from"
        ("The BLEU score is improved from 1.64 to 22.46 and from 0.56 to 14.06 on the two "
         "datasets, respectively.", [(22.46, ""), (14.06, "")]),
        ("improving the success rate of compilation from 44.18 to 89.18 in code completion on "
         "average and from 70.3 to 96.2 in text-to-code generation", [(89.18, ""), (96.2, "")]),
        # near miss: a list whose first is no change is not taken ("ranges from ... and from")
        ("the sizes range from 0.5 to 1.5 and from 2.5 to 3.5 in the two settings", []),
        # near misses: a range ("ranging from"), and a size with its unit after it
        ("In the best scenario our model attains an F-Micro score of 0.672, whereas the "
         "base-classifiers attained scores ranging from 0.636 to 0.666.", [(0.672, "")]),
        ("we were able to increase the size of the treebank by 86%, from 197.400 to 367.500 "
         "words.", [(86, "%")]),
    ],
)
def test_a_unitless_change_from_a_to_b_after_a_change_cue(text, expected):
    assert results(text) == expected


# round 12, known mistakes by corpus audit
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2011.jeptalnrecital.long.31: a French unitless score with a decimal comma
        ("Le premier système procède par apprentissage supervisé et obtient une f-mesure de "
         "0,93.", [(0.93, "")]),
        # acl:2018.jeptalnrecital.deft.1: three decimals, a range
        ("Sur l’identification de la thématique des transports, la micro F-mesure varie de "
         "0,827 à 0,908.", [(0.827, ""), (0.908, "")]),
        # acl:2016.jeptalnrecital.long.12: words between the metric and "entre"
        ("Nos résultats montrent une précision d’extraction entre 0,68 et 0,98.",
         [(0.68, ""), (0.98, "")]),
        # acl:2020.jeptalnrecital.deft.7: a list
        ("nous obtenons en moyenne sur toutes les classes des F-mesures de 0,64, 0,65 et 0,61.",
         [(0.64, ""), (0.65, ""), (0.61, "")]),
        # acl:2019.jeptalnrecital.deft.4
        ("une méthode d’indexation par extraction (MAP de 0,48 à l’évaluation)", [(0.48, "")]),
        # near misses: an interval, and a count with a thousands comma
        ("At each step an adversary chooses a score function s:V -> [0,1].", []),
        ("Le corpus de 2,500 documents a un score de 12,345 au total.", []),
    ],
)
def test_a_french_unitless_score_with_a_decimal_comma(text, expected):
    assert results(text) == expected


# ---- r15points: a change in BLEU or perplexity is in points whatever its size


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W17-5703, acl:P19-1580, acl:2020.acl.main.8, colm2025:WzGypILLDb
        ("In evaluation, we achieved a statistically significant BLEU score improvement of "
         "0.55-0.77 over the baselines including the state-of-the-art method.",
         [(0.55, "points"), (0.77, "points")]),
        ("pruning 38 out of 48 encoder heads results in a drop of only 0.15 BLEU.",
         [(0.15, "points")]),
        ("conditionally modeling past conversations improves perplexity by 0.47 in automatic "
         "evaluations.", [(0.47, "points")]),
        ("DFRot achieves a perplexity improvement of 0.98 and 0.95 on W4A4KV4 and W4A4KV16, "
         "respectively", [(0.98, "points"), (0.95, "points")]),
        # near misses: BLEU written as a fraction (a score of it below 1), and changes of
        # metrics scored as fractions (F1, accuracy)
        ("Our system reaches a BLEU score of 0.32, and improves BLEU by 0.04 over the baseline.",
         [(0.32, ""), (0.04, "")]),
        ("introducing eye gaze information increased the accuracy of the PAS analysis by 0.05 "
         "compared with the conventional methods.", [(0.05, "")]),
        ("The transformer models outperform the baselines by more than 0.1 in F1-score.",
         [(0.1, "")]),
    ],
)
def test_changes_of_bleu_and_perplexity_are_in_points(text, expected):
    assert sorted(results(text)) == sorted(expected)


@pytest.mark.parametrize("text, value, metric, kind", [
    # acl:2019.gwc.1.15, acl:P18-190, acl:2016.gwc.1.24: a metric's name with the "score" after
    # it is the metric, not the bare "score" nearer the number
    ("Our best setup achieves the accuracy score of 55.12% (72.02% when first senses are "
     "excluded).", 55.12, "accuracy score", "accuracy"),
    ("The BLEU score is improved from 1.64 to 22.46 and from 0.56 to 14.06 on the two "
     "datasets, respectively.", 14.06, "BLEU score", "bleu"),
    ("The inclusion of synsets leads to the best BLEU score, outperforming the baseline "
     "(standard HPB-SMT) by 0.6 points absolute.", 0.6, "BLEU score", "bleu"),
])
def test_a_metric_name_takes_the_score_after_it(text, value, metric, kind):
    found = {c.value: c.attrs for c in find_results(text)}
    assert (found[value]["metric"], found[value]["metric_type"]) == (metric, kind)


@pytest.mark.parametrize("text, expected", [
    # icml2019:4318, aistats2019:2ac1967691, colm2025:gKdhzBiHay, nips2016:7326: a factor's "x"
    # written in LaTeX, "$\times$" or "\times" (a range's ends both)
    (r"For example, LIT can compress ResNet on CIFAR10 by 3.4$\times$ outperforming network "
     "slimming and FitNets.", [(3.4, "x")]),
    (r"It also achieves a $2.36\times$-$12.65\times$ speedup over the state-of-the-art.",
     [(2.36, "x"), (12.65, "x")]),
    (r"We show that our method reduces peak memory by $2.17\times \sim 2.82\times$.",
     [(2.17, "x"), (2.82, "x")]),
    (r"and up to 5\times gains over asynchronous implementations of variance reduction.",
     [(5.0, "x")]),
])
def test_a_latex_times_is_a_factor(text, expected):
    assert results(text) == expected


# round 18, metric names with the averaging or n-gram order written on


@pytest.mark.parametrize("text, expected", [
    # acl:2020.semeval.1.180, acl:S19-2195, acl:C16-167, acl:2020.lrec.1.205: the averaging
    ("In our experiments, we are able to achieve 0.886 F1-Macro on OffenEval Greek language "
     "subtask post-evaluation.", [(0.886, "", "F1-Macro")]),
    ("The proposed system in this paper achieved 0.435 F-Macro in stance classification, and "
     "0.262 F-macro and 0.801 RMSE in rumor verification tasks.",
     [(0.435, "", "F-Macro"), (0.262, "", "F-macro"), (0.801, "", "RMSE")]),
    ("The best performing algorithms was Random Forest with an F1-value of 0.947 using "
     "psychometric features.", [(0.947, "", "F1-value")]),
    ("identifying aesthetic emotions is challenging in our data, with up to .52 F1-micro on the "
     "German subset.", [(0.52, "", "F1-micro")]),
    # naacl2022:2022.findings-naacl.205, coling2022:2022.coling-1.562: the n-gram order
    ("on which our method outperforms former best solutions by 1.65 and 1.42 in terms of "
     "BLEU-4.", [(1.65, "points", "BLEU-4"), (1.42, "points", "BLEU-4")]),
    ("the BLEU-4 on SQuAD reaches 17.52, the BLEU-4 on HotpotQA reaches 19.31.",
     [(17.52, "", "BLEU-4"), (19.31, "", "BLEU-4")]),
    # acl:D19-5821: a change's start, its metric named before, is the baseline's
    ("the state-of-the-art performance which advances the BLEU 4 score of the existing best "
     "models from 16.85 to 22.17.", [(22.17, "", "score")]),
])
def test_a_metric_with_its_averaging_or_ngram_order_written_on(text, expected):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [(c.value, c.unit, c.attrs["metric"]) for c in found
            if c.source != COMPARISON] == expected


@pytest.mark.parametrize("text", [
    # acl:S19-2195, acl:C16-167: the averaging on a bare F, "value" after F1: an F1 still
    "The proposed system in this paper achieved 0.435 F-Macro in stance classification.",
    "The best performing algorithms was Random Forest with an F1-value of 0.947.",
])
def test_an_f_with_its_averaging_or_value_written_on_is_an_f1(text):
    assert [c.attrs["metric_type"] for c in find_results(text)] == ["f1"]


# round 19, result values and kinds


@pytest.mark.parametrize("text, expected", [
    # acl2022:2022.acl-long.63: a range's sign written once, before its first end, with "\u223c"
    ("our method achieves general improvements on all three benchmarks (+0.30 \u223c 0.85 "
     "micro-F1), and obtains special superiority on low frequency entities (+0.56 \u223c 2.08 "
     "recall).", [(0.3, "points"), (0.85, "points"), (0.56, "points"), (2.08, "points")]),
    # acl:2020.acl.main.40: both ends signed, as before
    ("our extremely deep models (with 72-layer encoders) surpass strong baselines by +2.2~+3.1 "
     "BLEU points.", [(2.2, "points"), (3.1, "points")]),
])
def test_a_signed_range_is_two_changes_in_points(text, expected):
    assert results(text) == expected
    assert {c.attrs["kind"] for c in find_results(text)} == {"delta"}


# r20res: a unitless score list continued past "for/on/in ..." may be a range or list itself,
# and the words before it may list one-letter labels
@pytest.mark.parametrize(("text", "expected"), [
    # acl:W17-2326, acl:2020.wat.1.19
    ("The system achieved a F-score of 0.87 for comparison sentence identification and 0.77-0.81 "
     "for identifying its components.", [0.87, 0.77, 0.81]),
    ("Our best models achieve a BLEU score of 26.59 and 22.83 in an unconstrained setting and "
     "15.10 and 10.91 in the constrained settings for En->Ja & Ja->En direction, respectively.",
     [26.59, 22.83, 15.10, 10.91]),
    # acl:2020.semeval.1.287 (dev11)
    ("Our team SSN_NLP_MLRG obtained the F1 Scores as 0.90, 0.61, 0.52 for the Subtasks A, B, C in "
     "English, 0.56 for the Subtask A in Danish and 0.67 for the Subtask A in Greek respectively.",
     [0.90, 0.61, 0.52, 0.56, 0.67]),
])
def test_score_list_continued_with_ranges_and_labels(text, expected):
    assert [value for value, _ in results(text)] == expected


# r21mtype: TER, translation edit rate, is an error rate (its score and its change), as WER is;
# one value after a list of metrics is typed by the first; AER an error rate, Krippendorff's alpha a
# correlation
@pytest.mark.parametrize(("text", "expected"), [
    # acl:2020.wmt.1.45
    ("Marathi to Hindi BLEU score of 15.44, RIBES score of 61.13 and TER score of 75.96.",
     [(15.44, "bleu"), (61.13, "other"), (75.96, "error_rate")]),
    # acl:W18-6452
    ("In this case, top results show smaller improvements up to -0.38 TER and +0.8 BLEU points.",
     [(-0.38, "error_rate"), (0.8, "bleu")]),
])
def test_ter_is_an_error_rate(text, expected):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # acl:2020.emnlp.main.42: AER, alignment error rate
    ("Shift-AET significantly outperforms GIZA++ by 1.4-4.8 AER points.",
     ["error_rate", "error_rate"]),
    # acl:2020.argmining.1.11: Krippendorff's alpha, an agreement coefficient like kappa
    ("At the post level, Cohen\u2019s k and Krippendorff\u2019s alpha 0.48 was achieved.",
     ["correlation"]),
])
def test_aer_is_an_error_rate_and_krippendorffs_alpha_a_correlation(text, expected):
    assert [c.attrs["metric_type"] for c in find_results(text)] == expected


# r21res: which numbers are results, and their kind, on constructions dev16 showed
@pytest.mark.parametrize(("text", "expected"), [
    # colm2025:gKfj7Jb1kj (dev16): a model's version is no score
    ("In particular, X-Teaming achieves a 96.2% attack success rate against the latest Claude "
     "3.7 Sonnet model, which has been considered nearly immune to single-turn attacks.",
     [(96.2, "%")]),
    # acl:2020.clinicalnlp.1.30: a corpus's version, the BLEU after it kept
    ("Nematus, the winning solution for WMT 2017, for Czech to English translation (CzENG 1.6 - "
     "1.5 BLEU).", [(1.5, "")]),
    # acl:I17-416: a metric's name, capitalized or not, before its score
    ("For word level task our best run achieved MAE 0.545 (ranked 2nd), PCC 0.892 (ranked 2nd) "
     "in valence prediction.", [(0.545, ""), (0.892, "")]),
    # acl:2020.coling.main.157 (dev16): a whole score of two digits after its metric
    ("Experiments on a publicly available data set of complaints demonstrate that our models "
     "outperform previous state-of-the-art methods by a large margin achieving a macro F1 up to "
     "87.", [(87, "")]),
    # acl:S18-170
    ("During developmet f1-scores of 61 and 82 were obtained for English and Spanish data "
     "respectively.", [(61, ""), (82, "")]),
    # acl:W18-6541, acl:W16-4211, acl:2020.lt4hala.1.4: counts, thresholds, a decimal comma
    ("We compare the performance of 11 tools on benchmarks in English generated by Bengal.", []),
    ("The healthy control group comprised 9 examinees with a score of 22 or higher.", []),
    ("We reach a mean accuracy of 91,63% in lemmatization and of 92,56% in POS-tagging.",
     [(91.63, "%"), (92.56, "%")]),
    # acl:2020.findings.emnlp.127 (dev16): "larger than" bounds the paper's own margins
    ("Experimental results show that FIRE outperforms previous methods by margins larger than "
     "2.8% and 4.1% on the PERSONA-CHAT dataset with original and revised personas respectively, "
     "and margins larger than 3.1% on the CMU_DoG dataset in terms of top-1 accuracy.",
     [(2.8, "%"), (4.1, "%"), (3.1, "%")]),
    # acl:2020.semeval.1.292 (dev16), acl:K17-322: a later level of a score named before it
    ("Our contribution can be perceived through our results, which were first a F1-score of "
     "0.9089, and with further refinements described here climb up to0.9166.",
     [(0.9089, ""), (0.9166, "")]),
    ("We achieved a macro-averaged LAS F1 of 65.11 in the official test run, which improved to "
     "70.49 after bug fixes.", [(65.11, ""), (70.49, "")]),
    # colm2025:gKfj7Jb1kj (dev16), nips2016:7148: a dataset bigger than another is no result
    ("Building on X-Teaming, we introduce X-Guard-Train, an open-source multi-turn safety "
     "training dataset that's $~20\\times$ larger than the previous best resource.", []),
    ("This dataset is more than 200 times larger than MS COCO, the standard large-scale image "
     "dataset with sentence descriptions.", []),
    # acl:P19-1374, acl2022:2022.acl-short.21 (corpus, r41audit21): the paper's "data", or a
    # dataset that has more of its items, the list's next item too
    ("Our data is 16 times larger than all previously released datasets combined, the first to "
     "include adjudication of annotation disagreements, and the first to include context.", []),
    ("The dataset has 4 times more tables and 6 times more verb forms compared to the existing "
     "UniMorph dataset.", []),
])
def test_r21_which_numbers_are_results(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize("text", [
    # acl:W19-4434 (dev9), acl:P18-1165, acl:L14-1314: the steps of a rating scale are no change
    "They positively recommended the generated learning videos with an average rating of 4.25 on "
    "a Likert scale of 5 points.",
    "Our analysis of cardinal (5-point ratings) and ordinal (pairwise preferences) feedback shows "
    "that their intra- and inter-annotator \u03b1-agreement is comparable.",
    "By means of crowdsourcing techniques, each pair was annotated for two crucial semantic "
    "tasks: relatedness in meaning (with a 5-point rating scale as gold score) and entailment "
    "relation between the two elements (with three possible gold labels: entailment, "
    "contradiction, and neutral).",
])
def test_r21res2_a_scales_steps_are_no_result(text):
    assert 5 not in [c.value for c in find_results(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # acl:D18-1469, acl:W18-5612, acl:2020.iwpt.1.20, acl:L12-114: clustering's, segmentation's,
    # enhanced parsing's and speech synthesis's measures name a unitless score
    ("Evaluating these clusters against an existing dialect map, we achieve a match of up to 0.77 "
     "V-score (harmonic mean of cluster completeness and homogeneity).", [(0.77, "other")]),
    ("Our model significantly outperformed baselines for each task with an F1 of 0.88 for "
     "identifying section types, and a 0.26 WindowDiff (Wd) and 0.20 and (Pk) scores, "
     "respectively, for identifying section boundaries.",
     [(0.88, "f1"), (0.26, "other"), (0.2, "other")]),
    ("We obtained an average ELAS of 74.04 for our official submission, ranking 4th overall.",
     [(74.04, "other")]),
    ("The results of the evaluation are pretty satisfactory: 3.70 MOS for Basque and 3.44 for "
     "Spanish.", [(3.7, "other"), (3.44, "other")]),
])
def test_r23_scores_of_clustering_segmentation_and_speech_measures(text, expected):
    assert sorted((c.value, c.attrs["metric_type"]) for c in find_results(text)) == sorted(expected)


# r26 results: bits per character written with a slash ("bits/char") names the metric of the
# decimal before it, as "bits per character" does (not "bits per word", a representation's size)

def test_bits_per_char_written_with_a_slash_is_a_score():
    # iclr2018:rkdU7tCaZ, iclr2017:Hk4kQHceg, acl2022:2022.acl-long.220 (corpus audit)
    assert _sentence_types(
        "Dynamic evaluation improves the state-of-the-art character-level cross-entropies on the "
        "text8 and Hutter Prize datasets to 1.19 bits/char and 1.08 bits/char respectively.") \
        == {1.19: ("score", "bits_per_char"), 1.08: ("score", "bits_per_char")}
    assert results("This model achieves a test error of 1.19 bits/character on the last 4 million "
                   "characters of the Hutter prize dataset.") == [(1.19, "")]
    assert results("Our learned representations achieve 93.72 F1 on the Penn Treebank with as few "
                   "as 5 bits per word.") == [(93.72, "")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # naacl2024:2024.naacl-long.379, acl:P19-1129, acl:2020.acl.main.41 (corpus, r28resfind):
        # signed changes that write no unit, after a word of change, are deltas in points
        ("We achieve an accuracy of 96.0 on GSM-IC2-1K, significantly outperforming the "
         "state-of-the-art few-shot prompting method Complex-CoT by +11.7 and +11.1.",
         [(96.0, "", "score"), (11.7, "points", "delta"), (11.1, "points", "delta")]),
        ("We evaluate our model, increasing the SOTA results on the three datasets to 49.6 (+1.2), "
         "60.3 (+0.7) and 69.2 (+1.4), respectively.",
         [(1.2, "points", "delta"), (0.7, "points", "delta"), (1.4, "points", "delta")]),
        ("The proposed method outperforms strong baselines in terms of BLEU score (+1.17/+1.56).",
         [(1.17, "points", "delta"), (1.56, "points", "delta")]),
        # acl:P19-1331: a margin is a change
        ("Our model wins by large margins on three benchmark text simplification corpora in "
         "terms of SARI (+0.95 WikiLarge, +1.89 WikiSmall, +1.41 Newsela).",
         [(0.95, "points", "delta"), (1.89, "points", "delta"), (1.41, "points", "delta")]),
        # (no word of change: a label's bounds; a French decimal comma is not cut)
        ("The system predicts a floating sentiment value between -1 and +1.", []),
        ("un gain en mesure F1 allant, selon les \u00e9motions, de +0,04 \u00e0 +0,21.", []),
    ],
)
def test_a_signed_change_after_a_word_of_change_is_a_delta_in_points(text, values):
    assert [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)] == values


@pytest.mark.parametrize("text, value", [
    # acl:2017.jeptalnrecital.long.10 (dev23), acl:2020.jeptalnrecital.taln.2,
    # acl:2015.jeptalnrecital.recital.2 (corpus, r29tuple): French "exactitude" is accuracy
    ("Le tagger entra\u00een\u00e9 sur le corpus annot\u00e9 atteint lui 82 % d\u2019exactitude.",
     82.0),
    ("Des informations plus riches seront cependant n\u00e9cessaires : le meilleur mod\u00e8le "
     "obtient une exactitude de 93,66%.", 93.66),
    ("Le taux d\u2019exactitude obtenu est de 78 % sur l\u2019ensemble des noms et des verbes.",
     78.0),
])
def test_french_exactitude_is_accuracy(text, value):
    assert _types(text)[value] == ("score", "accuracy")


@pytest.mark.parametrize("text, value, unit", [
    # acl:W19-4630 (dev4), acl:2020.wnut.1.34 (corpus, r29tuple): a gap behind the best system,
    # its metric named between, is a delta (R-kind-gap)
    ("Our best run submitted model ranked as third out of 19 participating teams on the TEST "
     "dataset with only 0.12% macro F1-score behind the top ranked system.", 0.12, "%"),
    ("We ranked first in terms of F1 score, and first runner up in terms of Recall with just "
     "2.21 F1 score behind the best one.", 2.21, "points"),
])
def test_a_gap_behind_a_system_after_its_metric_is_a_delta(text, value, unit):
    found = {c.value: (c.unit, c.attrs["kind"]) for c in find_results(text)}
    assert found[value] == (unit, "delta")


def test_one_decimal_after_its_metric_and_a_copula_is_a_score_of_that_metric():
    # acl:D19-5717 (corpus), audit: the metric opens the clause, the copula gives the value
    text = ("The F1 value of our participated task on the test data set of all types was 0.342. "
            "We achieved the second highest in the task.")
    assert [(c.value, c.unit, c.attrs["kind"], c.attrs["metric_type"])
            for c in find_results(text)] == [(0.342, "", "score", "f1")]
    # acl:L06-181 (corpus): the metric the value follows, not the one of the next clause (whose
    # values the sentence's score makes siblings, each of its own metric: r40rmiss)
    text = ("The estimated accuracy of classification of pre-segmented frame elements is 0.75, "
            "and the precision and recall measures for the complete task are 0.67 and 0.47, "
            "respectively.")
    assert [(c.value, c.attrs["metric"]) for c in find_results(text)] == [
        (0.75, "accuracy"), (0.67, "precision"), (0.47, "recall")]
    # acl:2020.smm4h.1.32, acl:K19-192 (corpus): another clause between the metric and the
    # copula gives another subject's figure
    for text in ("The proposed system obtains .69 for \u03bcF1 score in the SMM4H 2020 Task 5 "
                 "where the competition average is .65.",
                 "We obtained a high value of Positive Specific Agreement, which is 0.91 for "
                 "texts."):
        assert not {0.65, 0.91} & {value for value, _ in results(text)}
    # acl:2020.semeval.1.229 (corpus): ... or no score but the gap to the best team (R-kind-gap)
    text = ("The performance results of our proposed model have scored 0.55307 F1-Score, and our "
            "model is 0.07 away from the best performing team.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == [
        (0.55307, "score"), (0.07, "delta")]


# r31dev25: a factor written "a factor N"; a figure itself compared is no comparison figure


@pytest.mark.parametrize(("text", "expected"), [
    # naacl2021:2021.naacl-main.7 (dev25)
    ("we can increase speed by up to a factor 2.3 with small gains in translation quality",
     [(2.3, "x")]),
    # acl:2020.lrec.1.79 (corpus)
    ("the semi-automatic smile annotation protocol allows to obtain reliable and reproducible "
     "smile annotations while reducing the annotation time by a factor 10.", [(10, "x")]),
    # nips2016:7124 (corpus): no "a", a setting
    ("Numerical experiments on various datasets confirm the possibility of increasing the sample "
     "size by factor 2 at each iteration", []),
])
def test_a_factor_without_of(text, expected):
    assert results(text) == expected


def test_a_figure_itself_compared_is_the_papers_next_change():
    # icml2018:1994 (dev25)
    text = ("Results show that the proposed scheme maintains the same generalization error while "
            "reducing the running time by $32%$ compared to uncoded schemes and $23%$ compared to "
            "prior coded schemes focusing only on stragglers (Tandon et al., ICML 2017).")
    assert results(text) == [(32, "%"), (23, "%")]


# r33audit11: the next score of a list may repeat the first's bound or "of"
@pytest.mark.parametrize(("text", "expected"), [
    # corpus (acl:W17-1808)
    ("The Dice coefficient for inter-annotator agreement is higher than 0.94 for negation markers "
     "and higher than 0.72 for negated events.", [(0.94, ""), (0.72, "")]),
    # corpus (acl:S17-293)
    ("11 teams participated in the tasks, with the best systems achieving F1 scores above 0.55 "
     "for time expressions, above 0.70 for event expressions, and above 0.40 for temporal "
     "relations.", [(0.55, ""), (0.7, ""), (0.4, "")]),
    # corpus (acl:S18-138)
    ("On gold test data, CrystalFeel obtained Pearson correlations of 0.717 on average emotion "
     "intensity and of 0.816 on sentiment intensity.", [(0.717, ""), (0.816, "")]),
])
def test_a_next_score_may_repeat_the_first_ones_bound(text, expected):
    assert sorted(results(text)) == sorted(expected)


# r34dev31: the state of the art a score starts from may be said between "from A" and "to B"
def test_a_from_to_score_may_name_its_start_between():
    # dev31 acl:D18-1235: 44.18 is the previous state of the art, 51.09 the paper's
    text = ("our model increases the ROUGE-L score on the DuReader dataset from 44.18, the "
            "previous state-of-the-art, to 51.09.")
    assert results(text) == [(51.09, "")]


# ---- speed34: cue words looked for in the number windows first; windows searched for "from"
# and a number, or "points" or a sign; METRICS's names opened by no optional part


@pytest.mark.parametrize(("rule", "words", "text"), [
    ("_BY_TIMES", ("times",), "speeds up beam search inference by 6.7 Times"),
    ("_FACTOR_OF", ("factor",), "speeds up translation by a factor of 1.8"),
    ("_SCORES_RESPECTIVELY", ("respectively",), "the best micro-F1 scores for Nuclearity and "
     "Relation at 75.0 and 63.2, respectively"),
    ("_VERSUS", ("vs", "versus"), "improves over RoBERTa-Large by 0.9% (90.2 vs 91.1)"),
    ("_SCORE_IN_TERMS_OF", ("terms",), "reaching up to 0.778 in terms of F1 score"),
    ("_DECIMAL_THAN", ("than",), "MobileBERT achieves a GLUE score of 77.7 (0.6 lower than "
     "BERT_BASE)"),
    ("_BARE_CHANGE", ("mprove", "gain", "ncrease", "eduction", "ecrease", "drop"),
     "our best model gains 3.02 Improvement and a .125 increase in SARI score"),
    ("_THROUGHPUT", ("second", "/", "fps"), "a speed of 1.57 examples/s on a single CPU"),
    ("_THROUGHPUT", ("second", "/", "fps"), "translating 177 words per second"),
    ("_MEMORY", ("memory", "storage", "ram", "footprint"), "uses less than 1GB GPU memory "
     "during inference"),
    ("_MEMORY", ("memory", "storage", "ram", "footprint"), "a memory footprint of only 2.6MB"),
    ("_LATENCY", ("ms", "milli", "sec", "/", "per", "lat", "delay", "time"),
     "62 ms latency on a Pixel 4 phone"),
    ("_LATENCY", ("ms", "milli", "sec", "/", "per", "lat", "delay", "time"),
     "TriForce achieves 0.108s/token"),
    ("_LATENCY", ("ms", "milli", "sec", "/", "per", "lat", "delay", "time"),
     "a maximum pre-decoding delay under 33ms"),
])
def test_each_match_of_a_rule_holds_its_cue_word(rule, words, text):
    """_numbers runs these rules only where ``lowered_windows`` holds one of the words: each of
    their matches (with the words it looks ahead to) holds one, in any case."""
    from litkit.extract import result_figures as R
    from litkit.extract.patterns import number_windows

    windows = number_windows(text)
    matches = [m for lo, hi in windows for m in getattr(R, rule).finditer(text, lo, hi)]
    assert matches
    for match in matches:
        lo, hi = next(w for w in windows if w[0] <= match.start() < w[1])
        after = text[match.start():hi].lower()  # (a lookahead reads no further than the window)
        assert any(w in after for w in words), (rule, match.group())


@pytest.mark.parametrize(("rule", "text"), [
    ("_FROM_TO_SCORE", "improving AUC from .677 to .748"),
    ("_FROM_TO_SCORE", "From 28.65 to 39.81 (BLEU 1 score)"),
    ("_FROM_TO_CHANGE", "the BLEU score is improved from 1.64 to 22.46"),
    ("_METRIC_POINTS", "yields up to +0.7 F1 points over the baseline"),
    ("_METRIC_POINTS", "by more than 4 SARI Points"),
    ("_METRIC_POINTS", "(+8.81 on C-Eval)"),
    ("_METRIC_POINTS", "3.6 perplexity better"),
])
def test_windows_searched_hold_what_each_match_holds(rule, text):
    """_FROM_TO_SCORE and _FROM_TO_CHANGE are searched only in the windows where _FROM_NUMBER
    finds "from" and a number, _METRIC_POINTS where a metric's name starts or _POINTS_OR_SIGN
    finds "points" or a sign before a number: each of their matches holds one."""
    from litkit.extract import result_figures as R

    matches = list(getattr(R, rule).finditer(text))
    assert matches
    for match in matches:
        span = match.span()
        assert R._FROM_NUMBER.search(text, *span) if rule != "_METRIC_POINTS" \
            else R._METRIC_STARTS.search(text, *span) or R._POINTS_OR_SIGN.search(text, *span)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev30 acl:W19-4415 (gold: 63.2, an F0.5 of MaxMatch)
        ("the Singsound neural GEC system yielded an M2 of 63.2 on the CoNLL-2014 benchmark",
         [(63.2, "", "f1")]),
        # acl:W19-4427 (corpus)
        ("we report state-of-the-art results of 64.16 M² for the submitted system, and 61.30 M² "
         "for the constrained system", [(64.16, "", "f1"), (61.3, "", "f1")]),
        # near miss: "M2" naming no score
        ("We train M2 models on 3 GPUs.", []),
    ],
)
def test_the_maxmatch_score_of_error_correction_names_a_score(text, expected):
    assert [(c.value, c.unit, c.attrs["metric_type"]) for c in find_results(text)] == expected
