"""RESULT rules on real sentences: units, ranges, context ratios, baselines and datasets."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from litkit.extract.quantities import find_quantities
from litkit.extract.result_baselines import COMPARISON
from litkit.extract.results import find_results


def results(text, datasets=()):
    """(value, unit) of the paper's own results in ``text`` (not its comparison figures)."""
    spans = [(text.index(d), text.index(d) + len(d), d) for d in datasets]
    return [(c.value, c.unit) for c in find_results(text, None, spans) if c.source != COMPARISON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("improves accuracy to 90.94% top-1 accuracy on ImageNet", [(90.94, "%")]),
        # acl:S18-171: "per cent" is a percent, not points
        ("our user-adaption method improves classification results by more than 6 per cent on "
         "the macro-averaged F1", [(6, "%")]),
        ("improve up to 6.90 pp on MMLU, 8.26 pp on GSM8K", [(6.9, "points"), (8.26, "points")]),
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
    "text",
    [
        "a model that outperforms GPT (trained using 30x more compute) on GLUE",
        "sense finetuning of a 35x smaller Backpack",
        "training on 3x more data",
        "improvements over the majority-class baseline (Acc=30.3%, macro-F1=5.2%)",
        "significantly better than 0.18 and 0.35 for the baseline model",
        "placed 4th out of 62 entries",
        "a 5-point Likert scale",
        "tripling the performance of T5-XXL",
        "we use 512x512 images",
        "the behavior of Claude 2.0/2.1, GPT-4/3.5, and Cohere",
        "a single 61 word English sentence that is repeated over 60,000 times.",
        "improving on the best prior score of 38.7% set by a 15-model ensemble.",  # acl:D17-1160
        # naacl2024:2024.findings-naacl.97, naacl2021:2021.naacl-main.284
        "the blackbox commercial GPT-4 that has 50x (estimated) model size",
        "over the XLM-R-large model which has 3.2x the parameters of AMBER.",
    ],
)
def test_not_results(text):
    assert results(text) == []


def test_vs_keeps_only_the_papers_own_score():
    text = "outperforms baselines by about 32% (0.82 vs 0.62 F-score)"
    assert results(text) == [(32, "%"), (0.82, "")]


def test_dataset_and_metric():
    text = "our method reaches 90.94% top-1 accuracy on ImageNet, a new state of the art."
    (found,) = find_results(text, None, [(text.index("ImageNet"), text.index(",") , "ImageNet")])
    assert found.attrs["dataset"] == "ImageNet"
    assert found.attrs["metric"] == "top-1 accuracy"


def test_respectively_maps_results_to_datasets_in_order():
    text = "achieves 61% and 83% of the supervised performance for the HybridQA and the " \
           "HotpotQA dataset, respectively."
    spans = [(text.index(d), text.index(d) + len(d), d) for d in ("HybridQA", "HotpotQA")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)] == ["HybridQA",
                                                                             "HotpotQA"]


def test_respectively_pairs_results_in_the_order_written():
    # naacl2022:2022.naacl-main.370: "5.13 F1" is found before "2.54 F1 and"
    text = ("with 2.54 F1 and 5.13 F1 performance gain on the public RAMS and WikiEvents "
            "datasets, respectively.")
    spans = [(text.index(d), text.index(d) + len(d), d) for d in ("RAMS", "WikiEvents")]
    found = sorted((c.value, c.attrs["dataset"]) for c in find_results(text, None, spans))
    assert found == [(2.54, "RAMS"), (5.13, "WikiEvents")]


def test_a_score_in_parentheses_belongs_to_the_dataset_before_it():
    text = ("achieved on the CoNLL-2014 test set (F0.5=65.0) and the official test set of the "
            "BEA-2019 shared task (F0.5=70.2)")
    spans = [(text.index(d), text.index(d) + 9 + (d == "CoNLL-2014"), d)
             for d in ("CoNLL-2014", "BEA-2019")]
    found = [(c.value, c.unit, c.attrs["dataset"]) for c in find_results(text, None, spans)]
    assert found == [(65.0, "", "CoNLL-2014"), (70.2, "", "BEA-2019")]


def test_a_new_clause_names_its_own_dataset():
    text = ("improves perplexity on the Penn Treebank dataset by up to 1.8 points and by up to "
            "2.3 points on the WikiText-2 dataset")
    spans = [(text.index(d), text.index(d) + len(d), d) for d in ("Penn Treebank", "WikiText-2")]
    found = [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)]
    assert found == [(1.8, "Penn Treebank"), (2.3, "WikiText-2")]


def test_respectively_with_the_datasets_first_and_clauses_that_name_their_own():
    def datasets(text, names):
        spans = [(text.index(d), text.index(d) + len(d), d) for d in names]
        return [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)]

    text = "ReasonIR-8B improves MMLU and GPQA performance by 6.4% and 22.6% respectively."
    assert datasets(text, ["MMLU", "GPQA"]) == [(6.4, "MMLU"), (22.6, "GPQA")]
    text = ("It improves language modeling by 6.3%, as well as the performance of Codex on "
            "five-shot MMLU by 5.1%.")
    assert datasets(text, ["MMLU"]) == [(6.3, None), (5.1, "MMLU")]
    text = ("An average +4.0% improvement across 30 tasks (including +8.2% on MMLU), while "
            "requiring 27% less compute.")
    assert datasets(text, ["MMLU"]) == [(4.0, None), (8.2, "MMLU"), (27.0, None)]


def test_a_clause_with_a_subject_of_its_own_names_its_own_dataset():
    def datasets(text, names):
        spans = [(text.index(n), text.index(n) + len(n), n) for n in names]
        return [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)]

    # acl:W17-2607
    text = ("We see an absolute accuracy gain ranging from 1.0% to 4.4% in in our in-house data "
            "set and we also see good gains ranging from 2.5% to 7.0% on the ATIS semantic "
            "parsing tasks.")
    assert datasets(text, ["ATIS"]) == [(1.0, None), (4.4, None), (2.5, "ATIS"), (7.0, "ATIS")]
    # naacl2021:2021.naacl-main.154: after a semicolon
    text = ("On the WSJ dataset, Align-Refine matches an autoregressive baseline with a 14x "
            "decoding speedup; on LibriSpeech, we reach an LM-free test-other WER of 9.0%.")
    assert datasets(text, ["WSJ", "LibriSpeech"]) == [(14.0, "WSJ"), (9.0, "LibriSpeech")]


def test_a_result_after_a_list_of_datasets_is_on_none_of_them():
    def datasets(text, names):
        spans = [(text.index(n), text.index(n) + len(n), n) for n in names]
        return [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)]

    # naacl2022:2022.findings-naacl.29 (R-ds-context: two datasets remain)
    text = ("Experiments on two benchmark datasets, MATRES and TB-DENSE, show that our approach "
            "significantly outperforms previous state-of-the-art methods with up to 7.9% absolute "
            "F-score gain.")
    assert datasets(text, ["MATRES", "TB-DENSE"]) == [(7.9, None)]
    # nips2018:11762: as many numbers as datasets, paired in order without "respectively"
    text = ("More specifically, our method achieves 34.43 and 29.01 BLEU score on WMT16 "
            "English-Romanian and WMT14 English-German tasks, outperforming the baseline.")
    assert datasets(text, ["WMT16 English-Romanian", "WMT14 English-German"]) == \
        [(34.43, "WMT16 English-Romanian"), (29.01, "WMT14 English-German")]
    # acl2021:2021.acl-short.67, colm2025:mTJW8Y1nd8: a list after the number
    text = ("Extensive experiments show that the proposed model outperforms previous methods by "
            "5-18% on the TDDiscourse, TimeBank-Dense, and MATRES datasets.")
    assert datasets(text, ["TDDiscourse", "TimeBank-Dense", "MATRES"]) == [(5, None), (18, None)]
    text = ("Our method achieves up to 100\u00d7 higher parameter efficiency compared to FILA, "
            "and sets new state-of-the-art performance on benchmarks including TOFU, WMDP, and "
            "MUSE.")
    assert datasets(text, ["TOFU", "WMDP", "MUSE"]) == [(100, None)]
    # iclr2013:rOvg47Txgprkn: unless the number names the last
    text = ("Our experiments show improved performance on the CIFAR-10 and CIFAR-100 datasets -- "
            "in particular improving the state-of-the-art to 56.29% on the latter.")
    assert datasets(text, ["CIFAR-10", "CIFAR-100"]) == [(56.29, "CIFAR-100")]


def test_versions_in_dataset_names_are_not_results():
    text = "58.04% and 60.73% joint accuracy on MultiWOZ 2.0 and MultiWOZ 2.1, respectively"
    found = find_results(text, None, [(text.index(d), text.index(d) + 12, d)
                                      for d in ("MultiWOZ 2.0", "MultiWOZ 2.1")])
    assert [(c.value, c.attrs["dataset"]) for c in found] == [(58.04, "MultiWOZ 2.0"),
                                                              (60.73, "MultiWOZ 2.1")]


def test_results_on_unnamed_or_own_data():
    text = ("from 28% to 76% accuracy on our test set) and sets a new state of the art on the "
            "NoCha leaderboard")
    spans = [(text.index("NoCha"), text.index("NoCha") + 5, "NoCha")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)] == [None, None]
    text = ("We introduce the LIST2QA dataset. Our fine-tuned model shows increases of 3.1% "
            "in ROUGE-L.")
    spans = [(text.index("LIST2QA"), text.index("LIST2QA") + 7, "LIST2QA")]
    sentences = [(0, text.index(" Our") + 1), (text.index("Our"), len(text))]
    (found,) = find_results(text, sentences, spans)
    assert found.attrs["dataset"] == "LIST2QA"


def test_training_data_is_not_where_results_are_reported():
    text = "models trained on OpenWebMath outperform rule-based methods, improving it by 7.6%."
    spans = [(text.index("OpenWebMath"), text.index("OpenWebMath") + 11, "OpenWebMath")]
    (found,) = find_results(text, None, spans)
    assert found.attrs["dataset"] is None
    text = "We train our embeddings on Arabic Wikipedia; they are 60% smaller."
    spans = [(text.index("Wikipedia"), text.index("Wikipedia") + 9, "Wikipedia")]
    (found,) = find_results(text, None, spans)
    assert found.attrs["dataset"] is None


def test_results_on_several_unnamed_benchmarks_are_on_no_named_dataset():
    def datasets(text, names):
        spans = [(text.index(n), text.index(n) + len(n), n) for n in names]
        sentences = [(0, text.index("\n\n") + 2), (text.index("\n\n") + 2, len(text))]
        return [(c.value, c.attrs["dataset"]) for c in find_results(text, sentences, spans)]

    # colm2025:DW8U8ZWa1U: the training data named before, the result on unnamed benchmarks
    text = ("SAT: Dynamic Spatial Aptitude Training\n\nFor instance, SAT training improves a "
            "LLaVA-13B model by an average 11% and a LLaVA-Video-7B model by an average 8% on "
            "multiple spatial benchmarks, including our real-image dynamic test set.")
    assert datasets(text, ["SAT"])[1] == (8.0, None)
    # colm2025:cWVpXWARbt: not the paper's own (training) dataset either
    text = ("We construct CulTwin, a synthetic cultural dataset.\n\nExperiments on "
            "culture-specific benchmarks show that CultureCLIP outperforms the base CLIP, "
            "achieving up to a notable 5.49% improvement in fine-grained concept recognition.")
    assert datasets(text, ["CulTwin"]) == [(5.49, None)]
    # colm2025:SrKdi4MsUW: "over" a counted set of benchmarks, where "over" alone compares
    text = ("LongPerceptualThoughts: Distilling System-2 Reasoning\n\nOur model, trained on the "
            "generated dataset, achieves an average +3.4 points improvement over 5 vision-centric "
            "benchmarks.")
    assert datasets(text, ["LongPerceptualThoughts"]) == [(3.4, None)]
    # colm2025:Tahpc3iAnO: benchmarks named right after; acl:S18-1182: training data
    text = ("DPE\n\nDPE improves the models' performance, such as Llama3.1 70B, by over 18 "
            "points on popular long-context benchmarks RULER.")
    assert datasets(text, ["RULER"]) == [(18.0, "RULER")]
    text = ("SNU_IDS at SemEval-2018 Task 12\n\nLSTMs trained on MT datasets outperform several "
            "baselines, achieving accuracies of about 70% on the development set.")
    assert datasets(text, ["SemEval-2018 Task 12"]) == [(70.0, "SemEval-2018 Task 12")]


@pytest.mark.parametrize(
    "text",
    ["we repeat each experiment 5 times and report the accuracy of GPT-3.5 on it",
     "a 3x3 convolution with 16x16 patches",
     "low-rank representations of only 3-4 times the size of the mean vector"],
)
def test_counts_and_versions_are_not_results(text):
    assert results(text) == []


def test_results_default_to_the_benchmark_the_paper_introduces():
    text = ("We introduce a synthetic conversation dataset (CarMem) for voice assistants. "
            "Our system achieves an F1-score of .78 in preference extraction.")
    start = text.index("CarMem")
    sentences = [(0, text.index(" Our") + 1), (text.index("Our"), len(text))]
    (found,) = find_results(text, sentences, [(start, start + 6, "CarMem")])
    assert (found.value, found.attrs["dataset"]) == (0.78, "CarMem")


def test_results_default_to_the_shared_task_the_paper_takes_part_in():
    def dataset(text, name):
        start = text.index(name)
        sentences = [(0, text.index(". ") + 2), (text.index(". ") + 2, len(text))]
        return [c.attrs["dataset"] for c in find_results(text, sentences,
                                                         [(start, start + len(name), name)])]

    text = ("This paper describes our submission to the DSL 2016 shared-task, which included two "
            "sub-tasks. We obtained an F1 score of 0.4834, ranking 6th out of 18 participants.")
    assert dataset(text, "DSL 2016") == ["DSL 2016"]
    text = ("We have participated in the CoSQL shared task organized in the IntEx-SemPar workshop. "
            "Our shuffled back-translation model has led to a BLEU score of 7.47.")
    assert dataset(text, "CoSQL") == ["CoSQL"]
    # iclr2014:uuFh8Ny0WPw0B: a challenge whose name ends in its year
    text = ("This paper summarizes our entry in the Imagenet Large Scale Visual Recognition "
            "Challenge 2013. Our system achieved a top 5 classification error rate of 13.55%.")
    assert dataset(text, "Imagenet Large Scale Visual Recognition Challenge 2013") == \
        ["Imagenet Large Scale Visual Recognition Challenge 2013"]
    # others took part: the paper's 86.7% is on its own data
    text = ("Our system outperforms all systems that participated in the NEWS 2010 shared task. "
            "On word pairs extracted from parallel corpora, our system achieves 86.7% F-measure.")
    assert dataset(text, "NEWS 2010") == [None]


def test_a_result_on_a_name_takes_the_one_dated_form_the_paper_writes():
    def datasets(text, names):
        """(value, dataset) of the results, each name the last of its words in ``text``."""
        spans = [(text.rindex(n), text.rindex(n) + len(n), n) for n in names]
        return [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)]

    # acl:W19-5055: "MEDIQA" in the abstract, "MEDIQA 2019" in the title
    text = ("Saama Research at MEDIQA 2019: Pre-trained BioBERT with Attention Visualisation for "
            "Medical Natural Language Inference\n\nThe proposed model achieves state of the art "
            "results on MedNLI (83.45%) and an accuracy of 78.5% in MEDIQA challenge.")
    assert datasets(text, ["MEDIQA 2019", "MedNLI", "MEDIQA"]) == \
        [(83.45, "MedNLI"), (78.5, "MEDIQA 2019")]
    # acl:2020.iwslt.1.7: not when the name is also written with another year, "IWSLT test 2015"
    text = ("we describe the system submitted to the IWSLT 2020 Offline Speech Translation Task. "
            "It achieves BLEU scores of 24.58, 27.51, and 27.61 on IWSLT test 2015, MuST-C test, "
            "and Europarl-ST test sets respectively.")
    assert datasets(text, ["IWSLT 2020", "IWSLT", "MuST-C", "Europarl-ST"])[0] == (24.58, "IWSLT")


@given(st.text(alphabet=st.sampled_from("0123456789.,%x×/-+ BMKT$\\{}()abc\n"), max_size=120))
def test_rules_never_crash_and_stay_in_bounds(text):
    for cand in find_results(text) + find_quantities(text):
        assert 0 <= cand.start < cand.end <= len(text)
        assert cand.value is None or math.isfinite(cand.value)


def test_values_after_as_many_metrics_take_them_in_order():
    # acl:2020.acl.main.767
    text = ("Leveraging recent advances in neural text generation, obtaining BLEU and ROUGE "
            "scores of 0.23 and 0.63 for this task.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(0.23, "bleu"), (0.63, "rouge")]


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


def test_a_performance_takes_the_metric_of_the_papers_other_scores():
    # dev2-036: its scores are F-scores
    text = ("When the entities are given, the R-SAT outperforms baselines by about 32% (0.82 vs "
            "0.62 F-score). On the more difficult task of jointly inferring entities and "
            "relations, the R-SAT model achieves a performance of 0.34 and 0.45 for symptoms "
            "and medications respectively.")
    found = {c.value: c.attrs["metric_type"] for c in find_results(text)}
    assert found[0.34] == found[0.45] == "f1"


def test_the_values_a_change_goes_from_and_to_are_levels():
    # naacl2024:2024.findings-naacl.89: 48% and 32% are completion rates, not changes
    text = ("We find that the end-to-end task completion rate drops from 48% in English to 32% "
            "for other languages.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(48.0, "score"), (32.0, "score")]
    text = "The decrease in performance can range from 3% to 5% on this benchmark."
    assert [c.attrs["kind"] for c in find_results(text)] == ["delta", "delta"]


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


def test_precision_and_recall_written_as_single_letters():
    # acl:2020.acl.demos.41; acl:L16-1320
    text = "We extract 195k evidence sentences from 22M articles (P=0.82, R=0.58, F1=0.68)."
    assert [c.value for c in find_results(text)] == [0.82, 0.58, 0.68]
    text = "the minimal entity classifier are the following: P=0.926; R=0.849; F1=0.886."
    assert [c.value for c in find_results(text)] == [0.926, 0.849, 0.886]
    assert find_results("a constraint that turns out to be P=0.06N within the set") == []


def test_a_share_that_sets_a_condition_is_no_result():
    # acl2022:2022.acl-long.363; nips2013:3867
    text = ("self-ensemble can be particularly effective when training set is small, leading to "
            "+5 BLEU when only 5% of the total training data is accessible.")
    assert [c.value for c in find_results(text)] == [5]
    text = ("our methods achieve over 88% accuracy even when 40% of the labels are corrupted")
    assert [c.value for c in find_results(text)] == [88]


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
        # colm2025:ayi7qezU87; acl:K17-113 (the list shares the words before it); acl:L08-1568
        ("PyramidKV matches the performance of models with a full KV cache while retaining only "
         "12% of the KV cache, thus significantly reducing memory usage.", [(12, "ratio")]),
        ("With our selected context configurations, we train on only 14% (A), 26.2% (V), and "
         "33.6% (N) of all dependency-based contexts", [(14, "ratio"), (26.2, "ratio"),
                                                        (33.6, "ratio")]),
        ("With only 22 % acceptable translations, this test had disappointing results.",
         [(22, "score")]),
    ],
)
def test_a_share_a_system_uses_only_so_much_of_is_a_ratio(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:D18-1310; coling2022:2022.coling-1.276; icml2014:40ba698d49 and acl:L08-1131 (not)
        ("including the autoencoder components reduces training requirements to 60%, while "
         "retaining the same predictive accuracy.", [(60, "ratio")]),
        ("Compared to Adapter, our model parameters are reduced to approximately 11.75%, while",
         [(11.75, "ratio")]),
        ("Combining the network with a baseline system further reduces the error rate to 6.7%.",
         [(6.7, "score")]),
        ("The reduction of the model size can be up to 70% while the translation quality is being "
         "preserved.", [(70, "delta")]),
    ],
)
def test_a_resource_reduced_to_a_share_is_a_ratio(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


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


def test_a_list_runs_on_through_what_its_items_are_compared_to():
    # acl:2020.emnlp.main.366
    text = ("Our method decreases runtime by up to 71% compared to a fixed-width beam search "
            "baseline and 17% compared to a variable-width baseline, while matching baselines' "
            "BLEU.")
    assert [(c.value, c.attrs["kind"], c.attrs["metric_type"]) for c in find_results(text)] == \
        [(71, "delta", "speed"), (17, "delta", "speed")]


def test_a_change_named_more_than_50_characters_before_its_number():
    # acl:K19-171
    text = ("shows improvements in the slot tagging F1-score of up to 6.09% compared to existing "
            "approaches.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == [(6.09, "delta")]


def test_percent_points_and_fractions_as_many():
    # acl:P18-2108; icml2017:464
    text = ("the molecular information can enhance text-based DDI extraction by 2.39 percent "
            "points in the F-score on the DDIExtraction 2013 shared task data set.")
    assert results(text) == [(2.39, "points")]
    text = ("our method is 100x faster than a maximum likelihood approach and selects 1/4 as many "
            "extraneous dependencies.")
    assert results(text) == [(100, "x"), (0.25, "fraction")]


def test_a_baseline_named_before_of_gives_a_comparison_figure():
    # nips1989:947217a17a (the baseline's score only); acl2022:2022.findings-acl.232 (an increase)
    text = ("to compare the performance of the various architectures against a baseline "
            "recognition rate of 95.9% for a single IDNN on the six-speaker /b,d,g/ task.")
    assert [c.source for c in find_results(text)] == [COMPARISON]
    text = ("it outperformed the TextBugger baseline with an increase of 50% and 40% in terms of "
            "semantic preservation")
    assert results(text) == [(50, "%"), (40, "%")]


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


def test_shares_that_match_the_ground_truth_exactly_are_exact_match():
    # dev8 colm2025:CB3CeOWo0J
    text = ("Moreover, 37 out of the 50 (74%) individual information flow graphs and 41 out of "
            "50 (82%) cell execution dependency graphs match the ground truth exactly.")
    assert [c.attrs["metric_type"] for c in find_results(text)] == ["exact_match", "exact_match"]


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


@pytest.mark.parametrize(
    "text",
    [
        # acl:2020.smm4h.1.31, icml2019:3572, acl:2020.acl.main.265, acl:2020.semeval.1.257
        "In this case, the positive class is only 0.2% of the entire dataset.",
        "On the spam dataset, with 1% corruptions, we",
        "a dataset of over 45,000 sentences including a 10% human annotated test set for",
        "My system on training on 25% of the whole dataset achieves",
    ],
)
def test_shares_of_the_input_are_set_up(text):
    assert results(text) == []


def test_a_confidence_level_is_no_result():
    # acl:2020.acl.main.262; aistats2021:35c4a47940; naacl2021:2021.naacl-main.412/477
    text = ("consider a co-reference resolution system that is 5% more accurate on "
            "gender-stereotypical sentences \u2013 to claim it is biased with 95% confidence, we "
            "need a bias-specific dataset")
    assert results(text) == [(5, "%")]
    assert results("its 95% credible intervals for variable importance indeed cover") == []
    text = "with an error lower than 7% at 95% of confidence when measured on several QA systems."
    assert 95 not in [c.value for c in find_results(text)]
    text = "the target models have on average 73.64% confidence in wrong prediction"
    assert results(text) == [(73.64, "%")]


def test_a_share_of_data_used_is_an_efficiency_result():
    # acl:2020.emnlp.main.9; acl:S19-221 (a score on the test set is no split share)
    assert results("PRover obtains near perfect QA accuracy of 98% using only 40% of the "
                   "training data.") == [(98, "%"), (40, "%")]
    assert results("our best model achieves a 76.77% F1-score on the test set.") == [(76.77, "%")]


def test_squared_errors_are_scores_of_type_other():
    # acl:I17-176; icml2019:3572 ("error test error" is the same error, not a test error rate)
    text = ("demonstrate a model that achieves an RMSE of 0.057 and Spearman's rank correlation "
            "of 0.95 to human-generated scores.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(0.057, "other"), (0.95, "correlation")]
    text = ("on the drug design dataset, with 10% corruptions, we achieved 1.42 mean-squared "
            "error test error, compared to 1.51-2.33 for the baselines")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)
            if c.source != COMPARISON] == [(1.42, "other")]


def test_a_score_list_runs_on_through_what_each_score_is_on():
    # naacl2024:2024.findings-naacl.49; acl:2020.semeval.1.212
    text = ("Our atomic edit extraction achieves an F1 of 0.93 on German, 0.91 on Chinese, and "
            "0.891 on English.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(0.93, "f1"), (0.91, "f1"), (0.891, "f1")]
    text = ("yielded satisfactory accuracy of 0.92 for English, 0.81 for Danish, 0.84 for Turkish, "
            "0.85 for Greek, and 0.89 for Arabic.")
    assert results(text) == [(0.92, ""), (0.81, ""), (0.84, ""), (0.85, ""), (0.89, "")]


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
    ],
)
def test_the_share_of_cases_a_system_wins_is_a_win_rate(text):
    assert [c.attrs["metric_type"] for c in find_results(text)] == ["win_rate"]


def test_a_share_of_a_resource_after_a_comparison_is_no_win_rate():
    text = ("substantially better than other zero-shot baselines, and performs as good as a parser "
            "trained on over 30% of the target domain examples.")
    assert [c.attrs["metric_type"] for c in find_results(text)] != ["win_rate"]


def test_list_items_each_followed_by_a_gerund_phrase_share_the_metric():
    # dev8 colm2025:CB3CeOWo0J: "98% identifying X and 99% identifying Y" is one list of F1 scores
    text = ("Across 50 notebooks, CRABS achieves average $F_1$ scores of 98% identifying "
            "cell-to-cell information flows and 99% identifying transitive cell execution "
            "dependencies.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(98.0, "f1"), (99.0, "f1")]


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


def test_figures_after_a_change_and_commas_repeat_the_change():
    text = ("Our results demonstrate that ADaPT substantially outperforms established strong "
            "baselines, achieving success rates up to 28.3% higher in ALFWorld, 27% in WebShop, "
            "and 33% in TextCraft.")
    assert [c.attrs["kind"] for c in find_results(text)] == ["delta", "delta", "delta"]


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
        # acl:L12-1390: agreement with annotators' labels is an accuracy
        ("We achieve 70.4% agreement with human annotators.", ["accuracy"]),
    ],
)
def test_annotators_agreement_is_a_correlation(text, types):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [c.attrs["metric_type"] for c in found] == types


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


def test_maximum_a_posteriori_is_no_metric():
    found = find_results("Exact MAP inference is 12% faster than the baseline.")
    assert [c.attrs["metric_type"] for c in found] == ["speed"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # acl:D19-1110, acl:D19-1670, icml2018:2154: a share of the model's parts or of the
        # training set is a cost
        ("we present models that rely exclusively on as few as three WFSAs after pruning more "
         "than 90% of the weights.", ["cost"]),
        ("training with EDA while using only 50% of the available training set achieved the same "
         "accuracy as normal training with all available data.", ["cost"]),
        ("We show that it is possible to generate localized adversarial noises that cover only 2% "
         "of the pixels in the image.", ["cost"]),
    ],
)
def test_a_share_of_the_model_or_training_set_is_a_cost(text, types):
    found = sorted(find_results(text), key=lambda c: c.start)
    assert [c.attrs["metric_type"] for c in found] == types


def _first_characters(items) -> tuple[set, bool]:
    """The characters a parsed regex sequence can start with, and whether it can match empty
    (LITERAL, IN of literals and ranges, groups, branches, repeats and assertions: what
    METRICS is written with)."""
    from re import _constants as c

    found: set = set()
    for op, av in items:
        if op is c.LITERAL:
            return found | {chr(av)}, False
        if op is c.IN:
            assert all(o in (c.LITERAL, c.RANGE) for o, _ in av), av
            return found | {chr(a) if o is c.LITERAL else (chr(a[0]), chr(a[1]))
                            for o, a in av}, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.SUBPATTERN:
            alternatives, optional = [av[-1].data], False
        elif op is c.BRANCH:
            alternatives, optional = [p.data for p in av[1]], False
        else:
            assert op in (c.MAX_REPEAT, c.MIN_REPEAT), op
            alternatives, optional = [av[2].data], av[0] == 0
        empty = optional
        for alternative in alternatives:
            chars, can_be_empty = _first_characters(alternative)
            found |= chars
            empty = empty or can_be_empty
        if not empty:
            return found, False
    return found, True


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


# dataset names and result datasets
def _result_datasets(text, names):
    """(value, dataset) of each result in ``text`` (sentences end at ". " and the title at a
    blank line), with ``names`` found as datasets."""
    import re

    spans = [(m.start(), m.end(), n) for n in names for m in re.finditer(re.escape(n), text)]
    starts = [0] + [m.end() for m in re.finditer(r"\n\n|\. ", text)]
    sentences = list(zip(starts, [*starts[1:], len(text)], strict=True))
    return [(c.value, c.attrs["dataset"]) for c in find_results(text, sentences, spans)]


def test_results_of_a_paper_taking_part_in_a_shared_task_are_on_it():
    # acl:I17-410: "a validation set" of the task the title's team takes part in
    text = ("ADAPT Centre Cone Team at IJCNLP-2017 Task 5: A Similarity-Based Logistic "
            "Regression Approach\n\nWe obtain the highest grade out of six systems: 48.7% "
            "accuracy on a validation set (vs. a baseline of 29.45%) and 45.6% on a test set.")
    found = dict(_result_datasets(text, ["IJCNLP-2017 Task 5"]))
    assert found[48.7] == found[45.6] == "IJCNLP-2017 Task 5"
    # acl:W19-5416: the paper's part named after the task; the earlier edition is others'
    text = ("Effort-Aware Neural Automatic Post-Editing\n\nFor this round of the WMT 2019 APE "
            "shared task, our submission focuses on addressing the over-correction problem in "
            "APE. Following the best submissions to the WMT 2018 APE shared task, our backbone "
            "architecture is based on multi-source Transformer. In the first subtask, our best "
            "submission improved the original MT output quality up to +0.98 BLEU.")
    assert _result_datasets(text, ["WMT 2019 APE", "WMT 2018 APE"]) == [(0.98, "WMT 2019 APE")]
    # acl:W19-1420: a team's approaches in a campaign's edition
    text = ("Investigating Machine Learning Methods for Language and Dialect Identification of "
            "Cuneiform Texts\n\nThis paper describes the approaches taken by SharifCL team to "
            "this problem in VarDial 2019. The best result belongs to an ensemble of Support "
            "Vector Machines, with macro-averaged F1-score of 72.10%.")
    assert _result_datasets(text, ["VarDial 2019"]) == [(72.1, "VarDial 2019")]
    # acl:2020.wmt.1.36: the paper's own test set, not the task's
    text = ("The DeepMind Chinese-English Document Translation System at WMT2020\n\nThis paper "
            "describes the DeepMind submission to the constrained data track of the WMT2020 "
            "Shared Task on News Translation. Our final system provides a 9.9 BLEU points "
            "improvement over a baseline Transformer on our test set (newstest 2019).")
    assert _result_datasets(text, ["WMT2020"]) == [(9.9, None)]


def test_results_default_to_a_benchmark_the_paper_designs():
    # acl2022:2022.findings-acl.142: the verbs are names.INTRODUCING_VERBS
    text = ("We design a synthetic benchmark, CommaQA, with three complex reasoning tasks. We "
            "show that black-box models struggle to learn this task from scratch (accuracy "
            "under 50%) even with access to each agent's knowledge.")
    assert _result_datasets(text, ["CommaQA"]) == [(50.0, "CommaQA")]


def test_results_on_the_one_shared_task_of_a_paper_that_took_part():
    # acl:W17-5028: the part is written in the next sentence
    text = ("Fewer features perform well at Native Language Identification task\n\nThis paper "
            "describes our results at the NLI shared task 2017. We participated in essays, "
            "speech, and fusion task. Our best-performing systems achieved F1-scores of 87.16%, "
            "83.33% and 91.75% on the essay track, the speech track and the fusion track "
            "respectively.")
    assert {d for _, d in _result_datasets(text, ["NLI shared task 2017"])} == {
        "NLI shared task 2017"}


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
        # acl:2020.emnlp.main.369 (dev10): what a part of the data makes up of it (R-res-setup)
        ("The corpus is balanced across the 5 possible star ratings, so each rating constitutes "
         "20% of the reviews in each language.", []),
        # acl2021:2021.acl-long.132
        ("Hateful entries make up 54% of the dataset, which is substantially higher than "
         "comparable datasets.", []),
        # acl2022:2022.findings-acl.317: what a system can do stays a result
        ("ThingTalk can represent 98% of the test turns, while the simulator can", [(98, "%")]),
    ],
)
def test_share_the_data_is_made_up_of_is_setup(text, expected):
    assert results(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # iclr2018:r1kP7vlRb (dev6): unitless differences named by a change noun after them
        ("whereas SeqGAN gains 0.42 improvement of NLL over MLE on synthetic data, our best model "
         "gains 3.02 improvement", [(0.42, ""), (3.02, "points")]),
        # acl2021:2021.acl-short.135 (dev8)
        ("Particularly, 2.51 absolute improvement against BART and 2.50 over PEGASUS w.r.t "
         "ROUGE-1", [(2.51, "points")]),
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
        # acl:2020.ngt.1.20 (dev8): "macro" alone before the metric
        ("We achieve an 37.57 macro F1 with a 6 checkpoint model ensemble on the official shared "
         "task test data", [(37.57, "")]),
        # acl:2020.ngt.1.19
        ("Our final submission achieves a 0.5510 weighted F1 score on the blind test set",
         [(0.551, "")]),
        # acl:K17-306
        ("Our system ranked 5 th and achieved 70.93 overall LAS score over the 81 test corpora",
         [(70.93, "")]),
    ],
)
def test_score_with_an_averaging_word_before_its_metric(text, expected):
    assert results(text) == expected


def test_next_change_naming_what_changes_again():
    # acl:W16-4615: "and the RIBES score from": the start is the reference point, as the first
    text = ("the insertion of empty categories alone improves the BLEU score from 33.2 to 34.3 and "
            "the RIBES score from 76.3 to 78.7, which improves")
    assert [(c.value, c.source == COMPARISON) for c in find_results(text)] == [
        (33.2, True), (34.3, False), (76.3, True), (78.7, False)]


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


def test_a_real_time_factor_is_a_speed():
    # acl:L16-1610 (dev10)
    text = ("the ONC-based syllable acoustic modeling achieves the best performance with the word "
            "error rate (WER) of 9.66% and the real time factor (RTF) of 1.38812.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == \
        [(9.66, "error_rate"), (1.38812, "speed")]


def test_a_value_written_with_a_minus_sign_is_a_change():
    # naacl2024:2024.naacl-long.120 (dev9); corpus: the APE shared tasks' TER changes
    text = ("random decisions decrease GPT4\u2019s response quality by -97% than expert decisions. "
            "Our primary submission achieves -4.52 TER and +6.81 BLEU score on PBSMT task.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(-97, "delta"), (-4.52, "delta"), (6.81, "delta")]


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
    ],
)
def test_more_metric_names(text, expected):
    assert results(text) == expected


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


# ----- dataset names (round 8)


def _two_sentences(first, second, names):
    text = f"{first} {second}"
    sentences = [(0, len(first) + 1), (len(first) + 1, len(text))]
    spans = [(text.index(d), text.index(d) + len(d), d) for d in names]
    return [(c.value, c.attrs["dataset"]) for c in find_results(text, sentences, spans)]


def test_the_one_dataset_of_the_experiments_carries_a_later_result():
    # acl2022:2022.acl-long.503 (dev9): R-ds-context, "Results on GLUE" then "95% accuracy"
    found = _two_sentences("Results on GLUE show that our approach can reduce latency by 65% "
                           "without sacrificing performance.", "By using only two-layer "
                           "transformer calculations, we can still maintain 95% accuracy of BERT.",
                           ["GLUE"])
    assert (95.0, "GLUE") in found
    # dev2-052: not a result on the paper's own test set, named in its sentence
    found = _two_sentences("Our model achieves state-of-the-art results on the Wiktionary test "
                           "set.", "It reduces phoneme error rate on our out-of-domain test set to "
                           "6.39% from the unimodal 8.21%.", ["Wiktionary"])
    assert (6.39, None) in found
    # nips2016:7403: an efficiency ratio is of the system, not of the data (dev9 precedent)
    found = _two_sentences("Experiments on PASCAL VOC show competitive accuracy.", "Our result "
                           "is achieved at a test-time speed of 170ms per image, 2.5 times faster "
                           "than the Faster R-CNN counterpart.", ["PASCAL VOC"])
    assert all(d is None for v, d in found if v == 2.5)


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
        # acl:2020.lrec.1.628
        ("The corpus contains approximately 38.6% of humorous tweets with an average score of "
         "2.04 in a scale from 1 to 5 for the humorous ones.", [(38.6, "other"), (2.04, "score")]),
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
    ],
)
def test_figure_in_parentheses_after_what_is_outperformed(text, expected):
    assert [(c.value, c.source) for c in find_results(text)] == expected


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coling2022:2022.coling-1.626 (dev11): a speeding verb and "in" before "N times"
        ("Plus, we show that the phonetic embeddings can easily be downsampled with k-means "
         "clustering, speeding up inference in 3.5 times at only slight accuracy penalties.",
         [(3.5, "x")]),
        # coling2025:2025.coling-main.694: a speed-up noun and "of"
        ("Compared to LLaVA-1.5, VisualRWKV has a speed advantage of 3.98 times and can save 54% "
         "of GPU memory.", [(54, "%"), (3.98, "x")]),
        # naacl2024:2024.naacl-industry.26
        ("the lightweight phrase selection pass can be moved before context encoding, resulting "
         "in a speedup of up to 16.1 times", [(16.1, "x")]),
        # not a count of runs
        ("We run each experiment 5 times and sample up to 10 times.", []),
    ],
)
def test_factor_written_n_times(text, expected):
    assert [(c.value, c.unit) for c in find_results(text)] == expected


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
        # naacl2024:2024.findings-naacl.225 (dev9): what other systems have more of, after
        # "models with", is set-up (the coordinated 35-863x is not reached)
        ("Experiments on the XM3600 dataset show that PAELLA can outperform or compete against "
         "some models with 3\u201377\u00d7 more learned parameters.", []),
        # naacl2022:2022.naacl-main.201
        ("MetaICL outperforms much bigger models with nearly 8x parameters.", []),
        # acl2022:2022.findings-acl.187: the paper's own model has fewer
        ("It achieves 44.5% zero-shot accuracy on the VQAv2 dataset, surpassing the previous "
         "state-of-the-art zero-shot model with 7\u00d7 fewer parameters.",
         [(44.5, "%"), (7, "x")]),
    ],
)
def test_ratio_other_systems_have(text, expected):
    assert [(c.value, c.unit) for c in find_results(text)] == expected


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


# ----- result datasets (round 9)
def test_respectively_pairs_with_the_list_of_the_sentence_before():
    # acl2021:2021.acl-long.504: the sentence with "respectively" names no dataset
    text = ("We evaluate our approaches on two large-scale machine translation tasks, WMT’14 "
            "English-German and WMT’19 Chinese-English. Experimental results show that our "
            "approaches yield up to +1.28 and +0.89 BLEU points improvements over the "
            "Transformer baseline, respectively.")
    cut = text.index("Experimental")
    spans = [(text.index(d), text.index(d) + len(d), d)
             for d in ("WMT’14 English-German", "WMT’19 Chinese-English")]
    found = find_results(text, [(0, cut), (cut, len(text))], spans)
    assert [(c.value, c.attrs["dataset"]) for c in found] == [
        (1.28, "WMT’14 English-German"), (0.89, "WMT’19 Chinese-English")]


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # iclr2018:rkGZuJb0b: "test ... on the"
        ("We employ MERA as a replacement for linear layers in a neural network and test this "
         "implementation on the CIFAR-10 dataset. We demonstrate MERA-layers with 3900 times "
         "fewer parameters and a reduction in accuracy of less than 1% compared to the "
         "equivalent fully connected layers.", 1, "CIFAR-10"),
        # acl:2020.splu.1.2: "evaluated with the"
        ("The model was evaluated with the SemEval 2015 dataset. The result showed a 15.4% point "
         "increase in spatial element extraction.", 15.4, "SemEval 2015"),
        # acl:D19-5821: "evaluated on the ... dataset NAME"
        ("Our models are trained and evaluated on the recent question-answering dataset SQuAD. "
         "Experiment results show that our best model advances the BLEU 4 score of the existing "
         "best models from 16.85 to 22.17.", 22.17, "SQuAD"),
    ],
)
def test_the_one_dataset_the_experiments_are_run_on(text, value, name):
    cut = text.index(". ") + 2  # the result is in the sentence after the dataset's
    spans = [(text.index(name), text.index(name) + len(name), name)]
    found = find_results(text, [(0, cut), (cut, len(text))], spans)
    assert [c.attrs["dataset"] for c in found if c.value == value] == [name]


def test_the_dataset_of_the_experiments_beside_another_named_later():
    # acl:Q18-106: SemEval-2015 Task 4, named later, is not the experiments' of the 33.1 points
    text = ("We evaluate the approach on the TimeBank-EventTime Corpus. For events that span over "
            "a single day we observe an accuracy improvement of 33.1 points compared to the "
            "state-of-the-art CAEVO system. Without retraining, we apply this model to the "
            "SemEval-2015 Task 4 on automatic timeline generation and achieve an improvement of "
            "4.01 points F1-score compared to the state-of-the-art.")
    cuts = [0, text.index("For"), text.index("Without"), len(text)]
    spans = [(text.index(d), text.index(d) + len(d), d)
             for d in ("TimeBank-EventTime Corpus", "SemEval-2015 Task 4")]
    found = find_results(text, list(zip(cuts, cuts[1:], strict=False)), spans)
    assert [(c.value, c.attrs["dataset"]) for c in found] == [
        (33.1, "TimeBank-EventTime Corpus"), (4.01, "SemEval-2015 Task 4")]


def test_a_dataset_opening_the_sentence_is_a_contrast_clauses_too():
    # acl:D18-144: "On X, ... while maintaining 88% ..."; iclr2018:H1meywxRW "while the ensemble"
    text = ("On WMT’14 English-German translation, the SAT achieves 5.58× speedup while "
            "maintaining 88% translation quality, significantly better than the previous "
            "non-autoregressive methods.")
    name = "WMT’14 English-German"
    spans = [(text.index(name), text.index(name) + len(name), name)]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)] == [name, name]
    # a clause naming other data keeps its own (acl:W18-2708)
    text = ("On WMT news test data, we observe an improvement of +1.8 BLEU points and on EMEA "
            "data we observe an improvement of +2.7 BLEU points.")
    spans = [(text.index("WMT"), text.index("WMT") + 3, "WMT")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)] == ["WMT", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:W16-4602: RIBES is no BLEU
        ("achieves a substantial improvement of up to 3.1 BLEU points and 2.3 RIBES points over "
         "traditional SMT systems", [(3.1, "bleu"), (2.3, "other")]),
        # coling2025:2025.coling-main.113
        ("MupPCQA shows an improvement of nearly 11% in BLEU, with increases of 20% and 17.5% in "
         "BERTScore and CodeBERTScore.", [(11, "bleu"), (20, "other"), (17.5, "other")]),
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
    ],
)
def test_metric_type_of_a_training_speed_up(text, expected):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == expected


def test_a_relative_clause_with_its_own_subject_names_no_dataset_of_the_number():
    # acl:2020.lrec.1.810 (dev10): the CSJ model is the previous study's
    text = ("Our new acoustic models achieve word error rates (WER) as low as 13.38%, exceeding "
            "the results of our previous study in which we used the CSJ acoustic model adapted "
            "for elderly speech.")
    spans = [(text.index("CSJ"), text.index("CSJ") + 3, "CSJ")]
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)] == [
        (13.38, None)]


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


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:D19-1553: Amazon is not found as a name; 38% is on it, not on Yelp
        ("which achieves 11% and 38% relative improvements of the overall metric on the Yelp and "
         "Amazon datasets, respectively.", ["Yelp"], [(11, "Yelp"), (38, None)]),
        # coling2022:2022.coling-1.386 (dev3)
        ("our cross-lingual models achieve 0.52%, 2.09% and 1.29% average performance "
         "improvements on zero-shot cross-lingual NER, sentiment classification and XNLI tasks, "
         "respectively.", ["XNLI"], [(0.52, None), (2.09, None), (1.29, "XNLI")]),
        # acl:2020.semeval.1.279: the parts of one task keep its name
        ("HMTL outperforms the baseline model by 3% and 2% of Macro F-score in Sub-tasks B and C "
         "of OffensEval 2020, respectively.", ["OffensEval 2020"],
         [(3, "OffensEval 2020"), (2, "OffensEval 2020")]),
    ],
)
def test_respectively_pairs_numbers_with_list_items_that_name_no_dataset(text, names, expected):
    spans = [(text.index(d), text.index(d) + len(d), d) for d in names]
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)] == expected


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
        # near misses: no metric after "in" ("0.11 in serendipity"), a generic word
        ("we gain 0.5 in performance over the baseline", []),
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
        # coling2022:2022.coling-1.404
        ("achieves a GLUE score of 83.0, which is 1.4 higher than Length Adaptive Transformer and "
         "2.9 higher than the original model.",
         [(83.0, "", "score"), (1.4, "points", "delta"), (2.9, "points", "delta")]),
        # coling2022:2022.coling-1.331
        ("we created outputs with an average F-measure of 86.8, which is 1.7 better than the best "
         "single systems.", [(86.8, "", "score"), (1.7, "points", "delta")]),
        # near miss: no metric named before
        ("we use a learning rate 0.1 lower than the default one", []),
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


# round 7, datasets


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:2020.webnlg.1.11 (dev12): R-ds-context, the one dataset evaluated on just before
        ("We demonstrate the efficacy of our methods on the popular WebNLG dataset. Our best model "
         "achieves an almost 3 point BLEU improvement on a strong baseline while lowering the "
         "relative slot-error-rate by around 35%.", ["WebNLG"], [(3, "WebNLG"), (35, "WebNLG")]),
        # acl:K19-170
        ("We test the relation module on the SQuAD 2.0 dataset using both the BiDAF and BERT "
         "models as baseline readers. We obtain 1.8% gain of F1 accuracy on top of the BiDAF "
         "reader, and 1.0% on top of the BERT base model.", ["SQuAD 2.0"],
         [(1.8, "SQuAD 2.0"), (1.0, "SQuAD 2.0")]),
        # acl:C16-1223
        ("We evaluate our proposed models on the SemEval-2010 Task 8 dataset. The empirical "
         "results show that with two additional features, our model achieves the state-of-the-art "
         "result of F1 score of 85.7.", ["SemEval-2010 Task 8"], [(85.7, "SemEval-2010 Task 8")]),
    ],
)
def test_a_result_after_the_sentence_that_evaluates_on_the_one_dataset_is_on_it(
        text, names, expected):
    assert _result_datasets(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # icml2019:3586: a setting of its own opens the sentence
        ("For anomaly detection on CIFAR-10, it yields up to 3.9% points improvement over "
         "previously reported results. On a real anomaly detection task, the approach reduces the "
         "error of the baseline models from 6.8% to 1.5%.", ["CIFAR-10"],
         [(3.9, "CIFAR-10"), (6.8, None), (1.5, None)]),
        # acl2021:2021.acl-short.41: a second, unnamed dataset beside the name
        ("We study two fundamental document entity extraction tasks on the public FUNSD dataset "
         "and a large-scale payment dataset. We show that ROPE consistently improves existing "
         "GCNs with a margin up to 8.4% F1-score.", ["FUNSD"], [(8.4, None)]),
        # naacl2021:2021.naacl-main.25: one name of a list (20Newsgroups not found)
        ("We show strong quantitative and qualitative results on the 20Newsgroups and AG News "
         "datasets. In the semi-supervised setting, we outperform state-of-the-art results by "
         "+13.5% and +6.9%, respectively (AUROC).", ["AG News"], [(13.5, None), (6.9, None)]),
        # aistats2023:818ec15582: a dataset given as an example
        ("For example, on CelebA, a GAN with the scheduler requires only one-tenth of the tuning "
         "budget. Moreover, the scheduler leads to improvements in model quality, reaching up to "
         "27% in Frechet Inception Distance for image generation.", ["CelebA"], [(27, None)]),
        # acl:L08-1151: a base, not what is evaluated on
        ("We create a feature-annotated English treebank based on the Penn Treebank. The "
         "unsupervised estimation procedure gives a substantial error reduction (up to 31.6%).",
         ["Penn Treebank"], [(31.6, None)]),
    ],
)
def test_a_result_after_a_sentence_with_a_dataset_keeps_none_where_it_may_be_on_other_data(
        text, names, expected):
    assert _result_datasets(text, names) == expected


def test_and_on_average_is_no_clause_on_other_data():
    # acl:2020.acl.main.439 (dev7): the average over DiscoEval's tasks is on DiscoEval
    text = ("On the discourse representation benchmark DiscoEval, our model improves over the "
            "previous state-of-the-art by up to 13% and on average 4% absolute across 7 tasks.")
    assert _result_datasets(text, ["DiscoEval"]) == [(13, "DiscoEval"), (4, "DiscoEval")]
    # near miss: "and on" another dataset still starts a clause of its own
    text = ("On the benchmark DiscoEval, our model improves by 13% and on RTE by 4%.")
    assert _result_datasets(text, ["DiscoEval", "RTE"]) == [(13, "DiscoEval"), (4, "RTE")]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # icml2017:634 (dev12)
        ("we discover models for the CIFAR-10 and CIFAR-100 datasets, starting from trivial "
         "initial conditions and reaching accuracies of 94.6% (95.6% for ensemble) and 77.0%, "
         "respectively.", ["CIFAR-10", "CIFAR-100"],
         [(94.6, "CIFAR-10"), (95.6, "CIFAR-10"), (77.0, "CIFAR-100")]),
        # colm2025:Y131N9fUbU
        ("On the GSM8K and HumanEval datasets, our method achieves a 2.26x speedup (9.4% "
         "improvement) and 2.23x speedup (11.1% improvement), respectively.",
         ["GSM8K", "HumanEval"],
         [(2.26, "GSM8K"), (9.4, "GSM8K"), (2.23, "HumanEval"), (11.1, "HumanEval")]),
    ],
)
def test_respectively_pairs_numbers_outside_parentheses_with_the_datasets(text, names, expected):
    assert _result_datasets(text, names) == expected


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


def test_lowercase_r_after_a_precision_is_no_correlation():
    # acl:L16-1320: "r" is the recall there
    text = ("the second classifier\u2019s performances are the following: p=0.683;r=0.956;"
            "f1=0.797.")
    assert all(c.attrs["metric_type"] != "correlation" for c in find_results(text))


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


# round 8, the dataset and metric type of each result


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # naacl2024:2024.findings-naacl.4 (dev9): R-ds-context, the one dataset evaluated on two
        # sentences before, no sentence between naming other data
        ("Using a small transformer architecture we are able to decrease latency, while MRR@10 "
         "on the MS MARCO dev set only decreases from 38.2 to 36.2. If this solution does not "
         "reach the desired latency requirements, we propose an efficient RNN as the query "
         "encoder. This shortens latency with only a minor drop in quality, reaching 35.5 "
         "MRR@10 score.", ["MS MARCO"],
         [(35.5, "MS MARCO"), (38.2, "MS MARCO"), (36.2, "MS MARCO")]),
        # nips2015:5856
        ("We show that the model reaches a competitive 18.6% phoneme error rate (PER) on the "
         "TIMIT phoneme recognition task. We offer a qualitative explanation of this failure. "
         "The new method yields a model that achieves 18% PER in single utterances.", ["TIMIT"],
         [(18.6, "TIMIT"), (18, "TIMIT")]),
        # near miss: a sentence between them opens a setting of its own
        ("We show that the model reaches a competitive 18.6% phoneme error rate (PER) on the "
         "TIMIT phoneme recognition task. On noisy speech, we offer a qualitative explanation. "
         "The new method yields a model that achieves 18% PER in single utterances.", ["TIMIT"],
         [(18.6, "TIMIT"), (18, None)]),
    ],
)
def test_a_result_a_few_sentences_after_the_one_dataset_evaluated_on_is_on_it(
        text, names, expected):
    assert _result_datasets(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # naacl2024:2024.naacl-long.191 (dev8): the result is in a downstream task of its own
        ("Our technique sets a new state of the art on the COPES dataset for causal event "
         "relation identification. Further, in the downstream story quality evaluation task, the "
         "identified causal relations lead to 3.6-16.6% relative improvement on correlation with "
         "human ratings.", ["COPES"], [(3.6, None), (16.6, None)]),
        # acl:2020.acl.main.242: data the names leave out, cited in the result's sentence
        ("Our PosCal achieves about 2.5% of task performance gain on GLUE. PosCal is simple. "
         "We achieved the comparable task performance with 13.2% calibration error reduction on "
         "xSLUE (Kang and Hovy, 2019).", ["GLUE"], [(2.5, "GLUE"), (13.2, None)]),
        # acl:2020.lrec.1.567: the corpus a new one builds on is not evaluated on
        ("Building on the original Universal Dependencies Finnish corpus of 754 documents, we "
         "introduce annotation marking person names. The new annotation identifies over 10,000 "
         "mentions. An evaluation indicates that the quality of annotation is high, at 94.5% "
         "F-score for exact match.", ["Universal Dependencies Finnish"], [(94.5, None)]),
        # acl:C16-1248: the name is one item of a list of data
        ("The model is evaluated on data taken from SemEval Workshops and Bing Liu's review "
         "collection. It shows comparatively better performance against few existing methods. "
         "Overall, we get prediction accuracy in a range of 83-88%.", ["SemEval"],
         [(83, None), (88, None)]),
    ],
)
def test_no_result_a_few_sentences_on_takes_a_dataset_the_context_does_not_carry(
        text, names, expected):
    assert _result_datasets(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:2020.tacl.1.50: a concession names other data
        ("Our approach reduces relative error by 2\u201321% on a diverse set of structured "
         "prediction tasks, although we obtain mixed results on the GLUE benchmark.", ["GLUE"],
         [(2, None), (21, None)]),
        # acl:P17-174: a consequence of the result
        ("Human experts rated the automatic edits as \u201cGood\u201d or \u201cAcceptable\u201d in "
         "at least 95% of cases, so we applied ERRANT to the system output of the CoNLL-2014 "
         "shared task to carry out a detailed error type analysis.", ["CoNLL-2014"], [(95, None)]),
        # naacl2024:2024.naacl-long.335 (dev3): a participle on what the result shows
        ("On 6 out-of-domain datasets, it achieves 5-44 absolute point gains compared with the "
         "base model, showing that training on TableInstruct enhances the model\u2019s "
         "generalizability.", ["TableInstruct"], [(5, None), (44, None)]),
        # near miss: a second predicate of the same subject is on the same data
        ("Our experiments show that the proposed approach improves translation performance by "
         "more than 2 BLEU over a strong baseline and achieves state-of-the-art results on the "
         "MuST-C English-German, English-French and English-Spanish language pairs.", ["MuST-C"],
         [(2, "MuST-C")]),
        # near miss: naacl2024:2024.naacl-long.54, far after the number in its clause
        ("MathSensei achieves 13.5% better accuracy over gpt-3.5-turbo with Chain-of-Thought on "
         "the MATH dataset.", ["MATH"], [(13.5, "MATH")]),
    ],
)
def test_a_dataset_named_later_past_a_clause_of_its_own_is_not_the_results(
        text, names, expected):
    assert _result_datasets(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:2020.emnlp.main.97: words that qualify the data between "on" and the name
        ("SSMBA outperforms baseline models, achieving gains of 1.8% accuracy on OOD MNLI, and "
         "1.4 BLEU on in-domain IWSLT14 German-English.", ["MNLI", "IWSLT14 German-English"],
         [(1.8, "MNLI"), (1.4, "IWSLT14 German-English")]),
        # acl:N19-1362
        ("Experiments show a gain of 2.7% on the recently released SQuAD 2.0 and 1.3% on "
         "MultiNLI.", ["SQuAD 2.0", "MultiNLI"], [(2.7, "SQuAD 2.0"), (1.3, "MultiNLI")]),
        # near miss, acl:E17-178: a name right after a prefix of its own
        ("our method yields an absolute improvement in linking performance of up to 1.7 F1 on "
         "AIDA/CoNLL\u201903 and up to 2.4 F1 on the English TAC KBP 2015 TEDL dataset.",
         ["CoNLL\u201903", "English TAC KBP 2015 TEDL"],
         [(1.7, "CoNLL\u201903"), (2.4, "English TAC KBP 2015 TEDL")]),
    ],
)
def test_on_a_dataset_after_a_result_with_words_that_qualify_it(text, names, expected):
    assert _result_datasets(text, names) == expected


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
    ],
)
def test_metric_types_of_correlation_coefficients_by_their_initials(text, types):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == types


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


# round 9, dataset names and result datasets


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:2020.trac.1.15 (dev12): "our results for" the one competition the paper took part in
        ("BERT of all trades, master of some\n\nThis paper describes our results for TRAC 2020 "
         "competition held together with the conference LREC 2020. Our model placed first in "
         "English and second in Bengali gendered text classification competition tasks with 0.87 "
         "and 0.93 in F1-score respectively.", ["TRAC 2020"], [(0.87, "TRAC 2020"),
                                                              (0.93, "TRAC 2020")]),
        # acl:2018.jeptalnrecital.deft.12 (dev11): "our contribution in"
        ("Seed Words For French Tweets\n\nWe present, in this paper, our contribution in DEFT "
         "2018 task 2 : \u201cGlobal polarity\u201d. Our semi-supervised system achieved an "
         "F1-measure equals to 0.64.", ["DEFT 2018 task 2"], [(0.64, "DEFT 2018 task 2")]),
        # near miss: results compared to a shared task's are not a part in it
        ("Seed Words For French Tweets\n\nWe compare our results to the systems of the DEFT "
         "2018 task 2. Our semi-supervised system achieved an F1-measure equals to 0.64.",
         ["DEFT 2018 task 2"], [(0.64, None)]),
    ],
)
def test_results_of_the_papers_contribution_to_a_shared_task_are_on_it(text, names, expected):
    assert _result_datasets(text, names) == expected


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


# round 12, result datasets and metric types by corpus audit


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:W16-4831: the task's acronym in parentheses before "Shared Task"
        ("This paper describes our submission to the 2016 Discriminating Similar Languages (DSL) "
         "Shared Task. We participated in the closed Sub-task 1. It achieved an accuracy of "
         "88.45% with minimal tuning.", ["DSL"], [(88.45, "DSL")]),
        # acl:2020.wmt.1.106: lower-case words between the campaign and "task"
        ("This paper presents the description of our submission to WMT20 sentence filtering "
         "task. For the mBART setup, our method shows 7% relative improvement in sacreBLEU score "
         "on the test set.", ["WMT20"], [(7.0, "WMT20")]),
        # near miss: a campaign the paper takes part in that is not named as a task
        ("This paper describes our submission to the DSL corpus. It achieved an accuracy of "
         "88.45% with minimal tuning.", ["DSL"], [(88.45, None)]),
    ],
)
def test_a_shared_task_named_with_its_acronym_or_words_before_task(text, names, expected):
    assert _result_datasets(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:2020.acl.main.187: the paper's benchmark, after the verb and a comma
        ("We focus on natural language to SQL systems and construct, SPLASH, a dataset of "
         "utterances and feedback. While we estimated human correction accuracy is 81.5%, our "
         "best model achieves only 25.1%, which leaves a large gap.", ["SPLASH"],
         [(81.5, "SPLASH"), (25.1, "SPLASH")]),
        # acl:W18-5907: its acronym after the spelled-out name, before the head
        ("In a novel step, we present an annotated Emergency Blood Donation Request (EBDR) "
         "dataset to classify tweets. Our experiments also present a quantitative evidence that "
         "heuristics can act as the most representative set of signals this task with an "
         "accuracy of 97.89%.", ["EBDR"], [(97.89, "EBDR")]),
        # acl:P19-178: the one dataset the paper names, described in apposition
        ("Empirical results demonstrate that TRADE achieves state-of-the-art 48.62% joint goal "
         "accuracy for the five domains of MultiWOZ, a human-human dialogue dataset. In "
         "addition, we show the transferring ability for unseen domains. TRADE achieves 60.58% "
         "joint goal accuracy in one of the zero-shot domains.", ["MultiWOZ"],
         [(48.62, "MultiWOZ"), (60.58, "MultiWOZ")]),
        # near misses: several data referred back to (acl:2020.acl.main.586); an efficiency
        # figure (colm2025:L4HHkCDz2x); two datasets named
        ("We critically examine RefCOCOg, a standard benchmark for this task. Additionally, we "
         "create an out-of-distribution dataset by asking crowdworkers. Using these datasets, we "
         "show that existing methods are 12% to 23% lower in performance.", ["RefCOCOg"],
         [(12.0, None), (23.0, None)]),
        ("AIOS also includes an AIOS SDK, a comprehensive suite of APIs. Experimental results "
         "demonstrate that using AIOS can achieve up to 2.1\u00d7 faster execution for serving "
         "agents.", ["AIOS SDK"], [(2.1, None)]),
        ("Results are given for MultiWOZ, a human-human dialogue dataset, and for SGD. TRADE "
         "achieves 60.58% joint goal accuracy in one of the zero-shot domains.",
         ["MultiWOZ", "SGD"], [(60.58, None)]),
    ],
)
def test_the_papers_own_benchmark_described_with_its_head(text, names, expected):
    assert _result_datasets(text, names) == expected


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


def test_a_ratio_its_words_leave_untyped_is_no_multiple_of_its_dataset_s_metric():
    # nips2012:98eb97d0c9: ImageNet's accuracy is not what "100x larger" measures (a network's
    # capacity, a cost: R-res-capacity)
    text = "On ImageNet, we train a deep network 100x larger than previously reported."
    found = find_results(text, datasets=[(3, 11, "ImageNet", "accuracy")])
    assert [(c.value, c.attrs["metric_type"]) for c in found] == [(100.0, "cost")]


# round 15, more ways of naming a change (kind delta, not score), by corpus audit
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # colm2025:ZZ4tcxJvux, acl:2020.autosimtrans.1.4: nouns of a loss
        ("while maintaining generation efficiency, with a performance downgrade of 1%-5%.",
         [(1.0, "delta"), (5.0, "delta")]),
        ("our framework achieves significant improvements with only 8% speed degeneration over "
         "the autoregressive NMT.", [(8.0, "delta")]),
        # nips2015:5564, acl:D17-1142: a note in parentheses after the change noun
        ("Our algorithm achieves a relative error reduction (measured against serial MCMC) of up "
         "to 39% compared to consensus Monte Carlo", [(39.0, "delta")]),
        ("the baseline features can enjoy a performance boost (in terms of F1) of 11.01% in "
         "average.", [(11.01, "delta")]),
        # acl:2020.acl.main.172 (dev13): the change noun, a colon, then its figure
        ("significantly boosts state-of-the-art results in terms of ROUGE metrics (with "
         "improvements: 2.9% RG-1", [(2.9, "delta")]),
        # acl:C18-1305: "by relatively"
        ("our proposed method improves domain classification accuracy by relatively 22%",
         [(22.0, "delta")]),
        # acl:2020.jeptalnrecital.jep.29 (dev12), acl:2019.jeptalnrecital.court.17: French
        ("améliore le taux d’erreur au niveau du phone (PER) de 7,6% relatifs, par rapport à un "
         "modèle enfant.", [(7.6, "delta")]),
        ("réalise une performance de 97% de réponses cohérentes en réduisant de 7% les erreurs "
         "de compréhension", [(97.0, "score"), (7.0, "delta")]),
        # near misses: a colon after a phrase of what the change is in introduces levels
        ("multi-encoder models give limited improvement in the handling of discourse phenomena: "
         "50% accuracy on our coreference test set", [(50.0, "score")]),
    ],
)
def test_more_ways_of_naming_a_change(text, expected):
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == expected


# round 15, a result's dataset referred back to by its split or its tasks (R-ds-context)
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:2020.ngt.1.20: "the official shared task test data" of the one task named before
        ("We describe our submission to the 2020 Duolingo Shared Task (STAPLE). We achieve an "
         "37.57 macro F1 with a 6 checkpoint model ensemble on the official shared task test "
         "data.", ["STAPLE"], [(37.57, "STAPLE")]),
        # acl:P17-264: "of the test data"
        ("The best bidirectional LSTM model achieves accuracy 0.5138 on the HSK dataset. For "
         "80.79% of the test data, the model ranks the ground-truth within the top two at "
         "position level.", ["HSK"], [(80.79, "HSK"), (0.5138, "HSK")]),
        # acl:W17-5043: "on the evaluation set" of the shared task
        ("We explore a linear SVM for the NLI Shared Task 2017. Our basic system achieves the "
         "best performance (87.56 F1-score) on the evaluation set using only character n-grams.",
         ["NLI Shared Task 2017"], [(87.56, "NLI Shared Task 2017")]),
        # iclr2018:SJZ2Mf-0-: "over these tasks", the bAbI tasks
        ("It achieves faster inference times for standard bAbI tasks. We achieve state of the "
         "art accuracy over these tasks with an average 48% lower entities are examined.",
         ["bAbI"], [(48.0, "bAbI")]),
        # near misses: the source the paper's own corpus is scraped from (acl:2020.lrec.1.119);
        # a test set that names its own data; two datasets before
        ("We introduce a parallel corpus of Yiddish nouns built by scraping word entries from "
         "Wiktionary. Our trained system achieves error rates of 16.79% on the test set.",
         ["Wiktionary"], [(16.79, None)]),
        ("We train on the HSK dataset. We reach 80.79% accuracy on the test set of CGED.",
         ["HSK"], [(80.79, None)]),
        ("We evaluate on the HSK dataset and on NLPCC. We reach 80.79% accuracy on the test set.",
         ["HSK", "NLPCC"], [(80.79, None)]),
    ],
)
def test_the_test_set_refers_back_to_the_one_dataset_named_before(text, names, expected):
    assert _result_datasets(text, names) == expected


# ---- speed15: rules searched only in the windows holding a decimal or a metric's name


def test_rules_searched_with_a_decimal_or_metric_match_one():
    """Each match of a rule of _WITH_DECIMAL holds a decimal, each of _WITH_METRIC a metric's
    name where _METRIC_STARTS finds one: _numbers skips the windows with none."""
    from litkit.extract import result_figures as R

    sentences = [
        "our technique achieves up to +3.1 increase in BLEU, with revision rate under 8%",
        "the proposed method improves the f-measure by > 0.12 compared to multiple baselines.",
        "to a new level (44.41 in ROUGE-1)",
        "MobileBERT achieves a GLUE score of 77.7 (0.6 lower than BERT_BASE)",
        "improves original translation of Transformer (up to 25.31 BLEU) and outperforms",
        "a 6-point improvement over the best system on BLEU-4, from 16.38 to 22.62.",
        "reaching up to 0.778 in terms of F1 score",
        "the system achieves .5736 FEVER score, .6108 label accuracy, and .6485 evidence F1",
        "F1 scores obtained for the sub-tasks A, B and C are 0.73, 0.52, and 0.37",
        "a macro-averaged LAS F1 of 65.11 in the official test run, which improved to 70.49",
    ]
    seen = set()
    for text in sentences:
        for rule in {*R._WITH_DECIMAL, *R._WITH_METRIC}:
            for match in rule.finditer(text):
                seen.add(rule)
                if rule in R._WITH_DECIMAL:
                    assert R._DECIMAL_MARK.search(text, *match.span()), (rule.pattern, text)
                if rule in R._WITH_METRIC:
                    assert R._METRIC_STARTS.search(text, *match.span()), (rule.pattern, text)
    assert seen == {*R._WITH_DECIMAL, *R._WITH_METRIC}  # (each rule is tried)


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


def test_a_bleu_change_with_three_decimals_is_a_fraction():
    # iclr2018:r1kP7vlRb (0.029 is read as points by "improvement of BLEU", a rule of its own)
    text = ("Specifically, whereas SeqGAN gains 0.42 improvement of NLL over MLE on synthetic "
            "data, our best model gains 3.02 improvement, and whereas SeqGAN gains 0.029 "
            "improvement of BLEU over MLE, our best model gains 0.250 improvement.")
    assert (0.25, "") in results(text)


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


@pytest.mark.parametrize("text, dataset, value", [
    # iclr2018:ByQZjx-0-, icml2016:63ed0ff30c, icml2018:2404: a number its words leave untyped,
    # on a dataset usually scored by accuracy, is an error rate where its sentence names errors
    ("On the CIFAR-10 dataset, ENAS can design novel architectures that achieve a test error of "
     "2.89%, close to the 2.65% achieved by standard NAS.", "CIFAR-10", 2.65),
    ("Finally, we introduce a combinator function that reduces test error rates on "
     "Permutation-Invariant MNIST to 0.57% for the supervised setting, and to 0.97% and 1.0% "
     "for semi-supervised settings.", "MNIST", 0.97),
    ("Our experiments with BANs demonstrate state-of-the-art performance on the CIFAR-10 (3.5%) "
     "and CIFAR-100 (15.5%) datasets, by validation error.", "CIFAR-10", 3.5),
])
def test_a_dataset_usually_scored_by_accuracy_is_scored_by_errors_its_sentence_names(
        text, dataset, value):
    start = text.index(dataset)
    found = {c.value: c.attrs["metric_type"]
             for c in find_results(text, None, [(start, start + len(dataset), dataset,
                                                 "accuracy")])}
    assert found[value] == "error_rate"


def test_a_dataset_usually_scored_by_accuracy_keeps_it_where_errors_are_not_named():
    text = "On the CIFAR-10 dataset, our architecture reaches 97.35%."
    start = text.index("CIFAR-10")
    (found,) = find_results(text, None, [(start, start + 8, "CIFAR-10", "accuracy")])
    assert found.attrs["metric_type"] == "accuracy"


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


@pytest.mark.parametrize("text", [
    # nips2017:8837, icml2018:2296, nips2016:7245: products and LaTeX-spaced thousands are no
    # factors
    r"Extensive experimental results on both 128$\times$64 re-identification images and "
    r"256$\times$256 fashion photos show that our model generates realistic images.",
    r"Results on heavily benchmarked datasets: CIFAR-10, $32 \times 32$ ImageNet and "
    r"$64 \times 64$ ImageNet.",
    r"We find that an implementation runs $1,\!000\times$ faster.",
])
def test_a_latex_product_is_no_factor(text):
    assert results(text) == []


@pytest.mark.parametrize("text, expected", [
    # acl:W19-5041, naacl2021:2021.naacl-main.127, acl:W19-5305, iclr2018:HkwZSG-CZ: unitless
    # scores listed with "respectively" after their metric
    ("Our model achieves the highest Spearman’s Rho and Mean Reciprocal Rank of 0.338 and "
     "0.9622 respectively, on the ACL-BioNLP workshop MediQA Question Answering task.",
     [(0.338, ""), (0.9622, "")]),
    ("Results show that our method achieved the best micro-F1 scores for Nuclearity and "
     "Relation at 75.0 and 63.2, respectively.", [(75.0, ""), (63.2, "")]),
    ("Further, we get the best BLEU scores in the directions of English to Gujarati and "
     "Lithuanian to English (28.2 and 36.3 respectively) among all the participants.",
     [(28.2, ""), (36.3, "")]),
    ("We improve the state-of-the-art perplexities on Penn Treebank and WikiText-2 to 47.69 "
     "and 40.68 respectively.", [(47.69, ""), (40.68, "")]),
])
def test_scores_listed_with_respectively_after_their_metric(text, expected):
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


@pytest.mark.parametrize("text, expected", [
    # acl:2020.aacl.main.1, acl2021:2021.acl-long.25, acl2022:2022.acl-long.409, acl:N18-118,
    # acl:W19-3807: a change said before a unitless figure and a bound is that change, in points
    ("our method significantly improves original translation of Transformer (up to 25.31 BLEU) "
     "and outperforms existing interactive translation methods (up to 16.64 BLEU).",
     [(25.31, "points"), (16.64, "points")]),
    ("LaSS boosts zero-shot translation with an average of 8.3 BLEU on 30 language pairs.",
     [(8.3, "points")]),
    ("Our method outperforms the baseline model by a 1.77 SARI score on the English dataset",
     [(1.77, "points")]),
    ("our model outperforms the sequence-to-sequence baseline by the BLEU score of 6.3 and 5.5 on "
     "two English text simplification datasets", [(6.3, "points"), (5.5, "points")]),
    ("supplying the correct information improves the translation accuracy in up to 2.3 BLEU on a "
     "female-speaker test set", [(2.3, "points")]),
    # acl:S18-1121: a level after "of" stays a score
    ("The results reveal the complexity of the task, with many approaches hardly improving over "
     "the random accuracy of about 0.5.", [(0.5, "")]),
])
def test_a_bound_after_a_change_makes_a_unitless_figure_the_change(text, expected):
    assert results(text) == expected


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


@pytest.mark.parametrize("text, own", [
    # acl:P19-1550, acl:D17-1287: a figure prior work reported, as the sentence's subject, is
    # background
    ("Recent state-of-the-art neural models have obtained F1-scores near 98% on the task of slot "
     "filling.", []),
    ("Prior approaches achieved a maximum performance of 0.66 F1, and did not generalize well "
     "across different corpora.", []),
    # ... unless the sentence marks the paper's own
    ("Previous models achieve only 40% accuracy on our benchmark.", [(40, "%")]),
])
def test_a_figure_prior_work_reported_is_background(text, own):
    assert results(text) == own


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


# ----- results with no dataset (round 19, D2)


def test_a_shared_task_the_papers_work_is_put_to_holds_its_later_results():
    # acl:W17-2302, acl:D19-5702: "We evaluated our model on the Task 9.2 of the X shared task",
    # "an approach to Task 1 of the X Challenge"
    text = ("Extracting Drug-Drug Interactions with Attention CNNs\n\nWe evaluated our model on "
            "the Task 9.2 of the DDIExtraction-2013 shared task. As a result, our attention "
            "mechanism improved the performance of our base CNN-based DDI model, and the model "
            "achieved an F-score of 69.12%, which is competitive with the state-of-the-art models.")
    assert (69.12, "DDIExtraction-2013") in _result_datasets(text, ["DDIExtraction-2013"])
    text = ("When Specialization Helps\n\nIn this paper, we describe an approach to Task 1 of the "
            "PharmaCoNER Challenge, which involves the recognition of mentions of chemicals and "
            "drugs in Spanish medical texts. We achieve a result of 89.76% F1-score using "
            "pre-trained embeddings.")
    assert _result_datasets(text, ["PharmaCoNER Challenge"]) == [(89.76, "PharmaCoNER Challenge")]
    # acl:C16-1307: a task the paper only compares with; dev7 acl:2020.acl.main.674: a task its
    # data is based on (gold: null); acl:W19-2715: others' figure before the task is named
    text = ("The Construction of a Chinese Collocational Knowledge Resource\n\nBy comparing OCCA "
            "with two traditional collocation dictionaries, we find OCCA has higher entry coverage "
            "and collocation quantity, and our method achieves quite low error rate at less than "
            "5%. We also discuss how to apply collocational "
            "knowledge to grammatical error detection and demonstrate comparable performance to "
            "the best results in 2015 NLP-TEA CGED shared task.")
    assert _result_datasets(text, ["NLP-TEA CGED"]) == [(5.0, None)]
    text = ("Understanding Advertisements with BERT\n\nWe consider a task based on CVPR 2018 "
            "challenge dataset on advertisement (Ad) understanding. To enable BERT to process "
            "other visual information, we append image captions to the scene-text. This achieves "
            "an accuracy of 89.69%, which is an improvement of 4.7%.")
    assert {d for _, d in _result_datasets(text, ["CVPR 2018"])} == {None}
    text = ("ToNy\n\nExisting systems on English report F1 scores as high as 95%, but they "
            "generally assume gold sentence boundaries and are restricted to English newswire "
            "texts annotated within the RST framework. This article presents a generic approach "
            "and a system, ToNy, a discourse segmenter developed for the DisRPT shared task where "
            "multiple discourse representation schemes, languages and domains are represented. "
            "We report performance between 81% and 96% in "
            "F1 score.")
    assert _result_datasets(text, ["DisRPT"]) == [(95.0, None), (81.0, "DisRPT"), (96.0, "DisRPT")]
    # acl:D19-5711 (dev10): a campaign's track is a task of its own, which the results are on
    text = ("Trigger Word Detection and Thematic Role Identification via BERT and Multitask "
            "Learning\n\nIn this paper, we present our approaches for trigger word detection "
            "(task 1) and the identification of its thematic role (task 2) in AGAC track of "
            "BioNLP Open Shared Task 2019. The experiment results show that our proposed "
            "approaches achieve 0.60 (ranks 1) and 0.25 (ranks 2) on task 1 and task 2 "
            "respectively in terms of F_1 metric.")
    assert _result_datasets(text, ["AGAC", "BioNLP Open Shared Task 2019"]) == [
        (0.6, "AGAC"), (0.25, "AGAC")]


def test_the_one_dataset_counts_once_with_its_acronym_and_without_lexical_resources():
    from litkit.extract.name_kinds import RESOURCE

    # acl:2020.ccl.1.76: "the Penn Chinese treebank (CTB5)" is one dataset (R-ds-context)
    found = _two_sentences("The experimental results on the Penn Chinese treebank (CTB5) show "
                           "that our proposed joint model improved by 0.38% on dependency parsing.",
                           "Compared with the best transition-based joint model, our model "
                           "improved by 0.18%, 0.35% and 5.99% respectively in terms of word "
                           "segmentation, POS tagging and dependency parsing.",
                           ["Penn Chinese treebank", "CTB5"])
    # (by its acronym, as the score of the sentence before: R-ds-acronymresult, dev30)
    assert (5.99, "CTB5") in found
    # acl:L06-1483: WordNet, a resource the method uses, is not a second dataset
    text = ("This paper describes the utility of semantic resources such as the Web, WordNet and "
            "gazetteers in the answer selection process for a question-answering system. We apply "
            "our approach to select answers from candidates produced by three different "
            "extraction techniques of varying quality, focusing on TREC questions whose answers "
            "represent locations or proper-names. Our experimental results demonstrate that the "
            "combination of semantic resources is more effective than individual resources for "
            "all three extraction techniques, improving answer selection accuracy by as much as "
            "32.35% for location questions and 72% for proper-name questions.")
    spans = [(text.index("TREC"), text.index("TREC") + 4, "TREC"),
             (text.index("WordNet"), text.index("WordNet") + 7, "WordNet", None, RESOURCE)]
    starts = [0, text.index("We apply"), text.index("Our experimental")]
    sentences = list(zip(starts, [*starts[1:], len(text)], strict=True))
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, sentences, spans)] \
        == [(32.35, "TREC"), (72.0, "TREC")]


def test_a_result_after_using_the_one_dataset_is_on_it():
    # acl:R17-142: "Using the PDTB dataset, ..." then others' figure
    found = _two_sentences("Using the PDTB dataset, our best model achieved an F1 measure of "
                           "23.05% without any feature engineering.", "This is significantly "
                           "higher than the 20.52% achieved by the state of the art RNN approach.",
                           ["PDTB"])
    assert (20.52, "PDTB") in found


def test_a_named_corpus_test_set_and_an_example_opening_give_the_dataset():
    # nips1992:0773ba34a6: "on a Resource Management test set" is the named corpus's
    text = ("The gender classification net predicts the gender with high accuracy, 98.3% on a "
            "Resource Management test set.")
    assert _result_datasets(text, ["Resource Management"]) == [(98.3, "Resource Management")]
    # nips2014:4602: "For example, on the Covertype classification problem, ..."
    text = ("For example, on the Covertype classification problem, in terms of prediction time, "
            "our algorithm achieves more than 10000 times speedup over the full kernel SVM, and a "
            "two-fold speedup over the state-of-the-art LDKL approach, while obtaining much higher "
            "prediction accuracy than LDKL (95.2% vs. 89.53%).")
    assert (95.2, "Covertype") in _result_datasets(text, ["Covertype"])


def test_a_result_after_items_from_the_one_dataset_or_fine_tuning_on_it_is_on_it():
    # nips1998:83e10d78f0: "images from the FEREf database", then the scores
    found = _two_sentences("The SVM-based algorithm is compared with a principal component "
                           "analysis (PeA) based algorithm on a difficult set of images from the "
                           "FEREf database.", "The identification performance for SVM is 77-78% "
                           "versus 54% for PCA.", ["FEREf"])
    assert (54.0, "FEREf") in found
    # dev2-028: a language "selected from" a corpus is no data the scores are on
    found = _two_sentences("For the developing of multilingual speech recognition system for "
                           "Uyghur, we used Turkish as donor language, which we selected from "
                           "GlobalPhone corpus as the most similar language to Uyghur.", "The best "
                           "speech recognition system for Uyghur is achieved by multilingual "
                           "training and the WER is 19.17%.", ["GlobalPhone"])
    assert (19.17, None) in found
    # naacl2021:2021.naacl-main.127: the acronym named again, as the data fine-tuned on
    text = ("However, the RST Discourse Treebank (RST-DT), the benchmark corpus for RST parsing in "
            "English, is small. We then pre-train a neural RST parser with the obtained silver "
            "data and fine-tune it on the RST-DT. Experimental results show that our method "
            "achieved the best micro-F1 scores for Nuclearity and Relation at 75.0 and 63.2, "
            "respectively.")
    long_name, later = text.index("RST Discourse"), text.index("RST-DT.")
    spans = [(long_name, long_name + 22, "RST Discourse Treebank"),
             (text.index("RST-DT"), text.index("RST-DT") + 6, "RST-DT"),
             (later, later + 6, "RST-DT")]
    starts = [0, text.index("We then"), text.index("Experimental")]
    sentences = list(zip(starts, [*starts[1:], len(text)], strict=True))
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, sentences, spans)] \
        == [(75.0, "RST-DT"), (63.2, "RST-DT")]


def test_a_result_after_the_shared_task_at_the_one_dataset_or_applied_to_it_is_on_it():
    # acl:W19-5427: "declared at WMT19 shared task", then more scores
    found = _two_sentences("The official result declared at WMT19 shared task, which shows that "
                           "our NMT system obtained BLEU score 24.6 for primary configuration in "
                           "Nepali to Hindi translation.", "Also, we have achieved BLEU score 53.7 "
                           "(Hindi to Nepali) and 49.1 (Nepali to Hindi) in contrastive system "
                           "type.", ["WMT19"])
    assert (53.7, "WMT19") in found
    # acl:2020.crac.1.12: "when applied to the English OntoNotes 2012 Coreference Resolution data"
    found = _two_sentences("Compared to previous models, we report a marginal F1 improvement on "
                           "the final coreference models trained using for two out of the three "
                           "approaches tested when applied to the English OntoNotes 2012 "
                           "Coreference Resolution data.", "Our best-performing model achieves "
                           "58.01 F1, an increase of 0.93 F1 over the baseline model.",
                           ["OntoNotes 2012"])
    assert (58.01, "OntoNotes 2012") in found


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


# r20res: a figure inside a clause that sets a condition is set-up, not a result (R-res-setup);
# the figures before or after the clause stay
@pytest.mark.parametrize(("text", "expected"), [
    # iclr2018:H1VGkIxRZ, iclr2018:rJqfKPJ0Z: an operating point, a perturbation budget
    ("For example, ODIN reduces the false positive rate from the baseline 34.7% to 4.3% on the "
     "DenseNet (applied to CIFAR-10 and Tiny-ImageNet) when the true positive rate is 95%.",
     [(34.7, "%"), (4.3, "%")]),
    ("With a fixed maximum perturbation of only 1.5% on any pixel, around 80% of attacks "
     "(targeted) fool the voting ensemble defense and nearly 100% when the perturbation is only "
     "6%.", [(1.5, "%"), (80, "%"), (100, "%")]),
    # iclr2017:Hy-lMNqex: an accepted loss, then the paper's ratios
    ("For example, if a 1% relative loss in accuracy is acceptable, TRT is on average 2.04x "
     "faster and 1.25x more energy efficient than the bit-parallel accelerator.",
     [(2.04, "x"), (1.25, "x")]),
    # colm2024:qHdSA85GyZ (dev3), acl:2020.iwpt.1.2, nips2018:11462
    ("As the mismatch reaches over 50%, the text answer is more robust to option order changes "
     "than the debiased first token probabilities using state-of-the-art debiasing methods such "
     "as PriDe.", []),
    ("We also observe a small increase in performance when compressing to 80% for some "
     "treebanks.", []),
    ("Direct democracy, where each voter casts one vote, fails when the average voter competence "
     "falls below 50%.", []),
    # acl:W16-3718: the scores before the clause stay
    ("Our Support Vector Machine based tagger achieved an overall accuracy of 84.68% with 59.86% "
     "accuracy for unknown words and 87.12% for known words, when the test set contains 10% of "
     "unknown words.", [(84.68, "%"), (59.86, "%"), (87.12, "%")]),
    # acl:D18-1277: a result past a verb of attaining in the clause stays
    ("Taggers within 1% of each other when measured on the WSJ have accuracies ranging from 57% to "
     "75% accuracy on this challenge set.", [(1, "%"), (57, "%"), (75, "%")]),
])
def test_condition_clause_figures_are_setup(text, expected):
    assert [(c.value, c.unit) for c in find_results(text)] == expected


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


def test_a_dataset_in_an_appositive_is_not_in_a_list():
    # acl:L06-1109: "VALEVAL, a manually annotated corpus" is one dataset, carried to the results
    # two sentences on (WordNet, a lexical resource, is not the results' data)
    import re

    from litkit.extract.name_kinds import RESOURCE

    text = ("We experimented with animacy and WordNet-based features. We evaluated the methods "
            "using 10-fold cross-validation on VALEVAL, a manually annotated corpus of frame "
            "annotations containing 7,778 sentences. Syntax-based features have shown to be the "
            "most effective. When we used the full set of features, we achieved an accuracy of "
            "80.55% against the baseline 67.87%.")
    spans = [(text.index("WordNet"), text.index("WordNet") + 7, "WordNet", None, RESOURCE),
             (text.index("VALEVAL"), text.index("VALEVAL") + 7, "VALEVAL")]
    starts = [0] + [m.end() for m in re.finditer(r"\. ", text)]
    sentences = list(zip(starts, [*starts[1:], len(text)], strict=True))
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, sentences, spans)] == [
        (80.55, "VALEVAL"), (67.87, "VALEVAL")]


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
        # nips2007:57eb96cf95: "the better of two" is what is identified, no win
        ("When no relevance judgments are available, we can identify the better of two ranked "
         "lists up to 82% of the time.", ["other"]),
        # acl:2020.clinicalnlp.1.16: no "on" and no "of the time": no share of wins
        ("Experiments show that our model significantly outperforms the baseline by 4%, "
         "discovering 67% of implicit symptoms on average.", ["other", "other"]),
    ],
)
def test_a_win_before_a_share_of_the_time_is_a_win_rate(text, expected):
    assert [c.attrs["metric_type"] for c in find_results(text)] == expected


# r20data3: a number after the last of a list of datasets is on the whole list, also in brackets
# and after "as well as"
@pytest.mark.parametrize(("text", "names"), [
    # coling2025:2025.coling-main.655 (dev12)
    ("Our experimental results show significant improvements across three datasets: ActivityNet, "
     "Charades, and DiDeMo (achieving up to 11.2% improvement on R@0.3), demonstrating the "
     "effectiveness of our proposed temporal awareness-enhanced data construction method.",
     ("ActivityNet", "Charades", "DiDeMo")),
    # acl:D19-5622 (dev15)
    ("In our experiments on both WAT17 English-Japanese as well as IWSLT14 German-English "
     "translation task, we show that, without increasing the number of parameters, our models "
     "yield consistent and significant improvements (0.9 BLEU scores on average) over the "
     "strong Transformer baseline.", ("WAT17 English-Japanese", "IWSLT14 German-English")),
])
def test_a_number_after_a_list_of_datasets_is_on_none_of_them(text, names):
    spans = [(text.index(d), text.index(d) + len(d), d) for d in names]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)] == [None]


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
])
def test_r21_which_numbers_are_results(text, expected):
    assert results(text) == expected


# r21data: a dataset described as a training set right after its name is not a result's dataset
def test_a_set_apposed_as_training_data_is_no_results_dataset():
    # colm2025:gKfj7Jb1kj (dev16)
    text = ("In particular, X-Teaming achieves a 96.2% attack success rate against the latest "
            "Claude 3.7 Sonnet model. Building on X-Teaming, we introduce X-Guard-Train, an "
            "open-source multi-turn safety training dataset.")
    spans = [(text.index("X-Guard-Train"), text.index("X-Guard-Train") + 13, "X-Guard-Train")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans) if c.value == 96.2] \
        == [None]


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


# r21 fuzz: the dataset carried into a sentence is found once per sentence, not once per score
# in it (one long sentence of 100 scores took time quadratic in them)


def test_the_dataset_carried_into_a_sentence_is_found_once_for_all_its_scores(monkeypatch):
    import litkit.extract.result_datasets as datasets_module

    sentences_looked_at = []
    carried_dataset = datasets_module._carried_dataset
    monkeypatch.setattr(datasets_module, "_carried_dataset", lambda index, *rest:
                        sentences_looked_at.append(index) or carried_dataset(index, *rest))
    text = "Our model gets 85.3% on ImageNet. " + "an F1 of 0.5 " * 100 + "and more."
    start = text.index("ImageNet")
    found = find_results(text, sentences=[(0, 34), (34, len(text))],
                         datasets=[(start, start + len("ImageNet"), "ImageNet")])
    assert len(found) == 101 and {c.attrs["dataset"] for c in found} == {"ImageNet"}
    assert sentences_looked_at == [1]


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


# r22 slow inputs: what depends on a dataset name or a sentence alone is worked out once for
# all the scores on it ("85.3% on ImageNet, " x1000 took time quadratic in its scores)


def test_a_names_dated_form_and_a_sentences_usual_metric_are_found_once(monkeypatch):
    import re

    import litkit.extract.result_datasets as datasets_module
    import litkit.extract.results as results_module

    dated, typed = [], []
    dated_form, usual_type = datasets_module._dated_form, results_module.usual_type
    monkeypatch.setattr(datasets_module, "_dated_form", lambda name, *rest:
                        dated.append(name) or dated_form(name, *rest))
    monkeypatch.setattr(results_module, "usual_type", lambda default, sentence:
                        typed.append(default) or usual_type(default, sentence))
    text = "85.3% on ImageNet, " * 100
    spans = [(m.start(), m.end(), "ImageNet") for m in re.finditer("ImageNet", text)]
    found = find_results(text, None, spans)
    assert len(found) == 100 and {c.attrs["dataset"] for c in found} == {"ImageNet"}
    assert dated == ["ImageNet"] and len(typed) == 1  # 100 of each when asked per score


def test_an_acronym_after_its_name_is_found_by_bisection():
    import litkit.extract.result_datasets as datasets_module

    assert not hasattr(datasets_module, "_ACRONYM_AFTER")  # (it was tried per pair of names)
    # naacl2021:2021.naacl-main.127: the name and its acronym are one dataset, carried on
    text = ("However, the RST Discourse Treebank (RST-DT), the benchmark corpus for RST parsing in "
            "English, is small. We then pre-train a neural RST parser with the obtained silver "
            "data and fine-tune it on the RST-DT. Experimental results show that our method "
            "achieved the best micro-F1 scores for Nuclearity and Relation at 75.0 and 63.2, "
            "respectively.")
    long_name, later = text.index("RST Discourse"), text.index("RST-DT.")
    spans = [(long_name, long_name + 22, "RST Discourse Treebank"),
             (text.index("RST-DT"), text.index("RST-DT") + 6, "RST-DT"),
             (later, later + 6, "RST-DT")]
    assert datasets_module._distinct(sorted((*d, None, None) for d in spans), text) \
        == {"RST Discourse Treebank"}
    starts = [0, text.index("We then"), text.index("Experimental")]
    sentences = list(zip(starts, [*starts[1:], len(text)], strict=True))
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, sentences, spans)] \
        == [(75.0, "RST-DT"), (63.2, "RST-DT")]


# r22 metric type: metric names and spellings the lists missed (corpus sentences)


@pytest.mark.parametrize(("text", "types"), [
    # acl:L12-1662, acl:2020.multilingualbio.1.2, acl:L10-1475: a share of items correct
    ("The final system obtained a phonetization of about 95.2% correct (from 3.7% to 5.6% error "
     "rates depending on the corpus).", [(95.2, "accuracy"), (3.7, "error_rate"),
                                         (5.6, "error_rate")]),
    ("80% of the mappings were correct.", [(80, "accuracy")]),
    ("Dependency links were correct in 95.9 %.", [(95.9, "accuracy")]),
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


# r23 slow inputs: a score tries only the datasets and spans near it ("85.3% on ImageNet, " x2000
# tried every dataset per score for the one after it and for a list going on from it, and every
# number taken before: 4.5 s)


def test_a_score_tries_only_the_datasets_near_it(lines_run):
    import re

    import litkit.extract.result_datasets as datasets_module

    def run(n):
        text = "85.3% on ImageNet, " * n
        spans = [(m.start(), m.end(), "ImageNet") for m in re.finditer("ImageNet", text)]
        found = find_results(text, None, spans)
        assert len(found) == n and {c.attrs["dataset"] for c in found} == {"ImageNet"}

    # twice the scores, twice the lines run (3.2 times before, 4 at length)
    assert lines_run(lambda: run(200), datasets_module) \
        < 2.2 * lines_run(lambda: run(100), datasets_module)
    # acl2021:2021.acl-short.67: a list going on from the dataset after the number is still found
    text = ("Extensive experiments show that the proposed model outperforms previous methods by "
            "5-18% on the TDDiscourse, TimeBank-Dense, and MATRES datasets due to our "
            "discourse-level modeling.")
    names = ["TDDiscourse", "TimeBank-Dense", "MATRES"]
    spans = [(text.index(n), text.index(n) + len(n), n) for n in names]
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)] \
        == [(5, None), (18, None)]


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


# r23kind: a system's errors in a share of the items is an error rate
@pytest.mark.parametrize("text, value", [
    ("The best-performing system, GPT-4, makes errors in 28% of cases.", 28),
    ("Even ChatGPT, the strongest model evaluated, has such errors in 16% of its summaries.", 16),
])
def test_r23_errors_in_a_share_of_items_are_an_error_rate(text, value):
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] \
        == [(value, "error_rate")]


# r23 results tuple: a known campaign's edition written with two digits is a shared task's


def test_a_campaigns_two_digit_edition_is_the_shared_task_the_paper_submits_to():
    # acl:W19-5435: the margins of the paper's submission are on the task it entered
    text = ("Low-Resource Corpus Filtering Using Multilingual Sentence Embeddings\n\nIn this "
            "paper, we describe our submission to the WMT19 low-resource parallel corpus "
            "filtering shared task. Our submission achieved the best overall performance for "
            "both the Nepali-English and Sinhala-English 1M tasks by a margin of 1.3 and 1.4 "
            "BLEU respectively, as compared to the second best systems.")
    assert _result_datasets(text, ["WMT19"]) == [(1.3, "WMT19"), (1.4, "WMT19")]
    # acl:2020.wmt.1.43: 'WMT-20', the edition the shared task is in, named after it
    text = ("Attention Transformer Model for Translation of Similar Languages\n\nThis paper "
            "illustrates our approach to the shared task on similar language translation in the "
            "fifth conference on machine translation (WMT-20). We have submitted our system for "
            "both Indo-Aryan Language forward (Hindi to Marathi) and reverse (Marathi to Hindi) "
            "pair. Our system trains on the parallel corpus of the training dataset provided by "
            "the organizers and achieved an average BLEU point of 3.68 with 97.64 TER score for "
            "the Hindi-Marathi.")
    assert _result_datasets(text, ["WMT-20"]) == [(3.68, "WMT-20"), (97.64, "WMT-20")]


# r23 slow inputs, 2: what a result looks up in its whole sentence is found once a sentence, and
# its nearest metric name by bisection ("85.3% on ImageNet and 71.2% on COCO, " x4000 searched
# the sentence's end for an exact match per score: 10 s; "ResNet-50 gets 76.1% top-1 accuracy, "
# x4000 searched the sentence for "this dataset" twice per score: 45 s)


class _Read:
    """A pattern that adds up the characters its searches and matches read."""

    def __init__(self, pattern):
        self.pattern, self.chars = pattern, 0

    def _read(self, name, text, pos=0, endpos=None):
        self.chars += min(len(text), endpos if endpos is not None else len(text)) - pos
        return getattr(self.pattern, name)(text, pos, *(() if endpos is None else (endpos,)))

    def search(self, *args):
        return self._read("search", *args)

    def match(self, *args):
        return self._read("match", *args)

    def finditer(self, *args):
        return self._read("finditer", *args)


@pytest.mark.parametrize("opening, phrase, name", [
    ("We study models. ", "85.3% on ImageNet and 71.2% on COCO, ", "_EXACT_MATCH_LATER"),
    ("We study models. ", "ResNet-50 gets 76.1% top-1 accuracy, ", "_ON_THIS_DATA"),
    # (a dataset named before, which "this dataset" would refer back to)
    ("We evaluate on SQuAD. ", "ResNet-50 gets 76.1% top-1 accuracy, ", "_ON_THIS_DATA"),
    # (the sentence opens on prior work's results: is it marked as the paper's own?)
    ("Previous models reached ", "76.1% top-1 accuracy, ", "_PAPER_MARK"),
])
def test_a_sentence_is_searched_once_for_all_its_results(monkeypatch, opening, phrase, name):
    import re

    import litkit.extract.result_scans as scans_module
    import litkit.extract.results as results_module

    def read(n):
        module = scans_module if name == "_ON_THIS_DATA" else results_module  # (_Scans reads it)
        counted = _Read(getattr(module, name))
        monkeypatch.setattr(module, name, counted)
        text = opening + phrase * n
        spans = [(m.start(), m.end(), m.group())
                 for m in re.finditer("ImageNet|COCO|SQuAD", text)]
        # (an opening ending in a full stop is a sentence of its own)
        sentences = [(0, len(opening)), (len(opening), len(text))] \
            if opening.endswith(". ") else None
        assert len(find_results(text, sentences, spans)) == n * phrase.count("%")
        return counted.chars

    # twice the results, twice the characters read at most (4 times before)
    assert read(200) <= 2.2 * read(100)


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


def test_a_sentence_is_read_for_respectively_once(monkeypatch):
    import re

    import litkit.extract.result_datasets as datasets_module

    # (a score on a list of datasets is on none of them unless the sentence pairs them)
    text = "85.3% on ImageNet and COCO, " * 100
    spans = [(m.start(), m.end(), m.group()) for m in re.finditer("ImageNet|COCO", text)]
    datasets_module._says_respectively.cache_clear()
    assert {c.attrs["dataset"] for c in find_results(text, None, spans)} == {None}
    # one copy of the one sentence, not one per score
    assert datasets_module._says_respectively.cache_info().misses == 1


def test_this_data_is_found_where_a_search_of_the_sentence_finds_it():
    from litkit.extract.result_scans import _ON_THIS_DATA, _Scans

    # "on the test set" read up to a number (the number after it is its own: not "this data"
    # then), words cut short ("test sets"), far back and near, and a sentence in a text
    text = ("Our model improves F1 on this dataset by 2.1 points and reaches 85.3% on the test set "
            "89.0 on the official test data of the task and 91.2% on the blind test sets, while "
            + "the baseline gets 70.1% accuracy, " * 4 + "and 72.4% over the same benchmark  "
            "\n 73.5 on the development data.")
    for lo, hi in ((0, len(text)), (21, 200)):
        scans = _Scans(text, [])
        for start in range(lo, hi + 1):
            this = _ON_THIS_DATA.search(text, start, hi)
            assert scans.this_data(start, lo, hi) \
                == (this and this.start(), _ON_THIS_DATA.search(text, lo, start) is not None)


def test_a_score_reads_back_only_to_its_nearest_dataset(monkeypatch):
    import re

    import litkit.extract.result_datasets as datasets_module

    def read(n):
        counted = _Read(datasets_module._NEW_CLAUSE)
        monkeypatch.setattr(datasets_module, "_NEW_CLAUSE", counted)
        text = "SQuAD: 85.3 F1, " * n
        spans = [(m.start(), m.end(), "SQuAD") for m in re.finditer("SQuAD", text)]
        assert [c.attrs["dataset"] for c in find_results(text, None, spans)] == ["SQuAD"] * n
        return counted.chars

    # twice the scores, twice the characters read (8 times before: each dataset before a score
    # was searched up to it)
    assert read(200) <= 2.2 * read(100)
    # past a new clause, the dataset opening the sentence is still the score's
    text = "On SQuAD, BERT reaches 85.3 F1 on MNLI-style probes, while ELMo reaches 71.2 F1."
    spans = [(3, 8, "SQuAD")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)] == ["SQuAD", "SQuAD"]


# --- r24res: results, kinds, metric types and own flags from dev19's errors ---

@pytest.fixture(scope="module")
def r24_nlp():
    from litkit.extract import build_pipeline

    return build_pipeline()


def r24_results(nlp, text):
    """Each RESULT span's value with its kind, own flag and metric type."""
    from litkit.extract.extensions import SPANS_KEY

    doc = nlp(text)
    return {s._.value: (s._.kind, s._.own, s._.metric_type)
            for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"}


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


@pytest.mark.parametrize("text, value", [
    ("Experiments show that using only 20% of the trigger-annotated sentences results in a "
     "comparable performance as using 70% of conventional annotated sentences.", 20.0),
    ("Remarkably, we can reduce the annotation demands to 50% without performance loss on "
     "MultiWOZ.", 50.0),
    ("Besides, TESLA is applied to the VGG-16 model, which achieves 80% accuracy using only 20% "
     "of dot product terms on CIFAR-10.", 20.0),
])
def test_a_share_of_a_resource_used_at_matched_quality_is_a_cost(r24_nlp, text, value):
    assert r24_results(r24_nlp, text)[value][::2] == ("ratio", "cost")


def test_perplexities_name_the_metric_of_each_score():
    text = ("We propose a simple and effective method to address this issue, and improve the "
            "state-of-the-art perplexities on Penn Treebank and WikiText-2 to 47.69 and 40.68 "
            "respectively.")
    found = find_results(text, None, [(113, 126, "Penn Treebank"), (131, 141, "WikiText-2")])
    assert [(c.value, c.attrs["metric_type"]) for c in found] == \
        [(47.69, "perplexity"), (40.68, "perplexity")]


def test_an_abbreviation_does_not_end_a_sentence(r24_nlp):
    text = ("A series of benchmarking experiments show that our framework can improve the "
            "classification F1-scores by 5.1 to 11.2% (up to approx. 98 to 99%). It obtains an "
            "F1-score of 45% (resp. 32%) on the test (training) set.")
    doc = r24_nlp(text)
    assert len(list(doc.sents)) == 2
    found = r24_results(r24_nlp, text)
    assert (found[98.0][2], found[99.0][2], found[32.0][2]) == ("f1", "f1", "f1")


# r24type: a change or share written right after a score, naming no metric, is of that score


def _types(text):
    return {c.value: (c.attrs["kind"], c.attrs["metric_type"]) for c in find_results(text)}


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


def test_a_change_after_a_score_keeps_a_metric_of_its_own():
    # acl:S17-296: another score is named between
    found = _types("Our best ranked run on the test data achieved a BLEU score of 3.32 and a "
                   "Trueskill score of -22.04 on automatic and human evaluation respectively.")
    assert found[-22.04][1] == "other"
    # a multiple stays untyped by the quality named near it
    found = _types("DC-SVM achieves about 96% accuracy in only 12 minutes, which is more than "
                   "100 times faster than LIBSVM.")
    assert found[100.0][1] != "accuracy"


def test_exact_matching_accuracy_is_exact_match():
    # acl:D18-1193 (dev16), acl:D18-1425
    found = _types("Experimental results show that SyntaxSQLNet can handle a significantly greater "
                   "number of complex SQL examples than prior work, outperforming the previous "
                   "state-of-the-art model by 9.5% in exact matching accuracy.")
    assert found[9.5] == ("delta", "exact_match")
    found = _types("We experiment with various state-of-the-art models and the best model achieves "
                   "only 9.7% exact matching accuracy on a database split setting.")
    assert found[9.7] == ("score", "exact_match")


# r25metric: an agreement named near a score, in a sentence of annotators, a kappa or an
# annotation, is a correlation (R-mt-agreementnamed), not a share nor an agreement "with" labels
def _abstract_types(text):
    import pandas as pd

    from litkit.extract import extract

    found = extract(pd.DataFrame({"id": ["x"], "title": [""], "abstract": [text]}),
                    progress=False)
    rows = found[found["label"] == "RESULT"]
    return dict(zip(rows["value"], rows["metric_type"], strict=True))


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


# ... and a score in % no words type takes the quality metric named in the sentences just before
# (R-mt-carryover across sentences), not a share of items nor from an annotators' kappa
def _sentence_types(*sentences):
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    return {c.value: (c.attrs["kind"], c.attrs["metric_type"]) for c in find_results(text, spans)}


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
])
def test_a_score_naming_no_metric_takes_the_one_before(sentences, value, expected):
    assert _sentence_types(*sentences)[value] == ("score", expected)


# r26: a list of slash-joined pairs is paired with a list of datasets item by item, both numbers
# of a pair going to its dataset
def test_a_list_of_slashed_pairs_takes_the_list_of_datasets_item_by_item():
    # naacl2022:2022.findings-naacl.155
    text = ("for the established Natural Questions and TriviaQA datasets, even the strongest "
            "model performance for comp-gen/novel-entity is 13.1/5.4% and 9.6/1.5% lower "
            "compared to that for the full test set")
    assert _result_datasets(text, ["Natural Questions", "TriviaQA"]) == [
        (13.1, "Natural Questions"), (5.4, "Natural Questions"), (9.6, "TriviaQA"),
        (1.5, "TriviaQA")]


# r26: a name that is one of several data counted just before it, the others not found as names,
# does not take the number after the list (R-ds-context); a count ending a name does not count
@pytest.mark.parametrize(("text", "names", "expected"), [
    # acl:E17-175 (dev18)
    ("Experiments show that the proposed model outperforms previous state-of-the-art methods on "
     "two publicly available datasets, namely FIGER (GOLD) and BBN with an average relative "
     "improvement of 2.69% in micro-F1 score.", ["BBN"], [(2.69, None)]),
    # acl:2020.acl.main.172 (dev13)
    ("Our experiments on two publicly available clinical data sets (107,372 reports of "
     "MIMIC-CXR, and 3,366 reports of OpenI) show that our model boosts state-of-the-art results "
     "in terms of ROUGE metrics (with improvements: 2.9% RG-1)", ["MIMIC-CXR"], [(2.9, None)]),
    # nips2017:9135
    ("Empirically, we find that even under a simple defense, the MNIST-1-7 and Dogfish datasets "
     "are resilient to attack, while in contrast the IMDB sentiment dataset can be driven from "
     "12% to 23% test error", ["MNIST-1-7", "Dogfish", "IMDB"], [(12.0, "IMDB"), (23.0, "IMDB")]),
])
def test_a_name_among_several_counted_data_gives_no_dataset(text, names, expected):
    assert _result_datasets(text, names) == expected


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
    ("text", "expected"),
    [
        # acl:2020.osact.1.5 (dev19), acl:2020.clinicalnlp.1.32 (corpus audit): a share of what
        # a dataset holds describes the data, no result (R-res-setup)
        ("The dataset contains 10,547 tweets, 16% of which are sarcastic.", []),
        ("The annotated corpus has nested entities, with 32.2% of entities embedded in other "
         "entities.", []),
        # (not a share a system gets right: "ThingTalk can represent 98% of the test turns")
        ("Our system correctly classifies 85% of the tweets.", [(85, "%")]),
    ],
)
def test_a_share_of_what_a_dataset_holds_is_set_up(text, expected):
    assert results(text) == expected


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


@pytest.mark.parametrize(("text", "value"), [
    # acl:P19-1606 (dev4), naacl2024:2024.naacl-long.122 (dev5): a share of judges who found one
    # system better than another, or the chance that one does better, is a win rate
    ("We also conducted human evaluation of the generated grounded recipes, which reveal that 61% "
     "found that our proposed (SSiL) model is better than the baseline model in terms of overall "
     "recipes.", 61.0),
    ("We further analyse this phenomenon in detail using three different random generation "
     "strategies, establishing that the language space is rich with potentially good separators, "
     "with a greater than 40% average chance that a randomly drawn separator performs better than "
     "human-curated separators.", 40.0),
])
def test_a_share_of_judges_finding_a_system_better_is_a_win_rate(text, value):
    assert _types(text)[value] == ("score", "win_rate")


def test_a_change_naming_no_metric_is_not_in_a_win_rate():
    # naacl2024:2024.naacl-long.122
    found = _abstract_types(
        "Our method shows a 12% average relative improvement over strong human baselines across "
        "nine text classification tasks. We find a greater than 40% average chance that a "
        "randomly drawn separator performs better than human-curated separators.")
    assert found[12.0] == "other"


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


def test_a_spent_share_takes_no_quality_named_near_it():
    # acl:D19-1669 (corpus, r26split): the accuracy is the system's, the 10% what it spends
    text = ("This approach achieves about 0.7 accuracy on the 16000 One-Liners (Mihalcea and "
            "Strapparava, 2005) and Pun of the Day humour classification datasets using only "
            "10% of known labels.")
    assert [(c.value, c.attrs["metric"], c.attrs["metric_type"]) for c in find_results(text)] \
        == [(10, None, "cost"), (0.7, "accuracy", "accuracy")]


def test_no_dataset_is_carried_into_a_sentence_on_cited_data_the_names_miss():
    # acl:2020.acl.main.242 (corpus, r26split): once "et al." no longer cut the sentence before,
    # GLUE was carried to the xSLUE figure
    text = ("Our PosCal achieves about 2.5% of task performance gain on GLUE (Wang et al., 2018) "
            "compared to the baseline. We achieved the comparable task performance with 13.2% "
            "calibration error reduction on xSLUE (Kang and Hovy, 2019).")
    glue = text.index("GLUE")
    sentences = [(0, text.index(" We") + 1), (text.index(" We") + 1, len(text))]
    found = find_results(text, sentences, [(glue, glue + 4, "GLUE")])
    assert [(c.value, c.attrs["dataset"]) for c in found] == [(2.5, "GLUE"), (13.2, None)]


def test_a_preference_named_right_after_a_share_is_a_win_rate():
    # colm2025:r8nloXtluk and acl:2020.acl.main.8 (corpus, r27resmodel): the share of judgments
    # preferring the system; a preference named before a figure types nothing
    text = ("Human studies further demonstrate that ScholarCopilot significantly outperforms "
            "ChatGPT, achieving 100% preference in citation quality. Direct preference "
            "optimization improves accuracy by 5%.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] \
        == [(100, "win_rate"), (5, "accuracy")]


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


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # naacl2024:2024.findings-naacl.94, naacl2024:2024.naacl-long.254 (corpus, r27resfind): an
        # attack's poisoned share after "with" or "injecting" is the condition of its success rate
        ("For instance, with 3% poisoning samples against the LLaMA-7B model on the Emotion "
         "dataset, our attack achieves a 100% Attack Success Rate (ASR).", [100]),
        ("Our experimental results reveal that injecting less than 0.01% poisoned data into a "
         "low-resource language pair can achieve an average 20% attack success rate.", [20]),
        # a rate claimed as small stays a result (R-mt-cost)
        ("Our method needs a corpus poisoning rate of only 0.048% while achieving high attack "
         "success.", [0.048]),
    ],
)
def test_a_poisoned_share_after_with_or_injecting_is_a_condition(text, values):
    assert [c.value for c in find_results(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # naacl2024:2024.findings-naacl.62, acl2021:2021.acl-long.159 (corpus, r27resfind): how
        # much larger the systems outdone are is their size, not a result (R-res-setup)
        ("Our variant ChartPaLI-5B outperforms even 10x larger models such as PaLIX-55B without "
         "using an upstream OCR system.", []),
        ("PIGLeT can correctly forecast what happens next given an English sentence over 80% of "
         "the time, outperforming a 100x larger, text-to-text approach by over 10%.", [80, 10]),
    ],
)
def test_the_size_of_larger_systems_outdone_is_no_result(text, values):
    assert [c.value for c in find_results(text)] == values


def test_the_size_of_what_an_ensemble_is_made_with_is_no_result():
    # naacl2024:2024.naacl-long.464 (corpus, r27resfind): as the guidelines' "an ensemble with a
    # 35x smaller Backpack", written without a name
    text = ("We show that SSD-2 facilitates novel ensembles with 100x smaller models that can be "
            "customized and deployed by individual users.")
    assert find_results(text) == []


def test_the_next_item_of_what_other_systems_have_more_of_is_no_result():
    # naacl2024:2024.findings-naacl.225 (corpus, r27resfind): both ratios are the other models'
    text = ("PAELLA can outperform or compete against some models with 3\u201377\u00d7 more "
            "learned parameters and 35\u2013863\u00d7 more data, particularly in low-resource "
            "languages.")
    assert find_results(text) == []


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


def test_a_metric_acronym_in_brackets_keeps_a_named_change():
    # acl:2020.findings.emnlp.169, iclr2017:BJ6oOfqge (corpus, r28randaudit): the bracketed
    # acronym is one of the words between the change and "from" (R-res-baseline)
    assert results("Our proposed method reduces the Word Error Rate (WER) of the system from 37% "
                   "to 31.9%.") == [(31.9, "%")]
    assert results("reducing the (non-augmented) classification error rate from 18.44% to 7.05% "
                   "in SVHN with 500 labels") == [(7.05, "%")]


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


def test_a_thing_behind_an_experience_is_no_gap():
    # acl:E17-222: "behind" after the items, not after a metric
    assert _types("We show that we can predict with an F1-score of up to 88% the drug behind a "
                  "certain experience.")[88.0] == ("score", "f1")


# r29background: the figures of an abstract's background, in its sentences before the first that
# marks the paper's own work (at most three), are the field's or others', not results
def _abstract_results(title, *sentences):
    text = title + "\n\n" + " ".join(sentences)
    spans, start = [(0, len(title))], len(title) + 2
    for sentence in sentences:
        spans.append((start, start + len(sentence) + 1))
        start += len(sentence) + 1
    return [c.value for c in find_results(text, spans) if c.source != COMPARISON]


@pytest.mark.parametrize("sentences, kept", [
    # acl:W19-4810 (corpus): others' figure before "we"
    (("Neural network models have been very successful in natural language inference, with the "
      "best models reaching 90% accuracy in some benchmarks.", "However, the success of these "
      "models turns out to be largely benchmark specific.", "We show that models trained on a "
      "natural language inference dataset drawn from one benchmark fail to perform well in "
      "others, even if the notion of inference assumed in these benchmarks is the same or "
      "similar."), []),
    # acl:W17-2318 (corpus): a fact of the world that motivates the paper
    (("Approximately 80% to 95% of patients with Amyotrophic Lateral Sclerosis (ALS) eventually "
      "develop speech impairments, such as defective articulation, slow laborious speech and "
      "hypernasality.", "The relationship between impaired speech and asymptomatic speech may be "
      "seen as a divergence from a baseline.", "We demonstrate that divergence measurements based "
      "on phonological characteristics of speech correlate with physiological assessments of "
      "ALS."), []),
    # acl:W19-3813 (corpus): the paper's own, "I propose"
    (("The pre-trained BERT model achieves a remarkable state of the art across a wide range of "
      "tasks in natural language processing.", "I propose a novel neural network model based on "
      "the pre-trained BERT.", "Besides, this variant won the 2nd place with a score at 0.17289 in "
      "stage 2 of the task."), [0.17289]),
    # nips1987:004703250a (corpus): the paper's own study, in a passive voice
    (("In the synchronous discrete model, the average memory capacity of bidirectional "
      "associative memories (BAMs) is compared with that of Hopfield memories, by means of a "
      "calculat10n of the percentage of good recall for 100 random BAMs of dimension 64x64, for "
      "different numbers of stored vectors.", "On the average, a 64x64 BAM has about 68 % of the "
      "capacity of the corresponding Hopfield memory with the same number of neurons."), [68.0]),
])
def test_a_figure_of_the_background_is_no_result(sentences, kept):
    assert _abstract_results("A title", *sentences) == kept


def test_a_figure_past_the_background_sentences_stays():
    # acl:L08-117 (corpus): the paper's own figures, in its fourth and fifth sentences, though its
    # first mark ("new") comes later
    assert _abstract_results(
        "SpatialML: Annotation Scheme, Corpora, and Tools",
        "SpatialML is an annotation scheme for marking up references to places in natural "
        "language.", "It covers both named and nominal references to places.", "A freely "
        "available annotation editor has been developed for SpatialML.", "Inter-annotator "
        "agreement on SpatialML is 77.0 F-measure for extents on that corpus.", "An automatic "
        "tagger for SpatialML extents scores 78.5 F-measure.", "In adapting the extent tagger to "
        "new domains, merging the training data provides the best performance.") == [77.0, 78.5]


def _dataset_types(text, usual):
    """metric_type of each result in ``text``, with the names of ``usual`` found as datasets
    that the lexicon says are usually scored by its values (None: unknown)."""
    import re

    spans = [(m.start(), m.end(), n, t) for n, t in usual.items()
             for m in re.finditer(re.escape(n), text)]
    return {c.value: c.attrs["metric_type"] for c in find_results(text, None, spans)}


@pytest.mark.parametrize("text, usual, expected", [
    # coling2022:2022.coling-1.127 (dev22), coling2025:2025.coling-main.647 (dev9) (r29listcarry):
    # a list naming no metric, each item on a dataset, shares its known datasets' usual metric
    ("Against the existing state-of-the-art model, the proposed model significantly improves "
     "more than 4.5%, 3% and 1.3% on three mainstream BQA datasets, PubMedQA, MedQA-USMLE and "
     "NLPEC.", {"PubMedQA": "accuracy", "MedQA-USMLE": None, "NLPEC": None},
     {4.5: "accuracy", 3.0: "accuracy", 1.3: "accuracy"}),
    ("MuKA outperforms state-of-the-art methods by 38.7% and 15.9% on the InfoSeek and E-VQA "
     "benchmark respectively.", {"InfoSeek": None, "E-VQA": "accuracy"},
     {38.7: "accuracy", 15.9: "accuracy"}),
    # naacl2021:2021.naacl-main.469 (dev8): a share of a score is not typed so
    ("we can train a competent multi-hop QA which achieves 61% and 83% of the supervised "
     "learning performance for the HybridQA and the HotpotQA dataset, respectively.",
     {"HybridQA": None, "HotpotQA": "f1"}, {61.0: "other"}),
    # icml2018:2407 (corpus): language modelling is not typed perplexity from a list mate
    ("Noisin improves over dropout by as much as 12.2% on the Penn Treebank and 9.4% on the "
     "Wikitext-2 dataset.", {"Penn Treebank": None, "Wikitext-2": "perplexity"},
     {12.2: "other"}),
])
def test_a_list_naming_no_metric_shares_its_datasets_usual_metric(text, usual, expected):
    found = _dataset_types(text, usual)
    assert {v: found[v] for v in expected} == expected


def test_a_net_win_rate_written_with_a_hyphen_is_a_win_rate():
    # colm2025:oGO0fNVWrN (audit): the hyphen hid the start of "win"
    assert _types("Compared to SoT, Plato demonstrates a remarkable 90% quality net-win rate.")[
        90.0] == ("score", "win_rate")


def test_a_manner_adverb_between_a_verb_of_change_and_its_figure_keeps_a_change():
    # acl:I17-137 (dev23): "rapidly" stood between "drop" and the parenthesized range
    kinds = _types("We found that the F-scores of DNN-based name taggers drop rapidly (20%-30%) "
                   "when we replace clean manual annotations with noisy annotations.")
    assert kinds[20.0][0] == kinds[30.0][0] == "delta"


def test_one_decimal_after_its_metric_and_a_copula_is_a_score_of_that_metric():
    # acl:D19-5717 (corpus), audit: the metric opens the clause, the copula gives the value
    text = ("The F1 value of our participated task on the test data set of all types was 0.342. "
            "We achieved the second highest in the task.")
    assert [(c.value, c.unit, c.attrs["kind"], c.attrs["metric_type"])
            for c in find_results(text)] == [(0.342, "", "score", "f1")]
    # acl:L06-181 (corpus): the metric the value follows, not the one of the next clause
    text = ("The estimated accuracy of classification of pre-segmented frame elements is 0.75, "
            "and the precision and recall measures for the complete task are 0.67 and 0.47, "
            "respectively.")
    assert [(c.value, c.attrs["metric"]) for c in find_results(text)] == [(0.75, "accuracy")]
    # acl:2020.semeval.1.229, acl:2020.smm4h.1.32, acl:K19-192 (corpus): another clause
    # between the metric and the copula gives another subject's figure
    for text in ("The performance results of our proposed model have scored 0.55307 F1-Score, "
                 "and our model is 0.07 away from the best performing team.",
                 "The proposed system obtains .69 for \u03bcF1 score in the SMM4H 2020 Task 5 "
                 "where the competition average is .65.",
                 "We obtained a high value of Positive Specific Agreement, which is 0.91 for "
                 "texts."):
        assert not {0.07, 0.65, 0.91} & {value for value, _ in results(text)}


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
])
def test_humans_figure_set_against_the_papers_is_a_result(text, expected):
    assert results(text) == expected
    assert [c.attrs.get("own") for c in find_results(text) if c.value == expected[-1][0]] \
        == [False]


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


def test_an_overhead_over_the_baseline_is_a_change():
    # icml2016:f70a962c41 (corpus), R-kind-overhead (dev24)
    text = ("The additional computational cost depends on how frequently the hyperparameters are "
            "trained, but the tested scheme adds only 30% computational overhead regardless of "
            "the model size.")
    assert _types(text) == {30.0: ("delta", "cost")}


# r30speed: _OWN_WORK tests the letter a word opens with before its phrases
def test_own_work_start_names_every_letter_its_phrases_start_with():
    """_OWN_WORK_START only speeds _OWN_WORK up: each of its phrases starts with one of its
    letters (in any case), after a word's start."""
    import re
    from re import _parser

    from litkit.extract.result_scans import _OWN_WORK, _OWN_WORK_PHRASES, _OWN_WORK_START

    chars, can_be_empty = _first_characters(_parser.parse(_OWN_WORK_PHRASES, re.IGNORECASE).data)
    assert not can_be_empty and all(isinstance(ch, str) for ch in chars), chars
    start = re.compile(_OWN_WORK_START, re.IGNORECASE)
    assert all(start.match(ch) for ch in chars), sorted(ch for ch in chars if not start.match(ch))
    phrases = re.compile(_OWN_WORK_PHRASES, re.IGNORECASE)
    # (the examples of the rule's comment, each phrase once)
    text = ("Neural models were studied. In this work, I propose a method. Speakers' gender "
            "and age-group were predicted using features; the current paper is new. OUR results")
    assert [m.span() for m in _OWN_WORK.finditer(text)] == \
        [m.span() for m in phrases.finditer(text)]


# r31tuple: the paper's own dataset, named with its head or by the acronym the text goes on to use
def test_results_default_to_the_introduced_name_holding_its_head_or_to_its_acronym():
    def datasets(text, names):
        spans = [(text.index(n), text.index(n) + len(n), n) for n in names]
        cut = text.index(". ") + 2
        return [(c.value, c.attrs["dataset"])
                for c in find_results(text, [(0, cut), (cut, len(text))], spans)]

    # acl:2020.acl.main.108 (dev8): the head is the name's own last word but its year
    text = ("This paper introduces the Webis Gmane Email Corpus 2019, the largest publicly "
            "available and fully preprocessed email corpus to date. With 96% accuracy on 15 "
            "classes of email segments, our model achieves state-of-the-art performance.")
    assert datasets(text, ["Webis Gmane Email Corpus 2019"]) == \
        [(96.0, "Webis Gmane Email Corpus 2019")]
    # acl:L14-1326 (corpus): the acronym in brackets after it
    text = ("We present the Uppsala Persian Dependency Treebank (UPDT) with a syntactic annotation "
            "scheme. The result of a parsing experiment shows an overall labeled attachment "
            "score of 82.05%.")
    assert datasets(text, ["Uppsala Persian Dependency Treebank", "UPDT"]) == [(82.05, "UPDT")]


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
])
def test_a_listed_value_takes_its_listed_metric(text, metrics):
    assert [c.attrs["metric"] for c in find_results(text)] == metrics


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


@pytest.mark.parametrize(("text", "names", "expected"), [
    # acl:2020.coling.main.380 (dev25): "on A and on B", parallel phrases of one subject
    ("Our experiments on English-German translation tasks using the Multi30k dataset and on "
     "English-Japanese translation tasks using the Flickr30k Entities JP dataset show that a "
     "Transformer-based MNMT model can be improved (up to +1.61 BLEU).",
     ["Multi30k", "Flickr30k Entities JP"], [(1.61, None)]),
    # acl:2020.acl.main.628 (corpus)
    ("Our sentence meta-embeddings set a new unsupervised State of The Art (SoTA) on the STS "
     "Benchmark and on the STS12-STS16 datasets, with gains of between 3.7% and 6.4% Pearson's r "
     "over single-source systems.", ["STS Benchmark", "STS12-STS16"], [(3.7, None), (6.4, None)]),
    # acl2022:2022.acl-long.357 (corpus): after a comma, the next dataset's own clause
    ("We reduce the gap between zero-shot baselines from prior work and supervised models by as "
     "much as 29% on RefCOCOg, and on RefGTA (video game imagery), ReCLIP's relative improvement "
     "over supervised ReC models trained on real images is 8%.", ["RefCOCOg", "RefGTA"],
     [(29, "RefCOCOg"), (8, "RefGTA")]),
])
def test_a_result_after_parallel_phrases_on_two_datasets_is_on_neither(text, names, expected):
    spans = [(text.index(n), text.index(n) + len(n), n) for n in names]
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)] == expected


# r31mtype: a training error is a rate, as a test error is
def test_metric_type_of_a_training_error():
    # iclr2018:Hkfmn5n6W (dev10)
    text = ("We demonstrate our results numerically: for example, 0% binary classification "
            "training error on CIFAR with only N/d_0 = 16 hidden neurons.")
    assert [(c.value, c.attrs["metric_type"]) for c in find_results(text)] == [(0, "error_rate")]


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


def test_new_things_of_the_background_do_not_end_it():
    # coling2022:2022.coling-1.137 (corpus), audit r31audit6 [36]: "for new databases" is the
    # field's problem, not the paper's own work, so the models' figures after it are background
    assert _abstract_results(
        "Addressing Limitations of Encoder-Decoder Based Approach to Text-to-SQL",
        "Most attempts on Text-to-SQL task using encoder-decoder approach show a big problem of "
        "dramatic decline in performance for new databases.", "For the popular Spider dataset, "
        "despite models achieving 70% accuracy on its development or test sets, the same models "
        "show a huge decline below 20% accuracy for unseen databases.", "In this paper we address "
        "the problem and propose a solution.") == []


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


# r32audit7: a ratio of what models are trained with stays the set-up behind a hedge ("up to")
def test_a_hedged_ratio_of_what_models_are_trained_with_is_no_result():
    # colm2024:vL8BIGuFTF (corpus), audit r32audit7 [14]
    assert results("Using only small-scale LLMs, we find that, in some cases, we are able to "
                   "accurately predict whether models trained with up to 4x more compute have "
                   "emerged.") == []


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


# r32attach: an acronym in brackets is named from its long form before it, so the cue before the
# long form ("experiments are done on the") carries it on (R-ds-context)
def test_an_acronym_evaluated_on_is_carried_from_the_cue_before_its_long_form():
    # acl:2020.lrec.1.610 (corpus): the long form is not listed itself
    text = ("Experiments are done on the Large Arabic-Book Reviews (LABR) corpus in binary "
            "(positive/negative) classification frame. Our best result reaches 91.9%, that is "
            "higher than the best previous published one (91.5%).")
    assert _result_datasets(text, ["LABR"]) == [(91.9, "LABR"), (91.5, "LABR")]


# r32attach: "on this new dataset", a word describing the data between, refers back to the one
# dataset named before as "on this dataset" does (R-ds-context)
def test_this_dataset_with_a_describing_word_refers_back_to_the_one_named():
    # acl:N18-159 (corpus)
    text = ("To illustrate the viability of our approach, we create a new dataset of complex "
            "questions, ComplexWebQuestions, and present a model that decomposes questions. We "
            "empirically demonstrate that question decomposition improves performance from 20.8 "
            "precision@1 to 27.5 precision@1 on this new dataset.")
    assert _result_datasets(text, ["ComplexWebQuestions"]) == [
        (20.8, "ComplexWebQuestions"), (27.5, "ComplexWebQuestions")]


# r32attach: the one dataset evaluated on, with a plural head of its own ("tasks"), is carried on:
# the head names no other data (R-ds-context)
@pytest.mark.parametrize(("text", "name", "expected"), [
    # icml2016:5da175d503 (corpus)
    ("We demonstrate CryptoNets on the MNIST optical character recognition tasks. CryptoNets "
     "achieve 99% accuracy and can make around 59000 predictions per hour on a single PC.",
     "MNIST", [(99, "MNIST")]),
    # coling2022:2022.coling-1.399 (corpus)
    ("We demonstrate the performance of our model on the CLSciSumm shared tasks. It improves the "
     "state-of-the-art results by over 15% on the F1 score evaluation.",
     "CLSciSumm", [(15, "CLSciSumm")]),
])
def test_a_dataset_with_a_plural_head_of_its_own_is_carried_on(text, name, expected):
    assert _result_datasets(text, [name]) == expected


# r32attach: "on the test dataset", written as one word, is the split of the one dataset named
# before, as "on the test set" and "on the test data" are (R-ds-context)
def test_the_test_dataset_refers_back_to_the_one_dataset_named():
    # acl:2020.smm4h.1.18 (corpus)
    text = ("This paper describes the method we developed for the Task 2 English variation of the "
            "Social Media Mining for Health Applications (SMM4H) 2020 shared task. The model's "
            "F1-Score of 0.56 on the test dataset was 10% better than the mean of the F1-Score of "
            "the best submissions in the task.")
    assert sorted(_result_datasets(text, ["SMM4H"])) == [(0.56, "SMM4H"), (10, "SMM4H")]


# r32extra: a share of the data a figure of the sentence was obtained with is its condition, not
# a result (R-res-datashare); alone, it is the efficiency claim
@pytest.mark.parametrize("text, expected", [
    # dev28 acl:2020.findings.emnlp.400
    ("The experimental results show that our proposed self-supervised signals can improve joint "
     "goal accuracy by 8.95% when only 1% labeled data is used on the MultiWOZ dataset.", [8.95]),
    # nips2017:8912 (corpus)
    ("Combining Mean Teacher and Residual Networks, we improve the state of the art on CIFAR-10 "
     "with 4000 labels from 10.55% to 6.28%, and on ImageNet 2012 with 10% of the labels from "
     "35.24% to 9.11%.", [10.55, 6.28, 35.24, 9.11]),
    # acl:2020.emnlp.main.357 (corpus)
    ("Even with only 50% of the training data, SSCR achieves a comparable result to using "
     "complete data.", [50.0]),
    # r36recall: after a verb that alters the data (dev25 acl2022:2022.acl-long.228), and with a
    # count in brackets before "of labeled data" (dev31 naacl2022:2022.naacl-industry.11)
    ("Perturbing just \u223c2% of training data leads to a 5.8-point gain on an NLI challenge set "
     "measuring reliance on syntactic heuristics.", [5.8]),
    ("Our results demonstrate that DC models trained with CT methods and dropout based "
     "augmentation on only 0.1% (2,998 instances) of labeled data with the remainder as "
     "unlabeled can achieve a top-1 relative accuracy reduction of 12.25% compared to fully "
     "supervised model trained with 100% of labeled data.", [12.25]),
    # (not after "using": an efficiency claim, acl:2020.emnlp.main.9, corpus)
    ("Third, PRover obtains near perfect QA accuracy of 98% using only 40% of the training data.",
     [98.0, 40.0]),
])
def test_a_share_of_data_stating_a_condition_is_no_result(text, expected):
    assert [c.value for c in find_results(text)] == expected


# r33audit10: the one dataset evaluated on is carried on (R-ds-context) past a comma that goes on
# with a clause, which is no list, and past a descriptor of three long words before its name
@pytest.mark.parametrize("first, second, name, expected", [
    # acl:P19-1416 (corpus)
    ("Our analysis is centered on HotpotQA, where we show that single-hop reasoning can solve "
     "much more of the dataset than previously thought.", "We introduce a single-hop BERT-based "
     "RC model that achieves 67 F1 comparable to state-of-the-art multi-hop models.",
     "HotpotQA", (67, "HotpotQA")),
    # naacl2021:2021.naacl-main.441 (corpus)
    ("On the challenging Text-to-SQL benchmark Spider, empirical results show that ShadowGNN "
     "outperforms state-of-the-art models.", "When the annotated data is extremely limited "
     "(only 10% training set), ShadowGNN gets over absolute 5% performance gain.", "Spider",
     (5, "Spider")),
])
def test_the_one_dataset_is_carried_past_a_clause_comma(first, second, name, expected):
    assert expected in _two_sentences(first, second, [name])


# r33audit10: a result right before "on a ... task" or "for various ... tasks" is on that
# unnamed task, not on the dataset named before it; counted tasks may be the benchmark's own
@pytest.mark.parametrize("text, name, expected", [
    # acl:2020.acl.main.676 (corpus)
    ("Applied to neural sequence-to-sequence models, it reduces error rate by as much as 87% on "
     "diagnostic tasks from the SCAN dataset and 16% on a semantic parsing task.", "SCAN",
     [(87, "SCAN"), (16, None)]),
    # acl:2020.findings.emnlp.178 (corpus)
    ("Experimental results demonstrate that our proposed approach can improve transformer models "
     "by 0.9 BLEU score on WMT14 En-De translation task and around 1.0 accuracy for various text "
     "classification tasks.", "WMT14 En-De", [(0.9, "WMT14 En-De"), (1.0, None)]),
    # acl:2020.acl.main.439 (corpus)
    ("On the discourse representation benchmark DiscoEval, our model improves over the previous "
     "state-of-the-art by up to 13% and on average 4% absolute across 7 tasks.", "DiscoEval",
     [(13, "DiscoEval"), (4, "DiscoEval")]),
])
def test_a_result_on_an_unnamed_task_after_it_has_no_dataset(text, name, expected):
    assert _result_datasets(text, [name]) == expected


# r33audit10: an edition's year between a shared task's name and its head ("(SMM4H) 2020 shared
# tasks") still names the shared task the paper takes part in, which its results are on
def test_a_shared_task_with_its_year_before_the_head_takes_the_results():
    # acl:2020.smm4h.1.20 (corpus)
    text = ("This paper presents our approach for task 2 and task 3 of Social Media Mining for "
            "Health (SMM4H) 2020 shared tasks. Our system is based on pre-trained language model "
            "RoBERTa and it achieves F1-score of 58% in task 2.")
    assert _result_datasets(text, ["SMM4H"]) == [(58, "SMM4H")]


# r33audit9: "verify" or "validate" ... on names the one dataset of the experiments, as
# "evaluate ... on" does (R-ds-context)
def test_the_one_dataset_the_methods_are_verified_on():
    # acl:2020.acl.main.297 (corpus)
    text = ("We verify our methods on the benchmark MPQA corpus. The experimental results show "
            "that syntactic information is highly valuable for ORL, and our final MTL model "
            "effectively boosts the F1 score by 9.29 over the syntax-agnostic baseline.")
    assert _result_datasets(text, ["MPQA"]) == [(9.29, "MPQA")]


# r33audit9: the shared task the paper takes part in, not a first name of its title that is no
# task, is what its results are on; a title's name that the task's holds stays (R-ds-taskname)
@pytest.mark.parametrize("text, names, expected", [
    # acl:K17-322 (corpus)
    ("From Raw Text to Universal Dependencies - Look, No Tags!\n\nWe present the Uppsala "
     "submission to the CoNLL 2017 shared task on parsing from raw text to universal "
     "dependencies. We achieved a macro-averaged LAS F1 of 65.11 in the official test run.",
     ["Universal Dependencies", "CoNLL 2017"], [(65.11, "CoNLL 2017")]),
    # acl:W19-4625 (corpus)
    ("LIUM-MIRACL Participation in the MADAR Arabic Dialect Identification Shared Task\n\nThis "
     "paper describes the joint participation of the LIUM and MIRACL Laboratories at the Arabic "
     "dialect identification challenge of the MADAR Shared Task. We were able to identify the "
     "dialect of an input sentence with an F1-score of 65.41% on the official test set.",
     ["LIUM-MIRACL", "MADAR"], [(65.41, "MADAR")]),
])
def test_results_are_on_the_shared_task_entered_before_a_title_name(text, names, expected):
    assert _result_datasets(text, names) == expected


def test_a_title_name_the_entered_task_holds_stays_the_results_dataset():
    # acl:2020.smm4h.1.24 (corpus): the names step writes "SMM4H shared task 2" as "SMM4H Task 2"
    text = ("LITL at SMM4H: An Old-school Feature-based Classifier for Identifying Adverse Effects "
            "in Tweets\n\nThis paper describes our participation to the SMM4H shared task 2. "
            "Different weighting schemes were tested, the best one achieving a F1 score of 0.31 "
            "for English.")
    task = text.index("SMM4H shared")
    spans = [(8, 13, "SMM4H"), (task, task + len("SMM4H shared task 2"), "SMM4H Task 2")]
    cut = text.index("\n\n") + 2
    sentences = [(0, cut), (cut, text.index(". ") + 2), (text.index(". ") + 2, len(text))]
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, sentences, spans)] \
        == [(0.31, "SMM4H")]


def test_an_approach_to_a_shared_task_is_an_entry_in_it():
    # acl:K17-321 (corpus, audit9)
    text = ("Corpus Selection Approaches for Multilingual Parsing from Raw Text to Universal "
            "Dependencies\n\nThis paper describes UALing's approach to the CoNLL 2017 UD Shared "
            "Task using corpus selection techniques to reduce training data size. While our "
            "approach reduces the size of training data significantly, it retains performance "
            "within 0.5% of the baseline system.")
    assert _result_datasets(text, ["Universal Dependencies", "CoNLL 2017 UD Shared Task"]) \
        == [(0.5, "CoNLL 2017 UD Shared Task")]


# r33dev30ds: the experiments on the one dataset may name it after a plural data noun
# ("benchmark corpora SETIMES"), as after a singular one (R-ds-context)
def test_experiments_on_benchmark_corpora_name_the_one_dataset():
    # coling2022:2022.coling-1.395 (dev30)
    text = ("We experiment on benchmark corpora SETIMES, conducting low-resource NMT for Albanian "
            "(Sq), Macedonian (Mk), Croatian (Hr) and Romanian (Ro). Experimental results show "
            "that our method yields substantial improvements, which allows the NMT performance to "
            "reach BLEU4-scores of 62.24%, 56.93%, 50.53% and 54.65% for Sq, Mk, Hr and Ro, "
            "respectively.")
    assert _result_datasets(text, ["SETIMES"]) == [(62.24, "SETIMES"), (56.93, "SETIMES"),
                                                   (50.53, "SETIMES"), (54.65, "SETIMES")]


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


def test_a_change_keeps_the_metric_named_with_the_score_it_reaches():
    # nips2018:11948 (corpus)
    found = find_results("On the WikiTableQuestions benchmark, we improve the state-of-the-art "
                         "by 2.6%, achieving an accuracy of 46.3%.")
    assert [(c.value, c.attrs["metric"]) for c in found] == [(2.6, "accuracy"),
                                                              (46.3, "accuracy")]


def test_bleu_with_its_scores_hyphenated_on_names_bleu():
    # r33mtype: dev30 coling2022:2022.coling-1.395
    found = find_results("Experimental results show that our method yields substantial "
                         "improvements, which allows the NMT performance to reach BLEU4-scores of "
                         "62.24%, 56.93%, 50.53% and 54.65% for Sq, Mk, Hr and Ro, respectively.")
    assert [(c.value, c.attrs["metric_type"]) for c in found] == [
        (62.24, "bleu"), (56.93, "bleu"), (50.53, "bleu"), (54.65, "bleu")]


# r33mtype: a dataset usually scored by error rate is scored by accuracy where its sentence
# names accuracy and no errors
def test_a_dataset_usually_scored_by_errors_is_scored_by_accuracy_its_sentence_names():
    # dev30 nips2017:9244
    text = ("SafetyNets detects any incorrect computations of the neural network by the untrusted "
            "server with high probability, while achieving state-of-the-art accuracy on the MNIST "
            "digit recognition (99.4%) and TIMIT speech recognition tasks (75.22%).")
    start = text.index("TIMIT")
    found = {c.value: c.attrs["metric_type"]
             for c in find_results(text, None, [(start, start + 5, "TIMIT", "error_rate")])}
    assert found[75.22] == "accuracy"


def test_a_dataset_usually_scored_by_errors_keeps_it_where_accuracy_is_not_named():
    text = "On TIMIT, our model reaches 14.9% on the core test set."
    start = text.index("TIMIT")
    (found,) = find_results(text, None, [(start, start + 5, "TIMIT", "error_rate")])
    assert found.attrs["metric_type"] == "error_rate"


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


# r33attach: a score "on X reaches A" is on X, not on the next clause's name
def test_a_score_a_dataset_reaches_is_on_it():
    # coling2022:2022.coling-1.562 (corpus), audit r33audit9 [0]
    text = ("Our model improves the accuracy of interrogative words in generated questions, and "
            "the BLEU-4 on SQuAD reaches 17.52, the BLEU-4 on HotpotQA reaches 19.31, the BLEU-4 "
            "on TibetanQA reaches 25.58.")
    assert _result_datasets(text, ["SQuAD", "HotpotQA"])[:2] == [(17.52, "SQuAD"),
                                                                 (19.31, "HotpotQA")]


# r33unfound: a result goes by the acronym written after its dataset's long form
# (R-ds-acronymresult)
@pytest.mark.parametrize("text, value, dataset", [
    # corpus (acl:W19-1505, dev23)
    ("We evaluate our approach on the Google-IISc Distant Supervision (GDS) dataset, which removes "
     "test data noise present in all previous distance supervision datasets, which makes it a "
     "reliable evaluation benchmark (Jat et al., 2017). Our results show that the SSL Mean Teacher "
     "approach nears the performance of fully-supervised approaches even with only 10% of the "
     "labeled corpus.", 10.0, "GDS"),
    # corpus (acl:1993.iwpt.1.2)
    ("An Efficient Parsing Algorithm\n\nWe evaluate the parser on the Air Travel Information "
     "System (ATIS) corpus. It achieves an accuracy of 96%.", 96.0, "ATIS"),
])
def test_a_result_goes_by_the_acronym_after_its_datasets_long_form(r24_nlp, text, value,
                                                                    dataset):
    from litkit.extract.extensions import SPANS_KEY

    doc = r24_nlp(text)
    found = {s._.value: s._.dataset for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"}
    assert found[value] == dataset


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


# r33audit11: a rank band ("the top 50%.") is no result; a share kept at the top or how often
# something is at the top is
@pytest.mark.parametrize(("text", "expected"), [
    # corpus (acl:S17-247)
    ("In the main Subtask C, our primary submission was ranked fourth, with a MAP of 13.48 and "
     "accuracy of 97.08. In Subtask A, our primary submission get into the top 50%.",
     [(13.48, ""), (97.08, "")]),
    # corpus (acl:S19-247)
    ("The system achieved 0.745 micro f1-score, and ranked 26/165 (top 20%) teams among the "
     "official task submissions.", [(0.745, "")]),
    # corpus (nips2011:9c26551387)
    ("the ensemble perfectly ranks the productive mechanisms at the top 89.1% of the time",
     [(89.1, "%")]),
    # corpus (aistats2019:1e81177acc, dev19)
    ("Empirically, we found that using top 25% topics suffices to achieve the same accuracy as "
     "storing all topics.", [(25, "%")]),
])
def test_a_rank_band_is_no_result(text, expected):
    assert sorted(results(text)) == sorted(expected)


# r34mtype: a score "on our/a test set" is on the one dataset its sentence names before it
# (R-ds-sentence); named after it or nowhere in the sentence, on none
@pytest.mark.parametrize(("text", "names", "expected"), [
    # corpus (acl:P19-1550, dev14)
    ("We developed a rule-based grammar for the ATIS domain that achieves a 95.82% F1-score on "
     "our evaluation set.", ["ATIS"], [(95.82, "ATIS")]),
    # corpus (acl:2018.gwc.1.35, dev20)
    ("We build a rule-based system to identify basic-level categories in WordNet, achieving 77% "
     "accuracy on a test set derived from prior psychological experiments.", ["WordNet"],
     [(77.0, "WordNet")]),
    # corpus (colm2025:akHq1QcqeZ, dev3)
    ("Our best model achieves breakthrough results on narrative claim verification (from 28% to "
     "76% accuracy on our test set) and sets a new state-of-the-art for sub-10B models on the "
     "NoCha leaderboard.", ["NoCha"], [(28.0, None), (76.0, None)]),
])
def test_a_score_on_an_own_test_set_is_on_the_dataset_its_sentence_names(text, names, expected):
    assert _result_datasets(text, names) == expected


# r34mtype: a shared task's short name in apposition to its head names the task the paper
# enters, not one of a list (R-ds-taskcontext)
def test_a_tasks_short_name_after_its_head_is_the_task_entered():
    # corpus (acl:W16-4830, dev13)
    text = ("Vanilla Classifiers for Distinguishing between Similar Languages\n\nIn this paper we "
            "describe the submission of the UniBuc-NLP team for the Discriminating between "
            "Similar Languages Shared Task, DSL 2016. Our results show that good accuracy scores "
            "can be obtained with limited feature and model engineering. While certain "
            "limitations are to be acknowledged, our approach worked surprisingly well for "
            "out-of-domain, social media data, with 0.898 accuracy (3rd place) for dataset B1 and "
            "0.838 accuracy (4th place) for dataset B2.")
    assert _result_datasets(text, ["DSL 2016"]) == [(0.898, "DSL 2016"), (0.838, "DSL 2016")]


def test_an_increment_is_a_change():
    # r34audit14, corpus (acl:W19-1307): "an increment of" names a change, like "an increase of"
    text = ("Attention-based bidirectional LSTM model achieved an accuracy of 73.6% which is an "
            "increment of more than 4% compared to the current state-of-the-art results.")
    assert [(c.value, c.attrs["kind"]) for c in find_results(text)] == \
        [(73.6, "score"), (4, "delta")]


# r34dev31: a score a cut in cost is measured to reach is a setting of that cut, no result
# (R-res-targetscore); a level a cut in errors brings the system to stays one
@pytest.mark.parametrize(("text", "expected"), [
    # dev31 acl:C18-159
    ("We evaluate our framework on three publicly available datasets and show that it "
     "drastically reduces the cost of sparse entity annotation by an average of 85% and 45% to "
     "reach 0.9 and 1.0 F-Scores respectively.", [(85, "%"), (45, "%")]),
    # corpus (acl:I17-205)
    ("The pseudo active learning is also shown to be effective showing that it could reduce "
     "about 84% of training instances to achieve the accuracy of 82.0% when compared to the "
     "model without active learning.", [(84, "%")]),
    # corpus (acl:L08-1572)
    ("This significantly reduces a load of manual work necessary to achieve nearly 100% "
     "accuracy of alignment.", []),
])
def test_a_score_a_cost_cut_is_measured_to_reach_is_no_result(text, expected):
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
