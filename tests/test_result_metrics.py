"""A result's metric (result_metrics.py): metric names and the one its sentence gives it."""

import pytest
from results_helpers import _first_characters, _sentence_types, _types, results

from litkit.extract.results import find_results


def test_values_after_as_many_metrics_take_them_in_order():
    # acl:2020.acl.main.767
    text = ("Leveraging recent advances in neural text generation, obtaining BLEU and ROUGE "
            "scores of 0.23 and 0.63 for this task.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(0.23, "bleu"), (0.63, "rouge")]


def test_kappa_and_ranges_written_with_a_minus_sign():
    # acl:W18-4914: κ names a unitless correlation score
    text = ("We achieve a very high inter-annotator agreement: \u03ba = 0.765 for the annotation "
            "of minimal target hypotheses and \u03ba = 0.507 for the extended target hypotheses.")
    assert [(c.value, c.unit, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(0.765, "", "correlation"), (0.507, "", "correlation")]
    # acl:2016.lilt.14.6: U+2212 between two figures joins a range, it is no minus sign
    text = "with raw agreements of 42%\u221248% (\u03ba = 0.196\u22120.259)"
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(42, "score"), (48, "score"), (0.196, "score"), (0.259, "score")]
    # acl:N19-206: "by ∼30−40%" is a change, both ends
    text = "M-CVAE consistently increased diversity by \u223c30\u221240% without loss."
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(30, "delta"), (40, "delta")]


def test_precision_and_recall_written_as_single_letters():
    # acl:2020.acl.demos.41; acl:L16-1320
    text = "We extract 195k evidence sentences from 22M articles (P=0.82, R=0.58, F1=0.68)."
    assert [c.value for c in find_results(text)] == [0.82, 0.58, 0.68]
    text = "the minimal entity classifier are the following: P=0.926; R=0.849; F1=0.886."
    assert [c.value for c in find_results(text)] == [0.926, 0.849, 0.886]
    assert find_results("a constraint that turns out to be P=0.06N within the set") == []


def test_the_clause_before_a_number_names_its_metric_in_whole_words():
    # acl:L16-1466 (dev4 gold: correlation): "human agreement" is 66 characters back
    text = ("Furthermore, the human agreement rate in annotation is found to be acceptable (90% in "
            "English nodes, 75% in Chinese nodes).")
    assert [c.attrs["metric_type"] for c in find_results(text)] == ["correlation", "correlation"]
    # acl:L08-1366: a cut hyphenated word is read whole ("Inter-annotator", not "annotator")
    text = ("Inter-annotator agreement was calculated on annotations from 100 of the documents "
            "for span (90.9%), concept code (81.7%).")
    assert find_results(text)[0].attrs["metric_type"] == "correlation"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:S19-2141: a PDF's text splits the hyphen off "score"
        ("has an accuracy of 83.14% and a f1- score of 0.7565 on the actual test data",
         ["accuracy", "f1"]),
        # colm2025:CB3CeOWo0J: F1 in LaTeX
        ("Across 50 notebooks, CRABS achieves average $F_1$ scores of 98% identifying "
         "cell-to-cell information flows", ["f1"]),
        # corpus: "F-1", and "F 1" split from its digit
        ("The proposed model achieves 61.37% F-1 score.", ["f1"]),
        ("The macro- F 1 - score for the SI subtask is 0.406.", ["f1"]),
        # dev7 acl:2020.multilingualbio.1.3: F-values are F-measures
        ("With overall low retrieval parameters (with F-values around 30%), the performance",
         ["f1"]),
    ],
)
def test_f1_written_in_latex_or_split(text, types):
    assert [c.attrs["metric_type"] for c in find_results(text)] == types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coling2022:2022.coling-1.480, naacl2021:2021.naacl-main.255, acl:2020.semeval.1.117
        # (corpus): F1 and F0.5 hyphenated, "F-1", "F-0.5", name the metric of a unitless score
        ("Especially, after incorporating synthetic data, our model achieves a 38.95 F-0.5 score "
         "on Chinese GEC dataset, which outperforms the previous state-of-the-art by a wide margin "
         "of 1.98 points.", [(38.95, "F-0.5 score", "f1"), (1.98, "F-0.5 score", "f1")]),
        ("On HLGD, human annotators achieve high performance of around 0.9 F-1, while current "
         "state-of-the art Transformer models only reach 0.75 F-1, opening the path for further "
         "improvements.", [(0.9, "F-1", "f1"), (0.75, "F-1", "f1")]),
        ("We utilised them to train a sentiment classifier that achieves an F-1 score of 0.722.",
         [(0.722, "F-1 score", "f1")]),
    ],
)
def test_f1_and_f05_written_with_a_hyphen(text, expected):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [(c.value, c.attrs["metric"], c.attrs["metric_type"]) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:S17-262, acl:D19-5312: MAP in capitals is mean average precision
        ("This approach achieved a MAP of 45.7% out of max achievable 67.0% on the test set.",
         ["ap", "ap"]),
        ("Our system was ranked fourth in the official evaluation, scoring close to the second and "
         "third ranked teams, achieving 39.4% MAP.", ["ap"]),
        # acl:2020.osact.1.9: F1's spelling "F1-macro"
        ("which ranked 4th in official results for Subtask B with F1-macro score of 80.63% on the "
         "test set.", ["f1"]),
        # acl:N18-155 (dev7: f1): grammatical error correction's M2, an F0.5
        ("our GEC models outperform previously best neural GEC systems by more than 10% M\u00b2 on "
         "the CoNLL-2014 benchmark.", ["f1"]),
    ],
)
def test_metrics_written_in_capitals_or_symbols(text, types):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [c.attrs["metric_type"] for c in found] == types


def test_metric_start_names_every_character_a_metric_starts_with():
    """METRIC_START only speeds the patterns up: every name of METRICS starts with one of its
    characters (in any case)."""
    import re
    from re import _parser

    from litkit.extract.result_metrics import METRIC_START, METRICS

    chars, can_be_empty = _first_characters(_parser.parse(METRICS).data)
    assert not can_be_empty and all(isinstance(ch, str) for ch in chars), chars
    start = re.compile(METRIC_START, re.IGNORECASE)
    assert all(start.match(ch) for ch in chars), sorted(ch for ch in chars if not start.match(ch))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:K18-225 (dev8): parsing scores, LAS, MLAS and BLEX
        ("From the official testing results, our system gets 70.90 LAS F1 score (rank 9/26), "
         "55.92 MLAS (10/26) and 60.91 BLEX (8/26).", [(60.91, ""), (70.9, ""), (55.92, "")]),
        # acl:2020.lrec.1.640
        ("The BiLSTM parser outperforms the MaltParser with a UAS of 89.6 and an LAS of 84.2 with "
         "respect to our standardized treebank resource.", [(89.6, ""), (84.2, "")]),
        # acl:D18-1304: an error in the regression task
        ("By including multiview embeddings, we obtain an F1 score of 0.82 in the classification "
         "task and a mean absolute error of 3.42 in the regression task.",
         [(0.82, ""), (3.42, "")]),
        # acl:L16-1610 (dev10): a speed
        ("achieves the best performance with the word error rate (WER) of 9.66% and the real time "
         "factor (RTF) of 1.38812.", [(9.66, "%"), (1.38812, "")]),
        # acl:2020.lrec.1.577
        ("establishes the state of the art at 41.87 SARI on the WikiLarge test set",
         [(41.87, "")]),
    ],
)
def test_scores_of_metrics_named_by_acronym(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W19-5303 (dev9)
        ("We evaluated submissions by both human judgment and automatic evaluation (BLEU), which "
         "shows high correlations (Pearson\u2019s r = 0.94 and 0.95).", [(0.94, ""), (0.95, "")]),
        # acl2022:2022.findings-acl.83
        ("We develop a multi-task model that yields better results, with an average Pearson\u2019s "
         "r of 0.37 for out-of-corpora prediction.", [(0.37, "")]),
    ],
)
def test_pearsons_r(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.argmining.1.2: a named kappa after its score
        ("Our IAA study reports substantial agreement scores for argumentativeness detection "
         "(0.76 Fleiss\u2019 kappa) and moderate agreement for claim labelling (0.45 "
         "Fleiss\u2019 kappa).",
         [(0.76, ""), (0.45, "")]),
        # acl:S17-257: MAP in capitals
        ("Our primary system obtained 44.62 MAP, 67.27 Accuracy and 47.25 F1 score.",
         [(47.25, ""), (44.62, ""), (67.27, "")]),
        # acl:I17-416: PCC, a Pearson correlation coefficient
        ("our best run achieved MAE 0.545 (ranked 2nd), PCC 0.892 (ranked 2nd) in valence",
         [(0.545, ""), (0.892, "")]),
        # dev44 coling2025:2025.coling-main.545: MT's COMET and its variants name changes as BLEU
        ("Most notably, for English-to-Mongolian translation, our method achieves improvements of "
         "2.5 BLEU, 7.1 COMET-KIWI, 5.3 COMET, and 6.4 XCOMET relative to the supervised baseline.",
         [(2.5, "points"), (7.1, "points"), (5.3, "points"), (6.4, "points")]),
    ],
)
def test_more_metric_names(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:N18-1100: a ranking metric at a cut-off
        ("The method is accurate, achieving precision@8 of 0.71 and a Micro-F1 of 0.54, which "
         "are both better than the prior", [0.71, 0.54]),
        # acl:2020.emnlp.main.341
        ("and exhibits a P@5 of 0.80 and an nDCG@10 of 0.68 when evaluated on both Round 1 and 2 "
         "judgments.", [0.8, 0.68]),
        # coling2025:2025.coling-main.50
        ("The best method achieved a R@1 of only 0.4719.", [0.4719]),
        # near miss: a cut-off alone is no score
        ("we report P@5 and nDCG@10 on 50 topics", []),
    ],
)
def test_score_of_a_ranking_metric_at_a_cut_off(text, expected):
    assert [c.value for c in find_results(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # acl:W18-6211 (dev16), acl:S19-2160 (dev12): one value after a list of metrics takes the
    # first's type, as the gold does
    ("Our benchmark classifiers for bipolar disorder prediction outperform the baselines and "
     "reach accuracy and F1-scores of above 86%.", ["accuracy"]),
    ("The suggested approach yields accuracy and F1-scores around 0.8 which places the best "
     "performing classifier among the top-5 systems in the competition.", ["accuracy"]),
    # acl:L16-1266
    ("Our method obtains an Accuracy and F-Measure of 0.978.", ["accuracy"]),
])
def test_one_value_after_a_list_of_metrics_takes_the_first_type(text, expected):
    assert [c.attrs["metric_type"] for c in find_results(text)] == expected


def test_a_score_finds_its_nearest_metric_name_by_bisection(lines_run):
    import litkit.extract.result_metrics as metrics_module

    def run(n):
        found = find_results("BERT-base achieves 85.3 F1 on SQuAD, " * n)
        assert [c.attrs["metric"] for c in found] == ["F1"] * n

    # twice the scores, twice the lines run (each score compared every metric name before)
    assert lines_run(lambda: run(200), metrics_module) \
        < 2.2 * lines_run(lambda: run(100), metrics_module)
    # the metric name nearest, before or after, is still the one taken
    found = find_results("MAP rises to 41.2, while the NDCG is 0.52 and F1 stays at 60.1.")
    assert [c.attrs["metric"] for c in found] == ["MAP", "NDCG", "F1"]
    assert [c.attrs["metric"] for c in find_results("The F1 is 60.1 and the MAP 41.2.")] \
        == ["F1", "MAP"]


def test_perplexities_name_the_metric_of_each_score():
    text = ("We propose a simple and effective method to address this issue, and improve the "
            "state-of-the-art perplexities on Penn Treebank and WikiText-2 to 47.69 and 40.68 "
            "respectively.")
    found = find_results(text, None, [(113, 126, "Penn Treebank"), (131, 141, "WikiText-2")])
    assert [(c.value, c.attrs["metric_type"]) for c in found] == \
        [(47.69, "perplexity"), (40.68, "perplexity")]


@pytest.mark.parametrize(("sentences", "value", "expected"), [
    # acl:W18-541 (dev20): one sentence without results between
    (("This variant was submitted to the Complex Word Identification Shared Task 2018 for all "
      "texts and achieved F-scores between 70% and 83%.", "The system was ranked in the middle "
      "range for all English texts, as third of fourteen submissions for German, and as tenth of "
      "seventeen submissions for Spanish.", "The method is not very convenient for the "
      "cross-language task, achieving only 59% on the French text."), 59.0, "f1"),
    # acl:2021.naacl-main.462: both values of the sentence
    (("TSRT achieves 86.9% accuracy in detecting a translated text from a strange translator.",
      "It outperforms existing detectors (77.9%) and human recognition (53.3%)."), 53.3,
     "accuracy"),
    # acl:2020.nlpcovid19.acl.16: a share of items
    (("We find that Machine Learning classifiers are able to correctly identify the rumour "
      "related tweets with 84% accuracy.", "Around (60%) of the rumour related tweets are "
      "classified as written by health professionals and academics."), 60.0, "other"),
    # acl:2020.emnlp.main.679: annotators' kappa is no measure of the system's results
    (("As a result, a high Kappa score of 61% is achieved for inter-annotator agreement.",
      "Our best models using section encoding and a multi-head attention decoding give results "
      "of 73.3% to T1 and 79.2% to T2."), 73.3, "other"),
    # r45mtype: a generic "score" or "scores" names no metric (dev40 acl:W18-6250, dev36
    # acl2022:2022.findings-acl.142)
    (("Among the 30 participating teams, our system ranked the 4th (with 69.3% F-score).",
      "Post competition, we were able to score slightly higher than the 3rd ranking system "
      "(reaching 70.7%)."), 70.7, "f1"),
    (("We show that black-box models struggle to learn this task from scratch (accuracy under "
      "50%) even with access to each agent's knowledge and gold facts supervision.", "In "
      "contrast, models that learn to communicate with agents outperform black-box models, "
      "reaching scores of 100% when given gold decomposition supervision."), 100.0, "accuracy"),
])
def test_a_score_naming_no_metric_takes_the_one_before(sentences, value, expected):
    assert _sentence_types(*sentences)[value] == ("score", expected)


# r42dev39: ... and an error rate so carried on overrides the accuracy its dataset is usually
# scored by: the paper gives its scores as error rates
def test_an_error_rate_before_overrides_a_datasets_usual_accuracy():
    # nips2017:8912 (corpus)
    first = ("Without changing the network architecture, Mean Teacher achieves an error rate of "
             "4.35% on SVHN with 250 labels, outperforming Temporal Ensembling trained with 1000 "
             "labels.")
    second = "We also show that a good network architecture is crucial to performance."
    third = ("Combining Mean Teacher and Residual Networks, we improve the state of the art on "
             "CIFAR-10 with 4000 labels from 10.55% to 6.28%.")
    text = " ".join((first, second, third))
    ends = [len(first), len(first) + 1 + len(second)]
    sentences = [(0, ends[0]), (ends[0] + 1, ends[1]), (ends[1] + 1, len(text))]
    datasets = [(text.index(name), text.index(name) + len(name), name, "accuracy")
                for name in ("SVHN", "CIFAR-10")]
    found = {c.value: c.attrs["metric_type"] for c in find_results(text, sentences, datasets)}
    assert (found[4.35], found[6.28]) == ("error_rate", "error_rate")


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # iclr2018:H1WgVz-AZ, acl:D19-1125 (corpus, r26split): a metric named in a participle
        # clause after "while" measures no figure outside it
        ("On multi-label classification we report speed-ups of 10-60x compared to (Belanger "
         "et al., 2017) while also improving accuracy.", [None, None]),
        ("Our analysis on the MultiWOZ corpus finds that annotations can be reduced by up to 30% "
         "while maintaining equivalent system performance.", [None]),
        # acl:Q14-143: not a contrast of two figures, each with its own clause
        ("For instance, we achieve 82.6% PP attachment accuracy on Arabic, while the Turbo "
         "parser obtains 76.7%.", ["accuracy", "accuracy"]),
    ],
)
def test_a_while_clause_keeps_its_metric_to_itself(text, metrics):
    assert [c.attrs["metric"] for c in find_results(text)] == metrics


# r30dev24: French "F1-mesure", and an F-measure written with a decimal point below 1


@pytest.mark.parametrize(("text", "expected"), [
    # acl:2017.jeptalnrecital.court.22 (dev24)
    ("Nous avons finalement obtenu une F1-mesure de 0.972 en validation crois\u00e9e pour la "
     "classe des mots non-standards.", {0.972: ("score", "f1")}),
    # acl:2009.jeptalnrecital.long.21 (corpus)
    ("Relativement \u00e0 ce standard \u00e9talon, la m\u00e9thode d\u2019appariement affiche une "
     "F-mesure de 0.706 lorsque l\u2019ensemble des param\u00e8tres est pris en compte.",
     {0.706: ("score", "f1")}),
    # acl:2011.jeptalnrecital.long.6 (corpus)
    ("Nos syst\u00e8mes obtiennent une F1-mesure globale de 0,773 dans l\u2019extraction des "
     "prescriptions m\u00e9dicales.", {0.773: ("score", "f1")}),
    # acl:2009.jeptalnrecital.long.5 (corpus): typed F1
    ("Sur ce corpus, elles atteignent une F1-mesure de plus de 80%.", {80.0: ("score", "f1")}),
])
def test_french_f1_mesure(text, expected):
    assert _types(text) == expected


# r31board: a value of a list paired with listed metrics takes its own metric's name, not the
# nearest one (a board ranks "other" scores by that name)
@pytest.mark.parametrize(("text", "metrics"), [
    # acl:2020.wnut.1.74 (corpus; leaderboard audits 2026-12-06 L12, -07 L11, -08 L11)
    ("Results show that pairing BERT with word occurrences outperforms fastText with F1-Score, "
     "precision, recall, and accuracy on test data of 76%, 81%, 72%, and 79%, respectively",
     ["F1-Score", "precision", "recall", "accuracy"]),
    # acl:K18-207 (corpus)
    ("In the official evaluation, our system achieves the macro-averaged scores of 65.61%, "
     "52.26%, 55.71% for LAS, MLAS and BLEX respectively.", ["LAS", "MLAS", "BLEX"]),
    # acl:W18-5519 (corpus): the words around a listed name are not the metric's
    ("Furthermore, it obtains 30.19, 48.87 and 36.55 in terms of F1 evidence, label accuracy and "
     "FEVER score, respectively, on the test set.", ["F1", "accuracy", "score"]),
    # acl:W19-3201 (r42audit22): the F-measure written with a space
    ("Our joint neural model achieved macro-averaged precision, recall and F measure of 72.69%, "
     "78.54% and 74.93%.", ["precision", "recall", "F measure"]),
])
def test_a_listed_value_takes_its_listed_metric(text, metrics):
    assert [c.attrs["metric"] for c in find_results(text)] == metrics


# r43: a value's own "for <metric>" phrase right after it names its metric, not the metric
# named nearer before it for another value
@pytest.mark.parametrize(("text", "expected"), [
    # acl:N18-141 (dev36)
    ("Our best results in the transductive setting are 86.6% for accuracy and 90.0% for F_1 "
     "measure.", [(86.6, "accuracy"), (90.0, "f1")]),
    # acl:S17-2101 (corpus)
    ("Overall, this system has achieved 0.618 for the average recall rate, 0.587 for the average "
     "F1 score, and 0.618 for accuracy.", [(0.618, "other"), (0.587, "f1"), (0.618, "accuracy")]),
    # acl:2020.wnut.1.35 (corpus): a part measured on, not a metric of the list
    ("Our final submission achieved a micro F1-score of 0.8175 and 0.7757 for the partial and "
     "exact match of the entity spans, respectively.", [(0.8175, "f1"), (0.7757, "f1")]),
])
def test_a_value_names_its_metric_after_for(text, expected):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == expected


# r45mtype: a value's own parenthesis or "on the <metric> metric" phrase right after it names its
# metric (R-mt-stated), before a generic or another figure's metric named before it
@pytest.mark.parametrize(("text", "expected"), [
    # colm2025:x2y9i2HDjD (corpus): not the success rate named before
    ("On the MiniF2F benchmark, our model achieves a success rate of 57.6% (Pass@32), surpassing "
     "DeepSeek-Prover-V1.5 by 7.6%.", [(57.6, "pass_at_k"), (7.6, "pass_at_k")]),
    # dev23 acl:W18-5527
    ("Our submission achieved a score of 0.3966 on the Evidence F1 metric with accuracy of "
     "44.79%.", [(0.3966, "f1"), (44.79, "accuracy")]),
    # acl:P17-118 (corpus): not SQuAD's usual F1
    ("The single model achieves 71.3% on the evaluation metrics of exact match on the hidden test "
     "set.", [(71.3, "exact_match")]),
    # acl:K18-204 (corpus): a parenthesis outside the list keeps its value from its neighbour's
    ("obtaining the following overall results: 73.02 (LAS), 60.25 (MLAS) and 64.44 (BLEX).",
     [(73.02, "accuracy"), (60.25, "other"), (64.44, "other")]),
])
def test_a_value_names_its_metric_in_its_own_phrase_after_it(text, expected):
    assert sorted((c.value, c.attrs["metric_type"]) for c in find_results(text)) \
        == sorted(expected)


# r43: AMR parsing's Smatch named before a value is its metric (an F1, R-mt-namedfscore), not a
# bare "score"
@pytest.mark.parametrize(("text", "expected"), [
    # acl:P19-109 (corpus)
    ("Our experimental results outperform all previously reported SMATCH scores, on both AMR 2.0 "
     "(76.3% on LDC2017T10) and AMR 1.0 (70.2% on LDC2014T12).", [(76.3, "f1"), (70.2, "f1")]),
    # acl:P17-114 (corpus): a decimal after it is a score
    ("For AMR parsing, our model achieves competitive results of 62.1 SMATCH, the current best "
     "score reported without significant use of external semantic resources.", [(62.1, "f1")]),
])
def test_smatch_names_an_f1(text, expected):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == expected


# r39audit19: a score named right after it in words that name no metric type is that score, not
# the metric of the figure before it
@pytest.mark.parametrize(("text", "expected"), [
    # acl:2020.semeval.1.66 (corpus)
    ("As for the last subtask, our models reach 16.10 BLEU score and 1.94 human evaluation score "
     "placing our team in the 5th and 3rd places.",
     {16.1: ("BLEU score", "bleu"), 1.94: ("human evaluation score", "other")}),
    # acl:W18-5522 (corpus)
    ("Our system obtained a 0.4277 evidence F1-score, a 0.5136 label accuracy and a 0.3833 FEVER "
     "score.", {0.4277: ("F1-score", "f1"), 0.3833: ("FEVER score", "other")}),
    # acl:W16-4009 (corpus): not a name the metric types know
    ("MaltParser by itself yields 0.845 unlabelled attachment score, 0.779 labelled attachment "
     "score and 0.741 secondary dependency accuracy.",
     {0.845: ("score", "accuracy"), 0.779: ("score", "accuracy")}),
])
def test_a_score_named_after_it_in_unlisted_words_is_its_own(text, expected):
    found = {c.value: (c.attrs["metric"], c.attrs["metric_type"]) for c in find_results(text)}
    assert {value: found.get(value) for value in expected} == expected


# r42dev39: a listed value whose own "in" phrase names, in words no metric type lists, what it
# measures is in that metric (other), not the metric named for the value before it
@pytest.mark.parametrize(("text", "expected"), [
    # naacl2024:2024.naacl-long.409 (dev39)
    ("CERET outperforms Self-consistency and Self-rerank baselines consistently under various "
     "task setups, by 1.6% in Rouge-1 for abstractive summarization and 3.5% in hit rate for "
     "question answering.", {1.6: ("Rouge-1", "rouge"), 3.5: ("hit rate", "other")}),
    # coling2025:2025.coling-main.558 (corpus)
    ("Specifically, our fine-tuned Flan-T5-XL model shows increases of 3.1% in ROUGE-L, 4.6% in "
     "correctness, 4.5% in faithfulness, and 20.6% in completeness compared to the baseline.",
     {3.1: ("ROUGE-L", "rouge"), 4.6: ("correctness", "other"), 20.6: ("completeness", "other")}),
    # acl:2020.emnlp.main.445 (corpus): a condition, no metric; the error rate carries on
    ("decreasing transcription word error rate from 64% to 4% in one data condition and 88% to "
     "68% in another.", {68.0: ("error rate", "error_rate")}),
])
def test_a_value_naming_its_own_metric_after_in_keeps_it(text, expected):
    found = {c.value: (c.attrs["metric"], c.attrs["metric_type"]) for c in find_results(text)}
    assert {value: found.get(value) for value in expected} == expected


# r31board: a ranking metric at a cut-off is read whole, the CoNLL 2018 CLAS is a metric, and F1's
# 1 may be a Unicode subscript
@pytest.mark.parametrize(("text", "expected"), [
    # acl:P19-1660 (corpus; leaderboard audit 2026-12-08 R46)
    ("We demonstrate the effectiveness of our model on the Visual Genome dataset by achieving a "
     "recall@50 of 15% and recall@100 of 25% on the relationships present in the image.",
     [(15, "recall@50", "other"), (25, "recall@100", "other")]),
    # acl:D19-1505 (corpus)
    ("We are able to achieve a precision@1 of 71.0% and a precision@3 of 94.4% for Comment "
     "Ranking.", [(71.0, "precision@1", "other"), (94.4, "precision@3", "other")]),
    # acl:K18-222 (corpus; audit 2026-12-08 R23): 61.72 is the CLAS, not the BLEX before it
    ("Our parser has 72.78% LAS, 59.10% MLAS, 61.38% BLEX and 61.72% CLAS score on the "
     "Japanese-GSD dataset in our official submission.",
     [(72.78, "LAS", "accuracy"), (59.1, "MLAS", "other"), (61.38, "BLEX", "other"),
      (61.72, "CLAS score", "other")]),
    # acl:W18-5047 (corpus; audit 2026-12-08 R32)
    ("In particular, we achieve state-of-the-art performance (F\u2081-score 96.08%) on ATIS by "
     "only using lexicon features.", [(96.08, "F\u2081-score", "f1")]),
])
def test_metrics_at_a_cut_off_clas_and_a_subscript_f1(text, expected):
    assert [(c.value, c.attrs["metric"], c.attrs["metric_type"])
            for c in find_results(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # acl:2020.bea.1.16 (corpus), audit r31audit6 [72]: F0.5 written with a subscript
    ("Our best single-model/ensemble GEC tagger achieves an F_0.5 of 65.3/66.5 on CONLL-2014 "
     "(test).", [(65.3, ""), (66.5, "")]),
    # acl:W19-4427 (corpus): the subscript in braces
    ("The developed systems placed first in the BEA19 shared task, achieving 69.47 and 64.24 "
     "F_{0.5} in the restricted and low-resource tracks respectively.", [(64.24, ""), (69.47, "")]),
    # acl:L10-1577 (corpus): precision and recall written "P:" and "R:"
    ("The obtained F1-scores for the three scenarios were 0.874 (P: 0.825, R: 0.930).",
     [(0.825, ""), (0.874, ""), (0.93, "")]),
])
def test_metrics_written_with_a_subscript_or_a_colon(text, expected):
    assert sorted(results(text)) == expected


# r32mtype: a score named only by a bare "score" takes the one metric the paper's other scores
# of its unit are in (R-mt-carryover), not a named score's ("EMR score")
@pytest.mark.parametrize(("text", "expected"), [
    # acl:2020.semeval.1.271 (corpus)
    ("Our system, ranked 4th with macro averaged F1-Score of 0.897 in Arabic, 4th with score of "
     "0.843 in Greek, and 3rd with score of 0.814 in Turkish.",
     [(0.897, "f1"), (0.843, "f1"), (0.814, "f1")]),
    # acl:2020.ngt.1.13 (corpus)
    ("We achieve a weighted F1 score of 27.56% on our own test set, outperforming the STAPLE AWS "
     "translations baseline score of 4.31%.", [(27.56, "f1"), (4.31, "f1")]),
    # acl:S19-298 (corpus): not the metric of a score after it
    ("The official ranking metric is macro-averaged F1. Our system gets the score 0.5282 with "
     "accuracy 0.8792.", [(0.5282, "f1"), (0.8792, "accuracy")]),
    # acl:S19-267 (corpus): a named score stays other
    ("The second system, CIC-2 was ranked 4th in sub-task A and 1st in subtask B for Spanish "
     "language with a macro-F1 score of 0.727 and EMR score of 0.705 respectively.",
     [(0.727, "f1"), (0.705, "other")]),
])
def test_a_bare_score_takes_the_papers_one_metric(text, expected):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == expected


# r33mtype: a name after a score that opens its own number is that number's; the name before
# the score, no number between, is the score's (a change keeps the name after it)
@pytest.mark.parametrize("text, expected", [
    # dev15 acl:W18-5519
    ("The pipeline achieves the best results on the development set (F1 evidence: 32.17, label "
     "accuracy: 59.61 and FEVER score: 0.3778).",
     [(32.17, "F1", "f1"), (59.61, "accuracy", "accuracy"), (0.3778, "score", "other")]),
    # acl:S18-165 (corpus)
    ("In subtask 1: Emoji Prediction in English, our primary submission obtain a MAP of 16.45, "
     "Precision of 31.557, Recall of 16.771 and Accuracy of 30.992.",
     [(16.45, "MAP", "ap"), (31.557, "Precision", "other"), (16.771, "Recall", "other"),
      (30.992, "Accuracy", "accuracy")]),
    # acl:W19-6122 (corpus)
    ("In our experiments, monolinugal scores reach stance-based veracity accuracy of 0.83 (F1 "
     "0.68).", [(0.83, "accuracy", "accuracy"), (0.68, "F1", "f1")]),
])
def test_a_name_opening_its_own_number_yields_to_the_one_before(text, expected):
    assert [(c.value, c.attrs["metric"], c.attrs["metric_type"])
            for c in find_results(text)] == expected


@pytest.mark.parametrize(("text", "names"), [
    ("a root mean squared error of 0.3, a root-mean absolute error of 0.2 and a mean absolute "
     "error of 0.1", ["root mean squared error", "root-mean absolute error",
                      "mean absolute error"]),
    ("a Cohen's kappa of 0.7, Fleiss\u2019 \u03ba of 0.6, and kappa = 0.5",
     ["Cohen's kappa", "Fleiss\u2019 \u03ba", "kappa"]),
    ("RMSE 0.3, MSE 0.2, sFID 4, FID 5, MLAS 70, LAS 80", ["RMSE", "MSE", "sFID", "FID", "MLAS",
                                                          "LAS"]),
    ("(r = 0.88), p=0.683;r=0.956", ["r"]),
])
def test_metric_names_opened_by_an_optional_part(text, names):
    """METRICS writes a name that may open with an optional part twice, with and without it
    ("root mean squared error", "RMSE|MSE"), and a lookbehind after the name's first letter."""
    from litkit.extract.result_metrics import _METRIC

    assert [m.group() for m in _METRIC.finditer(text)] == names


def test_no_metric_name_opens_with_an_optional_part():
    """At each word's start the patterns try every name of METRICS: one opened by an optional
    group or a lookbehind set up a repeat or an assertion there, not a test of one character."""
    import re
    from re import _constants as c
    from re import _parser

    from litkit.extract.result_metrics import METRICS

    branches = _parser.parse(METRICS, re.IGNORECASE).data[0][1][1]
    for branch in branches:
        op, av = branch.data[0]
        if op is c.SUBPATTERN:
            op, av = av[-1].data[0]
        assert op not in (c.ASSERT, c.ASSERT_NOT), branch
        assert op not in (c.MAX_REPEAT, c.MIN_REPEAT) or av[0] > 0, branch


# r41dev38: a number format's "precision" ("a full precision model", "8-bit precision") names
# no metric; the metric named before the score is its name
@pytest.mark.parametrize(("text", "expected"), [
    # nips2018:11083 (dev38)
    ("For example, we improve the perplexity per word (PPW) of a ternary LSTM on Penn Tree Bank "
     "(PTB) corpus from 126 (the state-of-the-art result to the best of our knowledge) to 110.3 "
     "with a full precision model in 97.2.", {110.3: ("perplexity", "perplexity")}),
    # near miss: the metric precision
    ("Our tagger reaches a precision of 91.2 on the test set.", {91.2: ("precision", "other")}),
])
def test_a_number_formats_precision_names_no_metric(text, expected):
    found = {c.value: (c.attrs["metric"], c.attrs["metric_type"]) for c in find_results(text)}
    assert {value: found.get(value) for value in expected} == expected
