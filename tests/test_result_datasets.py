"""The dataset of a result (result_datasets.py): nearby, carried over, a shared task's."""

import re

import pytest
from attribution_helpers import (
    pipeline_nlp,  # noqa: F401  (fixtures)
    spans,
)
from results_helpers import (
    _result_datasets,
    r24_pipeline,  # noqa: F401  (fixtures)
    results,
)

from litkit.extract.results import find_results


def test_dataset_and_metric():
    text = "our method reaches 90.94% top-1 accuracy on ImageNet, a new state of the art."
    (found,) = find_results(text, None, [(text.index("ImageNet"), text.index(",") , "ImageNet")])
    assert found.attrs["dataset"] == "ImageNet"
    assert found.attrs["metric"] == "top-1 accuracy"


def test_a_new_clause_names_its_own_dataset():
    text = ("improves perplexity on the Penn Treebank dataset by up to 1.8 points and by up to "
            "2.3 points on the WikiText-2 dataset")
    spans = [(text.index(d), text.index(d) + len(d), d) for d in ("Penn Treebank", "WikiText-2")]
    found = [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)]
    assert found == [(1.8, "Penn Treebank"), (2.3, "WikiText-2")]


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


# r41dsother: a name listed with items not found under one plural head is one of several
@pytest.mark.parametrize(("text", "names", "expected"), [
    # acl:S18-221 (dev21)
    ("it achieves state of the art results on the CoNLL 2002 Spanish and Dutch and CoNLL 2003 "
     "German NER datasets, consistently achieving 1.5-2.3 percent over the state of the art.",
     ["CoNLL 2002", "CoNLL 2003"], [(1.5, None), (2.3, None)]),
    # acl2021:2021.acl-long.162 (dev32)
    ("On the WMT16 En-Ro, NIST12 Zh-En, and WMT14 En-De machine translation tasks, our "
     "experiments show that weight distillation learns a small network that is 1.88-2.94x "
     "faster than the large network.", ["WMT16 En-Ro", "WMT14 En-De"],
     [(1.88, None), (2.94, None)]),
    # acl2021:2021.acl-long.328 (dev38)
    ("the proposed approach improves translation performance by more than 2 BLEU over a strong "
     "baseline and achieves state-of-the-art results on the MuST-C English-German, "
     "English-French and English-Spanish language pairs.", ["MuST-C"], [(2.0, None)]),
    # ... not one dataset's tasks (acl2021:2021.acl-long.488), nor others the text leaves
    # unnamed (naacl2024:2024.naacl-long.484), nor numbers listed as the datasets are
    # (acl2021:2021.acl-long.204)
    ("KECI achieves absolute improvements of 4.59% in F1 scores over the state-of-the-art on the "
     "BioRelEx entity and relation extraction tasks.", ["BioRelEx"], [(4.59, "BioRelEx")]),
    ("Extensive experiments on DiverseForm and several public benchmark datasets demonstrate "
     "the superiority of RE2, with up to 18.88% absolute F-score gain over all baselines.",
     ["DiverseForm"], [(18.88, "DiverseForm")]),
    ("Experimental results on the LibriSpeech En-Fr and MuST-C En-De ST tasks show that our "
     "method achieves state-of-the-art BLEU scores of 18.3 and 25.2.", ["MuST-C"],
     [(18.3, "MuST-C"), (25.2, "MuST-C")]),
])
def test_a_name_listed_with_unfound_items_under_a_plural_head_is_one_of_several(text, names,
                                                                                expected):
    assert sorted(_result_datasets(text, names)) == sorted(expected)


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
    # r46: "training on X" too, acl2021:2021.acl-long.442 (dev39); not "training accuracy on X"
    # (corpus aistats2018:fc0442dd3c)
    text = ("We show that, evaluated on CodeXGLUE with the same CodeBERT model, training on CoSQA "
            "improves the accuracy of code question answering by 5.1%.")
    spans = [(text.index(n), text.index(n) + len(n), n) for n in ("CodeXGLUE", "CoSQA")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)] == ["CodeXGLUE"]
    text = "for a network to reach 95% training accuracy on MNIST, it needs 30% less time."
    spans = [(text.index("MNIST"), text.index("MNIST") + 5, "MNIST")]
    assert find_results(text, None, spans)[0].attrs["dataset"] == "MNIST"


# r39rds: "Using X, we train ..." or X apposed to "pre-training corpora" names X as training data,
# which the sentence's results are not on, though the paper introduces X (R-ds-trainsentence)
def test_data_a_phrase_trains_on_is_not_where_results_are_reported():
    # colm2025:6vMRcaYbU7 (dev5)
    text = ("GraphPile: A Dataset for Continued Pretraining\n\nUsing GraphPile, we train "
            "GraphMind on popular base models, achieving up to 4.9% higher accuracy in "
            "mathematical reasoning.")
    spans = [(m.start(), m.end(), "GraphPile") for m in re.finditer("GraphPile", text)]
    sentences = [(0, text.index("\n\n") + 2), (text.index("\n\n") + 2, len(text))]
    assert [c.attrs["dataset"] for c in find_results(text, sentences, spans)] == [None]
    # acl2021:2021.acl-short.38 (dev24): names apposed to the pre-training corpora
    text = ("Using the same pre-training corpora as the original model, Wikipedia and "
            "BookCorpus, our BERT variation manages to improve the downstream performance on 4 "
            "tasks by an average of 1.2% F-1.")
    spans = [(text.index("BookCorpus"), text.index("BookCorpus") + 10, "BookCorpus")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)] == [None]
    # ... not a name after "training data, and" nor one a comma after it leads to: acl:K19-163
    text = ("We achieve highly efficient results on OntoNotes 5.0, only requiring 13% of the "
            "original training data, and CoNLL 2003, requiring only 27%.")
    spans = [(text.index(n), text.index(n) + len(n), n) for n in ("OntoNotes 5.0", "CoNLL 2003")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)][-1] == "CoNLL 2003"
    # ... unlike a set trained on and then scored: acl:W19-6142
    text = ("Our best performing model, trained on this subset of MIM-GOLD, obtains an overall "
            "F1 score of 81.3%.")
    spans = [(text.index("MIM-GOLD"), text.index("MIM-GOLD") + 8, "MIM-GOLD")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans)] == ["MIM-GOLD"]


def test_results_on_several_unnamed_benchmarks_are_on_no_named_dataset():
    def datasets(text, names):
        spans = [(text.index(n), text.index(n) + len(n), n) for n in names]
        sentences = [(0, text.index("\n\n") + 2), (text.index("\n\n") + 2, len(text))]
        return [(c.value, c.attrs["dataset"]) for c in find_results(text, sentences, spans)]

    # colm2025:DW8U8ZWa1U: the training data named before, the result on unnamed benchmarks
    text = ("SAT: Dynamic Spatial Aptitude Training\n\nFor instance, SAT training improves a "
            "LLaVA-13B model by an average 11% and a LLaVA-Video-7B model by an average 8% on "
            "multiple spatial benchmarks, including our real-image dynamic test set.")
    assert datasets(text, ["SAT"]) == [(11.0, None), (8.0, None)]
    # r41dsother: colm2025:uBAubFwymy, the name before the unnamed benchmarks is the system's
    text = ("VaPR\n\nOur VaPR models deliver significant performance improvements across ten "
            "benchmarks, achieving average gains of 6.5% (LLaVA), 4.0% (Qwen2VL), and 1.5% "
            "(Qwen2.5VL).")
    spans = [(m.start(), m.end(), "VaPR") for m in re.finditer("VaPR", text)]
    sentences = [(0, 6), (6, len(text))]
    assert [c.attrs["dataset"] for c in find_results(text, sentences, spans)] == [None] * 3
    # ... not a name evaluated on: naacl2024:2024.naacl-long.413, the unnamed are its parts
    text = ("DUQGen\n\nOur extensive experiments, over the standard BEIR collection, demonstrate "
            "that DUQGen substantially outperforms the SOTA baselines on 16 out of 18 datasets, "
            "for an average of 4% relative improvement across all datasets.")
    assert datasets(text, ["BEIR"]) == [(4.0, "BEIR")]
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


# r39rds: a result "on a(n) ... dataset" without a name is on none of the names around it
@pytest.mark.parametrize(("text", "names", "expected"), [
    # coling2025:2025.coling-main.234 (dev21)
    ("NovAScore achieves an F1 of 62.6% on the TAP-DLND 1.0 dataset and a 0.920 Pearson "
     "correlation on an internal human-annotated dataset.", ["TAP-DLND 1.0"],
     [(62.6, "TAP-DLND 1.0"), (0.92, None)]),
    # acl:N19-155
    ("Our model provides an improvement of 0.2% on the ATIS public data set, and 55% intent "
     "accuracy improvement on an internal multi-intent dataset.", ["ATIS"],
     [(0.2, "ATIS"), (55.0, None)]),
    # acl:W18-6486: a set sized by a count is a split of the task's data
    ("Tilde's Parallel Corpus Filtering Methods for WMT 2018\n\nThe trained systems show "
     "over 20 BLEU points on a 10 million word dataset.", ["WMT 2018"], [(20.0, "WMT 2018")]),
])
def test_a_result_on_a_dataset_named_by_an_article_is_on_none_of_the_names(text, names,
                                                                           expected):
    spans = [(text.index(n), text.index(n) + len(n), n) for n in names]
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)] == expected


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
    # nips2016:7403: a test-time speed-up, measured by running the system on the one dataset,
    # takes it (R-ds-runcontext, dev28, which settles the dev9 precedent of null the other way)
    found = _two_sentences("Experiments on PASCAL VOC show competitive accuracy.", "Our result "
                           "is achieved at a test-time speed of 170ms per image, 2.5 times faster "
                           "than the Faster R-CNN counterpart.", ["PASCAL VOC"])
    assert all(d == "PASCAL VOC" for v, d in found if v == 2.5)


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


def test_a_relative_clause_with_its_own_subject_names_no_dataset_of_the_number():
    # acl:2020.lrec.1.810 (dev10): the CSJ model is the previous study's
    text = ("Our new acoustic models achieve word error rates (WER) as low as 13.38%, exceeding "
            "the results of our previous study in which we used the CSJ acoustic model adapted "
            "for elderly speech.")
    spans = [(text.index("CSJ"), text.index("CSJ") + 3, "CSJ")]
    assert [(c.value, c.attrs["dataset"]) for c in find_results(text, None, spans)] == [
        (13.38, None)]


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
        # acl:N18-1144 (dev38), acl2021:2021.acl-long.525 (dev35): put forward as new, "new"
        # before its head, no verb of introducing
        ("The new dataset, ProPara, is the first to contain natural text about a changing "
         "world. The new models improve accuracy by up to 19%.", ["ProPara"], [(19.0, "ProPara")]),
        ("This model draws upon a new corpus WLP-MSTG which was created by extending "
         "annotations. Our model achieves an F1 score of 54.53% for temporal and causal "
         "relations.", ["WLP-MSTG"], [(54.53, "WLP-MSTG")]),
        # naacl2024:2024.naacl-long.364 (dev22): the name in markdown bold after the head
        ("Since there is no benchmark, we propose Decision QA benchmark, **DQA**. The proposed "
         "method outperforms the state-of-the-art iterative RAG method by 15.8% in the Locating "
         "scenario.", ["DQA"], [(15.8, "DQA")]),
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
        # acl:2020.acl.main.507: a new dataset beside another named one, whose questions the
        # share is of
        ("The framework is implemented in OneStopQA, a new high-quality dataset. The standard "
         "dataset RACE is limited. 47% of its questions can be guessed by machines.",
         ["OneStopQA", "RACE"], [(47.0, None)]),
    ],
)
def test_the_papers_own_benchmark_described_with_its_head(text, names, expected):
    assert _result_datasets(text, names) == expected


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
        # acl:D17-145 (r43audit23): a speed-up written apart
        ("Our experiments show that we can achieve up to 49% speed up on MNIST and 22% on NMT "
         "without damaging the final accuracy or BLEU.", [(49.0, "delta"), (22.0, "delta")]),
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
])
def test_a_bound_after_a_change_makes_a_unitless_figure_the_change(text, expected):
    assert results(text) == expected


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


# r21data: a dataset described as a training set right after its name is not a result's dataset
def test_a_set_apposed_as_training_data_is_no_results_dataset():
    # colm2025:gKfj7Jb1kj (dev16)
    text = ("In particular, X-Teaming achieves a 96.2% attack success rate against the latest "
            "Claude 3.7 Sonnet model. Building on X-Teaming, we introduce X-Guard-Train, an "
            "open-source multi-turn safety training dataset.")
    spans = [(text.index("X-Guard-Train"), text.index("X-Guard-Train") + 13, "X-Guard-Train")]
    assert [c.attrs["dataset"] for c in find_results(text, None, spans) if c.value == 96.2] \
        == [None]


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


# r32attach: an acronym in brackets is named from its long form before it, so the cue before the
# long form ("experiments are done on the") carries it on (R-ds-context)
def test_an_acronym_evaluated_on_is_carried_from_the_cue_before_its_long_form():
    # acl:2020.lrec.1.610 (corpus): the long form is not listed itself
    text = ("Experiments are done on the Large Arabic-Book Reviews (LABR) corpus in binary "
            "(positive/negative) classification frame. Our best result reaches 91.9%, that is "
            "higher than the best previous published one (91.5%).")
    assert _result_datasets(text, ["LABR"]) == [(91.9, "LABR"), (91.5, "LABR")]


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


@pytest.mark.parametrize("text, dataset", [
    # acl:2018.gwc.1.43, acl:2020.multilingualbio.1.3: a resource the paper builds or draws on,
    # named in its title, is not the data of its numbers
    ("Further expansion of the Croatian WordNet\n\nThe precision values of the automatic "
     "process is low (about 30%), but the results proved valuable for the enlargment of CroWN.",
     None),
    ("Localising the Clinical Terminology SNOMED CT by Semi-automated Creation of a German "
     "Interface Vocabulary\n\nWith overall low retrieval parameters (with F-values around 30%), "
     "the performance of the German language scenario reaches 80 - 90% of the English one.",
     None),
    # a sentence that names it still ties its number to it (Socher et al., 2013)
    ("Reasoning With Neural Tensor Networks\n\nOur model generalizes and outperforms existing "
     "models for this problem, and can classify unseen relationships in WordNet with an "
     "accuracy of 82.8%.", "WordNet"),
    # and a benchmark in the title stays the data of the paper's numbers
    ("Results on the Switchboard Corpus\n\nOur system reaches an accuracy of 30%.",
     "Switchboard"),
])
def test_a_resource_is_the_data_of_a_result_only_where_a_sentence_names_it(nlp, text, dataset):
    assert {a["dataset"] for _, a in spans(nlp, text, "RESULT")} == {dataset}


# r22attr: the one dataset named before a result's sentence is carried to it, whatever data
# the abstract names after it (R-ds-context)

@pytest.mark.parametrize("text, value, dataset", [
    # acl:W18-6301: the Paracrawl dataset and the English-French task come after 29.3
    ("Scaling Neural Machine Translation\n\nThis paper shows that reduced precision and large "
     "batch training can speedup training by nearly 5x on a single 8-GPU machine with careful "
     "tuning and implementation. On WMT\u201914 English-German translation, we match the accuracy "
     "of Vaswani et al. (2017) in under 5 hours when training on 8 GPUs and we obtain a new "
     "state of the art of 29.3 BLEU after training for 85 minutes on 128 GPUs. We further "
     "improve these results to 29.8 BLEU by training on the much larger Paracrawl dataset. On "
     "the WMT\u201914 English-French task, we obtain a state-of-the-art BLEU of 43.2 in 8.5 hours "
     "on 128 GPUs.", 29.3, "WMT\u201914 English-German"),
    # acl:2020.acl.main.301: the SPMRL shared tasks come after 95.48
    ("Efficient Constituency Parsing by Pointing\n\nThe experiments on the standard English Penn "
     "Treebank parsing task show that our method achieves 92.78 F1 without using pre-trained "
     "models, which is higher than all the existing methods with similar time complexity. Using "
     "pre-trained BERT, our model achieves 95.48 F1, which is competitive with the "
     "state-of-the-art while being faster. Our approach also establishes new state-of-the-art "
     "in Basque and Swedish in the SPMRL shared tasks on multilingual constituency parsing.",
     95.48, "Penn Treebank"),
])
def test_the_one_dataset_named_so_far_is_carried_to_a_later_result(nlp, text, value, dataset):
    assert {a["dataset"] for _, a in spans(nlp, text, "RESULT") if a["value"] == value} \
        == {dataset}


# r40dsmiss: R-ds-continuedclaim, the one dataset the sentence right before claims an evaluation
# on is carried on, though the paper names other data before it
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:2020.emnlp.main.31 (dev36)
        ("We build AutoQA semantic parsers for Schema2QA. To demonstrate the generality of "
         "AutoQA, we also apply it to the Overnight dataset. AutoQA achieves 69.8% answer "
         "accuracy, 16.4% higher than the state-of-the-art zero-shot models.",
         ["Schema2QA", "Overnight"], [(69.8, "Overnight"), (16.4, "Overnight")]),
        # acl:D19-1604: a sentence opening on it
        ("Evaluating on recent answer selection datasets - InsuranceQA, SelQA, and an internal QA "
         "dataset, we show gains. On InsuranceQA, this strategy alone improves over previously "
         "reported results. Using hard negatives with a Transformer encoder provides a further "
         "improvement of 2.3 points.", ["InsuranceQA", "SelQA"], [(2.3, "InsuranceQA")]),
        # near miss, acl:D18-1548: the result's sentence gives its own data unnamed
        ("In experiments on CoNLL-2005 SRL, LISA achieves new state-of-the-art performance. On "
         "ConLL-2012 English SRL we also show an improvement. LISA also out-performs the "
         "state-of-the-art by nearly 1.0 F1 on news and more than 2.0 F1 on out-of-domain text.",
         ["CoNLL-2005", "ConLL-2012"], [(1.0, None), (2.0, None)]),
        # near miss, acl:W18-2705: the sentence before names two datasets
        ("We perform experiments on EMEA (descriptions of medicines) and TED (rehearsed "
         "presentations), initialized from a general domain (WMT) model. Our method shows "
         "improvements over standard continued training by up to 1.5 BLEU.", ["EMEA", "WMT"],
         [(1.5, None)]),
        # near miss, acl:2020.readi.1.13: data a model is trained on, no claim of evaluation
        ("We use the CEFR levels and FLElex. Our aim is to train a statistical model on the "
         "French RLD. We show that such approach yields a gain of 29% in accuracy.",
         ["CEFR", "FLElex", "French RLD"], [(29, None)]),
    ],
)
def test_a_continued_claim_takes_the_one_dataset_of_the_sentence_before(text, names, expected):
    assert _result_datasets(text, names) == expected


# r40dsmiss: "while" with a participle goes on with the sentence's one dataset
# (R-ds-paramsentence, R-ds-ratiosentence, R-ds-runcontext)
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl2021:2021.acl-long.47 (dev33)
        ("Experiments on the well-known GLUE benchmark show improved performance in multi-task "
         "learning while adding only 0.29% parameters per task.", ["GLUE"], [(0.29, "GLUE")]),
        # acl:D17-1300 (dev13)
        ("By combining these techniques, our best system achieves a very competitive accuracy of "
         "38.3 BLEU on WMT English-French NewsTest2014, while decoding at 100 words/sec on "
         "single-threaded CPU.", ["WMT English-French NewsTest2014"],
         [(38.3, "WMT English-French NewsTest2014"), (100, "WMT English-French NewsTest2014")]),
        # near miss, colm2025:T2TZ0RY4Zk: the sentence names two datasets
        ("Our model achieves 63.3% accuracy on AIME24 and 95.6% on MATH500, surpassing previous "
         "models while using only 1% of the training data.", ["AIME24", "MATH500"],
         [(63.3, "AIME24"), (95.6, "MATH500"), (1, None)]),
        # near miss, colm2025:lcDRvffeNP: ... or other data, unnamed
        ("Our model achieves an average +4.0% absolute improvement across 30 downstream tasks "
         "(including +8.2% on MMLU), while simultaneously requiring 27% less compute at "
         "inference time.", ["MMLU"], [(4.0, None), (8.2, "MMLU"), (27, None)]),
    ],
)
def test_a_while_participle_goes_on_with_the_sentence_s_one_dataset(text, names, expected):
    assert sorted(_result_datasets(text, names)) == sorted(expected)


# r40dsmiss: R-ds-runcontext, a gain in time (a ratio too) is carried from the one dataset
# evaluated on, as a score is; not after several data, nor a model's size
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # nips2018:11391 (dev25)
        ("We modify a ResNet-50 network to accommodate the input, and evaluate performance on "
         "ImageNet. We find networks with about the same accuracy but 1.77x faster than "
         "ResNet-50.", ["ImageNet"], [(1.77, "ImageNet")]),
        # near miss, iclr2018:ByQZjx-0-: the paper names two datasets so far
        ("On the Penn Treebank dataset, ENAS achieves a test perplexity of 57.8. On the CIFAR-10 "
         "dataset, ENAS can design novel architectures that achieve a test error of 2.89%. Most "
         "importantly, our experiments show that ENAS is more than 10x faster than NAS.",
         ["Penn Treebank", "CIFAR-10"],
         [(57.8, "Penn Treebank"), (2.89, "CIFAR-10"), (10, None)]),
        # near miss, acl:P18-163: the paper names another dataset after the gain
        ("Empirically, we achieve the new state-of-the-art on all metrics on the CNN/Daily Mail "
         "dataset. Moreover, we enable parallel decoding that results in substantially faster "
         "(10-20x) inference speed. We also demonstrate the generalization of our model on the "
         "test-only DUC-2002 dataset.", ["CNN/Daily Mail", "DUC-2002"], [(10, None), (20, None)]),
    ],
)
def test_a_gain_in_time_is_carried_from_the_one_dataset(text, names, expected):
    assert sorted(_result_datasets(text, names)) == sorted(expected)


# r44dsmiss: a dataset alone in brackets right after a value is the value's; a name alone in
# brackets after "on the <word>" opens no clause of its own
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:P19-1470 (dev41)
        ("Empirical results demonstrate that COMET is able to generate novel knowledge that "
         "humans rate as high quality, with up to 77.5% (ATOMIC) and 91.7% (ConceptNet) precision "
         "at top 1, which approaches human performance for these resources.",
         ["ATOMIC", "ConceptNet"], [(77.5, "ATOMIC"), (91.7, "ConceptNet")]),
        # acl2022:2022.findings-acl.101 (dev36)
        ("Our analyses further validate that such an approach injects strong inductive bias into "
         "the parser, achieving 63.1 F1 on the English (PTB) test set.", ["PTB"],
         [(63.1, "PTB")]),
        # near miss: a bracket holding more than the name is still an aside of its own
        ("The parser reaches 63.1 F1 on the English (as in PTB) test set.", ["PTB"],
         [(63.1, None)]),
    ],
)
def test_a_dataset_alone_in_brackets_after_a_value_or_on_is_the_value_s(text, names, expected):
    assert sorted(_result_datasets(text, names)) == sorted(expected)


# r46tied: the one dataset the paper says "we use", the collection the data evaluated on are "in",
# or the one results are "for", is carried to a later result on no data (R-ds-context), as one
# evaluated on
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:E17-114 (corpus)
        ("We use the CADEC corpus to train a recurrent neural network (RNN) transducer. "
         "Furthermore, even when lacking high quality expert annotations, we show that by "
         "employing an active learning technique, we can train the RNN to perform well "
         "(83.9 F1).", ["CADEC"], [(83.9, "CADEC")]),
        # acl:2020.emnlp.main.642 (dev24)
        ("We find that these innovations lead to an improvement from 87.5% to 88.7% accuracy on "
         "pitch accent detection on American English speech in the Boston University Radio News "
         "Corpus, a state-of-the-art result. We also find that a simple baseline that just "
         "predicts a pitch accent on every content word yields 82.2% accuracy, and we suggest "
         "that this is the appropriate baseline for this task.",
         ["Boston University Radio News Corpus"],
         [(87.5, "Boston University Radio News Corpus"),
          (88.7, "Boston University Radio News Corpus"),
          (82.2, "Boston University Radio News Corpus")]),
        # acl:N18-141 (dev36): results "for" it
        ("We describe a technique based on latent semantic analysis in combination with AMR "
         "parsing that significantly advances state-of-the-art results in paraphrase detection "
         "for the Microsoft Research Paraphrase Corpus. Our best results in the transductive "
         "setting are 86.6% for accuracy and 90.0% for F_1 measure.",
         ["Microsoft Research Paraphrase Corpus"],
         [(86.6, "Microsoft Research Paraphrase Corpus"),
          (90.0, "Microsoft Research Paraphrase Corpus")]),
        # near miss, acl:L16-1740 (corpus): "for" after no result, evaluation or system
        ("The development and evaluation subset was also manually transcribed using the "
         "guidelines specified for the Slovenian GOS corpus. The manual transcriptions were used "
         "to evaluate the quality of unsupervised transcriptions. The average word error rate for "
         "the SI TEDx-UM evaluation subset was 50.7%.", ["Slovenian GOS"], [(50.7, None)]),
        # near miss, acl:D19-5728 (corpus): "in" with no data evaluated on before it
        ("Our approach builds primarily on the Turku neural parser, a native dependency parser "
         "that ranked among the best in the recent CoNLL tasks on parsing Universal Dependencies. "
         "We achieved a labeled attachment score of 89.7%, the best result among task "
         "participants.", ["CoNLL"], [(89.7, None)]),
    ],
)
def test_the_one_dataset_used_or_evaluated_in_is_carried_to_a_later_result(text, names,
                                                                             expected):
    assert sorted(_result_datasets(text, names)) == sorted(expected)


# r46tied: an example given after the one dataset, of something else ("(e.g., auxiliaries)"),
# does not stop it being carried to a later result (R-ds-context)
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # acl:D18-1159 (dev15)
        ("On 53 treebanks representing 41 languages in the Universal Dependencies data, we find "
         "that incorporating valency information yields higher precision and F1 scores on the "
         "core arguments (subjects and complements) and functional relations (e.g., auxiliaries) "
         "that we employ for valency analysis. Precision on core arguments improves from 80.87 "
         "to 85.43.", ["Universal Dependencies"],
         [(80.87, "Universal Dependencies"), (85.43, "Universal Dependencies")]),
    ],
)
def test_an_example_after_the_one_dataset_does_not_stop_its_carrying(text, names, expected):
    assert sorted(_result_datasets(text, names)) == sorted(expected)
