"""The name a result belongs to and whether it is the paper's own (result_owners.py)."""

import pytest
from attribution_helpers import (
    pipeline_nlp,  # noqa: F401  (fixtures)
    spans,
)

from litkit.extract.extensions import SPANS_KEY
from litkit.extract.own_systems import own_systems


def test_a_delta_and_the_scores_it_compares(nlp):
    found = {a["value"]: a for _, a in spans(
        nlp, "Our model improves over RoBERTa-Large by 0.9% (90.2 vs 91.1) on MNLI.", "RESULT")}
    assert found[0.9]["kind"] == "delta" and found[0.9]["own"] and found[0.9]["model"] is None
    # 91.1 is 0.9 above 90.2: the paper's score; 90.2 is RoBERTa-Large's, written to compare
    assert (found[91.1]["kind"], found[91.1]["own"], found[91.1]["unit"]) == ("score", True, "%")
    assert (found[90.2]["kind"], found[90.2]["own"], found[90.2]["model"]) == \
        ("score", False, "RoBERTa-Large")
    assert {a["dataset"] for a in found.values()} == {"MNLI"}


@pytest.mark.parametrize(("text", "models"), [
    # a name after the number, or the subject before it; never the object compared with
    ("finding they successfully complete as few as 3% of tasks (Llama2-70B), and just 43% for "
     "the best-performing (GPT-4).", [("Llama2-70B", False), ("GPT-4", False)]),
    ("Our results demonstrate that HEAL outperforms GPT-4 and PMC-LLaMA in PubMedQA, with an "
     "accuracy of 78.4%.", [("HEAL", True)]),
    ("our MuMath-70B model achieves 88.3% on GSM8K", [("MuMath-70B", True)]),
    ("improving average accuracy by 7.6% over Mistral-7B, with 14.6% for Llama-2-7B and 20.3% "
     "for CodeLlama-7B", [(None, True), ("Llama-2-7B", True), ("CodeLlama-7B", True)]),
    ("GRIFFIN improves latency (e.g. 1.29x and 1.25x speed-ups in Gemma 7B and Llama 2 13B, "
     "respectively, on an NVIDIA L40).", [("Gemma", True), ("Llama 2", True)]),
    ("REPLUG significantly improves the performance of GPT-3 (175B) on language modeling by "
     "6.3%", [("GPT-3", True)]),
    ("while baselines without explanation data achieve below 65% accuracy", [(None, False)]),
    # iclr2018:SJn0sLgRb (round 37 audit): the paper's method named back with "this" marks a
    # known model's score as its own run (R-model-base)
    ("This simple data augmentation technique significantly improved classification accuracy "
     "for all the tested datasets; for example, the top-1 error rate was reduced from 33.5% to "
     "29.0% for the ILSVRC 2012 dataset with GoogLeNet.",
     [("GoogLeNet", False), ("GoogLeNet", True)]),
    # dev37 coling2025:2025.coling-main.546 (r40forms): figures coordinated right after the
    # first share the name after them
    ("Experimental results consistently demonstrate the enhanced performance of all compared "
     "MLLMs, such as a 27.86% and 27.60% improvement for LLaVA on MME-Perception and "
     "MME-Cognition, respectively.", [("LLaVA", True), ("LLaVA", True)]),
    # dev40 acl:2020.semeval.1.169, acl:2020.wnut.1.70 (r43dev40): an ensemble of several
    # parts is no one part's, nor the model the paper's system is based on (R-model-jointbase)
    ("F1-score was the official evaluation metric and our best approach, an ensemble of "
     "Logistic Regression, Random Forest and BERT, achieved an F1-score of 0.693.",
     [(None, True)]),
    ("Our first model which is based on CT-BERT achieves F1-score of 88.7% and second model "
     "which is an ensemble of CT-BERT, RoBERTa and SVM achieves F1-score of 88.52%.",
     [("CT-BERT", True), (None, True)]),
])
def test_models_and_own(nlp, text, models):
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == models


def test_the_model_refers_back_to_the_last_results_model(nlp):
    # dev28 acl:D19-1586 (r40forms): "the model" as a later clause's subject is the model of the
    # paper's last result
    text = ("The BERT-based model outperforms the current state of the art in 11-way "
            "classification by 8% points on the standard PDTB dataset. Our experiments also "
            "demonstrate that the model can be successfully ported to other domains: on the "
            "BioDRB dataset, the model outperforms the state of the art system around 15% points.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]
    # acl:2020.semeval.1.286: "The model" opening the next sentences
    text = ("Ssn_nlp at SemEval 2020 Task 12: Offense Target Identification in Social Media "
            "Using Traditional and Deep Machine Learning Approaches\n\nOffensive language "
            "identification (OLI) in user generated text is automatic detection of any "
            "profanity, insult, obscenity, racism or vulgarity. The best run of ssn_nlp that "
            "uses BERT (Bidirectional Encoder Representations from Transformers) for the "
            "purpose of training the OLI model obtained F1 score as 0.61. "
            "The model performs with an accuracy of 0.80 and an evaluation loss of 1.0828. The "
            "model has a precision rate of 0.72 and a recall rate of 0.58.")
    found = {a["value"]: a["model"] for _, a in spans(nlp, text, "RESULT")}
    assert [found[v] for v in (0.61, 0.8, 0.72, 0.58)] == ["BERT"] * 4


def test_the_start_of_a_change_is_not_the_papers_system(nlp):
    # colm2024:oRXPiSOGH9: 5.9% and 36.3% are the LM before Quiet-STaR, 10.9% and 47.2% after
    text = ("Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\n\n"
            "After continued pretraining of an LM on a corpus of internet text with Quiet-STaR, "
            "we find zero-shot improvements on GSM8K (5.9%\u219210.9%) and CommonsenseQA "
            "(36.3%\u219247.2%).")
    found = {a["value"]: (a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")}
    assert found[5.9] == found[36.3] == (None, False)
    assert found[10.9] == found[47.2] == ("Quiet-STaR", True)


def test_a_value_on_a_named_model_is_that_models(nlp):
    # acl2021:2021.acl-long.510: the method applied on each model (R-model-base)
    text = ("Our experiments on the GLUE benchmark show that the super tickets improve single "
            "task fine-tuning by 0.9 points on BERT-base and 1.0 points on BERT-large, in terms "
            "of task-average score.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT-base", "BERT-large"]
    # not the target of an attack (dev5 coling2025:2025.coling-main.305)
    text = ("Our MAGIC achieved an ASR of 74% on the Llama-2 and an ASR of 54% when conducting "
            "transfer attacks on GPT-3.5.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")][0] == "MAGIC"


def test_two_systems_put_forward_together_leave_unnamed_results_unnamed(nlp):
    # acl2021:2021.acl-long.268 (dev9): "our approach" is neither MTO nor MSO
    text = ("Based on the property, we propose a Margin-based Token-level Objective (MTO) and a "
            "Margin-based Sentence-level Objective (MSO) to maximize the Margin for preventing "
            "the LM from being overconfident. Experiments on WMT14 English-to-German demonstrate "
            "the effectiveness of our approach, with 1.36 BLEU improvements.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


# result owners: precision


def test_the_first_value_of_a_change_made_by_the_papers_system_is_not_its(nlp):
    # acl2021:2021.acl-long.363: .677 is the baselines' AUC (R-res-baseline), .748 is CoRI's
    text = ("CoRI: Collective Relation Integration with Data Augmentation for Open Information "
            "Extraction\n\nWe propose a two-stage Collective Relation Integration (CoRI) model. "
            "Experiment results on two datasets show that CoRI can significantly outperform the "
            "baselines, improving AUC from .677 to .748 and from .716 to .780, respectively.")
    assert [(a["value"], a["model"]) for _, a in spans(nlp, text, "RESULT")][:2] == [
        (0.677, None), (0.748, "CoRI")]


def test_existing_systems_with_modifiers_are_others(nlp):
    # aistats2024:52411f71ca: the 25% is existing single-head models', not MoLE's
    text = ("By using MoLE existing linear-centric models can achieve SOTA LTSF results in 68% of "
            "the experiments that PatchTST reports and we compare to, whereas existing single-head "
            "linear-centric models achieve SOTA results in only 25% of cases.")
    assert [(a["value"], a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")][-1:] == [
        (25.0, None, False)]


def test_a_name_after_than_is_a_point_of_comparison(nlp):
    # acl:2022.acl-long.235: S2ST after "compared with a baseline direct"
    text = ("Experiments on the Fisher Spanish-English dataset show that the proposed framework "
            "yields improvement of 6.7 BLEU compared with a baseline direct S2ST model that "
            "predicts spectrogram features.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_a_name_right_after_over_is_a_point_of_comparison(nlp):
    # acl2021:2021.acl-long.102 (dev37): XLM-R_L is what MCP's gain is measured over
    text = ("To improve the performance beyond English, we propose a simple yet effective method "
            "\u2014 multilingual contrastive pretraining (MCP). It significantly enhances sentence "
            "representations, yielding a large performance gain on both benchmarks (e.g., +2.7% "
            "accuracy for X-CSQA over XLM-R_L).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["MCP"]


def test_the_model_the_paper_experiments_on_is_its_results_base(nlp):
    # acl:2020.aacl.main.88 (R-model-base: the compression method run on BERT-base)
    text = ("We propose a two-stage model-compression method to reduce a model's inference time "
            "cost. We experimented on BERT-base model with the GLUE benchmark dataset and show "
            "that we can reduce the number of parameters by a factor of 0.4x, and increase "
            "inference speed by a factor of 1.45x, while maintaining a minimal loss in metric "
            "performance.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"BERT-base"}


def test_a_finding_that_measures_no_system_is_no_ones_own(nlp):
    # acl:W19-3310 (R-kind-finding: a share of the data, kind other, is not the paper's result)
    text = "We find that 54.98% of sentences have ellipses."
    assert [(a["kind"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == [("other", False)]


def test_a_finding_that_measures_no_system_is_not_the_papers_systems(nlp):
    # colm2025:lkjhBdz3rn (round 46): a share of the data, kind other, gets no model from the
    # paper's named method either (R-kind-finding)
    text = ("We propose REWIRE, REcycling the Web with guIded REwrite, a method to enrich "
            "low-quality documents so that they could become useful for training. Through "
            "further analysis, we demonstrate that about 82% of the mixed in texts come from "
            "transforming lower-quality documents that would otherwise be discarded.")
    assert [(a["kind"], a["model"]) for _, a in spans(nlp, text, "RESULT")] == [("other", None)]


# round 7, owners


def test_a_score_alone_in_a_parenthesis_after_a_name_is_that_names(nlp):
    # acl:W16-5309 (dev9), naacl2024:2024.naacl-long.290, coling2025:2025.coling-main.672,
    # colm2025:r8nloXtluk (audit): the name before "(F1 = 0.790)" or "(22%)" owns the score; a
    # compared system's score (the name is the object of "than", "outperforming", "such as") is
    # not the paper's own
    text = ("The best performing system in subtask 1 is GHHH (F1 = 0.790), while the best system "
            "in subtask 2 is LexNet (F1 = 0.445).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["GHHH", "LexNet"]
    text = ("The best-performing GPT-4 prompt passed in 49.7% of games, outperforming ELIZA (22%) "
            "and GPT-3.5 (20%), but falling short of chance.")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert (found[22.0]["model"], found[22.0]["own"]) == ("ELIZA", False)
    assert (found[20.0]["model"], found[20.0]["own"]) == ("GPT-3.5", False)
    text = ("Notably, PMC achieved an average 42.68% success rate on TravelPlanner, significantly "
            "higher than GPT-4 (2.92%).")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert (found[2.92]["model"], found[2.92]["own"]) == ("GPT-4", False)
    assert found[42.68]["model"] == "PMC"


def test_a_parenthesis_holding_more_than_a_score_is_not_the_names(nlp):
    # nips2014:4602, acl:D19-1588, acl:2020.acl.main.240 (audit): two values, a change, a bound
    text = ("The method obtains much higher prediction accuracy than LDKL (95.2% vs. 89.53%).")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert found[95.2]["model"] != "LDKL"
    text = ("We apply BERT to coreference resolution, achieving a new state of the art on the GAP "
            "(+11.5 F1) and OntoNotes (+3.9 F1) benchmarks.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]
    text = ("Our model greatly improves on scores from GPT-2 (+10 points on island effects).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] != ["GPT-2"]


def test_a_metric_or_data_word_before_a_parenthesis_is_no_owner(nlp):
    # acl:K18-205, acl:C18-1173 (audit): name-shaped words that are no system own nothing
    text = ("In the final evaluation, our system was ranked first according to LAS (75.84%) and "
            "outperformed the other systems by a large margin.")
    assert "LAS" not in [a["model"] for _, a in spans(nlp, text, "RESULT")]
    text = "Specifically, the accuracies are MR (82.1%), SST-5 (50.4%) and SUBJ (93.9%)."
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} & {"MR", "SUBJ"} == set()


def test_a_name_that_made_the_subject_owns_its_figure(nlp):
    # aistats2024:3ace55c226 (dev3), seed-003, acl:S18-1130 (corpus audit): "subsets found by
    # ClipCov achieve": the name after a participle and "by"/"with" is the subject's maker
    text = ("Our extensive experiments on ConceptualCaptions3M and ConceptualCaptions12M "
            "demonstrate that subsets found by ClipCov achieve over 2.7x and 1.4x the accuracy of "
            "the next best baseline on ImageNet and its shifted versions.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["ClipCov", "ClipCov"]
    text = ("The results we obtained with TEES were significantly superior than those with jSRE "
            "(33.4% vs. 30.09% and 20.3% vs. 16%).")
    found = {a["value"]: a["model"] for _, a in spans(nlp, text, "RESULT")}
    assert found[33.4] == "TEES"
    # (not what a model is trained with, often data: R-model-resource)
    text = ("The results show that models, trained with RuAttitudes, outperform ones that were "
            "trained with only supervised learning approach and achieve 13.4% increase in "
            "F1-score on RuSentRel collection.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


@pytest.mark.parametrize(("text", "own"), [
    # acl:S19-2188, acl:S17-214 (the leaderboard audits), acl:W18-6250: a ranked entry's
    # score written right after it is that entry's
    ("We also report a model that scores higher than the 8th ranking system (78.5% accuracy) on "
     "the labels-by-article sub-task.", False),
    ("Our system is almost as good as the best performing system which was at 0.8547 "
     "correlation.", False),
    # the paper's own best system keeps its score, and so does a parenthesis that may tell it
    ("Our best performing system (0.80 F1) ranked second among 20 teams.", True),
    ("Post competition, we were able to score slightly higher than the 3rd ranking system "
     "(reaching 70.7%).", True),
])
def test_a_ranked_entrys_score_written_after_it_is_not_the_papers(nlp, text, own):
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [own]


def test_the_model_a_results_clause_ends_on_after_with_is_its_base(nlp):
    # colm2025:zP6DJaBBcR (dev10): REFA run on Llama-3-8B-Instruct
    text = ("Empirically, REFA achieves a **60.29%** win rate and a **52.17%** length-controlled "
            "win rate on AlpacaEval2 with Llama-3-8B-Instruct, demonstrating the power of our "
            "token-level control paradigm.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"Llama-3-8B-Instruct"}


def test_the_model_a_results_clause_ends_on_after_on_is_its_base(nlp):
    # seed-070: KIND applied on DiT-L/2, past a second figure
    text = ("Specifically, the images generated by KIND achieves more than 6.54 and 1.07 decrease "
            "in FID and sFID on DiT-L/2, utilizing only 45.4M trainable parameters.")
    assert dict(spans(nlp, text, "RESULT"))["6.54"]["model"] == "DiT-L/2"


# r21model: what humans give a system (annotations, effort, intervention) is a cost it saves,
# not a human's result; a family named beside its members takes "our models"' results
@pytest.mark.parametrize("text", [
    # acl2022:2022.acl-long.600 (dev16)
    "We perform extensive experiments with 13 dueling bandits algorithms on 13 NLG evaluation "
    "datasets spanning 5 tasks and show that the number of human annotations can be reduced by "
    "80%.",
    # acl:L10-1415
    "This semi-automatic process requires time-consuming human intervention but seems to give "
    "access to much denser corpora, with a density increase of 30 to 40% for a given coverage "
    "rate.",
    # coling2025:2025.coling-main.455 (r45audit25): the work humans do on a system's outputs
    "Experiments conducted on French, German, and Korean data demonstrate that SFM-based "
    "validation has the potential to reduce reliance on human validation, resulting in an "
    "estimated cost saving of over 40.0% without degrading final data quality.",
    # acl:N19-416: or with the system
    "We show that increased types of human collaboration at both planning and writing stages "
    "results in a 10-50% improvement in story quality as compared to less interactive baselines.",
])
def test_a_cost_in_human_annotations_or_effort_is_the_papers_own(nlp, text):
    assert all(a["own"] for _, a in spans(nlp, text, "RESULT"))


# r21model3: a name attached to an earlier figure, a model named as prior work

@pytest.mark.parametrize("text, value, model", [
    # coling2025:2025.coling-main.305 (dev5): Llama-2 is where 74% was measured, not the subject
    # of 54%
    ("Exploiting the Index Gradients for Optimization-Based Jailbreaking on Large Language "
     "Models\n\nTo this end, we propose the Model Attack Gradient Index GCG (MAGIC), that "
     "addresses the Indirect Effect by exploiting the gradient information of the suffix tokens. "
     "Our MAGIC achieved an ASR of 74% on the Llama-2 and an ASR of 54% when conducting transfer "
     "attacks on GPT-3.5.", 54, "MAGIC"),
    # icml2017:793 (dev13): LeNet is where 280 times was measured
    ("Variational Dropout Sparsifies Deep Neural Networks\n\nWe reduce the number of parameters "
     "up to 280 times on LeNet architectures and up to 68 times on VGG-like networks with a "
     "negligible decrease of accuracy.", 68, None),
])
def test_a_name_after_an_earlier_figures_preposition_is_not_a_later_figures(nlp, text, value,
                                                                            model):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT") if a["value"] == value} == {model}


# r23attr: a list of numbers is paired with a list of as many datasets though other numbers stand
# apart in the sentence; those are on all the datasets, not on the last

@pytest.mark.parametrize("text, expected", [
    # acl:D18-1549 (dev18): the 11 BLEU points over the state of the art are on both
    ("Phrase-Based & Neural Unsupervised Machine Translation\n\nOn the widely used WMT\u201914 "
     "English-French and WMT\u201916 German-English benchmarks, our models respectively obtain "
     "28.1 and 25.2 BLEU points without using a single parallel sentence, outperforming the "
     "state of the art by more than 11 BLEU points.",
     {28.1: "WMT\u201914 English-French", 25.2: "WMT\u201916 German-English", 11: None}),
    # acl:P19-1478: a second list after the first, paired with the same datasets
    ("By fine-tuning the BERT language model both on the introduced and on the WSCR dataset, we "
     "achieve overall accuracies of 72.5% and 74.7% on WSC273 and WNLI, improving the previous "
     "state-of-the-art solutions by 8.8% and 9.6%, respectively.",
     {72.5: "WSC273", 74.7: "WNLI", 8.8: "WSC273", 9.6: "WNLI"}),
    # naacl2024:2024.naacl-short.74: the other end of a range is its item's
    ("These methods show an improvement over the best baseline by 1.6% and 7-9% on NPN-Cooking "
     "and ProPara Datasets respectively across metrics.",
     {1.6: "NPN-Cooking", 7: "ProPara", 9: "ProPara"}),
    # acl:2020.emnlp.main.77: without "respectively", a list of as many datasets before it
    ("Experimental results on three machine translation tasks, the NIST Chinese-to-English, "
     "WMT\u201914 English-to-German and WMT\u201918 Chinese-to-English, show that the MUTE models "
     "significantly outperform the Transformer-Base, by up to +1.52, +1.90 and +1.10 BLEU points, "
     "with only a mild drop in inference speed (about 3.1%).",
     {1.52: "NIST Chinese-to-English", 1.9: "WMT\u201914 English-to-German",
      1.1: "WMT\u201918 Chinese-to-English", 3.1: None}),
    # acl:2020.acl.main.36 (dev18): numbers joined by a slash go with datasets so joined
    ("We conduct experiments on five benchmark machine translation tasks, and our model can "
     "achieve 27.69/32.24 BLEU scores on WMT14 English-German/German-English tasks with 5+ times "
     "speed up compared with an autoregressive model.",
     {27.69: "WMT14 English-German", 32.24: "WMT14 German-English", 5: None}),
])
def test_respectively_pairs_the_list_of_numbers_apart_from_the_others(nlp, text, expected):
    found = {a["value"]: a["dataset"] for _, a in spans(nlp, text, "RESULT")}
    assert {v: found.get(v) for v in expected} == expected


def test_a_list_of_slashed_pairs_is_paired_item_by_item(nlp):
    # acl:K19-127: "27.59/27.15, 19.65/23.42 and 22.40" holds three items, not two lists of two
    # ("27.15, 19.65" and "23.42 and 22.40"): both numbers of a pair go to its dataset
    text = ("On the widely used WMT\u201914 English-French, WMT\u201916 English-German and NIST "
            "Chinese-to-English benchmarks, our models respectively obtain 27.59/27.15, "
            "19.65/23.42 and 22.40 BLEU points without using any labeled data.")
    found = {a["value"]: a["dataset"] for _, a in spans(nlp, text, "RESULT")}
    assert found == {27.59: "WMT\u201914 English-French", 27.15: "WMT\u201914 English-French",
                     19.65: "WMT\u201916 English-German", 23.42: "WMT\u201916 English-German",
                     22.40: "NIST Chinese-to-English"}


# r24 slow inputs: a result reads the names before it from itself back, and a run of names that
# are no subject (points of comparison) once per sentence ("our model outperforms BERT,
# improving accuracy from 80.1% to 85.3%, " x400 read every earlier name per result: 20 s)

def test_a_result_reads_the_names_before_it_from_itself_back(nlp, lines_run, monkeypatch):
    import litkit.extract.compared_systems as compared_module
    import litkit.extract.result_owners as owners_module
    import litkit.extract.size_models as sizes_module

    def run(unit, n, expected):
        doc = nlp(unit * n)
        assert [(s._.model, s._.own) for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"] \
            == expected * n

    # a parenthesised score reads only the names just before it (3.4x the lines before)
    unit, expected = "Our model beats BERT (85.3%), ", [("BERT", False)]
    assert lines_run(lambda: run(unit, 200, expected), owners_module) \
        < 2.2 * lines_run(lambda: run(unit, 100, expected), owners_module)
    # each compared BERT is asked once whether it is a point of comparison, not once per
    # later result (4x the questions for 2x the results before)
    asked = []
    is_object = compared_module._is_object
    for module in (compared_module, owners_module, sizes_module):  # (the modules that read it)
        monkeypatch.setattr(module, "_is_object",
                            lambda *args: asked.append(1) or is_object(*args))
    unit = "our model outperforms BERT, improving accuracy from 80.1% to 85.3%, "
    run(unit, 100, [("BERT", False), (None, True)])
    once = len(asked)
    asked.clear()
    run(unit, 200, [("BERT", False), (None, True)])
    assert len(asked) < 2.2 * once
    # the nearest subject is still found past the compared names after it
    doc = nlp("GPT-4 outperforms BERT and RoBERTa, reaching 85.3% accuracy.")
    assert [(s._.model, s._.own) for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"] \
        == [("GPT-4", False)]


# r25 base: the base of an unnamed own system may be a name the lexicon does not know
# (R-model-base), and the best-matched cue may be the system's own words, "X-based models"

def test_an_unknown_name_the_unnamed_system_is_built_on_is_its_base(nlp):
    # dev6 acl:2020.findings.emnlp.55 (gold model TextCNN for all three)
    text = ("Empirical Studies of Institutional Federated Learning For Natural Language "
            "Processing\n\nThis paper demonstrates federated training of a popular NLP model, "
            "TextCNN, with applications in sentence intent classification. Experiments show that, "
            "the sampling ratio has a large impact on the performance of the FL models, causing "
            "up to 38.4% decrease in the test accuracy, while they are robust to different noise "
            "multiplier levels, with less than 3% variance in the test accuracy. When the data "
            "load is imbalanced, model performance dropped by up to 10%.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["TextCNN"] * 3
    # acl:S19-2229
    text = ("THU_NGN at SemEval-2019 Task 12: Toponym Detection and Disambiguation on Scientific "
            "Papers\n\nFor toponym detection, in our approach we use TagLM as the basic model, and "
            "explore the use of various features in this task. Our systems achieved 83.03% strict "
            "macro F1 in toponym detection subtask.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["TagLM"]
    # acl:K18-206: not a model named as the baseline ("the official baseline model (UDPipe)")
    text = ("Joint Learning of POS and Dependencies for Multilingual Universal Dependency Parsing"
            "\n\nOur system predicts the part-of-speech tag and dependency tree jointly. For the "
            "basic tasks, including tokenization, lemmatization and morphology prediction, we "
            "employ the official baseline model (UDPipe). Our system achieves a macro-average of "
            "68.31% LAS F1 score.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


# r25 lead: a figure right after "the state-of-the-art" is the state of the art's, not the paper's

def test_the_state_of_the_arts_figure_is_anothers(nlp):
    # iclr2017:rJbbOLcex: the 5.91% is a semi-supervised approach's (it displaced TopicRNN's
    # 6.28% from the IMDB error-rate board once the metric carried over)
    text = ("TopicRNN: A Recurrent Neural Network with Long-Range Semantic Dependency\n\nWe "
            "propose TopicRNN. We do this for sentiment analysis on the IMDB movie review dataset "
            "and report an error rate of 6.28%. This is comparable to the state-of-the-art 5.91% "
            "resulting from a semi-supervised approach.")
    assert [(a["value"], a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] \
        == [(6.28, "TopicRNN", True), (5.91, None, False)]
    # colm2024:taThoOlDNQ: "a state-of-the-art" figure the paper achieves stays its own
    text = ("With OpenMathMix, we achieve a state-of-the-art 48.8% accuracy on MATH with 7B base "
            "models.")
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [True]


def test_the_unnamed_best_model_as_subject_does_not_carry_an_earlier_name(nlp):
    # acl:2020.emnlp.main.557
    text = ("Our analysis reveals that: (1) BERT and its stronger variant RoBERTa perform poorly "
            "on the diagnostic dataset prior to any fine-tuning; (2) fine-tuning with distant "
            "supervision brings some improvement; (3) the best supervised model still performs "
            "poorly as compared to human performance (54.06% vs. 96.3%).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]


def test_an_oracle_score_is_the_papers_own_and_no_models(nlp):
    # acl:2020.acl.srw.38 (dev22, R-res-oracle): the oracle of the candidates the reranker
    # chooses from measures the list, not the reranker, whose gain takes its name
    text = ("Checkpoint Reranking: a re-ranking approach for NMT.\n\nIn cases of moderate "
            "coverage penalty, the oracle scores are higher than the final iteration up to +0.99 "
            "BLEU points, and our algorithm gives an improvement up to +0.17 BLEU points.")
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")][0] == (None, True)


@pytest.mark.parametrize(("text", "expected"), [
    # corpus (colm2025:z1MHB2m3V9, dev26): the model the gain was reached with, past a short
    # parenthesis (R-model-base)
    ("On FaithEval, where we improve by up to 15.80% (absolute) with Llama3.3-70B-Instruct.",
     ["Llama3.3-70B-Instruct"]),
    # corpus (coling2025:2025.coling-main.117): "for" the model, before the compared method
    ("SDS improves average accuracy by 3.86% across multiple zero-shot benchmarks for LLaMA-3-8B "
     "compared to Wanda with 2:4 sparsity.", ["LLaMA-3-8B"]),
])
def test_the_model_a_clause_ends_on_owns_its_gain(nlp, text, expected):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == expected


def test_only_the_first_model_after_a_range_can_own_it(nlp):
    # corpus (coling2025:2025.coling-main.597): 87.0% is GPT-3.5's range, not GPT-4o-mini's
    text = ("AutoMathIC outperforms six baselines, with LLM accuracy ranging from 87.0% to 99.3% "
            "for GPT-3.5 and 93.1% to 98.7% for GPT-4o-mini.")
    models = {a["value"]: a["model"] for _, a in spans(nlp, text, "RESULT")}
    assert models[87.0] != "GPT-4o-mini" and models[93.1] == "GPT-4o-mini"


# r28llmres2: a model after a list closed by ", respectively," owns its values


def test_the_model_after_a_respectively_list_owns_its_values(nlp):
    # colm2025:WzGypILLDb: DFRot run on LLaMA3-70B (R-model-base)
    text = ("By tuning the rotation matrix using just a single sample, DFRot achieves a perplexity "
            "improvement of 0.98 and 0.95 on W4A4KV4 and W4A4KV16, respectively, for LLaMA3-70B, "
            "a model known for its quantization challenges.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"LLaMA3-70B"}


# r29dev23: the names a "respectively" list of results is compared against are not its models


def test_the_names_a_respectively_list_is_compared_against_are_not_its_models(nlp):
    # dev23 naacl2024:2024.findings-naacl.251 (gold: CodeLlama, R-model-sizeapart)
    text = ("Our best fine-tuned 7 Billion CodeLlama model exhibit 70% and 20% gain on the F1 "
            "score against ChatGPT and Bard respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["CodeLlama", "CodeLlama"]
    # corpus (acl:2020.acl.main.505): "over" also names a base a method improves: left to pair
    text = ("Our approach is evaluated on the FriendsQA dataset and shows improvements of 3.8% and "
            "1.4% over the two state-of-the-art transformer models, BERT and RoBERTa, "
            "respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "RoBERTa"]


# r47audit27: the names before a "respectively" list of values pair with them only when listed
# together, not a subject and the name it is compared with


def test_a_respectively_list_pairs_with_names_before_it_only_when_listed(nlp):
    # corpus (coling2025:2025.coling-industry.34): the values are Luna's, not GPT-3.5's
    text = ("Luna: A Lightweight Evaluation Model to Catch Language Model Hallucinations with High "
            "Accuracy and Low Cost\n\nWe demonstrate that Luna outperforms GPT-3.5 and commercial "
            "evaluation frameworks on the hallucination detection task, with 97% and 91% "
            "reduction in cost and latency, respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["Luna", "Luna"]
    # corpus (acl2022:2022.findings-acl.50): names listed with a word of both after each
    text = ("For example, the same reframed prompts boost few-shot performance of GPT3-series and "
            "GPT2-series by 12.5% and 6.7% respectively averaged over all tasks.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["GPT3", "GPT2"]


# r47audit27: a name after "in comparison to" is the point of comparison, not the result's model


def test_a_name_after_in_comparison_to_is_not_the_model(nlp):
    # corpus (coling2025:2025.coling-main.590)
    text = ("Incremental Transformer: Efficient Encoder for Incremented Text Over MRC and "
            "Conversation Tasks\n\nIn this paper, we introduce Incremental Transformer, an "
            "efficient encoder dedicated for faster encoding of incremented input. With the help "
            "from simple distillation-like auxiliary losses, "
            "Incremental Transformer achieves a speedup of 6.2x, with a mere 2.2 point accuracy "
            "reduction in comparison to RoBERTa-Large on SQuADV1.1.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["Incremental Transformer"] * 2


# r31resmodel: a "respectively" list of values in groups, one value per listed name again for
# each data or task, pairs each group with the names in order


def test_respectively_pairs_each_group_of_values_with_the_listed_names(nlp):
    # dev11 colm2025:9DCQAGBoII (gold: Llama-3.1-8B and Llama-3.1-70B in turn)
    text = ("We propose SPOC. Notably, SPOC boosts the accuracy of Llama-3.1-8B and 70B Instruct "
            "models, achieving absolute gains of 8.8% and 11.6% on MATH500, 10.0% and 20.0% on "
            "AMC23, and 3.3% and 6.7% on AIME24, respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == \
        ["Llama-3.1-8B", "Llama-3.1-70B"] * 3
    # corpus (naacl2024:2024.naacl-long.379): "respectively" closes the data, not the values
    text = ("We develop I3C-Select. Notably, with GPT-3.5-Turbo and I3C-Select, we achieve an "
            "accuracy of 96.0 and 94.1 on GSM-IC2-1K and GSM-ICM-1K, respectively, significantly "
            "outperforming the state-of-the-art few-shot prompting method Complex-CoT by +11.7 "
            "and +11.1.")
    models = {a["value"]: a["model"] for _, a in spans(nlp, text, "RESULT")}
    assert models[96.0] == models[94.1] == "GPT-3.5-Turbo"


# r31board: in a team's paper on its shared-task entry ("X at <task>"), a model's figure is the
# team's run, own, unless its sentence calls it a baseline


@pytest.mark.parametrize("text, expected", [
    # corpus (acl:2020.fnp.1.8), leaderboard audit 2026-12-08 R52
    ("UPB at FinCausal-2020, Tasks 1 & 2: Causality Analysis in Financial Documents using "
     "Pretrained Language Models\n\nSubsequently, a BERT model was fine-tuned for the second task "
     "and a Conditional Random Field model was used on top of the generated language features; "
     "the system managed to identify the cause and effect relationships with an F1-score of "
     "73.10%.", [("BERT", True)]),
    # corpus (acl:2020.fnp.1.14): the baseline stays another's
    ("ISIKUN at the FinCausal 2020: Linguistically informed Machine-learning Approach for "
     "Causality Identification in Financial Documents\n\nFor the Task-1, the obtained results "
     "show that there is a small difference between the proposed approach based on linear "
     "support vector machines (F-score 94%), which requires less time compared to the BERT-based "
     "baseline (F-score 95%).", [(None, True), ("BERT", False)]),
])
def test_a_model_in_a_shared_task_entry_is_the_teams_run(nlp, text, expected):
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == expected


# r31board: a task spelled out before its acronym at a sentence's start is a task, as in lower
# case ("Sentiment analysis (SA)", not the paper's system SA)


def test_a_capitalized_task_at_a_sentence_start_names_no_system(nlp):
    # corpus (acl:S19-247), audit 2026-12-08 L17
    text = ("NTUA-ISLab at SemEval-2019 Task 3: Determining emotions in contextual conversations "
            "with deep learning\n\nSentiment analysis (SA) in texts is a well-studied Natural "
            "Language Processing task. Towards this goal, we present a computational end-to-end "
            "context-aware SA methodology, which was competed in the context of the SemEval-2019 "
            "/ EmoContext task (Task 3). The system achieved 0.745 micro f1-score.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


# r32audit7: humans' figure written after their named measure with "of" or "is" is no model's
# and no own, whatever names the clause holds

@pytest.mark.parametrize(("text", "expected"), [
    # acl:D19-1259 (corpus audit)
    ("Our best performing model, multi-phase fine-tuning of BioBERT with long answer bag-of-word "
     "statistics as additional supervision, achieves 68.1% accuracy, compared to single human "
     "performance of 78.0% accuracy.", [(78.0, None, False)]),
    # acl:2020.lrec.1.164 (corpus)
    ("We reach an overall accuracy of 79.3% for the US ratings compared to a projected super "
     "human accuracy of 84%.", [(84.0, None, False)]),
])
def test_humans_figure_after_their_measure_with_of_is_no_models(nlp, text, expected):
    assert [(a["value"], a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")][1:] \
        == expected


# r32resmodel: a result's sentence that gives its values to an unnamed model the paper's method is
# applied to gives them no model (R-model-base's null clause, R-model-titleonlybase)


@pytest.mark.parametrize("text", [
    # acl2021:2021.acl-short.115 (dev28)
    "BERTTune: Fine-Tuning Neural Machine Translation with BERTScore\n\nExperiments carried out "
    "over four, diverse language pairs show improvements of up to 0.58 pp (3.28%) in BLEU score "
    "and up to 0.76 pp (0.98%) in BERTScore (F_BERT) when fine-tuning a strong baseline.",
    # acl:D18-216 (corpus)
    "KT-Speech-Crawler: Automatic Dataset Construction for Speech Recognition from YouTube "
    "Videos\n\nWe describe KT-Speech-Crawler: an approach for automatic dataset construction for "
    "speech recognition by crawling YouTube videos. When training a deep neural network on speech "
    "recognition, we observed around 40% word error rate reduction on the Wall Street Journal "
    "dataset by integrating 200 hours of the collected samples into the training set.",
    # colm2024:gpgMRWgv9Q (corpus, r46mextra): unnamed models trained on the paper's data
    # (R-model-datamethod)
    "TarGEN: Targeted Data Generation with Large Language Models\n\nEvaluation on the original "
    "test set reveals that models trained on the synthetic datasets perform \u223c 1 \u2212 3% "
    "points higher than those trained on original datasets.",
])
def test_gains_of_an_unnamed_model_the_method_is_applied_to_have_no_model(nlp, text):
    models = [a["model"] for _, a in spans(nlp, text, "RESULT")]
    assert models and set(models) == {None}


# iclr2018:Hy7fDog0b (corpus): models "trained with our method" are the named method's models,
# not an unnamed base (R-model-named; both blind readers of the forty-sixth round); the
# abstract's "$2$-$4$x" as cleaning leaves it
def test_models_trained_with_the_named_method_are_its_models(nlp):
    text = ("AmbientGAN: Generative models from lossy measurements\n\nWe propose a new method of "
            "training Generative Adversarial Networks (GANs) which we call AmbientGAN. Generative "
            "models trained with our method can obtain 2-4x higher inception scores than the "
            "baselines.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"AmbientGAN"}


# r34dev31: a gain "on top of" a model is the gain of the paper's method applied to it
# (R-model-base), also where the model's head noun ends the clause (dev31 acl:K19-170)
def test_a_gain_on_top_of_a_model_is_that_models(nlp):
    text = ("We test the relation module on the SQuAD 2.0 dataset using both the BiDAF and BERT "
            "models as baseline readers. We obtain 1.8% gain of F1 accuracy on top of the BiDAF "
            "reader, and 1.0% on top of the BERT base model.")
    assert [(s, a["model"]) for s, a in spans(nlp, text, "RESULT")] == [
        ("1.8", "BiDAF"), ("1.0", "BERT base")]


# r44rmodel: the paper's named system as what is applied to an unnamed model gives that
# model's values (R-model-base's null clause), as the system's unnamed mentions do


def test_a_system_that_enhances_unnamed_existing_models_gives_their_gains_no_model(nlp):
    # dev18 coling2025:2025.coling-main.272 (r46mextra): the framework's gains are those of the
    # unnamed models it enhances (R-model-base's null clause)
    text = ("A Dual Contrastive Learning Framework for Enhanced Multimodal Conversational Emotion "
            "Recognition\n\nTo address these issues, we propose a Dual Contrastive Learning "
            "Framework (DCLF) that enhances current MERC models without additional data. DCLF "
            "works alongside basic models to introduce semantic constraints. Our experiments on "
            "two MERC benchmark datasets demonstrate performance gains of 4.67%-4.98% on IEMOCAP "
            "and 5.52%-5.89% on MELD, outperforming state-of-the-art approaches.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


def test_the_papers_system_applied_to_an_unnamed_model_gives_no_model(nlp):
    # acl:N18-164 (corpus): E2T is a module attached to the unnamed base model
    text = ("We propose Entity2Topic (E2T), a module easily attachable to a sequence-to-sequence "
            "model. By applying E2T to a simple sequence-to-sequence model with attention "
            "mechanism as base model, we see significant improvements of the performance in the "
            "Gigaword dataset by at least 2 ROUGE points.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
