"""Deltas and comparisons among results (result_changes.py): changes, from-to, "vs"."""

import pytest
from results_helpers import _result_datasets, _types, results

from litkit.extract.result_baselines import COMPARISON
from litkit.extract.results import find_results


def test_the_values_a_change_goes_from_and_to_are_levels():
    # naacl2024:2024.findings-naacl.89: 48% and 32% are completion rates, not changes
    text = ("We find that the end-to-end task completion rate drops from 48% in English to 32% "
            "for other languages.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(48.0, "score"), (32.0, "score")]
    text = "The decrease in performance can range from 3% to 5% on this benchmark."
    assert [c.attrs["kind"] for c in find_results(text)] == ["delta", "delta"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # iclr2018:SyxCqGbRZ; acl:2020.acl.main.216; coling2022:2022.coling-1.579; acl:W19-4407
        ("our learned policy could reduce patient mortality by as much as 8.2% from an overall "
         "baseline mortality rate of 13.3%", [(8.2, "delta"), (13.3, "score")]),
        ("incorporating visual information improves performance with relative gains upto 3.76% "
         "over audio only models", [(3.76, "delta")]),
        ("ImpCon improves at most 9.10% on BERT, and 8.71% on HateBERT.",
         [(9.1, "delta"), (8.71, "delta")]),
        ("(performance reduced by less than 1%)", [(1, "delta")]),
        # acl2022:2022.findings-acl.286: the share of parameters is no item of the list before it
        ("DARER gains a relative improvement of about 25% over previous best model in terms of "
         "F1, with less than 50% parameters", [(25, "delta"), (50, "ratio")]),
    ],
)
def test_changes_written_with_a_bound_are_deltas(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:K17-321; acl:2020.emnlp.main.446: a gap to a reference (R-kind-gap)
        ("While our approach reduces the size of training data significantly, it retains "
         "performance within 0.5% of the baseline system.", [(0.5, "delta")]),
        ("we train imitation models that reach within 0.6 BLEU of three production MT systems",
         [(0.6, "delta")]),
        # colm2025:n3rZJrWPLE: the level a drop is reduced to
        ("reducing the maximum relative performance drop from 9%-36% to within 5% across three "
         "long-context understanding benchmarks.", [(9, "score"), (36, "score"), (5, "score")]),
    ],
)
def test_a_figure_within_which_a_system_stays_of_a_reference_is_a_delta(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2010.jeptalnrecital.long.3; acl:2019.jeptalnrecital.court.24;
        # acl:2011.jeptalnrecital.long.27; acl:2001.jeptalnrecital.poster.10 (levels)
        ("Ceci correspond \u00e0 une diminution du taux d\u2019erreur de 18% par rapport au "
         "m\u00eame mod\u00e8le.", [(18, "delta")]),
        ("Les performances du r\u00e9seau CNN montrent un gain significatif de 2% par rapport "
         "\u00e0 l\u2019\u00e9tat de l\u2019art.", [(2, "delta")]),
        ("cette derni\u00e8re m\u00e9thode am\u00e9liore les r\u00e9sultats de la classification "
         "de 3%.", [(3, "delta")]),
        ("a permi une am\u00e9lioration du taux de succ\u00e8s de dialogue (de 53% \u00e0 85%).",
         [(53, "score"), (85, "score")]),
    ],
)
def test_french_changes_with_what_they_change_are_deltas(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


def test_n_times_before_more_comparatives_is_a_ratio():
    # acl:D19-1529; aistats2013:cd66ab158e
    text = "MulCode achieved 17 times compression rate for the embedding and Softmax matrices"
    assert [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)] == \
        [(17, "x", "ratio")]
    text = "This brings 30 to 100 times acceleration in solving these popular statistical problems"
    assert [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)] == \
        [(30, "x", "ratio"), (100, "x", "ratio")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # icml2014:141be0ff60; iclr2018:SJZsR7kCZ; nips2017:9047; acl:D17-140
        ("EdgeExplain significantly outperforms label propagation for several label types, with "
         "lifts of up to 120% for recall@1 and 60% for recall@3.", [(120, "delta"), (60, "delta")]),
        # (0.006 MB, the storage the system needs, a score of cost: R-unit-list)
        ("storage requirement from 1.7 MB to 0.006 MB with accuracy loss of 0.03%.",
         [(0.03, "delta"), (0.006, "score")]),
        ("Our framework outperforms the top-performing template-based approach with a 10% margin",
         [(10, "delta")]),
        ("while yielding inference speedups of 20% for real-world translation tasks",
         [(20, "delta")]),
        # acl:D19-1438: a task's name is no change
        ("it boosts accuracies from 14.0% to 98.8% in Jump task", [(14, "score"), (98.8, "score")]),
    ],
)
def test_changes_named_by_more_nouns_are_deltas(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # iclr2018:HJzgZ3JCW; icml2018:2178; acl:2020.figlang.1.29; icml2018:2167; acl:W16-4009;
        # iclr2018:BkBCjzp7G: what a change is of or across, then its figure
        ("our method reduces the number of multiplications by 10.4x with loss of accuracy less "
         "than 0.1%", [(10.4, "ratio"), (0.1, "delta")]),
        ("a relative improvement of test errors between 5% and 17%.",
         [(5, "delta"), (17, "delta")]),
        ("yields an error reduction across VIDs of 57% in terms of accuracy", [(57, "delta")]),
        ("we obtain a first-of-a-kind reduction in number of multiplications (over 99.5%) while "
         "maintaining the predictive performance", [(99.5, "delta")]),
        ("For experienced annotators, the speed gain varies from 5.80% to 16.57%.",
         [(5.8, "delta"), (16.57, "delta")]),
        ("VGG16 can be accelerated with a 6.2x measured speedup while the accuracy drop remains "
         "only 1.2%.", [(6.2, "ratio"), (1.2, "delta")]),
        # nips2017:9295 (dev35 gold), iclr2017:Bkepl7cee: the method it is over, then "of"
        ("We show that CLARANS outperforms other algorithms on 23/23 datasets with a mean "
         "decrease over k-means++ of 30% for initialization mean squared error (MSE) and 3% for "
         "final MSE.", [(30, "delta"), (3, "delta")]),
        ("Our results show that our PELU has relative error improvements over ELU of 4.45% and "
         "5.68% on CIFAR-10 and 100", [(4.45, "delta"), (5.68, "delta")]),
        # near miss (acl:L10-1634): over a baseline, "of" gives the baseline's level
        ("Our analysis shows an absolute 3% performance improvement over the high baseline of "
         "83.3% for identifying Arg1.", [(3, "delta"), (83.3, "score")]),
    ],
)
def test_a_change_noun_with_what_it_is_of_before_a_number_makes_a_delta(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.sdp.1.18; acl:Q16-139; acl2022:2022.findings-acl.121
        ("our new model works best overall, and increases accuracy 4.7% over the best literature "
         "result.", [(4.7, "delta")]),
        ("outperforms the state-of-the-art methods by increasing F-measure up to 7%\u201320%.",
         [(7, "delta"), (20, "delta")]),
        ("while reducing the moderation load up to 73.3% compared to a random moderation.",
         [(73.3, "delta")]),
        # acl:2020.findings.emnlp.368: a level the amount is reduced to
        ("the amount of dialogue state annotations can be reduced below 10% while maintaining "
         "equivalent system performance", [(10, "score")]),
    ],
)
def test_a_verb_of_change_and_what_it_changes_before_a_number_make_a_delta(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:P19-1285; acl:2020.emnlp.main.12; nips2015:5856 (a comparative of something else)
        ("Transformer-XL learns dependency that is 80% longer than RNNs and 450% longer than "
         "vanilla Transformers", [(80, "delta"), (450, "delta")]),
        ("such models exhibit 9% higher robustness and 4.5% stronger generalization",
         [(9, "delta"), (4.5, "delta")]),
        ("achieves 18% PER in single utterances and 20% in 10-times longer (repeated) utterances.",
         [(18, "score"), (20, "score")]),
    ],
)
def test_a_comparative_right_after_a_percentage_makes_a_delta(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


def test_two_levels_side_by_side_after_a_change_are_scores():
    # acl:2020.acl.main.435; acl:L16-1104
    text = ("our overall model outperforms the state-of-the-art by a large margin (74.09% versus "
            "70.52%).")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(74.09, "score"), (70.52, "score")]
    text = ("compared to a non-hierarchical baseline without significant accuracy loss (89.06 vs "
            "89.13 F-score).")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)][0] == (89.06, "score")


def test_items_of_a_list_may_carry_a_note_in_parentheses():
    # colm2025:uBAubFwymy; acl:W19-5427 (the list's metric goes to every item)
    text = ("achieving average gains of 6.5% (LLaVA), 4.0% (Qwen2VL), and 1.5% (Qwen2.5VL), with "
            "notable improvements on reasoning tasks.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(6.5, "delta"), (4.0, "delta"), (1.5, "delta")]
    text = ("Also, we have achieved BLEU score 53.7 (Hindi to Nepali) and 49.1 (Nepali to Hindi) "
            "in contrastive system type.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(53.7, "bleu"), (49.1, "bleu")]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # dev8 icml2019:3572: an error named right after a number is its rate
        ("we achieved 7.4% test error, compared to 13.4%-20.5% for the baselines, and 3% error "
         "on the uncorrupted dataset.", ["error_rate", "error_rate"]),
        ("the hybrid SNN/HMM system achieved a consistent 10-15% word error reduction",
         ["error_rate", "error_rate"]),
        ("achieves comparable results (5.39% top1 error) using only 15 layers", ["error_rate"]),
        # a count of errors, and an error named before its number, are not rates
        ("We find that their perturbations often do not preserve semantics, and 38% introduce "
         "grammatical errors.", ["other"]),
    ],
)
def test_an_error_after_a_number_is_its_rate(text, types):
    assert [c.attrs["metric_type"] for c in find_results(text) if c.source == "results"] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # dev25 acl:P18-192; acl:W17-1302; acl:2020.emnlp.main.324: an error named right before
        # a share is an error rate (R-mt-errorrate)
        ("In the jointly trained bAbI-10k, we set a new state-of-the-art, achieving a mean error "
         "of less than 0.5%.", ["error_rate"]),
        ("We achieve a low word level diacritization error of 3.29% and 12.77% without and with "
         "case endings respectively on a new multi-genre corpus.", ["error_rate", "error_rate"]),
        ("using the recently-released Larson dataset, an error of about 9.9% has been achieved "
         "for OOS detection", ["error_rate"]),
        # icml2015:b85c293d1c; nips1990:e3dc160602: an error of a fit or an estimate is none
        ("the naive approach of uniformly subsampling the data incurs an approximation error of "
         "22.5%.", ["other"]),
        ("Both had an acceptably small error of 0.5% compared to the iterative results.",
         ["other"]),
    ],
)
def test_an_error_right_before_a_share_is_its_rate(text, types):
    assert [c.attrs["metric_type"] for c in find_results(text) if c.source == "results"] == types


def test_a_share_of_the_same_items_as_a_typed_share_takes_its_type():
    # dev16 acl:R17-118 (R-mt-carryover): the second share of the questions is answered correctly
    text = ("Moreover, our manual evaluation demonstrates that the model can answer correctly "
            "49.5% of the questions when they are similar in style to how questions are asked in "
            "the forum, and 47.3% of the questions, when they are more conversational in style.")
    assert _types(text) == {49.5: ("score", "accuracy"), 47.3: ("score", "accuracy")}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # dev7 acl:N18-155: the second figure repeats the change with "and", leaving it unsaid
        ("outperform previously best neural GEC systems by more than 10% M\u00b2 on the "
         "CoNLL-2014 benchmark and 5.9% on the JFLEG test set.", ["delta", "delta"]),
        # acl:Q17-104
        ("The resulting parser gives 1.3% absolute improvement in WSJ and 2.3% in CTB compared "
         "to the baseline.", ["delta", "delta"]),
        # acl:2020.emnlp.main.521; acl:S18-173; nips2018:11170; acl:W19-2306: "and of", more
        # words before where, a note after it, when
        ("QuEL shows an average increase of 25% in gold candidate recall and of 13% in "
         "end-to-end linking accuracy over state-of-the-art baselines.", ["delta", "delta"]),
        ("Our method demonstrated an obvious improvement of approximately 3% of the macro F1 score "
         "in English and 2% in Spanish.", ["delta", "delta"]),
        ("HKRM obtains around 34.5% improvement on VisualGenome (1000 categories) and 30.4% on ADE "
         "in terms of mAP.", ["delta", "delta"]),
        ("we can achieve up to 19% of relative slot error reduction without an access to user "
         "utterances, and up to 35% when leveraging live traffic utterances.", ["delta", "delta"]),
        # acl:I17-120; aistats2024:ff92800a95: another reading of the change in parentheses
        ("the proposed method yields an absolute (relative) improvement of as high as 3.23% "
         "(11.25%).", ["delta", "delta"]),
        ("Skinny Trees outperforms LightGBM by 10.2% (up to 37.7%), and Random Forests by 3% (up "
         "to 12.5%).", ["delta", "delta", "delta", "delta"]),
        # the levels before and after a change stay levels
        ("our method improves accuracy by 5% (60% \u2192 65%) on X", ["delta", "score", "score"]),
        # two levels stay levels
        ("our model achieves 85.1% accuracy on TabFact and 86.2% on FEVER.", ["score", "score"]),
        # a level after a change, said with its own verb, stays a level
        ("achieving approximately a 70% reduction in decoding time and over 90% win-ties in "
         "utility and safety benchmarks.", ["delta", "score"]),
    ],
)
def test_a_figure_that_repeats_a_change_with_and_is_one(text, kinds):
    assert [c.attrs["kind"] for c in find_results(text)] == kinds


def test_unitless_differences_of_scores_are_points():
    # acl:I17-103; acl2022:2022.findings-acl.53; a difference below 1 keeps no unit
    text = ("our proposed method improves BLEU scores by 1.57 and 2.40 on datasets consisting of "
            "sentences with up to 50 and 80 tokens, respectively.")
    assert [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)] == \
        [(1.57, "points", "delta"), (2.40, "points", "delta")]
    text = "significantly improves the effect (improve over 6.1 F1-scores on 10-shot setting)"
    assert results(text) == [(6.1, "points")]
    text = "an ensemble of the submitted systems increased the accuracy by 0.048."
    assert results(text) == [(0.048, "")]


def test_the_state_of_the_art_a_change_starts_from_is_a_comparison_figure():
    # acl:2020.findings.emnlp.228 (R-res-baseline); acl:2020.emnlp.main.226 (no prior best named:
    # the starting value stays a result, not the paper's own)
    text = ("On the zero-shot entity linking dataset, our method improves the STOA from 76.06% to "
            "79.08%, and for its long data")
    assert results(text) == [(79.08, "%")]
    text = ("larger models improve both the quality of generation (from 74.5% to 93.0% for "
            "consistency)")
    assert [(c.value, c.attrs.get("own")) for c in find_results(text)
            if c.source != COMPARISON] == [(74.5, False), (93.0, None)]


def test_what_a_named_change_starts_from_is_a_comparison_figure():
    # acl2022:2022.acl-long.219, acl:W19-8101 (R-res-baseline); a range is no change
    # (acl:Q14-108), nor is a change written in a parenthesis (acl:2020.emnlp.main.226, above)
    text = ("Compared to existing approaches, our system improves exact puzzle accuracy from 57% "
            "to 82% on crosswords from The New York Times")
    assert results(text) == [(82, "%")]
    assert results("and a reduction in semantic error from 16% to 2%.") == [(2, "%")]
    # acl:P19-113: the next change of the list, "and from A to B"
    assert results("shows significant performance gains, improving from 90.7% to 96.6% on speech "
                   "conversation, and from 88.5% to 96.8% on math problems.") \
        == [(96.6, "%"), (96.8, "%")]
    assert results("We find that the improvements range from 10 to 4%, depending on") \
        == [(10, "%"), (4, "%")]


def test_a_list_whose_last_item_alone_writes_the_unit():
    # acl:2020.tacl.1.38, colm2025:lkjhBdz3rn; not a numbered part (acl:2020.semeval.1.57)
    assert results("outperforming state-of-the-art models by 3.7 and 3.1 points, respectively.") \
        == [(3.7, "points"), (3.1, "points")]
    assert results("our rewritten texts lead to 1.0, 1.3 and 2.5 percentage points improvement") \
        == [(1.0, "points"), (1.3, "points"), (2.5, "points")]
    assert results("Our system achieves an F1 score of 85.00% in Task 1 and 83.90% in Task 2.") \
        == [(85.0, "%"), (83.9, "%")]


def test_a_unitless_change_from_a_to_b_in_a_named_metric():
    # acl:2020.findings.emnlp.393, acl:D18-1159, acl:2020.alw.1.13 (a range: both ends);
    # colm2024:soz1SEiPeq (no metric: sizes)
    assert results("our model advances the state-of-the-art result from 28.65 to 39.81 (BLEU 1 "
                   "score) and (2)") == [(39.81, "")]
    assert results("Precision on core arguments improves from 80.87 to 85.43.") == [(85.43, "")]
    assert results("Our pipeline achieves macro F1 scores on out of sample balanced test sets "
                   "ranging from 0.76 to 0.97") == [(0.76, ""), (0.97, "")]
    assert results("We trained four Eagle models, ranging from 0.46 to 7.5 billion parameters") \
        == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a metric named after each item of a list of changes
        ("We achieve performance gains of 6% accuracy and 4.62% F1 on the emotion detection task "
         "and 3.56% accuracy and 3.31% F1 on the ER detection task, when compared to the existing "
         "state-of-the-art model.", ["delta", "delta", "delta", "delta"]),
        ("On the OpenSQuAD dataset, our model gains 21.4% EM and 21.5% F1 over all non-BERT "
         "models, and 5.8% EM and 6.5% F1 over BERT-based models.",
         ["delta", "delta", "delta", "delta"]),
        # a change named after the last item is all the items'
        ("Extensive experiments illustrate that TSAR outperforms previous state-of-the-art by a "
         "large margin, with 2.54 F1 and 5.13 F1 performance gain on the public RAMS and "
         "WikiEvents datasets.", ["delta", "delta"]),
        # ... but not across words like "only" before the next item
        ("Preliminary experimental results are encouraging, with classifier performance reaching "
         "58% F1-score, only 11% less than the inter annotator agreement.", ["score", "delta"]),
        # levels with their metrics stay levels
        ("The model's answer is correct with 91.37% accuracy on SQuAD, and 80.7% accuracy on "
         "SubjQA.", ["score", "score"]),
    ],
)
def test_a_list_of_changes_with_a_metric_after_each_item(text, kinds):
    assert [c.attrs["kind"] for c in find_results(text)] == kinds


def test_figures_after_a_change_and_commas_repeat_the_change():
    text = ("Our results demonstrate that ADaPT substantially outperforms established strong "
            "baselines, achieving success rates up to 28.3% higher in ALFWorld, 27% in WebShop, "
            "and 33% in TextCraft.")
    assert [c.attrs["kind"] for c in find_results(text)] == ["delta", "delta", "delta"]


@pytest.mark.parametrize(
    ("text", "kinds", "units"),
    [
        ("We demonstrate improvements of up to 3.1 BLEU using bilingual dictionaries and up to 0.7 "
         "BLEU using monolingual source-language dictionaries.",
         ["delta", "delta"], ["points", "points"]),
        ("In experiments on SQuAD, we find that the Reader outperforms the BiDAF baseline by 2.1 "
         "F1 score and 2.7 EM score.", ["delta", "delta"], ["points", "points"]),
        # a change in points, then a level
        ("Our best model achieves 24.40 BLEU on LDC2015E86, outperforming the state of the art by "
         "1.1 points and 24.54 BLEU on LDC2017T10.", ["score", "delta", "score"],
         ["", "points", ""]),
    ],
)
def test_a_change_in_points_names_its_metric_after_each_item(text, kinds, units):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [c.attrs["kind"] for c in found] == kinds
    assert [c.unit for c in found] == units


def test_next_change_naming_what_changes_again():
    # acl:W16-4615: "and the RIBES score from": the start is the reference point, as the first
    text = ("the insertion of empty categories alone improves the BLEU score from 33.2 to 34.3 and "
            "the RIBES score from 76.3 to 78.7, which improves")
    assert [(c.value, c.source == COMPARISON) for c in find_results(text)] == [
        (33.2, True), (34.3, False), (76.3, True), (78.7, False)]


def test_a_real_time_factor_is_a_speed():
    # acl:L16-1610 (dev10)
    text = ("the ONC-based syllable acoustic modeling achieves the best performance with the word "
            "error rate (WER) of 9.66% and the real time factor (RTF) of 1.38812.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(9.66, "error_rate"), (1.38812, "speed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:P19-1448 (dev11): a prior system's score in a relative clause (R-res-baseline)
        ("Evaluation shows that encoding the schema structure improves our parser accuracy from "
         "33.8% to 39.4%, dramatically above the current state of the art, which is at 19.7%.",
         [(33.8, COMPARISON), (39.4, "results"), (19.7, COMPARISON)]),
        # acl:C16-1271 (dev11)
        ("Our system delivers a paraphrase detection F1-score of 0.717, thereby significantly "
         "outperforming the existing systems, that deliver F1-scores of 0.696 and 0.724 for the "
         "two problems respectively.", [(0.717, "results"), (0.696, COMPARISON),
                                        (0.724, COMPARISON)]),
        # not the paper's own change said of the comparison
        ("Our model outperforms the previous models, which is a 5% improvement.", [(5, "results")]),
    ],
)
def test_prior_score_in_a_relative_clause(text, expected):
    assert [(c.value, c.source) for c in find_results(text)] == expected


# round 14, the start of a range by corpus audit
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W19-2714, acl:L16-181, acl:2020.aespen.1.5: a range of the system's figures, not
        # a change: its start is not marked as another's
        ("with f-scores ranging from 73.00 to 94.47.", [(73.0, None), (94.47, None)]),
        ("Mean average precision for retrieval of MWU forms ranges from 0.789 to 0.804",
         [(0.789, None), (0.804, None)]),
        ("The categorization results exhibit a large variability across tasks, ranging from "
         "30.3% to 99.8% F-score.", [(30.3, None), (99.8, None)]),
        # near miss: a change from a figure is still where it started
        ("the error of our model drops from 5.8% to 3.1% on MNIST", [(3.1, None)]),
    ],
)
def test_the_start_of_a_range_is_not_another_s(text, expected):
    assert [(c.value, c.attrs.get("own")) for c in find_results(text)
            if c.source != COMPARISON] == expected


def test_a_bleu_change_with_three_decimals_is_a_fraction():
    # iclr2018:r1kP7vlRb (0.029 is read as points by "improvement of BLEU", a rule of its own)
    text = ("Specifically, whereas SeqGAN gains 0.42 improvement of NLL over MLE on synthetic "
            "data, our best model gains 3.02 improvement, and whereas SeqGAN gains 0.029 "
            "improvement of BLEU over MLE, our best model gains 0.250 improvement.")
    assert (0.25, "") in results(text)


@pytest.mark.parametrize("text, expected", [
    # acl:2020.acl.main.172, acl:2020.coling.main.33, acl:C18-1322, acl2021:2021.acl-long.351,
    # acl:R19-113: the items of a list that the words before its first item make changes are
    # changes, each written with its metric, whatever their units
    ("our model statistically significantly boosts state-of-the-art results in terms of ROUGE "
     "metrics (with improvements: 2.9% RG-1, 2.5% RG-2, 1.9% RG-L), in the healthcare domain.",
     [(2.9, "%"), (2.5, "%"), (1.9, "%")]),
    ("PG-GSQL outperforms the previous state-of-the-art model by 5.9% question matching accuracy "
     "and 5.2% interaction matching accuracy.", [(5.9, "%"), (5.2, "%")]),
    ("the model achieved improvements of 1.5% in accuracy and 2.2 in FB1 score compared to the "
     "previous best model.", [(1.5, "%"), (2.2, "points")]),
    ("we surprisingly still see gains of up to 17.69% accuracy for part-of-speech tagging and "
     "6.29 F1 for NER on average over all languages as compared to XLM-R.",
     [(17.69, "%"), (6.29, "points")]),
    ("Our best regularizer achieves an average increase of 1.5 BLEU score and 1.0 TER score "
     "across all the language pairs.", [(1.5, "points"), (1.0, "points")]),
    # acl:E17-211: a range's second item takes the first's points
    ("it outperforms the pipeline in a cross-lingual open information extraction setting by 1-4 "
     "BLEU and 0.5-0.8 F1.", [(1, "points"), (4, "points"), (0.5, "points"), (0.8, "points")]),
])
def test_a_list_opened_by_a_change_lists_changes(text, expected):
    found = [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)]
    assert sorted(found) == sorted((value, unit, "delta") for value, unit in expected)


def test_a_change_then_a_level_in_one_list_stay_apart():
    # acl:N19-1366: the first item names no metric ("by 1.1 points"), so the next is a level
    text = ("Our best model achieves 24.40 BLEU on LDC2015E86, outperforming the state of the art "
            "by 1.1 points and 24.54 BLEU on LDC2017T10.")
    found = {c.value: c.attrs["kind"] for c in find_results(text)}
    assert (found[1.1], found[24.54]) == ("delta", "score")


# r22 kind: a change's figure set off from its word by what it is measured in; figures each alone
# in parentheses after what they were had on; others' figures after "than" or "compared to"; a
# share of the corpus as a whole (corpus sentences)


@pytest.mark.parametrize(("text", "expected"), [
    ("Experimental results show that ESimCSE outperforms the state-of-the-art unsup-SimCSE by an "
     "average Spearman correlation of 2.02% on BERT-base.", [(2.02, "delta")]),
    ("Our system consistently outperforms the state of the art - by as much as a F-score of "
     "20.39% in one case.", [(20.39, "delta")]),
    ("We demonstrate an absolute reduction in word error rate (WER) of 0.9% (a 2.5% relative "
     "reduction in WER) on a lecture recognition task.", [(0.9, "delta"), (2.5, "delta")]),
    ("experimental results demonstrate that UGEN achieves new SOTA performances on full-data and "
     "surpasses the baselines by a large margin on 5-shot (28.1%) and 10-shot (23%) scenarios.",
     [(28.1, "delta"), (23, "delta")]),
    ("Our model can significantly reduce the parameter size (at least 67%) and training time (up "
     "to 85%) while maintaining similar performance.", [(67, "delta"), (85, "delta")]),
])
def test_r22_changes_set_off_from_their_words(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


# r23: results missed, kinds and metric types (one block, appended)

@pytest.mark.parametrize(("text", "expected"), [
    # acl:2020.emnlp.main.485, icml2017:465, nips2017:9303: "N-fold" before a change or
    # comparison word is a factor, unit x, like "N times"; ranges too
    ("The empirical results show that our proposed approaches achieve a 12.7-fold improvement in "
     "decoding speed with long sentences and a competitive accuracy compared with the traditional "
     "CRF approach.", [(12.7, "x", "ratio", "speed")]),
    ("Treating 2-dimensional ConvNets as a special (and the least beneficial) case of our "
     "approach, we demonstrate a 5 to 25-fold improvement in throughput compared to previous "
     "state-of-the-art.", [(5, "x", "ratio", "speed"), (25, "x", "ratio", "speed")]),
    ("With the proposed methods, we are able to achieve higher rewards and a 2- to 3-fold "
     "improvement in sample efficiency on average, compared to previous state-of-the-art "
     "on-policy actor-critic methods.", [(2, "x", "ratio", "other"), (3, "x", "ratio", "other")]),
    # acl:2020.findings.emnlp.167: cross-validation's folds are no factor
    ("In 5-fold cross validation, these strategies improve over strong baselines by 4.4% "
     "execution accuracy.", [(4.4, "%", "delta", "accuracy")]),
])
def test_r23_fold_factors(text, expected):
    assert [(c.value, c.unit, c.attrs["kind"], c.attrs["metric_type"])
            for c in find_results(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # aistats2024:2006d19802 (dev28), acl:D17-1154: "N times" with one word before a change noun
    # is a factor, as "N-fold" is
    ("attain the same (and often higher) test accuracy with up to 82 times smaller bitrate than "
     "the prior work \u2013 corresponding to 2,650 times overall compression.",
     [(82, "x"), (2650, "x")]),
    ("Our final model achieves 10 times speedup, 17 times parameters reduction, less than 35MB "
     "storage size and comparable performance.", [(10, "x"), (17, "x")]),
    # ... not a count of runs before a preposition
    ("The search is repeated 5 times with improvements in the pruning schedule.", []),
    # acl:P18-1160 (dev36), nips2012:644b5ee6bb: "N times" closing a parenthesis
    ("Our overall system achieves significant reductions in training (up to 15 times) and "
     "inference times (up to 13 times), with accuracy comparable to or better than the "
     "state-of-the-art.", [(15, "x"), (13, "x")]),
    ("where they run much faster (4--15 times) and are often more effective",
     [(4, "x"), (15, "x")]),
])
def test_times_factors_before_a_change_or_in_parentheses(text, expected):
    assert [(c.value, c.unit) for c in find_results(text) if c.unit == "x"] == expected


def test_a_change_after_a_score_keeps_a_metric_of_its_own():
    # acl:S17-296: another score is named between
    found = _types("Our best ranked run on the test data achieved a BLEU score of 3.32 and a "
                   "Trueskill score of -22.04 on automatic and human evaluation respectively.")
    assert found[-22.04][1] == "other"
    # a multiple stays untyped by the quality named near it
    found = _types("DC-SVM achieves about 96% accuracy in only 12 minutes, which is more than "
                   "100 times faster than LIBSVM.")
    assert found[100.0][1] != "accuracy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.ai4hi.1.1 (dev21): each figure of a list of others' figures, each "for" what
        # it is, is a reference point (R-res-baseline)
        ("Manual verification of the extracted annotations yields an accuracy rate of 97.5%, "
         "compared to 70.7% for relations extracted from object detection and 31.5% for "
         "automatically generated captions.", [(97.5, "%")]),
        # icml2019:3572 (dev8): not the paper's own figure after the list
        ("On the spam dataset, with 1% corruptions, we achieved 7.4% test error, compared to "
         "13.4%-20.5% for the baselines, and 3% error on the uncorrupted dataset.",
         [(7.4, "%"), (3, "%")]),
    ],
)
def test_each_figure_of_a_compared_list_is_a_reference(text, expected):
    assert results(text) == expected


def test_a_metric_acronym_in_brackets_keeps_a_named_change():
    # acl:2020.findings.emnlp.169, iclr2017:BJ6oOfqge (corpus, r28randaudit): the bracketed
    # acronym is one of the words between the change and "from" (R-res-baseline)
    assert results("Our proposed method reduces the Word Error Rate (WER) of the system from 37% "
                   "to 31.9%.") == [(31.9, "%")]
    assert results("reducing the (non-augmented) classification error rate from 18.44% to 7.05% "
                   "in SVHN with 500 labels") == [(7.05, "%")]


# r32tuple: a score changed "on X from A to B" is on X, written right before the change
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:2020.acl.main.398 (dev21): after a count of several datasets
        ("We experiment with three different semantic parsing datasets, and find that TaPas "
         "outperforms or rivals semantic parsing models by improving state-of-the-art accuracy "
         "on SQA from 55.1 to 67.2 and performing on par with the state-of-the-art on WikiSQL "
         "and WikiTQ.", ["SQA", "WikiSQL", "WikiTQ"], [(55.1, "SQA"), (67.2, "SQA")]),
        # nips2016:6999 (corpus): not the dataset of the next change
        ("Our algorithm improves one-shot accuracy on ImageNet from 82.2% to 87.8% and from 88% "
         "accuracy to 95% accuracy on Omniglot compared to competing approaches.",
         ["ImageNet", "Omniglot"],
         [(82.2, "ImageNet"), (87.8, "ImageNet"), (88.0, "Omniglot"), (95.0, "Omniglot")]),
        # nips2016:7040 (corpus): with the dataset's head noun
        ("Our model improves the state-of-the-art on the VQA dataset from 60.3% to 60.5%, and "
         "from 61.6% to 63.3% on the COCO-QA dataset.", ["VQA", "COCO-QA"],
         [(60.3, "VQA"), (60.5, "VQA"), (61.6, "COCO-QA"), (63.3, "COCO-QA")]),
    ],
)
def test_a_score_changed_on_a_dataset_from_one_value_to_another(text, names, expected):
    assert _result_datasets(text, names) == expected


# r33dev30res: "from A to B" with a bound before either value is still a change: its first value
# is where the system started, a comparison figure (R-res-baseline); "rises" names a change
@pytest.mark.parametrize("text, expected", [
    # acl:S19-2187 (dev30)
    ("On the other hand, using few manually-labeled samples can increase the accuracy metric "
     "from around 60% to near 80%.", [(80, "%")]),
    # naacl2024:2024.naacl-long.228 (dev30)
    ("Notably, in experiments conducted using ChatGPT, accuracy on AQuA rises from 53.5% to "
     "63.8%, and on Last Letter from 23.8% to 84.2%.", [(63.8, "%"), (84.2, "%")]),
    # nips1990:1eab787487 (corpus)
    ("a mixture of classifiers which reduced classification error rates from 19% to almost 0%.",
     [(0, "%")]),
])
def test_a_bounded_change_from_a_to_b_starts_from_a_comparison_figure(text, expected):
    assert results(text) == expected


# r39rextra: the value a change starts from is a reference point (R-res-baseline) also past a
# citation and an appositive after the changed system's name, in the next change of a list named
# by "that of" a longer phrase, and in a parenthesis of an example (R-res-parenone)
@pytest.mark.parametrize("text, expected", [
    # acl:D17-194 (dev33)
    ("This approach can improve the F1 score of STAGG (Yih et al., 2015), one of the leading QA "
     "systems, from 52.5% to 53.9% on WEBQUESTIONS data.", [(53.9, "%")]),
    # acl:P18-1176 (dev36)
    ("Our strongest attacks drop the accuracy of a visual question answering model from 61.1% to "
     "19%, and that of a tabular question answering model from 33.5% to 3.3%.",
     [(19, "%"), (3.3, "%")]),
    # naacl2024:2024.naacl-long.279 (dev33)
    ("combined, they lead to dramatic improvements (e.g., 7.9% to 66.5% on SMCalFlow "
     "compositional split) and can substantially improve compositional generalization.",
     [(66.5, "%")]),
])
def test_a_change_starts_from_a_reference_past_citations_and_examples(text, expected):
    assert results(text) == expected


# r46dev43: the next change of a list read as one, its "from" left out right after "and": its
# first value is a reference point too (R-res-baseline)
@pytest.mark.parametrize("text, expected", [
    # iclr2018:S18Su--CW (dev43)
    ("State-of-the-art accuracy under the strongest known white-box attack was increased from "
     "93.20% to 94.30% on MNIST and 50.00% to 79.16% on CIFAR-10.", [(94.3, "%"), (79.16, "%")]),
    # acl:2020.emnlp.main.445 (corpus)
    ("Our method greatly improves intelligibility of audio generated from silent EMG compared to "
     "a baseline that only trains with vocalized data, decreasing transcription word error rate "
     "from 64% to 4% in one data condition and 88% to 68% in another.", [(4, "%"), (68, "%")]),
])
def test_the_next_change_of_a_list_without_from_starts_from_a_reference(text, expected):
    assert results(text) == expected
