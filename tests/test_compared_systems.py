"""Baselines and compared systems (compared_systems.py): objects of comparison, humans."""

import pytest
from attribution_helpers import (
    pipeline_nlp,  # noqa: F401  (fixtures)
    spans,
)

from litkit.extract.extensions import SPANS_KEY


def test_comparison_figures_are_kept_as_not_own(nlp):
    text = "DeepRetrieval achieves 65.07% (vs. previous SOTA 24.68%) recall for publication search"
    found = {a["value"]: a["own"] for _, a in spans(nlp, text, "RESULT")}
    assert found == {65.07: True, 24.68: False}


def test_baselines_after_a_comparison_are_its_object(nlp):
    # dev2-039: the baselines are outperformed, the ~6% is the paper's system's (CoA)
    text = ("We propose Chain-of-Abstraction (CoA), a method for tool use.\n\nWe show that our "
            "method consistently outperforms previous chain-of-thought and tool-augmented "
            "baselines on both in-distribution and out-of-distribution test sets, with an "
            "average ~6% absolute QA accuracy improvement.")
    (_, found), = spans(nlp, text, "RESULT")
    assert (found["model"], found["own"], found["kind"]) == ("CoA", True, "delta")


def test_annotator_agreement_is_not_the_papers_own_result(nlp):
    # acl:2016.lilt.14.6 (R-own-agreement: even with the paper's own labels)
    text = ("For the temporal location of the event described by a use of could, using four "
            "category labels, we achieved 73%\u221290% raw agreement (\u03ba = 0.614\u22120.744).")
    assert [(a["value"], a["own"], a["metric_type"]) for _, a in spans(nlp, text, "RESULT")] == \
        [(73, False, "correlation"), (90, False, "correlation"),
         (0.614, False, "correlation"), (0.744, False, "correlation")]
    # acl:W19-5923
    text = ("A series of crowdsourcing tasks are conducted to ensure good annotation quality, "
            "resulting a high inter-annotator agreement of 81.82%.")
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [False]


@pytest.mark.parametrize(("text", "models"), [
    # acl2021:2021.acl-long.171: a model the result is on par with is compared with, not whose
    # (both ends of the range whose dash was lost, r36recall)
    ("Our results show that EarlyBERT achieves comparable performance to standard BERT, with "
     "35 45% less training time.", ["EarlyBERT", "EarlyBERT"]),
    # seed-035 (ELECTRA): "their compute" is RoBERTa's and XLNet's; the 1/4 is the paper's
    ("Our approach also works well at scale, where it performs comparably to RoBERTa and XLNet "
     "while using less than 1/4 of their compute.", [None]),
    # acl:D19-6114
    ("Across three low-resource text classification datsets, we achieve comparable performance "
     "to BERT while using 300 times fewer parameters.", [None]),
])
def test_what_a_result_is_on_par_with_is_not_its_model(nlp, text, models):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == models


@pytest.mark.parametrize(("text", "found"), [
    # "human" heading how the paper's system is evaluated does not make the value humans'
    # (naacl2022:2022.naacl-main.77, colm2025:E7Tu5yjqXw)
    ("Human evaluation shows that our method successfully generates pun 52% of the time, "
     "outperforming well-crafted baselines and the state-of-the-art models by a large margin.",
     [(None, True)]),
    ("In human evaluations, our method achieves a 67% win rate over default GPT-4o responses.",
     [(None, True)]),
    # humans as the subject still are (colm2024:7ysaJGs7zY)
    ("Human evaluation reveals that humans achieve 91.03% and 100% accuracy in comprehension "
     "and localization.", [(None, False), (None, False)]),
])
def test_human_evaluation_measures_the_system(nlp, text, found):
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == found


@pytest.mark.parametrize(("text", "found"), [
    # acl:W17-4802: the clause after "while" is other metrics', not APT's (the last values)
    ("The APT metric reaches around 0.993-0.999 Pearson correlation with human judges "
     "(depending on the parameters of APT), while other automatic metrics such as BLEU, "
     "METEOR, or those specific to pronouns used at DiscoMT 2015 reach only 0.972-0.986 "
     "Pearson correlation.", [(None, False), (None, False)]),
    # acl:2020.acl.main.245
    ("Across six tasks from GLUE, our instantiation of RobEn paired with BERT achieves an "
     "average robust accuracy of 71.3% against all adversarial typos in the family "
     "considered, while previous work using a typo-corrector achieves only 35.3% accuracy "
     "against a simple greedy attack.", [("BERT", True), (None, False)]),
    # acl2021:2021.acl-long.520: baselines after "superior to" are compared with
    ("In response, we also propose CRONKGQA, a transformer-based solution that exploits "
     "recent advances in Temporal KG embeddings, and achieves performance superior to all "
     "baselines, with an increase of 120% in accuracy over the next best performing method.",
     [("CRONKGQA", True)]),
])
def test_a_clause_about_others_after_a_name_is_theirs(nlp, text, found):
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")][-len(found):] == found


@pytest.mark.parametrize("text, found", [
    # naacl2024:2024.findings-naacl.97: lowercase modifiers between the verb and the name
    ("By using the same prompt template on seven BEIR tasks, PRP outperforms supervised "
     "baselines and outperforms the blackbox commercial ChatGPT solution by 4.2%.", "PRP"),
    # colm2025:HbwkIDWQgN: examples after a noun phrase and a comma
    ("Remarkably, Reasoning-SQL significantly outperforms larger proprietary models, e.g. "
     "O3-Mini by 4% on the BIRD benchmark.", "Reasoning-SQL"),
])
def test_a_compared_name_after_modifiers_or_examples_is_an_object(nlp, text, found):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [found]


@pytest.mark.parametrize("text, found", [
    # acl:C16-126: a value for a group of named models is no single one's
    ("Conditioning N-gram models, MaxEnt models or RNN-LMs on parser predictions yields "
     "perplexity reductions of about 6%.", None),
    # coling2025:2025.coling-main.39
    ("Our empirical study, conducted on six state-of-the-art LLMs including GPT-4o, "
     "Claude-3.5-Sonnet, and Gemini-1.5-pro, reveals an alarming average success rate of over "
     "90% for this attack.", None),
    # colm2024:Ti67584b98: a date before a comma is no list item
    ("When we released this dataset in November 2023, GPT-4 achieved 39% accuracy.", "GPT-4"),
    # naacl2022:2022.findings-naacl.167: a list after a preposition is still a list
    ("The experimental results demonstrate that our method can compress the size of XLM-R and "
     "MiniLM by more than 50%.", None),
])
def test_a_value_of_a_list_of_names_is_no_single_ones(nlp, text, found):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [found]


def test_a_name_heading_a_solution_or_resulting_is_a_subject(nlp):
    # acl:W16-3927: "Our ST solution achieved", "The SI resulted in"
    text = ("Our ST solution achieved an F1 score of 1.2% higher than the baseline for the task "
            "of extracting 10 entity types. The SI resulted in an increase of 8.2% in F1 score "
            "over the base-line.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["ST", "SI"]


def test_a_name_after_a_preposition_and_an_article_is_no_subject(nlp):
    # colm2024:HVK6nl3i97: hardware named after "on an" is not whose figure it is
    text = ("For the offloading setting on two RTX 4090 GPUs, TriForce achieves 0.108s/token, "
            "only half as slow as the auto-regressive baseline on an A100, which attains 7.78x "
            "on our optimized offloading system.")
    assert "A100" not in {a["model"] for _, a in spans(nlp, text, "RESULT")}


def test_a_bound_on_the_systems_own_margin_stays_its(nlp):
    # acl:2020.findings.emnlp.127: "larger than 2.8%" bounds FIRE's own margin
    text = ("Experimental results show that FIRE outperforms previous methods by margins larger "
            "than 2.8% and 4.1% on the PERSONA-CHAT dataset with original and revised personas "
            "respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")][:1] == ["FIRE"]


def test_a_found_name_after_another_in_a_list_is_one_item(nlp):
    # acl:2020.coling.main.122: XLNet ends in a lowercase letter (no _PREVIOUS_ITEM), GPT-2 is
    # still the last of four compared PNLMs, not whose gain 6.17% is
    text = ("We compare four PNLMs (BERT, RoBERTa, XLNet, and GPT-2), and show how the additional "
            "context of the sentence to be simplified can be incorporated to achieve better "
            "results (6.17% absolute improvement over the best individual model).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    # nips2016:7205 and nips1998:96315456b3: not after a prepositional phrase and a comma, nor
    # after a list closed by "and"
    text = "For AlexNet, SSL reduces the error by ~1%."
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["SSL"]
    text = ("For the MNIST database, SMO is 1.7 times as fast as PCG chunking; while for the UCI "
            "Adult database and linear SVMs, SMO can be 1500 times faster than the PCG chunking "
            "algorithm.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["SMO", "SMO"]


# round 8, the model of each result


def test_a_name_inside_the_phrase_a_comparison_governs_is_not_the_owner(nlp):
    # acl:2020.lrec.1.102 (dev7), acl:D19-1193, acl:2020.acl.main.747, acl:2020.bionlp.1.22,
    # nips2018:11862 (corpus audit): past the few modifiers a comparison word allows, the name
    # is still inside the compared noun phrase; the figure is the subject's
    text = ("Formulated as an automatic segmentation task, a convolutional neural network "
            "outperforms bag-of-words and embedding-based BiLSTMs and BiLSTM-CRFs with a micro "
            "F1 = 0.81.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    text = ("Experimental results on PERSONA-CHAT dataset show that the DIM model outperforms its "
            "baseline model, i.e., IMN with persona fusion, by a margin of 14.5%.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["DIM"]
    text = ("Our model, dubbed XLM-R, significantly outperforms multilingual BERT (mBERT) on a "
            "variety of cross-lingual benchmarks, including +14.6% average accuracy on XNLI.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["XLM-R"]
    text = ("Our empirical results demonstrate that the MTL fine-tuned models outperform "
            "state-of-the-art transformer models (e.g., BERT and its variants) by 2.0% and 1.3% "
            "in biomedical and clinical domain adaptation, respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]


def test_the_second_object_of_an_elliptical_comparison_owns_nothing(nlp):
    # acl:2020.acl.main.521, acl:C16-1205, acl:D18-1509 (corpus audit): "outperforms A by N,
    # and B by M": B is compared too, and a baseline there is no subject about others
    text = ("IMoJIE outperforms CopyAttention by about 18 F1 pts, and a BERT-based strong "
            "baseline by 2 F1 pts, establishing a new state of the art for the task.")
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] \
        == [("IMoJIE", True), ("IMoJIE", True)]
    text = ("And neural machine translator with our INTERACTIVE ATTENTION can outperform the open "
            "source attention-based NMT system Groundhog by 4.22 BLEU points and the open source "
            "phrase-based system Moses by 3.94 BLEU points averagely on multiple test sets.")
    assert "Moses" not in [a["model"] for _, a in spans(nlp, text, "RESULT")]
    # acl:N19-1136, colm2024:EKBPn7no4y (audit r35audit15): a margin written as a range or
    # "by an average of" before the second object
    text = ("The integrated approach, Joint Multi-label Attention Network (JMAN), significantly "
            "outperformed the Bidirectional Gated Recurrent Unit (Bi-GRU) by around 13%-26% and "
            "the Hierarchical Attention Network (HAN) by around 4%-12% on both datasets.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"JMAN"}
    text = ("Furthermore, StructLM demonstrates strong generalization across 6 novel held-out "
            "SKG tasks, outperforming TableLlama by an average of 35% and Flan-UL2 20B by an "
            "average of 10%.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"StructLM"}
    # (not the objects of "improves": the systems improved, R-model-base)
    text = ("On ImageNet, DSD improved the Top1 accuracy of GoogLeNet by 1.1%, VGG-16 by 4.3%, "
            "ResNet-18 by 1.2% and ResNet-50 by 1.1%, respectively.")
    models = [a["model"] for _, a in spans(nlp, text, "RESULT")]
    assert models[1:] == ["VGG-16", "ResNet-18", "ResNet-50"][:len(models) - 1]


def test_capitalized_words_before_a_system_noun_name_its_subject(nlp):
    # acl:L16-1481: "Chinese Whispers algorithm" is a name though not shaped like one; not a
    # generic model word ("the Markov Clustering algorithm" holds "Markov")
    text = ("In the cluster-based evaluation, Chinese Whispers algorithm outperformed Markov "
            "Clustering, yielding a normalized mutual information score of 64.3.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["Chinese Whispers"]


# ------------------------------------- r19data: the shared task a paper's parser or system is for
@pytest.mark.parametrize("text, dataset", [
    # acl:S19-2226: "our system that competed at" is the paper's own, not others' entries
    ("This paper describes our system that competed at SemEval 2019 Task 9 - SubTask A: "
     "Suggestion Mining from Online Reviews and Forums. Empirical results show the effectiveness "
     "of our model which obtained 9th position out of 34 teams with F1 score equals to 0.715.",
     "SemEval 2019 Task 9"),
    # acl:K17-306: a parser developed for the shared task
    ("In this paper, we present our multilingual dependency parser developed for the CoNLL 2017 "
     "UD Shared Task dealing with Multilingual Parsing from Raw Text to Universal Dependencies. "
     "Our system ranked 5 th and achieved 70.93 overall LAS score over the 81 test corpora.",
     "CoNLL 2017 UD Shared Task"),
    # acl:2020.smm4h.1.23: a model design for the task
    ("This study describes our proposed model design for the SMM4H 2020 Task 1. We fine-tune "
     "ELECTRA transformers using our trained SVM filter for data augmentation. Our best "
     "F1-score of 0.7578 exceeded the mean score 0.6646 of all 15 submitting teams.",
     "SMM4H 2020 Task 1"),
])
def test_the_shared_task_the_papers_system_is_for_takes_its_results(nlp, text, dataset):
    assert {a["dataset"] for _, a in spans(nlp, text, "RESULT")} == {dataset}


@pytest.mark.parametrize("text, model", [
    # naacl2022:2022.findings-naacl.10 (dev15): the second margin of "outperforms A by ~3% and B
    # by ~18%" is the paper's own, past a "~" and a parenthesis in B
    ("We introduce In-BoXBART, which can jointly perform all the tasks. Experimental results "
     "indicate that the proposed model: 1) outperforms single-task baseline by ~3% and multi-task "
     "(without instruction) baseline by ~18% on an average.", "In-BoXBART"),
    # naacl2024:2024.findings-naacl.227: past an apposition of B
    ("Our final generated dataset (using Vicuna-13B) significantly outperforms the previous best "
     "unsupervised method (using ChatGPT) by 1.8 points, and SimCSE, a strong supervised baseline "
     "by 0.3 points on the semantic text similarity (STS) benchmark.", "Vicuna-13B"),
])
def test_the_second_margin_of_an_elliptical_comparison_is_own(nlp, text, model):
    assert {(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")} == {(model, True)}


# r23 slow inputs, 2: a result reads only the names near it, and its sentence's mark of the
# paper's own is searched once ("ResNet-50 gets 76.1% top-1 accuracy, " x4000 read every name
# of the sentence per result, for a list before each, and searched the whole sentence: 45 s)

def test_a_result_reads_only_the_names_near_it(nlp, lines_run, monkeypatch):
    import litkit.extract.compared_systems as compared_module
    import litkit.extract.result_owners as owners_module

    read = []
    own_mark = compared_module._OWN_MARK

    class Counted:
        def search(self, text, *span):
            read.append(len(text))
            return own_mark.search(text, *span)

    counted = Counted()
    for module in (compared_module, owners_module):  # (the modules that read it)
        monkeypatch.setattr(module, "_OWN_MARK", counted)

    def run(n):
        doc = nlp("ResNet-50 gets 76.1% top-1 accuracy, " * n)
        assert [s._.model for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"] \
            == ["ResNet-50"] * n

    # twice the results, twice the lines run (4 times before)
    assert lines_run(lambda: run(200), owners_module) \
        < 2.2 * lines_run(lambda: run(100), owners_module)
    # the one long sentence is searched once for the paper's own mark, not once per result
    read.clear()
    run(200)
    assert len(read) == 1
    # a name listed before the next one is still found: the result after "BERT, RoBERTa and
    # XLNet" is no one of them's ("Our model beats BERT, RoBERTa, and XLNet, reaching 91.2 F1")
    doc = nlp("Our model beats BERT, RoBERTa, and XLNet, reaching 91.2 F1.")
    assert [(s._.model, s._.own) for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"] \
        == [(None, True)]


# r25 own: an annotators' agreement that metrics.py typed correlation from a bare "agreement"
# is no system's own (R-own-agreement)

@pytest.mark.parametrize("text", [
    # acl:2020.lrec.1.205 (it was PO-EMO's, own)
    "PO-EMO: Conceptualization, Annotation, and Modeling of Aesthetic Emotions in German and "
    "English Poetry\n\nOur annotation with experts leads to an acceptable agreement of k = .70, "
    "resulting in a consistent dataset for future large scale analysis.",
    # acl:2020.nlpcss.1.15
    "We show that the agreement on the task of annotating the observations of social workers "
    "with respect to discrete independent levels yields a high agreement of .74 as measured by "
    "Fleiss' Kappa.",
])
def test_annotators_bare_agreement_is_no_systems_own(nlp, text):
    assert [(a["metric_type"], a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] \
        == [("correlation", None, False)]


def test_a_share_beside_an_agreement_keeps_its_owner(nlp):
    # acl:2020.coling.main.32: the system's share, not the annotators' agreement after it
    text = ("The results are promising and show that 89% of the personal information can be "
            "successfully identified in learner data, and annotated correctly with an "
            "inter-annotator agreement of 86% measured as Fleiss kappa.")
    assert spans(nlp, text, "RESULT")[0][1]["own"] is True


# r26 results: humans' figure alone in a parenthesis right after them is no one's own, even as
# the object of a comparison

@pytest.mark.parametrize(("text", "expected"), [
    # naacl2022:2022.naacl-main.391 (dev21)
    ("Our baseline models perform poorly on this task (55.4%) and significantly lag behind human "
     "performance (93.5%).", [(55.4, True), (93.5, False)]),
    # acl:2020.acl.main.502 (corpus audit); the models' 72% is no own either, as how far the
    # benchmark's models fall short of humans (r28randaudit, R-own-dataset)
    ("Our experiments show that there is a significant performance gap between advanced models "
     "(72%) and humans (87%), encouraging future research.", [(72, False), (87, False)]),
])
def test_humans_figure_in_a_parenthesis_is_not_own(nlp, text, expected):
    assert [(a["value"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == expected


def test_baselines_the_subject_improves_are_no_subject_of_the_gain(nlp):
    # acl:2020.knlp.1.4; acl:S18-182
    text = ("We propose a method, BERTChem-DDI, to efficiently combine drug embeddings. "
            "Experiments conducted on the DDIExtraction 2013 corpus clearly indicate that this "
            "strategy improves other strong baselines architectures by 3.4% macro F1-score.")
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] \
        == [("BERTChem-DDI", True)]
    text = "This model improves on a naive bayes baseline by about 8 percent on training set."
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [True]


def test_humans_figure_told_by_a_relative_clause_is_no_models(nlp):
    # acl:N19-1421: the whole sentence, once "et al." no longer cut it, names BERT-large
    text = ("Our best baseline is based on BERT-large (Devlin et al., 2018) and obtains 56% "
            "accuracy, well below human performance, which is 89%.")
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")][1:] == [(None, False)]


@pytest.mark.parametrize(("text", "expected"), [
    # corpus (acl2022:2022.acl-long.81, r28randaudit): the gap is the state-of-the-art model's
    # on the paper's new dataset (R-own-dataset), though the paper's model comes after it
    ("We show that there exists a 70% gap between a state-of-the-art joint model and human "
     "performance, which is slightly filled by our proposed model that uses segment-wise "
     "reasoning.", [(None, False)]),
    # corpus (acl:D19-1243, coling2025:2025.coling-main.134): a decimal inside the gap phrase, and
    # "Our findings" reports the benchmark, not a system of the paper's
    ("Experimental results demonstrate a significant gap between machine (68.4%) and human "
     "performance (94%), pointing to avenues for future research.", [(None, False), (None, False)]),
    ("Our findings reveal a significant performance gap: even top-performing LLMs like GPT-4 fall "
     "short of human performance by nearly 30%.", [("GPT-4", False)]),
    # dev19 acl:D19-5511: the paper's own classifier stays its own
    ("Our best classifier has an accuracy only 9 percent lower than that of a human on this task.",
     [(None, True)]),
])
def test_how_far_models_fall_short_of_humans_is_no_own_result(nlp, text, expected):
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == expected


# r30resmodel: a named model with a method or module added by "with" owns the values
# (R-model-module, R-model-base), not the method named after "with"


@pytest.mark.parametrize("text, expected", [
    # corpus (acl2022:2022.acl-long.330), audit r30audit4 [77]
    ("Experiments on the standard GLUE benchmark show that BERT with FCA achieves 2x reduction "
     "in FLOPs over original BERT with <1% loss in accuracy.", ["BERT", "BERT"]),
    # dev26 naacl2024:2024.naacl-long.465 (gold: Pix2Struct)
    ("We propose RD. On three visual document understanding benchmarks, our Pix2Struct (282M "
     "parameters) student model finetuned with RD outperforms the base model by 4-5% absolute "
     "accuracy.", ["Pix2Struct", "Pix2Struct"]),
    # a lexicon model added to the paper's method is the model it is applied to (R-model-base)
    ("We introduce RobEn. Across six tasks from GLUE, our instantiation of RobEn paired with BERT "
     "achieves an average robust accuracy of 71.3% against all adversarial typos.", ["BERT"]),
])
def test_a_model_with_a_method_added_owns_the_values(nlp, text, expected):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == expected


# r31resmodel: a name in parentheses right after "baseline" is the baseline, a point of
# comparison, not whose values the sentence gives


@pytest.mark.parametrize("text, expected", [
    # dev24 naacl2024:2024.naacl-long.182 (gold: DynaMo-7.3B-T3)
    ("One of the models in our suite, DynaMo-7.3B-T3, achieves same-quality generated text as "
     "the baseline (Pythia-6.9B) while achieving 2.57\u00d7 speed-up with only 5.87% and 2.67% "
     "parameter and training time overheads, respectively.", ["DynaMo-7.3B-T3"] * 3),
    # corpus (acl:2020.findings.emnlp.95)
    ("GCDST: A Graph-based and Copy-augmented Multi-domain Dialogue State Tracking\n\n"
     "Experimental results show that our model improves the performances of the multi-domain "
     "DST baseline (TRADE) with the absolute joint accuracy of 2.0% and 1.0% on the MultiWOZ "
     "2.0 and 2.1 dialogue datasets, respectively.", ["GCDST", "GCDST"]),
])
def test_a_name_in_parentheses_after_baseline_is_compared_with(nlp, text, expected):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == expected


# r31audit6: the professionals a clinical system is set against are humans: their figure is not
# the paper's own


def test_doctors_figure_is_not_the_papers_own(nlp):
    # acl:W19-5002 (corpus)
    text = ("On a test set of 2,000 ED notes, our model is able to achieve a promising F_0.5-score "
            "of 0.895 while ED doctors achieve F_0.5-score of 0.900.")
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [True, False]


# r33audit9: a baseline that the clause's verb "improve" takes as its object is no subject of the
# gain, as with "improves" (R-own: the gain is the paper's own)
@pytest.mark.parametrize("text", [
    # acl:L16-1351 (corpus)
    "The experiments on the Spanish-English language pair improve a baseline trained with the "
    "Europarl corpus in more than 2 points of BLEU when translating in the Computer Science "
    "domain.",
    # acl:D19-5806 (corpus)
    "On the full-wiki HotpotQA benchmark, we significantly improve the baseline method by 14 point "
    "F1.",
])
def test_a_baseline_the_subject_improve_takes_is_no_subject_of_the_gain(nlp, text):
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [True]


# r33audit9: a comma before "we" opens the paper's own clause after one about a baseline or
# humans; a baseline that "bettering" takes is its object
@pytest.mark.parametrize("text, expected", [
    # acl:2020.fnp.1.14 (corpus)
    ("For the Task-2, although a minor modifications such as the learning algorithm type and the "
     "feature representations are made in the conditional random fields based baseline (F-score "
     "52%), we have obtained better results (F-score 60%).", [False, True]),
    # acl:D19-5804 (corpus)
    ("Experiments demonstrate the effectiveness of our methods: in comparison to the previous "
     "state-of-the-art, we obtain absolute gains in accuracy of up to 8.1%, 13.0%, and 12.8%, "
     "respectively.", [True, True, True]),
    # acl:N19-1182 (corpus)
    ("With our proposed method, we achieve state-of-the-art results, bettering a strong baseline "
     "by an absolute 2% increase in F1 score.", [True]),
    # acl:K17-303 (dev38): "our" after a comma opens it too, after a fronted phrase
    ("Though relying on baseline tokenizers and focusing only on parsing, our system ranked "
     "second in the official end-to-end evaluation with a macro-average of 75.00 LAS F1 score "
     "over 81 test treebanks.", [True]),
    # acl:2020.acl.main.187 (corpus)
    ("While we estimated human correction accuracy is 81.5%, our best model achieves only "
     "25.1%, which leaves a large gap for improvement in future research.", [False, True]),
    # near miss: a baseline named after "our" stays in its clause (acl:2020.coling.main.121)
    ("Evaluated on the newly constructed dataset, our model achieves 36.52 on SARI value, which "
     "outperforms the best performing model in the baselines by 2.46 (7.22%).",
     [True, True, True]),
])
def test_the_papers_clause_after_a_comma_and_we_is_its_own(nlp, text, expected):
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == expected


# r34audit14: a score named by a chance-corrected coefficient (kappa, alpha) in a sentence of
# annotators, an annotation or an agreement, naming no system, is the annotators' agreement
# (R-own-agreement), though no "inter-annotator agreement" stands in its clause
@pytest.mark.parametrize("text", [
    # acl:P17-241 (corpus): the clause starts after "and Relation"
    "The resulting inter-annotator kappa agreements on the three different levels of Span, "
    "Nuclearity, and Relation are 0.848, 0.766, and 0.653, respectively.",
    # acl:2020.lrec.1.769 (corpus)
    "After two rounds of annotation, a Cohen\u2019s kappa score of 78.64 is obtained.",
    # acl:2020.sltu.1.25 (corpus)
    "This gold standard corpus obtained a Krippendorff\u2019s alpha above 0.8 for the dataset.",
    # acl:2020.emnlp.main.679 (corpus, r34audit13)
    "Each resume is manually annotated by experts. As a result, a high Kappa score of 61% is "
    "achieved for inter-annotator agreement.",
])
def test_an_annotation_kappa_is_no_systems_own(nlp, text):
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {False}


def test_a_systems_kappa_keeps_its_owner(nlp):
    # acl:D19-6216 (corpus): kappa scores the baselines, not an annotation
    text = ("Our baselines show promising results with content point accuracy and kappa values "
            "at 0.86 and 0.71 on the test set.")
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {True}


# r34model: a figure that is the size of a gap between the systems or settings a paper measures
# is a finding, no one system's: not the paper's named system, nor a name inside the gap's
# "between" phrase (R-kind-gap, R-kind-finding; dev3 colm2025:lqC5J7pBP9, dev9
# acl:2020.acl.main.200 and dev23 colm2025:f7GG1MbsSM gold)
@pytest.mark.parametrize("text", [
    # colm2025:lqC5J7pBP9 (dev3)
    "C3PO: Critical-Layer, Core-Expert, Collaborative Pathway Optimization for Test-Time Expert "
    "Re-Mixing\n\nMixture-of-Experts (MoE) Large Language Models (LLMs) suffer from severely "
    "sub-optimal expert pathways—our study reveals that naive expert selection learned from "
    "pretraining leaves a surprising 10-20% accuracy gap for improvement.",
    # colm2025:f7GG1MbsSM (dev23)
    "Inside-Out: Hidden Factual Knowledge in LLMs\n\nOur results indicate that: (1) LLMs "
    "consistently encode more factual knowledge internally than what they express externally, "
    "with an average gap of 40%.",
    # acl:2020.acl.main.200 (dev9)
    "On several text classification tasks, we show that as the number of training examples grow "
    "into the millions, the accuracy gap between finetuning BERT-based model and training "
    "vanilla LSTM from scratch narrows to within 1%.",
])
def test_the_size_of_a_gap_is_no_systems(nlp, text):
    assert {(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")} == {(None, False)}


@pytest.mark.parametrize("text, model", [
    # acl:D18-1359 (dev28): the gap the paper's system leads others by is its own
    ("In this paper, we propose multimodal knowledge base embeddings (MKBE) that use different "
     "neural encoders. We demonstrate that our models utilize this additional information "
     "effectively to provide more accurate link prediction, achieving state-of-the-art results "
     "with a considerable gap of 5-7% over existing methods.", "MKBE"),
    # acl:E17-189 (corpus): a share of a gap the paper's method closes is its own
    ("We propose a method to decide whether two occurrences of the same noun in a source text "
     "should be translated consistently. This improves over the baseline and closes up to 50% of "
     "the gap in BLEU scores between the baseline and an oracle classifier.", None),
])
def test_a_gap_the_papers_system_leads_by_or_closes_is_its_own(nlp, text, model):
    assert {(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")} == {(model, True)}


# ---- speed34: tests that spare a search of the words before a result or name


@pytest.mark.parametrize("phrase", [
    "inter-annotator agreement", "intra-rater", "crosscoder agreements", "an IAA of",
    "raw agreement", "inner-annotator agreement", "the annotators' agreed", "annotators agree",
    "agreement among the raters", "Inter-Annotator Agreement",
])
def test_each_agreement_match_holds_an_agreement_word(phrase):
    """_attribute_results searches a result's clause for _AGREEMENT only in a text holding one
    of _AGREEMENT_WORDS (lower-cased) or "IAA": each match holds one."""
    from litkit.extract.compared_systems import _AGREEMENT, _AGREEMENT_WORDS

    match = _AGREEMENT.search(phrase)
    assert match is not None
    assert "IAA" in match.group() or any(w in match.group().lower() for w in _AGREEMENT_WORDS)


@pytest.mark.parametrize("before", [
    "frontier LLMs such as ", "large models such  as\n", "strong baselines like ",
    "several systems, including ", "open models, e.g. ", "open models (e.g., ", "LIKE ",
])
def test_an_example_head_ends_the_words_before_a_name(before):
    """_is_object searches _EXAMPLES_BEFORE only where _EXAMPLES_LAST finds a head's last word in
    the last nine characters of the words before the name."""
    from litkit.extract.compared_systems import _EXAMPLES_BEFORE, _EXAMPLES_LAST

    words = before.rstrip()
    assert _EXAMPLES_BEFORE.search(before) is not None
    assert _EXAMPLES_LAST.search(words, len(words) - 9) is not None


@pytest.mark.parametrize("before", [
    "outperforms ", "out-performs the ", "surpassing ", "beats ", "bettering a strong ",
    "exceeds ", "improves over ", "higher than ", "vs. ", "versus ", "compared to ",
    "comparing with the ", "relative to ", "against ", "up from ", "rivals ", "matching ",
    "comparable to ", "on par with ", "competitive with ", "similar to ", "the baseline (",
    "Outperforming the performance of the best ",
    "96.8% the performance of its teacher ", "at 5% of ",
])
def test_object_before_opens_with_a_letter_of_its_lookahead(before):
    """_OBJECT_BEFORE tests the first letters of its words before them: each word still ends
    the words before a compared name."""
    from litkit.extract.compared_systems import _OBJECT_BEFORE

    assert _OBJECT_BEFORE.search(before) is not None


# r35dev32: a model whose features or embeddings a system takes as input is not the result's
# model (R-model-featurebase, R-model-inputembed), as subject or as the system's base


@pytest.mark.parametrize("text", [
    # dev32 naacl2021:2021.naacl-main.177
    "We developed baseline classifiers trained on pre-trained RoBERTa features that can predict "
    "editorial change with an F1 score of .54, as compared to an F1 score of .66 for predicting "
    "emotional change.",
    # corpus (acl:S19-2193)
    "For subtask A, we implement a CNN-based neural architecture using ELMo embeddings of post "
    "text combined with auxiliary features and achieve a F1-score of 44.6%.",
    # dev30 acl:2020.trac.1.10: the model that extracts them, as the system's base (r42mwrong)
    "For both sub-tasks, our method involves using the pre-trained Bert model for extracting the "
    "text of each instance into a 768-dimensional vector of embeddings, and then training an "
    "ensemble of classifiers on the embedding features. Our method obtained accuracy of 0.703 "
    "and weighted F-measure of 0.664 for Sub-task A.",
    # dev32 acl:P19-1585 and corpus acl:W19-4212: a lexicon model in a parenthesis after the
    # embeddings it gives is that input, no system nor subject (r42mwrong)
    "We evaluate our approach using the ACE 2005 Corpus, where it achieves state-of-the-art F1 "
    "of 74.6, further improved with contextual embeddings (BERT) to 82.4, an overall improvement "
    "of close to 8 F1 points over previous approaches trained on the same data.",
    "As our first improvement, we use the pretrained contextualized embeddings (BERT) as "
    "additional inputs to the network. In the lemmatization task, our system exceeds all the "
    "submitted systems by a wide margin with lemmatization accuracy 95.78.",
])
def test_a_model_whose_features_a_system_uses_is_not_its_model(nlp, text):
    models = [a["model"] for _, a in spans(nlp, text, "RESULT")]
    assert models and all(model is None for model in models)


# r46audit26: the reference a share is of ("X% of <name>", "X% the performance of its teacher
# <name>") is a point of comparison, not the model of the figures after it


def test_the_reference_of_a_share_is_not_the_model_of_later_figures(nlp):
    # corpus acl:2020.findings.emnlp.372
    text = ("TinyBERT4 with 4 layers is empirically effective and achieves more than 96.8% the "
            "performance of its teacher BERT-Base on GLUE benchmark, while being 7.5x smaller and "
            "9.4x faster on inference.")
    assert [(a["value"], a["model"]) for _, a in spans(nlp, text, "RESULT")] == \
        [(96.8, "TinyBERT4"), (7.5, "TinyBERT4"), (9.4, "TinyBERT4")]
    # corpus naacl2022:2022.naacl-main.319: "of the accuracy of" a reference too
    text = ("We find that replacing the self-attention sublayer in a Transformer encoder with a "
            "standard, unparameterized Fourier Transform achieves 92-97% of the accuracy of BERT "
            "counterparts on the GLUE benchmark, but trains 80% faster on GPUs and 70% faster on "
            "TPUs at standard 512 input lengths.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")][-2:] == [None, None]


def test_a_reference_pair_written_with_a_dash_is_one_reference(nlp):
    # corpus acl:2020.findings.emnlp.134: neither BioBERT nor BERT is the model of the shares
    text = ("We cover over 60% of the BioBERT - BERT F1 delta, at 5% of BioBERT\u2019s CO 2 "
            "footprint and 2% of its cloud compute cost.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


def test_what_a_setting_lets_the_authors_achieve_is_their_own(nlp):
    # corpus acl:2020.smm4h.1.16: "enables us" marks the paper's own run of a known model
    text = ("This paper details a system designed for Social Media Mining for Health "
            "Applications (SMM4H) Shared Task 2020. Fine tuning RoBERTa large for classifying "
            "English tweets enables us to achieve a F1 score of 56%, which is an increase of +10% "
            "compared to the average F1 score for all the submissions.")
    assert [(a["value"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == \
        [(56, True), (10, True)]
