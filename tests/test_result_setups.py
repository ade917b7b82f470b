"""Figures that are settings, not results (result_setups.py): shares, levels, costs."""

import pytest
from results_helpers import (
    r24_pipeline,  # noqa: F401  (fixtures)
    r24_results,
    results,
)

from litkit.extract.result_baselines import COMPARISON
from litkit.extract.results import find_results


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
        # r41rextra: how the data the paper builds is made up (R-res-setup; dev14
        # acl:2020.emnlp.main.67, dev25 acl:W19-4516, corpus acl:W17-3104)
        "Both single- and multi-domain dialogues are constructed, accounting for 65% and 35%, "
        "respectively.",
        "To this end, we manually annotate 7,199 sentences for 217 distinct target item pairs from "
        "several domains (27% of the sentences contain an oriented comparison).",
        "In the dataset that we labeled, we came across 5% depression tweets and 95% "
        "non-depression tweets.",
    ],
)
def test_not_results(text):
    assert results(text) == []


def test_a_share_that_sets_a_condition_is_no_result():
    # acl2022:2022.acl-long.363; nips2013:3867
    text = ("self-ensemble can be particularly effective when training set is small, leading to "
            "+5 BLEU when only 5% of the total training data is accessible.")
    assert [c.value for c in find_results(text)] == [5]
    text = ("our methods achieve over 88% accuracy even when 40% of the labels are corrupted")
    assert [c.value for c in find_results(text)] == [88]


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


def test_a_score_beside_data_the_paper_builds_stays_a_result():
    # r41rextra: a metric in the sentence keeps its share (dev37 acl:2020.coling.main.84)
    text = ("This pipeline combines multiple information extraction techniques with a financial "
            "dictionary that we built, all working together to produce over 342,000 compact "
            "extractions, with a precision of 78% at the top-100 extractions.")
    assert results(text) == [(78, "%")]


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


@pytest.mark.parametrize("text, value", [
    ("Experiments show that using only 20% of the trigger-annotated sentences results in a "
     "comparable performance as using 70% of conventional annotated sentences.", 20.0),
    ("Remarkably, we can reduce the annotation demands to 50% without performance loss on "
     "MultiWOZ.", 50.0),
    # r43rextra: a share of data "with only", no other figure (dev23 acl:W19-1505, dev34
    # acl:2020.emnlp.main.504)
    ("Our results show that the SSL Mean Teacher approach nears the performance of "
     "fully-supervised approaches even with only 10% of the labeled corpus.", 10.0),
    ("When the system utilizes sense embeddings learned from SemCor, it outperforms all previous "
     "supervised systems with only 20% SemCor data.", 20.0),
])
def test_a_share_of_a_resource_used_at_matched_quality_is_a_cost(r24_nlp, text, value):
    assert r24_results(r24_nlp, text)[value][::2] == ("ratio", "cost")


# r45audit25: a share the system prunes is a cut in what it keeps, a cost (R-kind-level's
# "prunes over 90% of the ground set", dev3 aistats2025:3LpX1vcRHj), whatever quality its
# sentence names
@pytest.mark.parametrize("text, value", [
    # acl:2020.findings.emnlp.230
    ("Results on LibriSpeech EnFr and MuST-C benchmarks show that AFS facilitates learning of ST "
     "by pruning out ~84% temporal features, yielding an average translation gain of ~1.3-1.6 "
     "BLEU and a decoding speedup of ~1.4x.", 84.0),
    # aistats2025:3LpX1vcRHj (dev3)
    ("our algorithm, QuickPrune, efficiently prunes over 90% of the ground set and outperforms "
     "state-of-the-art classical methods.", 90.0),
])
def test_a_share_pruned_is_a_cut_in_cost(r24_nlp, text, value):
    assert r24_results(r24_nlp, text)[value][::2] == ("delta", "cost")


# r43rextra: "only" before the verb of needing, a ratio as "requires only" (dev39
# naacl2024:2024.naacl-long.409); (not a budget spent "with as little as 5% poisoned data", a
# level, colm2025:7HPuAkgdVm, corpus)
@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Compared to LLM Self-rerank method, our approach only requires 9.4% of its latency and is "
     "more cost-effective.", 9.4, "ratio"),
    ("Empirical results show that VisualTrap can effectively hijack visual grounding with as "
     "little as 5% poisoned data and highly stealthy visual triggers.", 5.0, "score"),
])
def test_a_share_the_system_only_needs_is_a_ratio(r24_nlp, text, value, kind):
    assert r24_results(r24_nlp, text)[value][0] == kind


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


def test_a_spent_share_takes_no_quality_named_near_it():
    # acl:D19-1669 (corpus, r26split): the accuracy is the system's; the 10% it spends is the
    # condition of that accuracy, no row (r43rextra: dev11's gold, R-res-datashare)
    text = ("This approach achieves about 0.7 accuracy on the 16000 One-Liners (Mihalcea and "
            "Strapparava, 2005) and Pun of the Day humour classification datasets using only "
            "10% of known labels.")
    assert [(c.value, c.attrs["metric"], c.attrs["metric_type"]) for c in find_results(text)] \
        == [(0.7, "accuracy", "accuracy")]


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
        # acl2022:2022.findings-acl.267 (corpus, r46unit): "competitive against", the factor in
        # parentheses
        ("We also observe that our models outperform smaller Transformers with an equal number of "
         "parameters and are competitive against (6 times) larger distilled networks.", []),
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
    # r39rextra: "with as little as" a share of a "... training dataset", and "When using" a
    # share with a count in brackets before its "of" (dev35 acl2022:2022.findings-acl.159,
    # acl:I17-168)
    ("Furthermore, fine-tuning our model with as little as ~0.1% of the human-annotated training "
     "dataset (500 instances) leads to 12.2% higher accuracy than the model trained from scratch "
     "on the same 500 instances.", [12.2]),
    ("When using 10% (25K English words, or 30K Chinese characters) of the training data, our "
     "approach results in doubling F1 compared to a monolingual baseline.", []),
    # r43rextra: "using only" a share of anything after a score of its sentence, its condition
    # (R-res-operatingpoint's condition clause: dev37 iclr2018:H1K6Tb-AZ; dev11 acl:D19-1669
    # in test_a_spent_share_takes_no_quality_named_near_it)
    ("Besides, TESLA is applied to the VGG-16 model, which achieves 80% accuracy using only 20% "
     "of dot product terms on CIFAR-10.", [80.0]),
    # (not at a quality offered as adequate: an efficiency claim, acl:2020.emnlp.main.9, corpus;
    # nor a share of what others need, colm2025:T2TZ0RY4Zk, corpus)
    ("Third, PRover obtains near perfect QA accuracy of 98% using only 40% of the training data.",
     [98.0, 40.0]),
    ("Our model, LIMO, achieves 63.3% accuracy on AIME24 while using only 1% of the training "
     "data required by prior approaches.", [63.3, 1.0]),
])
def test_a_share_of_data_stating_a_condition_is_no_result(text, expected):
    assert [c.value for c in find_results(text)] == expected


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


# r39rextra: a share of the items of a dataset that its sentence describes, opened by the
# dataset, is set-up, not a result (R-res-setup); with a verb of finding it is a finding
@pytest.mark.parametrize("text, datasets, expected", [
    # acl:Q19-114 (dev30), named
    ("DREAM is likely to present significant challenges for existing reading comprehension "
     "systems: 84% of answers are non-extractive, 85% of questions require reasoning beyond a "
     "single sentence, and 34% of questions also involve commonsense knowledge.",
     [(0, 5, "DREAM")], []),
    # coling2022:2022.coling-1.146, acl2021:2021.acl-long.180 (corpus)
    ("The final release of CMQA consists of 7,861 QA pairs and 113,089 labels, where all samples "
     "contain multi-span answers, 50.4% of samples are conditional, and 56.6% of samples are "
     "hierarchical.", [], []),
    ("It consists of 5,459 coherent question sequences over 280 databases, in which only 35% of "
     "questions are context-independent, and 28% of SQL queries are easy.", [], []),
    # (a finding: acl:W19-3310, dev gold)
    ("We find that 54.98% of sentences have ellipses.", [], [54.98]),
])
def test_a_share_of_the_items_of_a_described_dataset_is_no_result(text, datasets, expected):
    assert [c.value for c in find_results(text, datasets=datasets)] == expected
