"""A result's metric type (metrics.py, metric_type): the metric words of each type."""

import pytest
from attribution_helpers import (
    pipeline_nlp,  # noqa: F401  (fixtures)
    spans,
)
from results_helpers import _abstract_types, _first_characters, _types, results

from litkit.extract.metrics import METRIC_TYPES, metric_type
from litkit.extract.results import find_results


def test_shares_that_match_the_ground_truth_exactly_are_exact_match():
    # dev8 colm2025:CB3CeOWo0J
    text = ("Moreover, 37 out of the 50 (74%) individual information flow graphs and 41 out of "
            "50 (82%) cell execution dependency graphs match the ground truth exactly.")
    assert [c.attrs["metric_type"] for c in find_results(text)] == ["exact_match", "exact_match"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:C16-1324, acl:L08-118, acl:2014.lilt.9.10, dev9 acl:W19-4434: a bare agreement with
        # annotators or a kappa named around it is the annotators' agreement
        ("Each unit in all editorials has been assigned one of six types by three annotators with "
         "a high Fleiss’ Kappa agreement of 0.56.", ["correlation"]),
        ("The annotators achieved 81.2% agreement on temporal relations.", ["correlation"]),
        ("The constructions we annotated were annotated with cross-annotator agreement of 68% on "
         "average.", ["correlation"]),
        ("The inter-annotator agreement between the experts for the video quality was substantial "
         "(Fleiss Kappa=0.62) with an overall agreement of 81%.", ["correlation", "correlation"]),
        # dev32 acl:2016.jeptalnrecital.jep.44: in French (R-mt-foreignname)
        ("Cette performance est sup\u00e9rieure \u00e0 celle d\u2019un annotateur manuel, "
         "l\u2019accord inter-annotateurs \u00e9tant de 62%.", ["correlation"]),
        # acl:L12-1390: agreement with annotators' labels is an accuracy
        ("We achieve 70.4% agreement with human annotators.", ["accuracy"]),
    ],
)
def test_annotators_agreement_is_a_correlation(text, types):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [c.attrs["metric_type"] for c in found] == types


def test_first_letters_name_every_letter_a_metric_types_words_start_with():
    """metrics._FIRST_LETTERS only speed _PATTERN up: every word of a type starts with one of
    its letters (in any case)."""
    import re
    from re import _parser

    from litkit.extract.metrics import _FIRST_LETTERS, _RULES

    assert set(_FIRST_LETTERS) == {name for name, _ in _RULES}
    for name, words in _RULES:
        chars, can_be_empty = _first_characters(_parser.parse(words, re.IGNORECASE).data)
        assert not can_be_empty and all(isinstance(ch, str) for ch in chars), (name, chars)
        start = re.compile(f"[{_FIRST_LETTERS[name]}]", re.IGNORECASE)
        assert all(start.match(ch) for ch in chars), (name, sorted(ch for ch in chars
                                                                   if not start.match(ch)))


# metric types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:2020.acl.main.88: the n-gram order written on "BLEU"
        ("EMT achieves new state-of-the-art results of 74.6% micro-averaged decision accuracy and "
         "49.5 BLEU4.", [(74.6, "accuracy"), (49.5, "bleu")]),
        # acl:P18-1179, with a hyphen
        ("our NLG system achieves a BLEU-4 score of 68.07.", [(68.07, "bleu")]),
        # coling2022:2022.coling-1.291: a ROUGE's F1 is that ROUGE's
        ("UnifiedQA achieves a ROUGE-L F1 score of 0.48 on our new benchmark.", [(0.48, "rouge")]),
    ],
)
def test_metric_types_of_metrics_written_with_their_variant(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:2016.jeptalnrecital.poster.8
        ("Un sous-ensemble optimal de ces variables est combin\u00e9 \u00e0 l\u2019aide d\u2019un "
         "mod\u00e8le SVM qui classe correctement 56% des textes.", [(56, "accuracy")]),
        # acl:I17-312
        ("Evaluation results show that the system accurately identifies the vocabulary level of "
         "89.9% of the words.", [(89.9, "accuracy")]),
        # acl:2000.iwpt.1.25
        ("In this implementation, 98.58% of tokens are correctly classified.",
         [(98.58, "accuracy")]),
        # naacl2024:2024.findings-naacl.49: errors found are a recall, not an accuracy
        ("Human evaluation reveals that 92.20% of English errors are correctly detected and "
         "explained.", [(92.2, "other")]),
        # acl:W18-1304: the F-score named before the number, not the adverb of the words after it
        ("Our first evaluation of the system shows an F-score of 85% in accurately representing "
         "sentences as semantic graphs.", [(85, "f1")]),
    ],
)
def test_metric_types_of_shares_handled_correctly(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:W18-4511: a change naming no metric is in the paper's one metric of its scores
        ("We obtain an accuracy of 80.4%, a 10.1% improvement over state-of-the-art methods, in "
         "this task.", [(80.4, "accuracy"), (10.1, "accuracy")]),
        # acl:W18-6229
        ("Our system achieves the macro F1 score of 65.8%, which is a 5.9% performance improvement "
         "over the baseline and is ranked 12 out of 30 participating teams.",
         [(65.8, "f1"), (5.9, "f1")]),
        # acl:2020.inlg.1.43: not a reduction of something else
        ("The normative text classifier is 81-90% accurate when compared to gold-standard human "
         "judgements. Our normative fine-tuning technique is able to reduce non-normative text by "
         "27-61%, depending on the data set.",
         [(81, "accuracy"), (90, "accuracy"), (27, "other"), (61, "other")]),
        # colm2024:NPAQ6FKSmK: nor in the agreement of evaluators
        ("We validate the performance of these models in several popular benchmarks, finding "
         "between 74.4 and 92.9% agreement with oracle evaluation metrics. Without any additional "
         "supervision, we improve state-of-the-art performance by 29% on the popular benchmark "
         "WebArena.", [(74.4, "accuracy"), (92.9, "accuracy"), (29, "other")]),
    ],
)
def test_metric_types_of_changes_naming_no_metric(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # seed-040: a compression named before the number is its cost
        ("In extensive evaluation across T5, T0, and LLaMA-based models, ComPEFT achieves "
         "compression ratios of 8x - 50x.", [(8, "cost"), (50, "cost")]),
        # iclr2018:SkhQHMW0W (not the accuracy named after it)
        ("Deep Gradient Compression achieves a gradient compression ratio from 270x to 600x "
         "without losing accuracy.", [(270, "cost"), (600, "cost")]),
    ],
)
def test_metric_types_of_compression(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:S18-104
        ("Our SVM classifier obtained the top rank in both subtasks with macro-averaged "
         "F1-measures of 35.99% for English and 22.36% for Spanish data sets.",
         [(35.99, "f1"), (22.36, "f1")]),
        # acl:2011.jeptalnrecital.court.34
        ("Une \u00e9valuation exp\u00e9rimentale r\u00e9alis\u00e9e par validation "
         "crois\u00e9e sur un corpus annot\u00e9 manuellement donne une F-mesure de "
         "l\u2019ordre de 40%.",
         [(40, "f1")]),
        # acl:2007.jeptalnrecital.poster.30
        ("Les r\u00e9sultats obtenus sont satisfaisants, nous avons atteint un taux d\u2019erreur "
         "de l\u2019ordre de 9,9% en employant un HMM.", [(9.9, "error_rate")]),
        # acl:L12-1550, acl:L16-1334
        ("The approach results to a classification rate of 85%, comparable to the "
         "state-of-the-art on this dataset.", [(85, "accuracy")]),
        ("Based on a test corpus containing 100 speech sequences, we attain 97% as classification "
         "rate.", [(97, "accuracy")]),
        # hyphenated and whole spellings (r43): acl:2020.lrec.1.778, acl:D19-1251,
        # naacl2022:2022.naacl-industry.36, acl:Q13-130, naacl2024:2024.naacl-long.244,
        # nips1994:f4d955aa8c, colm2024:kGa4fMtP9l
        ("We report a final general Word-Error-Rate of 29% over a baseline of 62% that uses the "
         "adult-trained model.", [(29, "error_rate"), (62, "error_rate")]),
        ("Our system achieves an EM-score of 64.56% on the DROP dataset.",
         [(64.56, "exact_match")]),
        ("All in all, we demonstrate that our self-aware model improves the overall PR-AUC by "
         "27.45%.", [(27.45, "ap")]),
        ("including on average a 27% increase in area under the precision recall curve in the "
         "binary case.", [(27, "ap")]),
        ("Although the best model achieved the highest 88.17% on macro average area under "
         "precision recall curve, uncommon classes still have a large room for performance "
         "improvement.", [(88.17, "ap")]),
        ("ROC areas for predicting mortality using preoperative input features were 70.5% for "
         "logistic regression and 76.0% for MLP networks.", [(70.5, "ap"), (76.0, "ap")]),
        ("We find state-of-the-art models in code generation, such as GPT-4, achieve only a 8.7% "
         "pass@1 accuracy with zero-shot chain-of-thought prompting.", [(8.7, "pass_at_k")]),
        # acl:2006.jeptalnrecital.poster.6, colm2025:QBmxLlmRYG: French perplexity, wins or ties
        ("Nous montrons que la combinaison lin\u00e9aire d\u00e9pendante de l\u2019historique de "
         "ces quatre cas permet d\u2019am\u00e9liorer de 14 % la perplexit\u00e9 du mod\u00e8le "
         "bigrammes classique.", [(14, "perplexity")]),
        ("achieving approximately a 70% reduction in decoding time and over 90% win-ties in "
         "utility and safety benchmarks.", [(70, "speed"), (90, "win_rate")]),
        # acl:2018.jeptalnrecital.long.11: French correct classification rate
        ("le classifieur, un r\u00e9seau de neurones, pr\u00e9sente un taux de bonne "
         "classification de 87 %.", [(87, "accuracy")]),
        # r45mtype: acl:L16-130 (corpus), accuracy misspelled with a doubled r
        ("Our evaluation shows an increase in accurracy from 72.4% to 81.5% on OOV words.",
         [(72.4, "accuracy"), (81.5, "accuracy")]),
    ],
)
def test_metric_types_of_other_spellings(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:2020.lrec.1.874: the time or work to build a system is a cost, named before
        ("Our evaluation shows that enabling this segmentation suggestion component reduces the "
         "annotation time by 20.15 %.", [(20.15, "cost")]),
        # icml2019:3666
        ("For an Amazon extreme classification task with over 49.5 million classes, we also "
         "reduce the training time by 38%.", [(38, "cost")]),
        # acl:L16-1291
        ("Thus, the method can reduce about 44.5% of manual workload for acquiring quality data.",
         [(44.5, "cost")]),
    ],
)
def test_metric_types_of_effort(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:S18-166: a weaker cost word after another type names no cost
        ("Our single model achieved 29.50% Macro F-score in test data and ranks 9th among 48 "
         "teams.", [(29.5, "f1")]),
        # acl:2020.lrec.1.758: nor far from the number, past a preposition
        ("We found approximately 19 % of the tweets in the data contain some type of offensive "
         "language.", [(19, "other")]),
        # acl:2020.emnlp.main.445
        ("Our method decreases transcription word error rate from 64% to 4% in one data "
         "condition.", [(64, "error_rate"), (4, "error_rate")]),
        # but a share of the data or parameters is its cost (acl2021:2021.acl-long.378,
        # naacl2022:2022.findings-naacl.174)
        ("Diff pruning can match the performance of finetuned baselines on the GLUE benchmark "
         "while only modifying 0.5% of the pretrained model's parameters per task.",
         [(0.5, "cost")]),
        ("LiST improves over classic fine-tuning methods with 96% reduction in number of trainable "
         "parameters.", [(96, "cost")]),
    ],
)
def test_metric_types_of_weak_cost_words_after_a_number(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W16-4602: RIBES is no BLEU
        ("achieves a substantial improvement of up to 3.1 BLEU points and 2.3 RIBES points over "
         "traditional SMT systems", [(3.1, "bleu"), (2.3, "other")]),
        # coling2025:2025.coling-main.113
        ("MupPCQA shows an improvement of nearly 11% in BLEU, with increases of 20% and 17.5% in "
         "BERTScore and CodeBERTScore.", [(11, "bleu"), (20, "other"), (17.5, "other")]),
        # r45mtype: coverage, the share of inputs handled, not the agreement named farther on
        # (dev41 coling2022:2022.coling-1.293), nor an accuracy (nips2017:9264, corpus)
        ("Due to its design, this method was able to achieve 97% of coverage, meaning that out of "
         "the 17.3K responses we successfully labeled 16.8K with a moderate agreement.",
         [(97, "other")]),
        ("using our method an unprecedented 2% error in top-5 ImageNet classification can be "
         "guaranteed, with almost 60% test coverage.", [(2, "error_rate"), (60, "other")]),
        # acl:2020.acl.main.751 (corpus): a value's own "in coverage" names it, not the F1 before
        ("TXtract outperforms state-of-the-art approaches by up to 10% in F1 and 15% in coverage "
         "across all categories.", [(10, "f1"), (15, "other")]),
        # ... but a coverage farther on, after the figure's own metric, is no head noun of its
        # phrase (the shape of two unseen papers' sentences, not quoted: their accuracies had
        # become other)
        ("The parser reaches a 93% accuracy in predicting the coverage of the grammar.",
         [(93, "accuracy")]),
    ],
)
def test_metric_type_of_metrics_outside_the_list(text, expected):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # acl:D19-1125 (dev11)
        ("Our analysis on the MultiWOZ corpus finds that annotations can be reduced by up to 30% "
         "while maintaining equivalent system performance.", 30),
        # nips2016:6970
        ("we show that our approach can reduce the number of parameters by up to 80% while "
         "retaining or even improving the network accuracy.", 80),
        # colm2025:O6I0Av7683
        ("reducing the number of inference tokens by 24% without compromising performance.", 24),
    ],
)
def test_metric_type_of_a_resource_cut_by_a_number(text, value):
    assert [c.attrs["metric_type"] for c in find_results(text) if c.value == value] == ["cost"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # iclr2018:B14TlG-RW: a speed of training is a cost (R-mt-time), of inference a speed
        ("On the SQuAD dataset, our model is 3x to 13x faster in training and 4x to 9x faster in "
         "inference, while achieving equivalent accuracy to recurrent models.",
         [(3, "cost"), (13, "cost"), (4, "speed"), (9, "speed")]),
        # acl:P19-217
        ("However, the model converges 2-3 times faster and does not require the original "
         "unlabeled training data.", [(2, "cost"), (3, "cost")]),
        # acl:D19-5626, acl:D17-1199, icml2014:0f25b9eb12: a verb or noun of training right
        # before the number
        ("Since our model does not resort to softmax computation over a huge vocabulary of "
         "phrases, its training time is about 112x faster than the baseline.", [(112, "cost")]),
        ("our best syllable-aware language model has 18%-33% fewer parameters and is trained "
         "1.2-2.2 times faster.", [(18, "cost"), (33, "cost"), (1.2, "cost"), (2.2, "cost")]),
        ("Our experiments show that on medium-sized datasets it trains up to 5 times faster than "
         "FITC while achieving comparable accuracy.", [(5, "cost")]),
    ],
)
def test_metric_type_of_a_training_speed_up(text, expected):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # aistats2023:535a0a3d00 (dev7)
        ("Extensive experiments demonstrate up to 91x reduction in the communication overhead, and "
         "up to 7x speed-up in the wall-clock training time.", 91),
        # aistats2017:33b3a0c3dc
        ("we show a reduction in required communication rounds by 10-100x as compared to "
         "synchronized stochastic gradient descent.", 100),
        # colm2025:oGO0fNVWrN
        ("our KV cache reuse optimization reduces overhead by 75%.", 75),
    ],
)
def test_metric_type_of_an_overhead_or_communication(text, value):
    assert [c.attrs["metric_type"] for c in find_results(text) if c.value == value] == ["cost"]


# round 7, kinds


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:L14-1227, acl:2020.lrec.1.640, acl:L14-1326: a parser's attachment scores are
        # accuracies
        ("On a 90/10 training/evaluation split of eleven OF texts (206000 words), we obtained an "
         "UAS of 89.68% and a LAS of 82.62%.", ["accuracy", "accuracy"]),
        ("The BiLSTM parser outperforms the MaltParser with a UAS of 89.6 and an LAS of 84.2 with "
         "respect to our standardized treebank resource.", ["accuracy", "accuracy"]),
        ("The result of a parsing experiment shows an overall labeled attachment score of 82.05% "
         "and an unlabeled attachment score of 85.29%.", ["accuracy", "accuracy"]),
        # acl:K18-225 (dev8): LAS F1 is an F1; MLAS and BLEX are outside the list
        ("From the official testing results, our system gets 70.90 LAS F1 score (rank 9/26), "
         "55.92 MLAS (10/26) and 60.91 BLEX (8/26).", ["f1", "other", "other"]),
    ],
)
def test_metric_type_of_attachment_scores(text, types):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [c.attrs["metric_type"] for c in found] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:I17-414: Pearson's correlation coefficient by its initials (near miss: the mean
        # absolute error beside it stays "other")
        ("The predictor took the second place out of 13 teams on phrase VA prediction, with 0.444 "
         "MAE and 0.935 PCC on valence.", [(0.935, "correlation"), (0.444, "other")]),
        # acl:I17-416
        ("For word level task our best run achieved MAE 0.545 (ranked 2nd), PCC 0.892 (ranked "
         "2nd) in valence prediction.", [(0.545, "other"), (0.892, "correlation")]),
        # dev33 acl:W18-501: Pearson's r as a range in words
        ("We show that the choice of corpus used for model evaluation has a major effect on "
         "estimates of system performance with r varying between 0.64 and 0.80.",
         [(0.64, "correlation"), (0.8, "correlation")]),
    ],
)
def test_metric_types_of_correlation_coefficients_by_their_initials(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # icml2017:793 (dev13), nips1991:56921f3263, nips1996:1a14f4ed61 (corpus audit): a factor
        # "N times" after a verb of change and what it changes, with a bound and no "by", and
        # the next factor of its list
        ("We reduce the number of parameters up to 280 times on LeNet architectures and up to 68 "
         "times on VGG-like networks with a negligible decrease of accuracy.",
         [(280, "x"), (68, "x")]),
        ("Learning time on an example task, cartpole balancing, is thereby reduced about 50 to "
         "100 times.", [(50, "x"), (100, "x")]),
        ("speeds up beam search inference by 6.7 times on CPU and 3 times on GPU",
         [(6.7, "x"), (3, "x")]),
        # (not a count of runs: no bound, no change)
        ("we ran each experiment 5 times and report the mean", []),
        ("The model was sampled up to 10 times per prompt.", []),
    ],
)
def test_a_factor_in_times_after_a_verb_of_change(text, expected):
    assert sorted(results(text)) == sorted(expected)


# round 15, the metric type of a ratio by corpus audit
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:C18-1250, coling2022:2022.coling-1.626: speed written "as fast", "speeding up"
        ("SRNNs are 136 times as fast as standard RNNs.", ["speed"]),
        ("speeding up inference in 3.5 times at only slight accuracy penalties.", ["speed"]),
        # acl:N19-1417, nips2014:4529: training's speed is a cost (R-mt-time, R-mt-convergence)
        ("n-gram training is up to 15,000x quicker.", ["cost"]),
        ("COCOA converges to the same .001-accurate solution quality on average 25\u00d7 as "
         "quickly.", ["cost"]),
        # icml2018:2123, aistats2024:3ace55c226: a list of ratios takes the type its words give
        # one of them
        ("while providing up to 98X and 478X search speedup respectively over exhaustive linear "
         "search.", ["speed", "speed"]),
        ("subsets found by ClipCov achieve over 2.7x and 1.4x the accuracy of the next best "
         "baseline", ["accuracy", "accuracy"]),
        # iclr2018:HJzgZ3JCW, icml2017:793, nips2015:5558: a cut in compute or parameters
        ("our method reduces the number of multiplications by 10.4x, 6.8x and 10.8x respectively "
         "with loss of accuracy less than 0.1%", ["cost", "cost", "cost", "accuracy"]),
        ("We reduce the number of parameters up to 280 times on LeNet architectures",
         ["cost"]),
        ("our method reduced the number of parameters of AlexNet by a factor of 9\u00d7",
         ["cost"]),
        # acl:D19-1374: a model's size compared (the size of larger models outdone is no result:
        # test_the_size_of_larger_systems_outdone_is_no_result)
        ("our final model is 6x smaller and 27x faster, and has higher accuracy than a "
         "state-of-the-art multilingual baseline", ["cost", "speed"]),
        # naacl2024:2024.naacl-long.345: a resource named before the ratio's clause
        ("reduce the overall on-device GPU memory usage of transformer-based models such as ViT "
         "and BERT by an average of 2.2x", ["cost"]),
        # iclr2018:Skp1ESxRZ, acl2021:2021.acl-long.256: a comparative after the ratio, not the
        # quality named before it
        ("neural parsing programs can be learned to achieve 100% test accuracy on test inputs "
         "that are 500x longer than the training samples.", ["accuracy", "other"]),
        ("producing accurate factual error corrections for 5x more instances", ["other"]),
        # near misses: a quality the ratio's own words name
        ("boosting retrieval accuracy by 1.5-7.1\u00d7 over the uniform-window baseline",
         ["accuracy", "accuracy"]),
        ("this increase in code suggestion accuracy is due to a 13 times more accurate "
         "prediction of identifiers", ["accuracy"]),
        ("up to 4.68 times larger certified radii than the baseline", ["other"]),
    ],
)
def test_a_ratio_is_typed_by_its_own_words(text, expected):
    assert [c.attrs["metric_type"] for c in find_results(text)] == expected


# r22 metric type: metric names and spellings the lists missed (corpus sentences)


@pytest.mark.parametrize(("text", "types"), [
    # acl:L12-1662, acl:2020.multilingualbio.1.2, acl:L10-1475: a share of items correct
    ("The final system obtained a phonetization of about 95.2% correct (from 3.7% to 5.6% error "
     "rates depending on the corpus).", [(95.2, "accuracy"), (3.7, "error_rate"),
                                         (5.6, "error_rate")]),
    ("80% of the mappings were correct.", [(80, "accuracy")]),
    ("Dependency links were correct in 95.9 %.", [(95.9, "accuracy")]),
    # acl2021:2021.acl-long.159, nips1994:7d814dfd7d: a longer clause of what is done right
    # before a share of occasions
    ("It is able to correctly forecast what happens next given an English sentence over 80% of "
     "the time.", [(80, "accuracy")]),
    ("The gesture recognition network correctly determines if the hand being tracked is open or "
     "closed in 99.1 % of the frames in this test set.", [(99.1, "accuracy")]),
])
def test_r22_metric_type_of_a_share_correct(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(("text", "types"), [
    # acl:D19-1243, acl:D18-1535, acl:2020.acl.main.435
    ("Experimental results on Cosmos QA demonstrate a significant gap between machine (68.4%) and "
     "human performance (94%).", [(68.4, "accuracy"), (94, "accuracy")]),
    ("On the SciTail dataset, NSNet outperforms a simpler combination of the two predictions by 3% "
     "and the base entailment model by 5%.", [(3, "accuracy"), (5, "accuracy")]),
    ("We evaluate our model on the challenging TVQA dataset, where our overall model outperforms "
     "the state-of-the-art by a large margin (74.09% versus 70.52%).",
     [(74.09, "accuracy"), (70.52, "accuracy")]),
    # acl:N18-155, iclr2013:OVyHViMbHRm8c: grammatical error correction's F0.5, image accuracy
    ("Non-neural state-of-the-art systems are outperformed by more than 2% on the CoNLL-2014 "
     "benchmark and by 4% on JFLEG.", [(2, "f1"), (4, "other")]),
    ("We use an ensemble of linear regression to obtain a state of the art result on Caltech-101 "
     "of 83.46%.", [(83.46, "accuracy")]),
])
def test_r22_metric_type_implied_by_a_qa_benchmark(text, types):
    """R-mt-implied: figures on a benchmark with one standard metric whose words name none are
    in that metric (the lexicons' dataset defaults)."""
    import pandas as pd

    from litkit.extract import extract

    found = extract(pd.DataFrame({"id": ["x"], "title": [""], "abstract": [text]}),
                    progress=False)
    rows = found[found["label"] == "RESULT"]
    assert list(zip(rows["value"], rows["metric_type"], strict=True)) == types


# r42audit22: R-mt-textclass, a figure on unnamed text classification tasks whose words name no
# metric is an accuracy (dev20 acl2022:2022.acl-long.556), not a figure only near the words
@pytest.mark.parametrize(("text", "types"), [
    # dev20 acl2022:2022.acl-long.556
    ("Our method yields a 13% relative improvement for GPT-family models across eleven different "
     "established text classification tasks.", [(13, "accuracy")]),
    # naacl2021:2021.naacl-main.426 (corpus)
    ("Our augmentation approach leads to scalable and effective self-training with improvements of "
     "up to 2.6% on standard text classification benchmarks.", [(2.6, "accuracy")]),
    # naacl2021:2021.naacl-main.434 (corpus): the tasks open the sentence
    ("On four diverse text classification tasks, we find that common data augmentation "
     "techniques can improve the performance of triplet networks by up to 3.0% on average.",
     [(3.0, "accuracy")]),
    # naacl2022:2022.naacl-main.102 (corpus): the tasks are named before, of another measure
    ("Experiments on 6 text classification datasets show that AcTune improves the label "
     "efficiency of PLM fine-tuning by 56.2% on average.", [(56.2, "other")]),
])
def test_r42_unnamed_text_classification_tasks_are_scored_by_accuracy(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(("text", "types"), [
    # acl:S17-2157, colm2025:dkE5rveDuh: AMR parsing's Smatch and a LaTeX F$_1$ are F1s
    ("Our parser obtained 59% Smatch on the SemEval test set.", [(59, "f1")]),
    ("We thus develop improved models that achieve F$_1$ scores of 0.68 for detecting idiom "
     "translation errors.", [(0.68, "f1")]),
])
def test_r22_metric_type_of_f1_spellings(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(("text", "types"), [
    # acl:W19-4424, acl:I17-184, acl:2020.alw.1.13: the words after a number go past a decimal
    # point and stop at a dash
    ("Our system achieves 66.75% F 0.5 on error correction (ranking 4th), and 82.52% F 0.5 on "
     "token-level error detection (ranking 2nd) in the restricted track.",
     [(66.75, "f1"), (82.52, "f1")]),
    ("Our approach improves the performance on a Chinese-English cross-lingual open IE dataset by "
     "3.87-4.49 BLEU and 1.91-5.92 F1.",
     [(3.87, "bleu"), (4.49, "bleu"), (1.91, "f1"), (5.92, "f1")]),
    ("Our pipeline achieves macro F1 scores on out of sample balanced test sets ranging from 0.76 "
     "to 0.97\u2014accuracy in line and even exceeding the state of the art.",
     [(0.76, "f1"), (0.97, "f1")]),
])
def test_r22_metric_type_named_past_a_decimal_point(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


@pytest.mark.parametrize(("text", "types"), [
    # acl:W18-5519, acl:2020.wnut.1.74, acl:K18-207, acl:I17-415: metrics listed in the order of
    # the values "respectively" follows type each value, before or after the values
    ("Furthermore, it obtains 30.19, 48.87 and 36.55 in terms of F1 evidence, label accuracy and "
     "FEVER score, respectively, on the test set.", ["f1", "accuracy", "other"]),
    ("Results show that pairing BERT with word occurrences outperforms fastText with F1-Score, "
     "precision, recall, and accuracy on test data of 76%, 81%, 72%, and 79%, respectively",
     ["f1", "other", "other", "accuracy"]),
    ("In the official evaluation, our system achieves the macro-averaged scores of 65.61%, "
     "52.26%, 55.71% for LAS, MLAS and BLEX respectively.", ["accuracy", "other", "other"]),
    ("The Mean Absolute Error (MAE) and Pearson\u2019s Correlation Coefficient (PCC) for Valence "
     "are 0.723 and 0.835, respectively.", ["other", "correlation"]),
    # colm2025:jeDYcjuZIV, acl:S19-108: a next clause's value naming no metric takes the one
    # before's type
    ("Human evaluation with 9 experienced writers confirm that WQRM-based selection produces "
     "writing samples preferred by experts 66% overall, and 72.2% when the reward gap is larger "
     "than 1 point.", ["win_rate", "win_rate"]),
    # acl:I17-307 (dev21): a comma alone joins the next clause
    ("Our evaluation on sentences in the PA domain shows that we obtain correct simplifications "
     "for 76% of the simplified cases in English, 71% of the cases in Spanish.",
     ["accuracy", "accuracy"]),
    ("We apply them to a time normalization task, yielding major performance improvements over "
     "the previous state-of-the-art: 51% error reduction in news and 33% in clinical notes.",
     ["error_rate", "error_rate"]),
    # acl:L14-160: not a resource, a share of what the first covers
    ("The abstract syntax defines 769 frame-specific valence patterns that cover 77,8% examples "
     "in BFN and 74,9% in SweFN belonging to the shared set of 471 frames.", ["cost", "other"]),
    # acl:2020.coling.main.99, naacl2024:2024.naacl-long.211 (corpus): two metrics right after
    # two values joined by "and" are theirs in order, without "respectively"
    ("Results show that our unsupervised approach outperforms graph-based semi-supervised "
     "methods and other baseline methods by up to 9.77% and 10.47% in terms of prerequisite "
     "relation prediction accuracy and F1 score.", ["accuracy", "f1"]),
    ("Comprehensive experiments reveal that our method significantly outperforms the current "
     "state-of-the-art model, showing average improvements of 77% and 54% on BLEU and METEOR "
     "scores.", ["bleu", "other"]),
    # naacl2022:2022.naacl-main.399: not a range's two ends, which share both metrics
    ("MACLR achieves superior performance, in particular with approximately 5-10% improvement "
     "in precision and recall on average.", ["other", "other"]),
])
def test_r23_metric_types_of_listed_values(text, types):
    assert [c.attrs["metric_type"] for c in find_results(text)] == types


def test_an_agreement_of_annotators_is_a_correlation():
    # acl:2020.nlpcss.1.15 (its abstract's last four sentences): Fleiss' Kappa, not an accuracy
    found = _abstract_types(
        "We describe the process of collecting and annotating a corresponding corpus created from "
        "data records of two social work institutions with a focus on disability care. We show "
        "that the agreement on the task of annotating the observations of social workers with "
        "respect to discrete independent levels yields a high agreement of .74 as measured by "
        "Fleiss\u2019 Kappa. We present a classification approach towards automatically "
        "classifying an observation into the discrete independence levels and present results "
        "for different types of classifiers. Against our original expectation, we show that we "
        "reach F-Measures (macro) of 95% averaged across topics, showing that this task can be "
        "automatically solved.")
    assert found[0.74] == "correlation"
    assert found[95.0] == "f1"


def test_an_agreement_share_or_with_labels_stays_as_it_was():
    # acl:2014.lilt.9.10: a share of items, not the agreement
    found = _types("The constructions we annotated were found to occur in 80.65% of the "
                   "entailments in RTE 1\u20134 and were annotated with cross-annotator agreement "
                   "of 68% on average.")
    assert found[80.65][1] != "correlation"
    # acl:L12-1390: agreement with annotators measures the system
    found = _types("We achieve 70.4% agreement with human annotators and 79% accuracy on product "
                   "review classification.")
    assert found[70.4][1] == "accuracy"


def test_a_preference_named_right_after_a_share_is_a_win_rate():
    # colm2025:r8nloXtluk and acl:2020.acl.main.8 (corpus, r27resmodel): the share of judgments
    # preferring the system; a preference named before a figure types nothing
    text = ("Human studies further demonstrate that ScholarCopilot significantly outperforms "
            "ChatGPT, achieving 100% preference in citation quality. Direct preference "
            "optimization improves accuracy by 5%.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] \
        == [(100, "win_rate"), (5, "accuracy")]



# r41audit21: a saving named right after a number is of a resource, a cost
@pytest.mark.parametrize(("text", "types"), [
    # colm2025:C5mb473GMY: not the quality named further on
    ("Compared to monolithic multi-modal models, our implementation achieves up to 98\\% "
     "resource savings with minimal accuracy loss.", [(98, "cost")]),
    # iclr2018:S16FPMgRZ, iclr2018:rkONG0xAW
    ("Our methods significantly reduce the number of parameters in the fully connected layers "
     "(about 65% space savings) while negligibly impacting accuracy.", [(65, "cost")]),
    ("The proposed model achieves 2.4% less test error for the same on-chip storage or 6\u00d7 "
     "storage savings to achieve the similar accuracy.", [(2.4, "error_rate"), (6, "cost")]),
])
def test_a_saving_named_right_after_a_figure_is_a_cost(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


# r31mtype: a training error is a rate, as a test error is
def test_metric_type_of_a_training_error():
    # iclr2018:Hkfmn5n6W (dev10)
    text = ("We demonstrate our results numerically: for example, 0% binary classification "
            "training error on CIFAR with only N/d_0 = 16 hidden neurons.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == [(0, "error_rate")]


# r31mtype2: an accuracy at k written "acc@10" and WMT's "BLEU-cased" name their metric types
@pytest.mark.parametrize(("text", "expected"), [
    # acl2022:2022.acl-long.329 (corpus), audit r31audit6 [10]
    ("While Contrastive-Probe pushes the acc@10 to 28%, the performance gap still remains "
     "notable.", [(28, "accuracy")]),
    # acl:W19-5309 (corpus), audit r31audit6 [51]
    ("Our experimental results show that our Interpolation system outperforms the Baseline in "
     "terms of BLEU-cased score by +0.5 and +0.1 points in Kazakh-English and English-Kazakh, "
     "respectively.", [(0.5, "bleu"), (0.1, "bleu")]),
])
def test_metric_type_of_acc_at_k_and_cased_bleu(text, expected):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == expected


# r31mtype2: a model or data set some times larger than a reference is a capacity gain, a cost
@pytest.mark.parametrize("text", [
    # nips2018:11616 (corpus), audit r31audit6 [44]
    "Our approach can check different safety properties and find concrete counterexamples for "
    "networks that are 10x larger than the ones supported by existing analysis techniques.",
    # nips2012:98eb97d0c9 (corpus): the model's noun right before the number
    "We have successfully used our system to train a deep network 100x larger than previously "
    "reported in the literature.",
    # acl:W18-6422 (corpus): "times" written out
    "By using techniques to limit the memory consumption, we were able to train models that are "
    "4 times larger on one GPU.",
])
def test_metric_type_of_a_model_some_times_larger(text):
    assert [c.attrs["metric_type"] for c in find_results(text)] == ["cost"]


# r32audit7: the time a system takes to retrieve or process in use is a speed (R-mt-time)
@pytest.mark.parametrize(("text", "expected"), [
    # acl2022:2022.acl-long.181 (corpus), audit r32audit7 [96]
    ("Extensive experimental results indicate that compared with previous code search baselines, "
     "CoSHC can save more than 90% of retrieval time meanwhile preserving at least 99% of "
     "retrieval accuracy.", [(90, "speed"), (99, "accuracy")]),
    # acl:C16-1320 (corpus)
    ("OCR++ outperforms both in terms of accuracy (around 50% improvement) and processing time "
     "(around 52% improvement).", [(50, "accuracy"), (52, "speed")]),
])
def test_metric_type_of_retrieval_and_processing_time(text, expected):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == expected


# r32dev28: coreference's CoNLL score, the mean of three F1s, is an F1
@pytest.mark.parametrize(("text", "expected"), [
    # acl:W17-1508 (dev28)
    ("It achieves 32 and 22 points in terms of CoNLL score for Russian and German, respectively.",
     [(32, "f1"), (22, "f1")]),
    # acl:2020.lrec.1.7 (corpus)
    ("Baseline experiments show a performance of 28.8 CoNLL score achieved by the rule-based CR "
     "system CorZu.", [(28.8, "f1")]),
])
def test_metric_type_of_the_conll_score(text, expected):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [(c.value, c.attrs["metric_type"]) for c in found] == expected


# r32dev28: a change said to add to the change before it is in that change's metric
@pytest.mark.parametrize(("text", "expected"), [
    # acl:2020.findings.emnlp.400 (dev28)
    ("The experimental results show that our proposed self-supervised signals can improve joint "
     "goal accuracy by 8.95% on the MultiWOZ dataset. We can achieve an additional 1.76% "
     "improvement if some unlabeled data is jointly trained as semi-supervised learning.",
     [(8.95, "accuracy"), (1.76, "accuracy")]),
    # coling2025:2025.coling-main.217 (corpus): the list it opens
    ("Our approach achieves F1 score improvements of 3.51% and 5.28% on the respective dataset. "
     "Our method further boosts performance, with additional gains of 0.76%, 6.54%, and 2.36% "
     "across the three datasets.",
     [(3.51, "f1"), (5.28, "f1"), (0.76, "f1"), (6.54, "f1"), (2.36, "f1")]),
])
def test_metric_type_of_an_added_change(text, expected):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [(c.value, c.attrs["metric_type"]) for c in found] == expected


# r32mtype: the share of a variable's variation a model explains is its R², a correlation
@pytest.mark.parametrize("text", [
    # dev13 acl:2020.lrec.1.662
    "In the best case scenario, the selected linguistic feature set could explain 80% variation "
    "in reputation scores.",
    # acl:E17-1115 (corpus)
    "Our model is the first to distinguish degrees of highly and less literary novels, and "
    "explains 76.0 % of the variation in literary ratings.",
])
def test_a_share_of_variation_explained_is_a_correlation(text):
    assert [c.attrs["metric_type"] for c in find_results(text)] == ["correlation"]


# r33dev30res: a share of problems the system solves measures it (R-kind-yield): a score, typed
# accuracy; not a change ("solves 17% more formulas")
@pytest.mark.parametrize("text, expected", [
    # acl:2020.tacl.1.44 (dev30)
    ("Our system achieves state-of-the-art performance on the prior datasets and solves 57% of "
     "the real-world dataset, which existing neural systems completely fail on.",
     [(57, "score", "accuracy")]),
    # iclr2018:SkJKHMW0Z (corpus)
    ("We achieve state-of-the-art results amongst comparable methods by solving 96.6% of the "
     "hardest Sudoku puzzles.", [(96.6, "score", "accuracy")]),
    # nips2018:11976 (corpus)
    ("We show that our approach is effective in practice - it solves 17% more formulas over a "
     "range of benchmarks.", [(17, "delta", "other")]),
])
def test_a_share_of_problems_solved_is_an_accuracy(text, expected):
    assert [(c.value, c.attrs["kind"], c.attrs["metric_type"])
            for c in find_results(text)] == expected


@pytest.mark.parametrize(("text", "types"), [
    ("The resulting ViT-G model attains 90.94% top-1 accuracy on ImageNet", ["accuracy"]),
    ("achieving a 10x reduction in compute requirements", ["cost"]),
    ("with over a 30% annotation speed-up", ["speed"]),
    ("yields up to +1.28 and +0.89 BLEU points improvements", ["bleu", "bleu"]),
    ("Our best model achieves an F1(macro) score of 74.2 and 84.8 on subtasks 1.1 and 1.2",
     ["f1", "f1"]),
    ("our MuMath-70B model achieves 88.3% on GSM8K and 34.5% on MATH",
     ["accuracy", "accuracy"]),  # the usual metric of GSM8K and MATH
    ("outperforming Phi-1.5-1.3B by 36% on HumanEval", ["pass_at_k"]),
    ("reduces the word error rate (WER) by 30% relative", ["error_rate"]),
    ("with a precision of 77.9% and a recall of 97.8%", ["other", "other"]),
])
def test_metric_types(nlp, text, types):
    assert [a["metric_type"] for _, a in spans(nlp, text, "RESULT")] == types


def test_metric_type_is_one_of_the_closed_list():
    assert metric_type("nothing to see") == "other" and "other" in METRIC_TYPES
    assert metric_type(before="reduces memory usage by") == "cost"
    assert metric_type(before="models trained on 30B tokens selected by") == "other"


def test_image_generation_metrics_are_other_not_their_data_sets_accuracy():
    # iclr2018:SJx9GQb0- (dev37): CIFAR10's usual accuracy does not type its Inception Score;
    # seed-070: "6.54 decrease in FID" on ImageNet-1K
    before = "our approach gives rise to the inception score of more than"
    assert metric_type(before=before, default="accuracy") == "other"
    assert metric_type(after=" and 1.07 decrease in FID", default="accuracy") == "other"


def test_annotator_agreement_is_a_correlation():
    # acl:2016.lilt.14.6; acl:W19-5923; acl:L16-1466 (dev4 gold: correlation)
    assert metric_type("raw agreement") == "correlation"
    assert metric_type(before="resulting a high inter-annotator agreement of") == "correlation"
    assert metric_type(before="the human agreement rate in annotation is") == "correlation"
    # agreement with labels or an oracle stays accuracy (dev2-054, D19-5901)
    assert metric_type(before="agreement with the gold labels of") == "accuracy"


# ---------------------------------------------------------------- a named error first
def test_an_error_named_for_a_value_beats_its_datasets_usual_accuracy(nlp):
    # iclr2018:SySaJ0xCZ (found by a leaderboard audit: CIFAR-10's board ranked errors as
    # accuracies)
    text = ("E.g., on CIFAR-10, our method designs and trains networks with an error rate below "
            "6% in only 12 hours on a single GPU; training for one day reduces this error "
            "further, to almost 5%.")
    assert [a["metric_type"] for _, a in spans(nlp, text, "RESULT")] == ["error_rate"] * 2
    assert metric_type(None, None, "error rate", "accuracy") == "error_rate"
    assert metric_type(None, None, "performance", "accuracy") == "accuracy"


def test_token_usage_is_a_cost():
    # corpus (colm2025:TyXf9dwpZP, colm2025:8OqGNXKwo8; r28randaudit): the tokens a system spends
    # are a resource it consumes (R-mt-time: cost)
    assert metric_type(before="Our results show that AdaptiVocab reduces token usage by over") \
        == "cost"
    assert metric_type(before="EllieSQL with the Qwen2.5-0.5B-DPO router reduces token use by "
                              "over") == "cost"


def test_a_systems_memory_part_is_no_cost():
    # dev2 colm2025:7qhBXq0NLN, corpus acl:Q19-112: memory as a part of the system is no resource
    assert metric_type(before="participants (mis)identified our fine-tuned models with memory "
                              "integration as human in") == "other"
    assert metric_type(before="outperforms NSM by a factor of 89 and memory networks by") \
        == "other"
    assert metric_type(before="reduces memory by") == "cost"


# r34dev31: "F1 accuracy" is an F1 (the f1 words take the accuracy after them, as "exact match
# accuracy" is exact_match): dev31 acl:K19-170, corpus acl:W16-4824
def test_an_f1_accuracy_is_an_f1():
    assert metric_type("gain of F1 accuracy") == "f1"
    assert metric_type("weighted-F1 accuracy in this sub-task") == "f1"
    assert metric_type(before="We obtain 1.8% gain of F1 accuracy on top of the BiDAF reader, "
                              "and") == "f1"
    assert metric_type("accuracy") == "accuracy"


# r45mtype: R-mt-implied for part-of-speech tagging, whose standard metric is accuracy: a figure
# no words type in a sentence scoring POS tagging (not one also scoring parsing or errors)
@pytest.mark.parametrize(("text", "types"), [
    # acl:L10-1262 (corpus)
    ("Word-based POS tagging yields better results than segment-based tagging (93.93% vs. "
     "93.41%).", [(93.93, "accuracy"), (93.41, "accuracy")]),
    # acl:R19-190 (corpus)
    ("a diminution of OOV words improving the part-of-speech tagging performance by 1 to 4%.",
     [(1, "accuracy"), (4, "accuracy")]),
    # acl:K17-302 (corpus)
    ("Our system was ranked first according to all five relevant metrics for the system: UPOS "
     "tagging (93.09%), XPOS tagging (82.27%).", [(93.09, "accuracy"), (82.27, "accuracy")]),
    # acl:Q14-126 (corpus): parsing scored, the tagger only named
    ("Our approach leads to substantial improvements in dependency parsing results over the "
     "standard supervised CCG parser without depending on a POS-tagger (0.8%).", [(0.8, "other")]),
])
def test_r45_unnamed_pos_tagging_scores_are_accuracies(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types
