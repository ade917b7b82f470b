"""Results listed with datasets listed (result_respectively.py): "respectively"."""

import pytest
from results_helpers import _result_datasets, results

from litkit.extract.results import find_results


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


# r41dsother: a list of numbers apposed to as many results before it, each on its dataset
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:P19-1471 (dev30)
        ("Our model outperforms previous systems on both corpora, achieving 0.74 BLANC F1 on the "
         "Intelligence Community corpus and 0.70 F1 on the HiEve corpus, respectively a 15 and 5 "
         "percentage point improvement over previous models.", ["Intelligence Community", "HiEve"],
         [(0.74, "Intelligence Community"), (0.7, "HiEve"), (15.0, "Intelligence Community"),
          (5.0, "HiEve")]),
        # acl:W18-5811 (dev36)
        ("this approach achieves over 98% accuracy on the benchmark SPMRL shared task data for "
         "Hebrew, and 97% accuracy on a new out of domain Wikipedia dataset, an improvement of "
         "\u22484% and 5% over previous state of the art performance.", ["SPMRL", "Wikipedia"],
         [(98.0, "SPMRL"), (97.0, "Wikipedia"), (4.0, "SPMRL"), (5.0, "Wikipedia")]),
        # coling2025:2025.coling-industry.40
        ("our model achieves an accuracy of 68.1% on the GSM8K dataset and 21.9% on the MATH "
         "dataset, exceeding the SOTA by 1.6% and 2.1% respectively.", ["GSM8K", "MATH"],
         [(68.1, "GSM8K"), (21.9, "MATH"), (1.6, "GSM8K"), (2.1, "MATH")]),
    ],
)
def test_numbers_apposed_to_results_on_datasets_go_with_them_in_order(text, names, expected):
    assert sorted(_result_datasets(text, names)) == sorted(expected)


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


# r44dsmiss: a signed pair of slashed numbers, no list's item, goes with a list of two names
# "and" joins, in order (not two scores of one dataset at the end of a list)
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:2020.acl.main.41 (dev28)
        ("Experimental results for the WMT’14 English-German and WMT’17 Chinese-English "
         "translation tasks demonstrate that the proposed method outperforms strong baselines in "
         "terms of BLEU score (+1.17/+1.56) and training speedup (2.22x/3.33x).",
         ["WMT’14 English-German", "WMT’17 Chinese-English"],
         [(1.17, "WMT’14 English-German"), (1.56, "WMT’17 Chinese-English")]),
        # near miss, iclr2018:rytNfI1AZ (its CIFAR-10 and CIFAR-100 renamed, which the helper
        # finds inside one another): the pair ends a list, two scores of its last dataset
        ("For MNIST, SVHN and ImageNet, we achieve error rates of 3.9%, 18.5% and 26.0% / 8.5% "
         "(Top-1 / Top-5) respectively.", ["MNIST", "SVHN", "ImageNet"],
         [(3.9, "MNIST"), (18.5, "SVHN"), (26.0, "ImageNet"), (8.5, "ImageNet")]),
    ],
)
def test_a_slashed_pair_alone_goes_with_two_names_in_order(text, names, expected):
    assert [r for r in _result_datasets(text, names) if r[0] in {n for n, _ in expected}] \
        == expected
