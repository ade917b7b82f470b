"""A result's kind (result_kinds.py): score, delta, ratio or setting."""

import pytest
from attribution_helpers import (
    pipeline_nlp,  # noqa: F401  (fixtures)
    spans,
)
from results_helpers import _first_characters, _types, results

from litkit.extract.result_baselines import COMPARISON
from litkit.extract.results import find_results


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("improves accuracy to 90.94% top-1 accuracy on ImageNet", [(90.94, "%")]),
        # acl:S18-171: "per cent" is a percent, not points
        ("our user-adaption method improves classification results by more than 6 per cent on "
         "the macro-averaged F1", [(6, "%")]),
        ("improve up to 6.90 pp on MMLU, 8.26 pp on GSM8K", [(6.9, "points"), (8.26, "points")]),
        # r45dev42, acl:W17-5807 (dev42): "%p", the percentage-point sign
        ("our system outperforms biomedical NE recognition system that using MetaMap only with "
         "26.03%p improvements on F1-score", [(26.03, "points")]),
        ("we improve the results on the PathX-256 task by 20 absolute points", [(20, "points")]),
        ("achieving a 10x reduction in compute requirements", [(10, "x")]),
        ("ComPEFT achieves compression ratios of 8x - 50x.", [(8, "x"), (50, "x")]),
        ("our approach can save up to 66%\u223c75% inference cost", [(66, "%"), (75, "%")]),
        ("Le taux de pr\u00e9cision atteint jusqu\u2019\u00e0 77,14%.", [(77.14, "%")]),
        # acl:2016.jeptalnrecital.jep.38: a decimal comma a PDF's text split with a space
        ("permet une r\u00e9duction relative de 8, 4% du taux d\u2019erreurs sur les mots (WER)",
         [(8.4, "%")]),
        ("while using less than 1/4 of their compute", [(0.25, "fraction")]),
        ("reducing the original parameter size by 1/3 to 2/3",
         [(0.3333, "fraction"), (0.6667, "fraction")]),
        ("a merely sim0.6 point decrease in performance", [(0.6, "points")]),
        ("achieves more than 6.54 and 1.07 decrease in FID and sFID",
         [(6.54, "points"), (1.07, "points")]),
        ("general abilities (+8.81 on C-Eval and +6.31 on CMMLU)",
         [(8.81, "points"), (6.31, "points")]),
        ("which is 3.6 perplexity better than the previous model", [(3.6, "points")]),
        # acl:D19-1146 (corpus, r40rmiss): "score" between the metric and the change
        ("our multistage fine-tuning can give 3\u20139 BLEU score gains over a simple one-to-one "
         "model", [(3.0, "points"), (9.0, "points")]),
        ("average improvements of 0.7 F1 points overall and 1.1 F1 points out of domain",
         [(0.7, "points"), (1.1, "points")]),
        ("yield up to +1.28 and +0.89 BLEU points improvements", [(1.28, "points"),
                                                                  (0.89, "points")]),
        ("CODA outperforms the transformer baseline, by 0.6 perplexity on Wikitext-103",
         [(0.6, "points")]),
        ("DDRS achieves 29.82 BLEU with only one decoding pass", [(29.82, "")]),
        ("and adds up to +1.7 BLEU on state-of-the-art baselines", [(1.7, "points")]),
        ("with a concordance correlation coefficient (CCC) of .638 on MSP-Podcast.",
         [(0.638, "")]),
        ("achieves a state-of-the-art perplexity of 1.214.", [(1.214, "")]),
        (r"as human in \textbf{44.44\%} of interactions, compared to just \textbf{25.00\%}",
         [(44.44, "%")]),
        ("outperforms a state-of-the-art baseline both quantitatively (10-point lower perplexity)",
         [(10, "points")]),
        ("our system achieves an F1-score of .78 to .95 in preference extraction",
         [(0.78, ""), (0.95, "")]),
        ("achieves a test set perplexity of 62.4 on the Penn Treebank", [(62.4, "")]),
        ("it is 0.09 percent better and 1.05x faster", [(0.09, "%"), (1.05, "x")]),
        # what a change starts from is a comparison figure (R-res-baseline; dev8's README
        # leaves seed-079's listing of it aside)
        ("improve performance from 36.2% to 40.7% with only 40% of the budget",
         [(40.7, "%"), (40, "%")]),
        ("which is 8.4x smaller and 6.1x faster", [(8.4, "x"), (6.1, "x")]),
        ("GRAPE outperforms baselines trained on 4.5 times more data by 6.1%", [(6.1, "%")]),
        ("finding between 74.4 and 92.9% agreement", [(74.4, "%"), (92.9, "%")]),
        ("an F1 score of 0.751 for the Spanish-English sub-task and 0.706 over the Hindi-English "
         "sub-task", [(0.751, ""), (0.706, "")]),
        ("in 2021 and 15% of the time", [(15, "%")]),
        ("CoFi yields models with over 10X speedups", [(10, "x")]),
        ("the best results, 0.778 micro-averaged F1-Score, were", [(0.778, "")]),
        ("reaching stable F1-scores above 0.95.", [(0.95, "")]),
        ("leading to up to 8 percentage points improvement", [(8, "points")]),
        ("gains of up to 8-11 F1 points", [(8, "points"), (11, "points")]),
        ("a +22.1% top-1 accuracy gain on ImageNet", [(22.1, "%")]),
        ("revised estimates for the F-scores of at most +1.5pt", [(1.5, "points")]),
        ("our method achieves 1.169 bits-per-character on it", [(1.169, "")]),
        # the previous state of the art's figure is a point of comparison
        ("This is an absolute increase of 1.7% over the previous state-of-the-art of 92.6%.",
         [(1.7, "%")]),
        # nips1992:89a3bb5c24, acl:K19-127: scores of two settings joined by "/"
        ("Our MS-TDNN achieves 98.5/92.0% word accuracy on speaker dependent/independent tasks",
         [(98.5, "%"), (92.0, "%")]),
        ("our models respectively obtain 27.59/27.15, 19.65/23.42 and 22.40 BLEU points",
         [(27.59, ""), (27.15, ""), (19.65, ""), (23.42, ""), (22.4, "")]),
        ("We out-perform the previous state-of-the-art (without external data) by 7.97/5.80 "
         "CIDEr scores on GoodNews/NYTimes800k.", [(7.97, "points"), (5.8, "points")]),
        # acl:2020.acl.main.41, coling2022:2022.coling-1.271: figures that each write the unit,
        # joined by "/"
        ("the proposed method outperforms strong baselines in training speedup (2.22x/3.33x).",
         [(2.22, "x"), (3.33, "x")]),
        ("by relatively increasing 8.7%/11.8% on RMSE metric", [(8.7, "%"), (11.8, "%")]),
        # coling2022:2022.coling-1.356, acl:P19-1415: "average" or "absolute" before the metric
        ("The model achieves 68.1/74.4 average F1 for event / participant parsing, respectively",
         [(68.1, ""), (74.4, "")]),
        ("yielding 1.9 absolute F1 improvement with BERT-base model and 1.7 absolute F1 "
         "improvement with BERT-large model.", [(1.9, "points"), (1.7, "points")]),
        # acl:W16-4602, acl2021:2021.acl-short.72: a metric METRICS does not list, before "points"
        ("achieves a substantial improvement of up to 3.1 BLEU points and 2.3 RIBES points over "
         "traditional SMT systems", [(3.1, "points"), (2.3, "points")]),
        ("yield consistent gains across all target languages, sometimes up to 20 Precision@1 "
         "points, without any in-domain knowledge", [(20, "points")]),
        # colm2024:BDBdblmyzY, icml2018:2067: thousands separators
        ("Our system compiles constraints ~7,000x faster, is provably correct",
         [(7000, "x")]),
        ("LOVE computes covariances up to 2,000 times faster and draws samples 18,000 times "
         "faster than existing methods", [(2000, "x"), (18000, "x")]),
        # colm2024:1ba209BACA, naacl2022:2022.findings-naacl.122: "N+", at least N
        ("Agent-DocEdit outperforms existing state-of-the-art methods by 70+% in document "
         "element grounding and 16+% on final rendition generation.", [(70, "%"), (16, "%")]),
        ("and can yield 10+ points of absolute improvement over a state-of-the-art model.",
         [(10, "points")]),
        # acl:Q19-106: a list with a comma before its "and"
        ("achieves significant improvements over the strong Transformer model by 3.92, 1.49, "
         "and 1.04 BLEU points, respectively", [(3.92, "points"), (1.49, "points"),
                                                (1.04, "points")]),
        # acl:W19-5402: TER (translation edit rate) is a metric name
        ("the strong system used to produce the initial translations(16.16 TER, 76.20 BLEU).",
         [(16.16, ""), (76.2, "")]),
        # acl:P19-1286: "NUM METRIC over X" is a difference, without "points"
        ("improving up to 14 BLEU over unadapted models, and up to 2 BLEU over strong "
         "back-translation baselines.", [(14, "points"), (2, "points")]),
        # acl:W16-5104: not 1 of "F 1 score over"
        ("shows promising results, with a 60% improvement in F 1 score over the baseline",
         [(60, "%")]),
        # iclr2017:HJy_5Mcll (dev33): a resource in capitals after the comparative is no name
        ("ENet is up to 18x faster, requires 75x less FLOPs, has 79x less parameters, and "
         "provides similar or better accuracy to existing models.",
         [(18, "x"), (75, "x"), (79, "x")]),
    ],
)
def test_results(text, expected):
    assert results(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # seed-066: shares of what a tokenizer was trained on measure no system
        ("GPT-4o's tokenizer is much more multilingual than its predecessors, training on 39% "
         "non-English data", 39.0),
        ("GPT-3.5's and Claude's tokenizers are trained on predominantly code (~60%).", 60.0),
        # dev2-013: a share of a population
        ("These errors account for 20% of all spelling mistakes made by people with dyslexia.",
         20.0),
        # acl:2020.cogalex.1.11, corpus: shares of items that are the subject of a finding
        ("Using the Switchboard corpus, we find that 51% of disfluencies occur at the highest, "
         "second highest, or within one token of the highest perplexity.", 51.0),
        ("An experiment with the British National Corpus shows about 70% of the sentences "
         "contain unknownword(s) for the English Resource Grammar.", 70.0),
    ],
)
def test_shares_of_data_and_populations_are_findings(text, value):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == [(value, "other")]


@pytest.mark.parametrize(
    "text",
    [
        # corpus: a share of a system's outputs judged right measures the system (R-kind-yield)
        "Beyond an intrinsic evaluation, where 56% of the resulting automatically labeled "
        "utterances had a perfect match with ground-truth labels, we see significant gains.",
        "Our results show that only 44.96% of instances in SC-G4 can be answered correctly by "
        "GPT-4.",
    ],
)
def test_shares_of_items_a_system_gets_right_are_scores(text):
    assert [c.attrs["kind"] for c in find_results(text)] == ["score"]


def test_metric_points_after_a_verb_of_attaining_are_a_score():
    # acl2021:2021.acl-long.266; acl:P19-1309 (gold writes such scores without a unit)
    text = ("Encouragingly, our approach achieves 28.2 and 33.9 BLEU points on the WMT14 "
            "English-German and WMT16 Romanian-English datasets, respectively.")
    assert [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)] == \
        [(28.2, "", "score"), (33.9, "", "score")]
    text = ("we obtain 31.2 BLEU points on newstest2014, an improvement of more than 3 BLEU "
            "points over the baseline")
    assert [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)] == \
        [(31.2, "", "score"), (3, "points", "delta")]
    text = "our system obtains 2 BLEU points over the baseline"
    assert [(c.value, c.unit) for c in find_results(text)] == [(2, "points")]
    # r41rextra: a later item of the list the verb leads (dev16 acl:2020.wmt.1.43), not where the
    # sentence names a change (acl:L16-193, acl:2020.semeval.1.158, corpus)
    text = ("Our system trains on the parallel corpus of the training dataset provided by the "
            "organizers and achieved an average BLEU point of 3.68 with 97.64 TER score for the "
            "Hindi-Marathi, along with 9.02 BLEU point and 88.6 TER score for Marathi-Hindi "
            "testing set.")
    assert (9.02, "", "score") in [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)]
    text = "Improvements reach from 1.74 up to 2.54 BLEU points."
    assert [(c.value, c.unit) for c in find_results(text)] == [(2.54, "points")]
    text = ("The experiment results show SVM achieved 35% for its F1 macro, which is 0.132 points "
            "or 13.2% above the baseline model.")
    assert (0.132, "points") in [(c.value, c.unit) for c in find_results(text)]


def test_a_share_said_to_be_relative_or_absolute_is_a_delta():
    # acl:D18-1277; acl:N18-171; acl:C16-1170
    text = "improves its accuracy to 89%, a 14% absolute (52% relative) improvement."
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(89, "score"), (14, "delta"), (52, "delta")]
    text = ("SGTB outperforms the previous state-of-the-art neural system by near 1% absolute "
            "accuracy on the popular AIDA-CoNLL dataset.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == [(1, "delta")]
    text = "topic-informed NMT can achieve a 1.15 (3.3% relative) and 1.67 (5.4% relative)"
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(3.3, "delta"), (5.4, "delta")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W16-3927 (dev6 gold: delta); acl:W17-1225; acl:2020.emnlp.main.88
        ("The SI resulted in an increase of 8.2% in F1 score over the base-line (7.08% over ST).",
         [(8.2, "delta"), (7.08, "delta")]),
        ("with a weighted F1 score of 76.32% (4.62% above the second place)",
         [(76.32, "score"), (4.62, "delta")]),
        ("RoBERTa-large achieves an exact-match score of 51% on the test set of TORQUE, about 30% "
         "behind human performance.", [(51, "score"), (30, "delta")]),
        # acl2021:2021.acl-long.180; acl:2020.lrec.1.778: what is measured over, not compared to
        ("The best approach only achieves an exact match accuracy of 40% over all questions and "
         "16% over all question sequences", [(40, "score"), (16, "score")]),
        ("We report a final general Word-Error-Rate of 29% over a baseline of 62% that uses the "
         "adult-trained model.", [(29, "score"), (62, "score")]),
    ],
)
def test_a_percentage_over_or_above_what_it_is_compared_to_is_a_delta(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.coling.main.108, naacl2024:2024.naacl-short.24: "change in" right after it
        ("Experiments have shown comparable result in downstream tasks with 7 to 15 times "
         "reduction in file size and about 5 % change in evaluation parameters.",
         [(7, "ratio"), (15, "ratio"), (5, "delta")]),
        ("We observe very close correlation with the baseline on standard success metrics (< 1% "
         "change in SR).", [(1, "delta")]),
        # acl:2020.lrec.1.377: a change named words after it is no change of the figure
        ("about 15% of these are orthographic variations, 25% involve affix changes",
         [(15, "score"), (25, "score")]),
    ],
)
def test_a_percentage_right_before_change_in_is_a_delta(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


def test_an_amount_said_first_in_words_then_given_is_a_delta():
    # acl2021:2021.acl-long.396; acl:2020.splu.1.4; acl:2020.acl.main.435 (two levels)
    text = ("our method outperforms strong baselines by a large margin, i.e., 5.0% on ProPara and "
            "3.2% on Recipes")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(5.0, "delta"), (3.2, "delta")]
    text = ("our proposed model outperforms the baseline by a large extent (9.70% on spatial "
            "questions and 6.27% overall).")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(9.7, "delta"), (6.27, "delta")]
    text = ("our overall model outperforms the state-of-the-art by a large margin (74.09% versus "
            "70.52%).")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(74.09, "score"), (70.52, "score")]


def test_a_change_in_a_list_of_metrics_above_a_number_is_a_delta():
    # naacl2024:2024.findings-naacl.153; acl:2020.coling.main.270
    for text, value in (("Experimental evaluation shows improvements in MAP, MRR, and NDCG above "
                         "15% w.r.t. the baseline.", 15),
                        ("The experimental results show great F1 improvement (above 0.5%) of the "
                         "proposed model over other methods", 0.5)):
        assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == [(value, "delta")]
    # naacl2024:2024.findings-naacl.4: "drop in quality, reaching" is no list of metrics
    text = "with only a minor drop in quality, reaching 35.5 MRR@10 score."
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == [(35.5, "score")]
    # the next clause's level is not the change's
    text = ("achieving approximately a 70% reduction in decoding time and over 90% win-ties in "
            "utility")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(70, "delta"), (90, "score")]


@pytest.mark.parametrize(
    "text",
    [
        # seed-068
        "Compared to models finetuned on unfiltered datasets, models finetuned on InstructMining "
        "selected datasets perform better on 42.5% cases.",
        # dev3 aistats2025:K8eGHgAHAz
        "The methodology is used to construct a gradient-free sampler that out-performs a popular "
        "gradient-free adaptive Metropolis--Hastings algorithm on \u224890% of tasks.",
        # naacl2024:2024.naacl-long.412
        "DeMuX outperforms strong baselines in 84% of the test cases.",
        # dev26 naacl2021:2021.naacl-main.386: a win or a tie
        "The best model, T5, writes advice that is at least as helpful as human-written advice "
        "in only 14% of cases.",
    ],
)
def test_the_share_of_cases_a_system_wins_is_a_win_rate(text):
    assert [c.attrs["metric_type"] for c in find_results(text)] == ["win_rate"]


def test_a_list_of_shares_of_the_time_one_output_is_chosen_over_another_are_win_rates():
    # acl:P19-1191: judges' choice between two outputs, through the list to "of the time"
    text = ("Turing tests show PaperRobot generated abstracts, conclusion and future work "
            "sections, and new titles are chosen over human-written ones up to 30%, 24% and 12% "
            "of the time, respectively.")
    assert [c.attrs["metric_type"] for c in find_results(text)] == ["win_rate"] * 3


def test_a_share_of_a_resource_after_a_comparison_is_no_win_rate():
    text = ("substantially better than other zero-shot baselines, and performs as good as a parser "
            "trained on over 30% of the target domain examples.")
    assert [c.attrs["metric_type"] for c in find_results(text)] != ["win_rate"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Finally, to improve MLLMs' performance, we experiment with different methods, such as "
         "Chain-of-Thought prompting, leading to a significant (up to 100%) boost in performance.",
         ["delta"]),
        ("Our experiments on the publicly available weathergov dataset show around 18 BLEU (around "
         "30%) improvement over the current state-of-the-art.", ["delta"]),
    ],
)
def test_a_figure_in_parentheses_before_a_noun_of_change_is_a_change(text, kinds):
    assert [c.attrs["kind"] for c in find_results(text) if c.unit == "%"] == kinds


# --- metric types (rules from an audit of the corpus's metric types) ---


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:2020.coling.main.225, acl:R19-1133, acl2022:2022.findings-acl.18: a model's errors
        # that a change reduces are its error rate
        ("This method gives error reduction of 9.9% on CATiB and 6.1% on UD compared to a strong "
         "baseline.", ["error_rate", "error_rate"]),
        ("This method further increases the accuracy and reduces the tagging errors by 21.3% "
         "compared to previous state-of-the-art results.", ["error_rate"]),
        ("Models trained on DADC examples make 26% fewer errors on our expert-curated test set "
         "compared to models trained on non-adversarial data.", ["error_rate"]),
        # acl:2020.acl.main.242: an error measured otherwise is no error rate
        ("Our PosCal achieves about 2.5% of task performance gain and 16.1% of calibration error "
         "reduction on GLUE.", ["other", "other"]),
    ],
)
def test_errors_a_change_reduces_are_an_error_rate(text, types):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [c.attrs["metric_type"] for c in found] == types


def test_a_plural_improvement_reads_the_metric_after_it():
    # r45dev42, acl:W17-5807 (dev42): "improvements on F1-score", as "improvement on"
    text = ("As a result, our system outperforms biomedical NE recognition system that using "
            "MetaMap only with 26.03%p improvements on F1-score.")
    assert [(c.unit, c.attrs["metric_type"]) for c in find_results(text)] == [("points", "f1")]


@pytest.mark.parametrize("text, metric", [
    # acl:E17-157: what the change is in stops before a function word
    ("and 19.4% relative improvements in F1 over our baseline on Cold Start hop-1",
     "relative improvements in f1"),
    # acl:2020.coling.main.513, acl:P19-1583: a plural's words name no metric, so they are left
    ("by over 7% absolute improvements in terms of recall", "absolute improvements"),
    ("significant gains of up to 2 BLEU improvements on three of four languages",
     "improvements"),
])
def test_an_improvement_names_what_it_is_in_only_as_a_metric(text, metric):
    assert [c.attrs["metric"] for c in find_results(text)] == [metric]


def test_maximum_a_posteriori_is_no_metric():
    found = find_results("Exact MAP inference is 12% faster than the baseline.")
    assert [c.attrs["metric_type"] for c in found] == ["speed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.emnlp.main.72 (dev6): a PDF's text wrote the decimal points as colons
        ("show that it is 1:4 faster than training from scratch, and achieves a BLEU score of "
         "30:33 and 43:29 on two tasks.", [(30.33, ""), (43.29, "")]),
        # acl:2020.semeval.1.123
        ("Our simple approach achieved a F1-score of 0:71 on test set on the competition.",
         [(0.71, "")]),
        # acl:C18-1124
        ("our model with proper configuration can improve by 0:9 BLEU upon Transformer",
         [(0.9, "points")]),
        # acl:2020.smm4h.1.10, coling2025:2025.coling-main.117: ratios stay ratios
        ("the class ratio is 1:10 in subtask 2, but our model reaches an F1 of 0.8", [(0.8, "")]),
        ("compared to Wanda with 2:4 sparsity.", []),
    ],
)
def test_decimal_written_with_a_colon(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # iclr2018:r1kP7vlRb (dev6): unitless differences named by a change noun after them
        ("whereas SeqGAN gains 0.42 improvement of NLL over MLE on synthetic data, our best model "
         "gains 3.02 improvement", [(0.42, ""), (3.02, "points")]),
        # acl2021:2021.acl-short.135 (dev8): the gold's second change, a sibling (r40rmiss)
        ("Particularly, 2.51 absolute improvement against BART and 2.50 over PEGASUS w.r.t "
         "ROUGE-1", [(2.51, "points"), (2.5, "points")]),
        # acl:L14-1244
        ("at the high F-score of 0.92, a 0.4 improvement over the baseline method",
         [(0.92, ""), (0.4, "")]),
        # acl2021:2021.acl-long.256
        ("producing accurate factual error corrections for 5x more instances in human evaluation "
         "and a .125 increase in SARI score.", [(5, "x"), (0.125, "")]),
    ],
)
def test_unitless_change_named_after_it(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coling2025:2025.coling-main.69 (dev3): a minus sign written before the value stays
        ("The trend is strongest in NLP and ML research (-12.8% and -5.5% in citation age from "
         "previous peaks).", [(-12.8, "%"), (-5.5, "%")]),
        # acl:W19-5416 (dev7)
        ("our best submission improved the original MT output quality up to +0.98 BLEU and -0.47 "
         "TER.", [(0.98, "points"), (-0.47, "points")]),
        # naacl2024:2024.naacl-long.120 (dev9)
        ("random decisions decrease GPT4\u2019s response quality by -97% than expert decisions.",
         [(-97, "%")]),
        # the dash of a range or a hyphen is no sign
        ("gains of 5-10% and 3 -5% over GPT-4", [(5, "%"), (10, "%"), (3, "%"), (5, "%")]),
    ],
)
def test_value_written_with_a_minus_sign(text, expected):
    assert results(text) == expected


# ----- result kinds (round 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:P19-1544 (dev9): the change is the subject, the figures its complement
        ("The experimental results show that the relative improvement in the sentence-level "
         "semantic frame accuracy of our model is 3.79% and 5.42% on ATIS and Snips datasets, "
         "respectively, compared to the state-of-the-art model.",
         [(3.79, "delta"), (5.42, "delta")]),
        # acl2022:2022.acl-long.357
        ("and on RefGTA (video game imagery), ReCLIP\u2019s relative improvement over supervised "
         "ReC models trained on real images is 8%.", [(8, "delta")]),
        # acl:2020.lrec.1.4 (dev6)
        ("The measurable improvements are only marginal (around 0.5% in most test cases).",
         [(0.5, "delta")]),
        # naacl2021:2021.naacl-industry.1
        ("using a tailored set of previous messages as context yields relative improvements over "
         "the baseline between 9.3% and 18.6% across various critical service-oriented text "
         "prediction metrics.", [(9.3, "delta"), (18.6, "delta")]),
        # not a level in a later clause (one after "when" is a condition, R-res-setup: r20res)
        ("The improvement is small while the accuracy is 95%.", [(95, "score")]),
    ],
)
def test_kind_of_a_change_that_is_the_subject(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.conll.1.19 (dev3): a share of items found, named by a word of quantity first
        ("Also, a vast majority of omissions (about 70%) is hidden by comprehensibility.",
         [(70, "other")]),
        # colm2024:nMAaCsCTCI
        ("However, a substantial percent (up to 42%) of the preference pairs used in GLM "
         "alignment are noisy, and it remains unclear how the noise affect the alignment "
         "performance", [(42, "other")]),
        # naacl2021:2021.naacl-main.330
        ("Under this scheme, we find that only a fraction (around 20%) of the words that make up "
         "keyphrases actually serves as defining them.", [(20, "other")]),
        # acl:2020.acl.main.137
        ("We show that a significant amount (65%) of erroneous and uninformative Open IE "
         "extractions can be filtered using natural language inference.", [(65, "other")]),
        # not a share of outputs judged, nor of a resource
        ("The system produces a high proportion of correct answers (85%).", [(85, "score")]),
        ("We find that a large fraction (90%) of the weights can be pruned.", [(90, "score")]),
    ],
)
def test_kind_of_a_share_named_by_a_word_of_quantity(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.acl.main.702: a share of people the paper finds
        ("We find that only about 29% of first authors are female and only about 25% of last "
         "authors are female.", [(29, "other"), (25, "other")]),
        # acl:2020.coling.main.513
        ("we observe that as much as 65% of job descriptions miss describing a significant number "
         "of relevant skills", [(65, "other")]),
        # not a share of dialogues the system completes
        ("In the user study, 70% of the dialogues were completed by our agent.",
         [(70, "score")]),
    ],
)
def test_kind_of_a_share_of_people_or_dialogues_found(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:R17-136: words between a change and its figure
        ("combining these two models further improve the performance by another 7% in F1 score.",
         [(7, "delta")]),
        # acl:D19-1599
        ("By leveraging a passage ranker to select high-quality passages, multi-passage BERT gains "
         "additional 2%.", [(2, "delta")]),
        # acl:L14-184
        ("Numerically, the precision increase is as big as 15% according to our evaluation.",
         [(15, "delta")]),
        # acl:2020.findings.emnlp.127
        ("FIRE outperforms previous methods by margins larger than 2.8% and 4.1% on the "
         "PERSONA-CHAT dataset", [(2.8, "delta"), (4.1, "delta")]),
        # acl:L16-1124
        ("allows to decrease the WER by up to relative 41.36% compared to a baseline system.",
         [(41.36, "delta")]),
        # aistats2021:024e4532ad
        ("and the mean Intersection over Union (mIoU) drops by \u2248 3%.", [(3, "delta")]),
        # iclr2017:HkIQH7qel, acl:N19-1126: a sign before the figure of a change, as a word is
        ("Our approach decreases the error of Rajpurkar et al.'s baseline by > 50%.",
         [(50, "delta")]),
        ("BoSsNeT outperforms state-of-the-art models, with considerable improvements (>10%) on "
         "bAbI OOV test sets", [(10, "delta")]),
        # coling2022:2022.coling-1.137: a level a decline reaches
        ("the same models show a huge decline below 20% accuracy for unseen databases.",
         [(20, "score")]),
    ],
)
def test_kind_of_a_change_with_words_before_its_figure(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coling2025:2025.coling-main.596: a resource reduced to a share of what it was
        ("the proposed method can reduce memory usage of the KV caches to only ~20% when compared "
         "to full KV inference", [(20, "ratio")]),
        # acl:N18-105: "by close to", a change
        ("thus reducing the amount of parameters by close to 75%.", [(75, "delta")]),
        # acl:2020.bionlp.1.10 (r45audit25): a cut's verb with its particle
        ("reinforcement learning is able to improve upon baseline while pruning out 25% text "
         "segments.", [(25, "delta")]),
        # icml2014:40ba698d49: a level a metric is reduced to
        ("Combining the network with a baseline system further reduces the error rate to 6.7%.",
         [(6.7, "score")]),
    ],
)
def test_kind_of_a_resource_reduced_to_a_share(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.acl.main.711: how often a system does something measures it
        ("Human evaluation shows that our system generates sarcasm better than humans 34% of the "
         "time, and better than a reinforced hybrid baseline 90% of the time.",
         [(34, "score"), (90, "score")]),
        # naacl2022:2022.naacl-main.93
        ("Across 46 typologically and architecturally diverse LM-language pairs, our probing "
         "approach predicts the best LM choice 79% of the time", [(79, "score")]),
        # colm2024:tIpWtMYkzU (dev3): how often something happens in the data, a finding
        ("personally identifiable information (PII) appears in unexpected contexts such as in "
         "translation or code editing (48% and 16% of the time, respectively)",
         [(48, "other"), (16, "other")]),
    ],
)
def test_kind_of_how_often_a_system_does_something(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl2022:2022.findings-acl.265: a share of a change, what is kept of it
        ("Training the model initially with proxy context retains 67% of the perplexity gain "
         "after adapting to real context.", [(67, "ratio")]),
        # acl:E17-189
        ("This improves over the baseline and closes up to 50% of the gap in BLEU scores between "
         "the baseline and an oracle.", [(50, "ratio")]),
        # acl:K17-106: a change itself
        ("making 1.7% of improvement than the same classifier with only Bag-of-words",
         [(1.7, "delta")]),
    ],
)
def test_kind_of_a_share_of_a_change(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


def test_kind_of_an_elliptical_share():
    # colm2024:nGCMLATBit: the bare figure after "and" repeats the share before it
    text = ("The best probing method (logistic regression on contrast pairs) recovers 89% of the "
            "gap in AUROC between truthful and untruthful contexts, and 75% for questions harder "
            "than those used to train the probe.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == [(89, "ratio"),
                                                                      (75, "ratio")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.emnlp.main.471: a share of items handled correctly measures the system
        ("We are able to decipher 75.1% of the cipher-word tokens correctly.", [(75.1, "score")]),
        # acl:D19-6615
        ("the systems were only able get both the evidence and label correct in 20% of the data.",
         [(20, "score")]),
        # a share of data used stays a ratio
        ("Our model matches the baseline using only 10% of the training data.", [(10, "ratio")]),
    ],
)
def test_kind_of_a_share_of_items_handled_correctly(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:D19-1151 (dev9): a range whose dash was lost takes the change after it
        ("A-TCN is significantly faster than BiLSTM at inference time (270% 334% improvement in "
         "the amount of text diacritized per minute).", [(270, "delta"), (334, "delta")]),
        # acl:2020.coling.main.416
        ("Compared to a recurrent baseline, our method yields gains of 59.0% 147.6% in BLEU score "
         "with only 500 NMT training instances.", [(59, "delta"), (147.6, "delta")]),
        # r36recall: a first end written without its unit (dev10 acl2021:2021.acl-long.171, dev32
        # acl2021:2021.acl-long.162, corpus acl:2020.emnlp.main.606)
        ("Our results show that EarlyBERT achieves comparable performance to standard BERT, with "
         "35 45% less training time.", [(35, "delta"), (45, "delta")]),
        ("When fixing the size of small networks, weight distillation outperforms knowledge "
         "distillation by 0.51 1.82 BLEU points.", [(0.51, "delta"), (1.82, "delta")]),
        ("In particular, comparing with BERT, our HABERTOR is 4 5 times faster in the "
         "training/inferencing phase.", [(4, "ratio"), (5, "ratio")]),
        # r44rmiss: LaTeX's en dash, two hyphens (dev40 colm2025:vTAz44GgOA, corpus
        # colm2025:xNj14CY5S1)
        ("Experiments on these datasets demonstrate that CFT consistently outperforms SFT by "
         "4--10% across six mathematical reasoning benchmarks", [(4, "delta"), (10, "delta")]),
        ("in a roughly 50% to 70% reduction in attention runtime (or a 2--3\u00d7 speedup)",
         [(50, "delta"), (70, "delta"), (2, "ratio"), (3, "ratio")]),
        # (not a lone 6, a lost "\u2264": acl:2020.findings.emnlp.327, dev13's README)
        ("neural machine translation performs poorly on commonsense reasoning of the three "
         "ambiguity types in terms of both reasoning accuracy ( 6 60.1%) and reasoning "
         "consistency (6 31%).", [(60.1, "score"), (31, "score")]),
    ],
)
def test_kind_of_a_range_without_its_dash(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


# ----- result kinds (round 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coling2022:2022.coling-1.402 (dev11): a share of what data contain (R-kind-finding)
        ("However, these datasets indeed contain 0.61% to 15.77% noise labels which we define as "
         "intrinsic noise that can cause inaccurate evaluation.",
         [(0.61, "other"), (15.77, "other")]),
        # acl:P18-2114
        ("Although these models achieve high scores, they suffer from memorization of the "
         "training set which contains more than 89% of the unique simple sentences from the "
         "validation and test sets.", [(89, "other")]),
        # acl:2020.lrec.1.628: a share of the items of the corpus the sentence describes is no
        # result at all (R-res-setup; result_setups.describes_data)
        ("The corpus contains approximately 38.6% of humorous tweets with an average score of "
         "2.04 in a scale from 1 to 5 for the humorous ones.", [(2.04, "score")]),
        # not what a system has
        ("Our model has 87% accuracy on the test set.", [(87, "score")]),
    ],
)
def test_kind_of_a_share_that_data_contain(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:2020.acl.main.410 (dev9): a part of the data used, its share in parentheses
        ("From our quantitative experiments, surprising results include that (iii) using a small "
         "sampled subset (5%-20%), we can obtain roughly equal performance compared to the model "
         "trained on the entire dataset.", [(5, "ratio"), (20, "ratio")]),
        # acl:2020.coling.main.88
        ("We show that by using a very small subset (< 3%) of fact descriptions annotated with "
         "sentence-level charges, we can achieve an improvement across a range of different ACI "
         "models.", [(3, "ratio")]),
        # acl:P19-1219
        ("When only a subset (20%-80%) of the training examples are available, KAR outperforms "
         "the state-of-the-art MRC models by a large margin.", [(20, "ratio"), (80, "ratio")]),
        # acl:2020.acl.main.396: a subset found, not used
        ("Moreover, a small but significant subset of manually labeled posts (5% in one of our "
         "experiments) end up having the opposite toxicity labels.", [(5, "score")]),
    ],
)
def test_kind_of_a_share_of_data_used_in_parentheses(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # naacl2024:2024.naacl-long.441 (dev12): a share of papers, a bibliometric finding
        # (R-kind-finding); its second share, of guidelines, is left alone
        ("Our investigation revealed that only 29.84% of recent papers involving human evaluation "
         "at top conferences release their evaluation guidelines, with vulnerabilities identified "
         "in 77.09% of these guidelines.", [(29.84, "other"), (77.09, "score")]),
        # acl:2020.acl.main.464, acl:W17-3106
        ("Notably, we show that only about 56% of the papers in AA are cited ten or more times.",
         [(56, "other")]),
        ("Obsessive-compulsive disorder (OCD) is an anxiety-based disorder that affects around "
         "2.5% of the population.", [(2.5, "other")]),
        # icml2014:65c20eebd2, acl:2020.wosp.1.2: a share a system handles measures it
        ("The proposed method correctly detects abnormal regions in 90% of patients whose "
         "abnormality was detected via routine visual inspection.", [(90, "score")]),
        ("prominent affiliations are easily identifiable (e.g. 93.8% of test papers written by "
         "Microsoft are identified with top-10 guesses).", [(93.8, "score")]),
    ],
)
def test_kind_of_a_share_of_a_population(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:D19-1529, nips2018:11508, acl:2020.emnlp.main.610: what a part makes up of a whole,
        # a composition finding (R-kind-finding), though the whole is a resource
        ("For example, input embedding and Softmax matrices in IWSLT-2014 German-to-English data "
         "set account for more than 80% of the total model parameters.", [(80, "other")]),
        ("Notably, our work represents the first attempt to compress the fully-connected "
         "classification layer, which usually accounts for about 25% of total parameters in "
         "compact CNNs.", [(25, "other")]),
        ("Our approach is motivated by our empirical analysis that shows three common syntactic "
         "patterns account for over 98% of the SRL annotations for both English and Chinese "
         "data.", [(98, "other")]),
        # acl2022:2022.acl-long.8: a share the system is trained on stays a ratio
        ("Further more we demonstrate sample efficiency, where our method trained only on 20% of "
         "the data, are comparable to current state of the art method.", [(20, "ratio")]),
    ],
)
def test_kind_of_a_share_a_part_makes_up(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:P17-264 (dev12): how often the system gets an outcome on test items measures it
        # (R-kind-yield), a top-k accuracy where it ranks the answer within the top k (R-mt-topk)
        ("For 80.79% of the test data, the model ranks the ground-truth within the top two at "
         "position level.", [(80.79, "score", "accuracy")]),
        # acl:N19-1139, acl:2020.acl.srw.32
        ("Our attack flips the API-predicted label in 42% of the generated examples, while humans "
         "maintain high-accuracy in predicting the gold label.", [(42, "score", "other")]),
        ("a typical SAS system can predict scores with zero CSE for approximately 50% of test "
         "data at maximum by filtering out low-reliablility predictions.",
         [(50, "score", "other")]),
        # acl2022:2022.acl-long.8: trained on a share of the data, a ratio
        ("Further more we demonstrate sample efficiency, where our method trained only on 20% of "
         "the data, are comparable to current state of the art method.", [(20, "ratio", "cost")]),
    ],
)
def test_kind_of_a_share_of_test_items_an_outcome_holds_for(text, expected):
    assert [(c.value, c.attrs["kind"], c.attrs["metric_type"]) for c in find_results(text)] \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    # acl:2020.wmt.1.81 (dev35 gold), acl:W19-5413: a list of signed changes opened by a minus,
    # its metrics named after "in terms of", in order
    ("When evaluated on the WMT 2020 English-German APE test dataset, our system improves the NMT "
     "output by -3.95 and +4.50 in terms of TER and BLEU, respectively.",
     [(-3.95, "points", "error_rate"), (4.5, "points", "bleu")]),
    ("our BED system with the conservativeness penalty improves significantly the translations "
     "of a strong NMT system by -0.78 and +1.23 in terms of TER and BLEU, respectively.",
     [(-0.78, "points", "error_rate"), (1.23, "points", "bleu")]),
    # acl:D19-1616: "+1.5 and +16.0 in ROUGE1 F1" are both changes
    ("We achieve an absolute improvement of +1.5 and +16.0 in ROUGE1 F1 (R1_F1) on the "
     "development and test sets, respectively.",
     [(1.5, "points", "rouge"), (16.0, "points", "rouge")]),
])
def test_a_signed_list_before_in_or_on_is_a_list_of_changes(text, expected):
    assert [(c.value, c.unit, c.attrs["metric_type"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # acl2022:2022.acl-long.503 (dev9): a share of a reference's level, kept
        ("By using only two-layer transformer calculations, we can still maintain 95% accuracy "
         "of BERT.", "ratio"),
        # acl:2020.acl.main.202
        ("while retaining 95% of its F1-score for NER over 41 languages.", "ratio"),
        # acl:2020.emnlp.main.398
        ("we present an efficient feature-based transfer learning procedure, which maintains 97% "
         "performance while using at-most 10 neurons.", "ratio"),
        # acl:D18-144
        ("the SAT achieves a speedup while maintaining 88% translation quality, significantly "
         "better than the previous non-autoregressive methods.", "ratio"),
        # near misses: a level kept, no reference (coling2022:2022.coling-1.580, iclr2018:H1K6Tb-AZ)
        ("SBAG also identifies rumors within 3 hours while maintaining more than 90% accuracy.",
         "score"),
        ("which achieves 80% accuracy on CIFAR-10 and also keeps 60% accuracy on CIFAR-100",
         "score"),
    ],
)
def test_share_of_a_level_kept_is_a_ratio(text, kind):
    found = [c for c in find_results(text) if c.unit == "%"]
    assert found and found[-1].attrs["kind"] == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # naacl2021:2021.naacl-main.61 (round 37 audit), acl:2020.figlang.1.25,
        # naacl2021:2021.naacl-main.336: a share "of the time" after what the system is compared
        # with is how often it wins, the paper's own figure, not the baseline's
        ("Our proposed method, Fused-PCMI, trades off pmi for pcmi_h and is preferred by humans "
         "for overall quality over the Max-PMI baseline 60% of the time.", [(60, "%")]),
        ("our model is preferred equally in A/B testing with the human edited versions, a strong "
         "success for humor generation, and is preferred over an intelligent random baseline 72% "
         "of the time.", [(72, "%")]),
        ("A test set of literal statements shows that our best model generates metaphors better "
         "than three well-crafted baselines 66% of the time.", [(66, "%")]),
    ],
)
def test_a_share_of_the_time_after_a_comparison_is_the_own_win_rate(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:D17-1300 (dev13), acl:Q13-104, nips2001:c362b59a99, nips2018:11208 (corpus audit):
        # items processed per second are a score of speed, the unit named in the metric
        # (R-unit-list)
        ("our best system achieves a very competitive accuracy of 38.3 BLEU on WMT English-French "
         "NewsTest2014, while decoding at 100 words/sec on single-threaded CPU.",
         [(38.3, "", "score", "bleu"), (100, "", "score", "speed")]),
        ("Parsing speed is 177 words per second for English and 97 words per second for Chinese.",
         [(177, "", "score", "speed"), (97, "", "score", "speed")]),
        ("The final face detection system can process 15 frames per second, achieves over 90% "
         "detection.", [(15, "", "score", "speed"), (90, "%", "score", "other")]),
        ("22.4 mAP on MS COCO dataset at the speed of 23.6 FPS on iPhone 8",
         [(22.4, "", "score", "ap"), (23.6, "", "score", "speed")]),
        ("With a very fast inference time (1.57 examples/s on a single CPU), ELQ can be useful.",
         [(1.57, "", "score", "speed")]),
        # (not a rate of the data: its unit before a noun)
        ("We use synchronized 120 fps motion capture and 50 fps eye tracking data from two native "
         "signers.", []),
        # r38audit18, naacl2024:2024.findings-naacl.96, acl:2020.acl.main.195, nips2016:7403,
        # dev5 colm2024:HVK6nl3i97, dev16 naacl2024:2024.naacl-industry.26: a latency or a time
        # per item is a score of speed too, its unit named in the metric (R-unit-list)
        ("Furthermore, we implement a lightweight CLIP model on Snapdragon/Dimensity chips with "
         "only ~100M running memory and ~8.0ms search latency, achieving the mobile-device "
         "application of VLP models.", [(8.0, "", "score", "speed")]),
        ("MobileBERT achieves 62 ms latency on a Pixel 4 phone.", [(62, "", "score", "speed")]),
        ("our result is achieved at a test-time speed of 170ms per image",
         [(170, "", "score", "speed")]),
        ("For the offloading setting on two RTX 4090 GPUs, TriForce achieves 0.108s/token",
         [(0.108, "", "score", "speed")]),
        ("enabling biasing to scale to 20K phrases with a maximum pre-decoding delay under 33ms.",
         [(33, "", "score", "speed")]),
        # (not a span of the data: acl:W19-5934, nips2018:11353)
        ("only the most recent 400 ms of the pitch trajectory are used", []),
        ("neurons recorded for a duration of 41 minutes, binned at 1 ms resolution", []),
    ],
)
def test_a_throughput_is_a_score_of_speed(text, expected):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [(c.value, c.unit, c.attrs["kind"], c.attrs["metric_type"]) for c in found
            if c.source != COMPARISON] == expected


@pytest.mark.parametrize("text", [
    # acl:W17-4104, acl2022:2022.findings-acl.180: "or higher" bounds a level, it names no change
    "We use a simple bidirectional RNN with LSTM nodes and achieve accuracy of 90% or higher.",
    "For the 5 languages with between 100 and 192 minutes of training, we achieved a PER of 8.4% "
    "or less.",
])
def test_a_level_bounded_by_or_higher_is_a_score(text):
    assert [c.attrs["kind"] for c in find_results(text)] == ["score"]


@pytest.mark.parametrize("text", [
    # coling2025:2025.coling-main.568, acl:2020.nlpcovid19.2.25: "additional" names a change
    "selectively applying them to the low-rank layers of LoRA, which results in as little as 4% "
    "additional memory usage.",
    "By applying these complementary methods, we are able to recover almost 15% additional data.",
])
def test_a_percentage_of_additional_things_is_a_change(text):
    assert [c.attrs["kind"] for c in find_results(text)] == ["delta"]


@pytest.mark.parametrize("text, kinds", [
    # acl:N19-1362, acl2022:2022.findings-acl.214, acl:E17-140: a bare figure after "and" repeats
    # the change before it, past a dataset's version number or a long phrase
    ("Experiments show a gain of 2.7% on the recently released SQuAD 2.0 and 1.3% on MultiNLI.",
     ["delta", "delta"]),
    ("Experimental results also demonstrate that ASSIST improves the joint goal accuracy of DST by "
     "up to 28.16% on MultiWOZ 2.0 and 8.41% on MultiWOZ 2.4, compared to using only the vanilla "
     "noisy labels.", ["delta", "delta"]),
    ("By concatenating word and character embeddings, we achieve up to 2.77% relative improvement "
     "on English compared to a baseline model with a similar amount of parameters and 4.57% on "
     "Dutch.", ["delta", "delta"]),
    # acl:2020.lrec.1.643: listed changes, each with its metric, past a note in parentheses
    ("For example, our approach outperforms the state-of-the-art method of "
     "(Fern\u00e1ndez-Gonz\u00e1lez and G\u00f3mez-Rodr\u00edguez, 2019) on Universal "
     "Dependencies (UD) by 1.76% unlabeled attachment score (UAS) for English, 1.98% UAS for "
     "French, and 1.16% UAS for German.",
     ["delta", "delta", "delta"]),
    # acl:W16-4826, nips2012:4f7f13d4e5: a level that a relative clause then compares stays a score
    ("Our approach achieved an accuracy equal to 42.85% which is considerably worse in comparison "
     "to the evaluation scores on the training set of 80-90% and with training set "
     "\u201c60:40\u201d percentage split which achieved accuracy around 50%.",
     ["score", "score", "score", "score"]),
    ("On the test data, we achieved top-1 and top-5 error rates of 39.7\\% and 18.9\\% which is "
     "considerably better than the previous state-of-the-art results.", ["score", "score"]),
])
def test_kind_of_changes_listed_past_names_and_of_levels_a_clause_compares(text, kinds):
    assert [c.attrs["kind"] for c in find_results(text)] == kinds


@pytest.mark.parametrize("text, kinds", [
    # acl2021:2021.acl-long.378: a share of a resource past a curly apostrophe is a ratio
    ("Diff pruning can match the performance of finetuned baselines on the GLUE benchmark while "
     "only modifying 0.5% of the pretrained model\u2019s parameters per task.", ["ratio"]),
    # acl:Q19-139, nips2018:11154: "eliminates X%" cuts like "prunes X%" (R-kind-level); the
    # "4-fold speedup" is a ratio
    ("When applied to ELMo, the proposed approach achieves a 4-fold speedup and eliminates 80% "
     "trainable parameters while achieving competitive performance on downstream tasks.",
     ["ratio", "delta"]),
    ("RLNs produce extremely sparse networks, eliminating up to 99.8% of the network edges.",
     ["delta"]),
    # colm2024:nXNN0x4wbl: "enhances X (~6%)" like "improves X (~6%)"
    ("We find that instruction-tuning generally enhances brain alignment (~6%), but has no "
     "similar effect on behavioral alignment.", ["delta"]),
    # colm2025:zOw2it5Ni6: a disparity between groups is a gap (R-kind-gap)
    ("We evaluate five recently published LLMs and find confidence disparities as high as 40\\% "
     "along various demographic attributes including body type.", ["delta"]),
    # acl:2020.eamt.1.4, acl:2020.findings.emnlp.347: items each with a note in parentheses
    # share the kind the words after the last give
    ("Compared with the commonly used NuQE baseline, BAL-QE achieves 47% (En-Ru) and 75% "
     "(En-De) of performance promotions.", ["delta", "delta"]),
    ("The joint dialogue-level satisfaction estimation model achieved up to an absolute 27% "
     "(0.43 -> 0.70) and 7% (0.63 -> 0.70) improvement in linear correlation performance.",
     ["delta", "delta"]),
    # coling2022:2022.coling-1.423, nips2018:11154: a cut, then "and" a bare figure of what else
    # it cuts
    ("PARSE can achieve comparable attack success rates to complex search methods while saving "
     "numerous queries and time, e.g., saving at most 74% of queries and 90% of time compared "
     "with greedy search when attacking the examples from Yelp dataset.", ["delta", "delta"]),
    ("RLNs produce extremely sparse networks, eliminating up to 99.8% of the network edges and 82% "
     "of the input features.", ["delta", "delta"]),
    # coling2025:2025.coling-main.203: each figure with its metric noted in parentheses
    ("Compared to Supervised Fine-Tuning (SFT), our method improves the performance of Gemma-2B "
     "by 12.43 (Acc) on GSM8K and 3.95 (Pass@1) on MBPP.", ["delta", "delta"]),
    # acl:L16-1124: the change read another way in parentheses, after "or"
    ("The addition of the corpus to the acoustic model training data in combination with language "
     "model adaptation allows to decrease the WER by up to relative 41.36% (or 16.83% in absolute "
     "numbers) compared to a baseline system without language model adaptation.",
     ["delta", "delta"]),
    # acl:L14-1392, acl:P19-1387, acl:N19-138: a change noun, then its figure set off by a dash or
    # after "of", or approached
    ("The results were also positive in terms of productivity, with a global gain approaching "
     "40%.", ["delta"]),
    ("We demonstrate that StRE outperforms existing methods by a significant margin \u2013 at "
     "least 17% and at most 103%.", ["delta", "delta"]),
    ("Furthermore, an out-of-sample evaluation via sentiment analysis reveals consistent "
     "improvements (of up to 4.66%) over both a sentiment analysis with (i) no negation handling "
     "and (ii) the use of word-level annotations from humans.", ["delta"]),
])
def test_kind_of_shares_cuts_gaps_and_noted_lists(text, kinds):
    assert [c.attrs["kind"] for c in find_results(text)] == kinds


@pytest.mark.parametrize(
    "text, expected",
    [
        # acl:2020.emnlp.main.524: a win word before a share "of the time" with no "on"
        ("Human evaluation on an independent set of literal statements shows that our model "
         "generates similes better than two literary experts 37% of the time when compared "
         "pairwise.", ["win_rate"]),
        # nips2017:9052
        ("a network with Leaky ReLU and Batch Normalization coupled with long-horizon training and "
         "progressive curriculum beats the rule-based built-in AI more than 70% of the time in the "
         "full game of Mini-RTS.", ["win_rate"]),
        # nips2007:57eb96cf95: "the better of two" is what is identified, no win: a share of
        # the time the right one is picked, an accuracy (r43, R-mt-correctshare)
        ("When no relevance judgments are available, we can identify the better of two ranked "
         "lists up to 82% of the time.", ["accuracy"]),
        # acl:2020.clinicalnlp.1.16: no "on" and no "of the time": no share of wins
        ("Experiments show that our model significantly outperforms the baseline by 4%, "
         "discovering 67% of implicit symptoms on average.", ["other", "other"]),
    ],
)
def test_a_win_before_a_share_of_the_time_is_a_win_rate(text, expected):
    assert [c.attrs["metric_type"] for c in find_results(text)] == expected


# r21res2: results litkit kept that the studied gold does not have, by construction
@pytest.mark.parametrize(("text", "expected"), [
    # acl:W19-4413, acl:W18-1701, acl:S17-254: a score's "of" before its level in points
    ("As a result, we achieved an F0.5 score of 28.31 points with the test data.",
     [(28.31, "", "score")]),
    ("Our approach predicts which influence links will be discovered in the \u201cnear "
     "future\u201d with a F1 score of 27 points, and a mean average precision of 68%.",
     [(27, "", "score"), (68, "%", "score")]),
    # acl:W17-1508, iclr2018:Sy2ogebAW: a verb of attaining before a list of levels in points
    ("It achieves 32 and 22 points in terms of CoNLL score for Russian and German, "
     "respectively.", [(32, "", "score"), (22, "", "score")]),
    ("The model can also profit from small parallel corpora, and attains 21.81 and 15.24 points "
     "when combined with 100,000 parallel sentences, respectively.",
     [(21.81, "", "score"), (15.24, "", "score")]),
    # acl:P19-1517: still a change, named after the points
    ("Empirical results show that our method achieves 5 and 8 points of accuracy gains on two "
     "datasets respectively, compared to prior approaches.",
     [(5, "points", "delta"), (8, "points", "delta")]),
    # acl:D19-1514, acl:2020.emnlp.main.27: "(A to B)" after a change is where it started from
    ("We also show the generalizability of our pre-trained cross-modality model by adapting it "
     "to a challenging visual-reasoning task, NLVR2, and improve the previous best result by 22% "
     "absolute (54% to 76%).", [(22, "%", "delta"), (76, "%", "score")]),
    ("We set a new state-of-the-art for few-shot slot labeling, improving substantially upon the "
     "previous 5-shot (75.0% to 90.9%) and 1-shot (70.4% to 81.0%) state-of-the-art results.",
     [(90.9, "%", "score"), (81.0, "%", "score")]),
    # r43rextra: the level reached stays a score whatever follows the parenthesis (R-res-parenone,
    # dev32 acl:2020.emnlp.main.27)
    ("Furthermore, our model generates large improvements (46.27% to 63.83%) in low resource slot "
     "labeling over a BERT baseline by incorporating label semantics.", [(63.83, "%", "score")]),
    # acl:L16-135: a range with no change named stays the system's own
    ("Our study shows that although the predictions seem relatively accurate in general (87.4% "
     "to 92.3%), they do not yet seem to cover the learners\u2019 lack of knowledge very well.",
     [(87.4, "%", "score"), (92.3, "%", "score")]),
    # icml2018:2247, naacl2021:2021.naacl-main.29, colm2025:S4nTXotasR (dev15): another's figure
    # that the paper's own comes close to or matches
    ("On CIFAR-10, ENAS finds a novel architecture that achieves 2.89% test error, which is on "
     "par with the 2.65% test error of NASNet (Zoph et al., 2018).", [(2.89, "%", "score")]),
    ("SmBoP obtains 71.1 denotation accuracy on Spider, establishing a new state-of-the-art, and "
     "69.5 exact match, comparable to the 69.6 exact match of the autoregressive RAT-SQL+GraPPa.",
     [(69.5, "", "score"), (71.1, "", "score")]),
    ("We implement BASIS in Alexa Arena and demonstrate that our best model\u2014despite being "
     "fine-tuned solely on synthetic data and operating under realistic perception "
     "conditions\u2014enables real human users to achieve a 72.9% success rate, approaching the "
     "88.6% performance of an oracle assistant with access to privileged information of perfect "
     "perception.",
     [(72.9, "%", "score")]),
    # acl:2020.coling.main.117: the paper's own level close to a figure stays
    ("Despite the high semantic relatedness, we find that a supervised classifier can "
     "distinguish the revised version of a sentence from an original version with an accuracy "
     "close to 70%, when taking context into account.",
     [(70, "%", "score")]),
])
def test_r21res2_which_numbers_are_results(text, expected):
    assert [(c.value, c.unit, c.attrs["kind"]) for c in find_results(text)
            if c.source != COMPARISON] == expected


# r21kind: a result's kind on wordings the kind rules missed (corpus sentences)
@pytest.mark.parametrize(("text", "expected"), [
    # acl:P19-1374, coling2025:2025.coling-main.412: a share of items past where they are is a
    # finding (R-kind-finding)
    ("We use our data to re-examine prior work, in particular, finding that 89% of conversations "
     "in a widely used dialogue corpus are either missing messages or contain extra messages.",
     [(89, "other")]),
    ("As more than 70% of reviews in the existing opinion summary data set are positive, current "
     "opinion summarization approaches are hesitant to generate negative summaries.",
     [(70, "other")]),
    # acl:W17-2335: records, a population of items
    ("We investigated the prevalence and distribution of e-cigarette terms in these clinical "
     "notes, discovering that for current smokers, 11.9% of patient records contain an "
     "e-cigarette related term.", [(11.9, "other")]),
    # acl:2020.acl.main.200 (dev9): a gap that narrows to a bound (R-kind-gap)
    ("On several text classification tasks, we show that as the number of training examples grow "
     "into the millions, the accuracy gap between finetuning BERT-based model and training vanilla "
     "LSTM from scratch narrows to within 1%.", [(1, "delta")]),
    # naacl2021:2021.naacl-main.226, colm2025:lvQwn8eiRf: a change's rate
    ("On average, our method increases the performance by an improvement rate of 20.8% over the "
     "zero-shot transfer learning from BERT.", [(20.8, "delta")]),
    ("Our experimental results reveal that VLMs performance can be significantly compromised by "
     "watermarks, with performance drop rates reaching up to 36%.", [(36, "delta")]),
    # acl:2020.acl.main.85: a plus after the figure
    ("We show 4%+ improvement in CuratedTREC and SQuAD-Open.", [(4, "delta")]),
    # acl:W18-3205, colm2025:DmhcCRIfvq: an ampersand or a full-width tilde between two changes
    ("Back-transliterated CM questions outperform their lexical and sentence level translated "
     "counterparts by 5% & 35% in accuracy respectively.", [(5, "delta"), (35, "delta")]),
    ("Our 7B meta-agent outperforms the strongest baseline by 2.9% \uff5e 24.6% across eleven "
     "benchmarks.", [(2.9, "delta"), (24.6, "delta")]),
    # acl:2005.jeptalnrecital.long.36, acl:2019.jeptalnrecital.long.6,
    # acl:2011.jeptalnrecital.court.7: French changes
    ("Les exp\u00e9riences r\u00e9alis\u00e9es montrent que des mod\u00e8les de n-gramme \u00e0 "
     "horizon variable peuvent faire baisser de plus de 10% en moyenne la perplexit\u00e9.",
     [(10, "delta")]),
    ("Les r\u00e9sultats montrent un int\u00e9r\u00eat \u00e0 l\u2019utilisation des donn\u00e9es "
     "d\u2019entit\u00e9s nomm\u00e9es, permettant un gain relatif allant jusqu\u2019\u00e0 6,5 %.",
     [(6.5, "delta")]),
    ("Les r\u00e9sultats montrent une am\u00e9lioration du MRR (Mean Reciprocal Rank) de 48% par "
     "rapport \u00e0 la baseline.", [(48, "delta")]),
    # acl:L12-1606, iclr2018:H1zRea1Mf, acl:E17-104: "X% of accuracy" is a level, not a share
    ("We use them as labeled data for separating useful questions from neutral ones, achieving "
     "72.2% of accuracy.", [(72.2, "score")]),
    ("We show that deep learning methods can be leveraged to train a model end-to-end to "
     "automatically generate code from a single input image with over 77% of accuracy for three "
     "different platforms.", [(77, "score")]),
    ("The combination of TFIDF words representation with Logistic Regression classifier achieves "
     "96.6% of 10 folds cross-validation accuracy.", [(96.6, "score")]),
    # acl:2020.winlp.1.3: so is "X% of f-measure" (another metric right after "of")
    ("Our results show that the proposed solution exhibits 70.68% of precision, 66.89% of recall "
     "and 68.53% of f-measure in semantic annotation for a morphologically complex Amharic "
     "language with limited size dataset.", [(70.68, "score"), (66.89, "score"), (68.53, "score")]),
    # acl2022:2022.acl-long.181: a share of its own accuracy kept stays a ratio
    ("CoSHC can save more than 90% of retrieval time meanwhile preserving at least 99% of "
     "retrieval accuracy.", [(90, "delta"), (99, "ratio")]),
])
def test_r21_kind_of_changes_and_findings(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


# r21 speed: first-letter tests that only speed rules up


def test_delta_start_names_every_letter_a_change_word_starts_with():
    """_DELTA_START only speeds _DELTA_BEFORE up: every word of _DELTA_WORDS starts with one of
    its letters (in any case)."""
    import re
    from re import _parser

    from litkit.extract.result_kinds import _DELTA_START, _DELTA_WORDS

    chars, can_be_empty = _first_characters(_parser.parse(_DELTA_WORDS, re.IGNORECASE).data)
    assert not can_be_empty and all(isinstance(ch, str) for ch in chars), chars
    start = re.compile(_DELTA_START, re.IGNORECASE)
    assert all(start.match(ch) for ch in chars), sorted(ch for ch in chars if not start.match(ch))


@pytest.mark.parametrize(("text", "expected"), [
    ("Notably, PMC achieved an average 42.68% success rate on TravelPlanner, significantly higher "
     "than GPT-4 (2.92%), and outperforming GPT-4 with ReAct on API-Bank by 13.64%.",
     [(42.68, "%"), (13.64, "%")]),
    ("Our best result reaches 91.9%, that is higher than the best previous published one (91.5%).",
     [(91.9, "%")]),
    ("After analysis, the corpus was composed dominantly of single-label posts, with 34% of the "
     "corpus having multiple intent tags.", []),
    ("40% of the corpus was manually segmented and fully annotated on all six levels.", []),
    ("Our results show that preference poisoning is highly effective: injecting a small amount of "
     "poisonous data (1-5% of the original dataset), we can effectively manipulate the LM.",
     [(1, "%"), (5, "%")]),
])
def test_r22_others_figures_and_shares_of_the_corpus_are_no_results(text, expected):
    assert results(text) == expected


# r23kind: a system's errors in a share of the items is an error rate
@pytest.mark.parametrize("text, value", [
    ("The best-performing system, GPT-4, makes errors in 28% of cases.", 28),
    ("Even ChatGPT, the strongest model evaluated, has such errors in 16% of its summaries.", 16),
])
def test_r23_errors_in_a_share_of_items_are_an_error_rate(text, value):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] \
        == [(value, "error_rate")]


def test_results_still_see_their_sentences_exact_match_and_dataset_referred_back():
    # a share whose clause goes on to say its items match the ground truth exactly
    text = ("41 out of 50 (82%) cell execution dependency graphs match the ground truth exactly, "
            "and 45 (90%) are close.")
    assert [c.attrs["metric_type"] for c in find_results(text) if c.unit == "%"] \
        == ["exact_match", "other"]
    # "this dataset" after a result, or before it, refers back to the one named earlier
    text = ("We evaluate on TweetNER. Our model improves F1 by 2.1 points on this dataset. "
            "On this dataset, it reaches 85.3% accuracy.")
    spans = [(15, 23, "TweetNER")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)] \
        == ["TweetNER", "TweetNER"]


@pytest.mark.parametrize("text, value, expected", [
    # acl:2020.figlang.1.16 (dev9)
    ("Our system obtains an F-score of 0.652 for the VUA Verbs track, which is 5% higher than "
     "the strong baselines.", 5.0, ("delta", "f1")),
    # acl:2020.iwslt.1.33
    ("Our model achieves a new state of the art on benchmark data (TED Talks) with a combined F1 "
     "of 83.9, representing a 48.7% relative improvement (15.3 absolute) over the previous state "
     "of the art.", 48.7, ("delta", "f1")),
    # acl:W18-4304, ADJUDICATION's R-mt-implied example
    ("We demonstrate first steps toward machine learning of the theory, achieving a performance "
     "of F1 = 0.54, which is 65% of human performance.", 65.0, ("ratio", "f1")),
    # acl:D19-6121 (dev2-052)
    ("Our approach is highly effective: on our in-domain test set, our multimodal model reduces "
     "phoneme error rate to 2.46%, a more than 65% decrease compared to our implementation of a "
     "unimodal spelling-pronunciation model.", 65.0, ("delta", "error_rate")),
    # acl:2020.acl.main.605
    ("Our parser achieves an accuracy of 92.39% in terms of elementary dependency match, which is "
     "a 2.88 point improvement over the best data-driven model.", 2.88, ("delta", "accuracy")),
    # acl:2020.multilingualbio.1.3 (dev7): the range's second end too
    ("With overall low retrieval parameters (with F-values around 30%), the performance of the "
     "German language scenario reaches 80 \u2013 90% of the English one.", 90.0, ("ratio", "f1")),
])
def test_a_change_after_a_score_naming_no_metric_is_of_that_score(text, value, expected):
    assert _types(text)[value] == expected


@pytest.mark.parametrize("text", [
    # acl:C18-1329 (dev19), acl2022:2022.acl-long.577: a share of what a problem affects is a
    # finding that measures no system (R-kind-finding)
    "We introduce three metrics for identifying topics that are highly correlated with metadata, "
    "and demonstrate that this problem affects between 30 and 50% of the topics in models "
    "trained on two real-world collections, regardless of the size of the model.",
    "We can also reduce train-test overlap, which affects over 4% of the validation set of "
    "standard datasets, thus allowing for more accurate evaluation.",
])
def test_a_share_a_problem_affects_is_a_finding(text):
    assert {c.attrs["kind"] for c in find_results(text)} == {"other"}


def test_a_manner_adverb_between_a_verb_of_change_and_its_figure_keeps_a_change():
    # acl:I17-137 (dev23): "rapidly" stood between "drop" and the parenthesized range
    kinds = _types("We found that the F-scores of DNN-based name taggers drop rapidly (20%-30%) "
                   "when we replace clean manual annotations with noisy annotations.")
    assert kinds[20.0][0] == kinds[30.0][0] == "delta"


def test_an_overhead_over_the_baseline_is_a_change():
    # icml2016:f70a962c41 (corpus), R-kind-overhead (dev24)
    text = ("The additional computational cost depends on how frequently the hyperparameters are "
            "trained, but the tested scheme adds only 30% computational overhead regardless of "
            "the model size.")
    assert _types(text) == {30.0: ("delta", "cost")}


# r32audit7: a share of items a system is said to handle correctly before its verb is a score
# (R-kind-yield), unless a change follows it
@pytest.mark.parametrize(("text", "expected"), [
    # acl2021:2021.acl-long.169 (corpus), audit r32audit7 [11]
    ("We show that PlotCoder correctly predicts the plot type of about 70% samples, and "
     "synthesizes the correct programs for 35% samples.", [(70, "score"), (35, "score")]),
    # naacl2024:2024.naacl-short.30 (corpus): a change stays one
    ("We show that ALOHa correctly identifies 13.6% more hallucinated objects than CHAIR on HAT.",
     [(13.6, "delta")]),
])
def test_kind_of_a_share_handled_correctly_said_before_its_verb(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


# r32dev28: a % in brackets right after a change in points is its relative reading, a change too
@pytest.mark.parametrize(("text", "expected"), [
    # acl2021:2021.acl-short.115 (dev28)
    ("Experiments carried out over four, diverse language pairs show improvements of up to 0.58 "
     "pp (3.28%) in BLEU score and up to 0.76 pp (0.98%) in BERTScore (F_BERT) when fine-tuning "
     "a strong baseline.", [(0.58, "delta"), (3.28, "delta"), (0.76, "delta"), (0.98, "delta")]),
    # acl:W17-4608 (corpus)
    ("With back-propagation, the word based translation accuracy improved by 0.25 (1.95%) BLEU "
     "score.", [(0.25, "delta"), (1.95, "delta")]),
])
def test_a_bracketed_percent_after_a_change_in_points_is_a_change(text, expected):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [(c.value, c.attrs["kind"]) for c in found] == expected


def test_an_increment_is_a_change():
    # r34audit14, corpus (acl:W19-1307): "an increment of" names a change, like "an increase of"
    text = ("Attention-based bidirectional LSTM model achieved an accuracy of 73.6% which is an "
            "increment of more than 4% compared to the current state-of-the-art results.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(73.6, "score"), (4, "delta")]


@pytest.mark.parametrize(("text", "kinds"), [
    ("improving average accuracy by 7.6% over Mistral-7B, with 14.6% for Llama-2-7B",
     ["delta", "delta"]),
    ("achieving a 10x reduction in compute requirements", ["ratio"]),
    ("while using less than 1/4 of their compute", ["ratio"]),
    ("reducing the original parameter size by 1/3 to 2/3", ["delta", "delta"]),
    ("we can tune a RoBERTa model to achieve 90% of the full parameter performance levels",
     ["ratio"]),
    ("achieves 61% and 83% of the supervised learning performance", ["ratio", "ratio"]),
    ("they achieve competitive results with only 20% training data", ["ratio"]),
    ("a 1.8% averaged accuracy improvement (on 15 languages) is obtained", ["delta"]),
    ("it reduces Gemma's bias by 37-57%", ["delta", "delta"]),
    ("a 4.95% relative improvement over monolingual training", ["delta"]),
    ("(preferred by 55% in head-to-head single-turn studies and 20% higher in consistency)",
     ["score", "delta"]),
    ("The resulting ViT-G model attains 90.94% top-1 accuracy on ImageNet", ["score"]),
    # a level is a score; how often something happens measures no system
    ("we can induce up to 75% sparsity into a 1.3B parameter GPT-3 XL model", ["score"]),
    ("PII appears in translation or code editing (48% and 16% of the time, respectively)",
     ["other", "other"]),
    ("QuickPrune efficiently prunes over 90% of the ground set", ["delta"]),
    # a change in a measure of several words; not the levels it goes from and to
    ("We see improvements of up to 5 BLEU on both our high and low resource language pairs, "
     "with a reduction in training time of 60%.", ["delta", "delta"]),
    ("Our evaluation shows an increase in accurracy from 72.4% to 81.5% on OOV words",
     ["score", "score"]),
    # r47kindmt: dev13 acl:2020.coling.main.36, a performance said increased, its change after "of"
    ("We find an increased F1 performance for Text+Tags of between 0.9% and 13.2% over all "
     "datasets, variants and models.", ["delta", "delta"]),
    # acl:L16-1683: not a better performance, a level
    ("Hence, we have obtained a better performance of 93.82%.", ["score"]),
])
def test_kinds(nlp, text, kinds):
    assert [a["kind"] for _, a in spans(nlp, text, "RESULT")] == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # dev7 acl:2020.multilingualbio.1.3: a share of a reference named by the pronoun "one"
    ("the performance of the German language scenario reaches 80 \u2013 90% of the English one.",
     ["ratio", "ratio"]),
    # iclr2018:ryj0790hb: a share of the original
    ("we further reduce the parameter cost to around 3% of the original with negligible or no "
     "loss in accuracy.", ["ratio"]),
])
def test_shares_of_the_original_or_of_one_are_ratios(nlp, text, kinds):
    assert [a["kind"] for _, a in spans(nlp, text, "RESULT")] == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # dev7 acl:2016.jeptalnrecital.jep.38: a change named in French
    ("la technique d\u2019adaptation non supervis\u00e9e permet une r\u00e9duction relative de "
     "8, 4% du taux d\u2019erreurs sur les mots (WER)", ["delta"]),
    # acl:2010.jeptalnrecital.long.33
    ("Sur notre ensemble, nous d\u00e9montrons une r\u00e9duction de 75% du rang moyen de "
     "l\u2019\u00e9quivalent correct.", ["delta"]),
])
def test_changes_named_in_french(nlp, text, kinds):
    assert [a["kind"] for _, a in spans(nlp, text, "RESULT")] == kinds
