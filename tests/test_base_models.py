"""The model the paper's system is built on (base_models.py, R-model-base)."""

import pytest
from attribution_helpers import (
    pipeline_nlp,  # noqa: F401  (fixtures)
    spans,
)

from litkit.extract.extensions import SPANS_KEY


def test_an_unnamed_system_s_results_belong_to_the_model_it_is_built_on(nlp):
    # acl:2020.wnut.1.79 (R-model-base)
    text = ("The system uses COVID-Twitter-BERT with attention-weighted pooling of candidate "
            "slot-chunk features to capture the useful information chunks. The system ranks 1st "
            "at the leaderboard with F1 of 0.6598, without using any ensembles.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["COVID-Twitter-BERT"]
    # acl:2020.coling.main.584
    text = ("The best results in terms of micro (94.3-94.9%) and macro F1 (86.0-88.9%) were "
            "obtained using BERT transformer.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"BERT"}
    # dev2-025 (acl:2020.lrec.1.82): a passive cue
    text = ("The two modules were implemented by fine-tuning a BERT model, which is a recent "
            "successful neural network model. For the yes/no response classifier, the "
            "macro-average of the average precisions (APs) was 82.6%.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT"]
    # acl:S19-2150 and acl:2020.acl.main.674 (dev7): "a system based on", "the base BERT model"
    text = ("In order to address this task, we propose a system based on the BERT model with meta "
            "information of questions. Our system achieved competitive results with an accuracy "
            "of 0.82 in the subtask A and 0.83 in the subtask B.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]
    text = ("Motivated by this, we fine-tune the base BERT model for a sentence-pair "
            "classification task. Despite utilizing the scene-text as the only source of visual "
            "information, we could achieve a hit-or-miss accuracy of 84.95% on the challenge "
            "test data.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT"]
    # two base models: the text does not say which one a result is of
    text = ("We fine-tune BERT and we fine-tune RoBERTa on the task. Our system achieves an F1 "
            "of 0.61.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_an_application_s_results_belong_to_the_model_it_is_built_on(nlp):
    # acl:2020.acl.demos.41 (R-model-base: the application SUPP.AI is no model)
    text = ("SUPP.AI: finding evidence for supplement-drug interactions\n\nWe present SUPP.AI, an "
            "application for browsing evidence of supplement-drug interactions. We fine-tune the "
            "contextualized word representations of the RoBERTa language model using labeled DDI "
            "data. We extract 195k evidence sentences from 22M articles (F1=0.68).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["RoBERTa"]


def test_a_base_model_adopted_after_a_longer_clause(nlp):
    # acl:2020.webnlg.1.15 (R-model-base): "we leverage transfer learning by adopting the T5"
    text = ("For this challenge, we leverage transfer learning by adopting the T5 model "
            "architecture for our submission and fine-tune the model on the WebNLG+ corpus. Our "
            "submission ranks among the top five systems for most of the automatic evaluation "
            "metrics achieving a BLEU score of 51.74 over all categories.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["T5"]


def test_a_sentence_opening_on_a_lexicon_model_gives_its_results_that_model(nlp):
    # acl:2020.acl.main.301: R-model-base within the sentence, past "our model"
    text = ("We propose a novel constituency parsing model that casts the parsing problem into "
            "a series of pointing tasks. The experiments on the standard English Penn Treebank "
            "parsing task show that our method achieves 92.78 F1 without using pre-trained "
            "models. Using pre-trained BERT, our model achieves 95.48 F1, which is competitive "
            "with the state-of-the-art while being faster.")
    found = {a["value"]: (a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")}
    assert found == {92.78: (None, True), 95.48: ("BERT", True)}
    # acl:D19-1374 (dev35): "Starting from" the model the unnamed final model is made from
    text = ("Starting from a public multilingual BERT checkpoint, our final model is 6x smaller "
            "and 27x faster, and has higher accuracy than a state-of-the-art multilingual "
            "baseline.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["multilingual BERT"] * 2
    # not a model in another role: "With GPT-4 as the judge"
    text = ("With GPT-4 as the judge, our model achieves a win rate of 61.2% against the "
            "baseline.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_our_approach_using_a_lexicon_model_is_built_on_it(nlp):
    # acl:2020.smm4h.1.18: "Our approach combined transfer learning using a RoBERTa Large"
    text = ("The task was to classify tweets containing adverse effects (AE) after medication "
            "intake. Our approach combined transfer learning using a RoBERTa Large Transformer "
            "model with a rule-based post-prediction correction to improve model precision. The "
            "model\u2019s F1-Score of 0.56 on the test dataset was 10% better than the mean of "
            "the F1-Score of the best submissions in the task.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["RoBERTa Large"] * 2


def test_a_system_built_on_two_listed_models_has_no_single_base(nlp):
    # acl:2020.semeval.1.240: "fine-tuned BERT and RoBERTa ... merged them with an average
    # ensemble": the results are the ensemble's, not BERT's
    text = ("In this paper, we describe our approaches and systems for the SemEval-2020 Task 11 "
            "on propaganda technique detection. We fine-tuned BERT and RoBERTa pre-trained models "
            "then merged them with an average ensemble. Our system ranked 20th out of 36 teams "
            "with 0.398 F1 in the SI task and 14th out of 31 teams with 0.556 F1 in the TC task.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]


def test_the_base_model_through_its_description_or_the_method_applied_to_it(nlp):
    # dev10 acl:D19-5711, acl:2020.coling.main.248; acl:2020.semeval.1.49 (R-model-base)
    text = ("For two tasks, we exploit the pre-trained biomedical language representation model "
            "(i.e., BERT) in the pipe of information extraction. The experiment results show "
            "that our proposed approaches achieve 0.60 (ranks 1) and 0.25 (ranks 2) on task 1 "
            "and task 2 respectively in terms of F_1 metric.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]
    text = ("We validate our approach on the representative architecture - ALBERT. Experimental "
            "results show that our method can greatly boost the baseline with 1% improvement in "
            "average.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["ALBERT"]
    text = ("We proposes a novel method to fine-tune RoBERTa by masking the most important word "
            "in the statement. Our system is fast in training and achieved 73.5% accuracy.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["RoBERTa"]
    # iclr2018:SJZsR7kCZ: tested on two models, the lexicon knowing one (FCN8's 8x is not LeNet-5's)
    text = ("We tested our method on LeNet-5 and FCNs, performing classification and semantic "
            "segmentation, respectively. With FCN8 on Cityscapes, we decrease the number of "
            "parameters by 8 times.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


# round 9, results, kinds and models


def test_the_model_the_paper_says_it_used_is_its_base(nlp):
    # acl:2020.trac.1.15 (dev12), acl:2020.semeval.1.86, acl:2020.wanlp.1.28 (corpus audit):
    # "we used" the one lexicon model the unnamed system is built on, past a word that qualifies
    # it, makes the system's results that model's (R-model-base)
    text = ("We used a single BERT-based system with two outputs for all tasks simultaneously. "
            "Our model placed first in English and second in Bengali gendered text classification "
            "competition tasks with 0.87 and 0.93 in F1-score respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]
    text = ("Second, we used the ALBERT model and the maximum ensemble method based on the ALBERT "
            "model. Our methods achieved a F1 score of 0.85 in subtask A.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["ALBERT"]
    # (not a model used as the baseline: acl:W19-5045)
    text = ("As KU_ai team, we used BERT as our baseline model and pre-processed the MedNLI "
            "dataset to mitigate the negative impact of de-identification artifacts. Finally, we "
            "ensembled our highest-performing models, and achieved 84.7% accuracy on the unseen "
            "test dataset.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_the_one_model_the_title_says_the_system_uses_is_its_base(nlp):
    # acl:2020.semeval.1.292, acl:2020.smm4h.1.15, acl:2020.wnut.1.58 (corpus audit, seeds 1010
    # and 1011): where the abstract names no system and no model it builds on, the title's "...
    # Using RoBERTa" or "RoBERTa for ..." gives the base model of its results (R-model-base)
    text = ("TheNorth at SemEval-2020 Task 12: Hate Speech Detection Using RoBERTa\n\nIn this "
            "paper, we discuss our entry to one such competition, namely the English version of "
            "sub-task A for the OffensEval competition. Our contribution can be perceived through "
            "our results, which were first a F1-score of 0.9089.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["RoBERTa"]
    text = ("FBK@SMM4H2020: RoBERTa for Detecting Medications on Twitter\n\nThis paper describes "
            "a classifier for tweets that mention medications or supplements, based on a "
            "pretrained transformer. The model showed promising results, with an F1 of 0.8.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["RoBERTa"]
    # (not one of a list, iclr2018:rJr4kfWCb; nor in an abstract that compares systems; nor
    # a model whose embeddings the system uses, acl:2020.wnut.1.60 (dev4); nor a shorter name
    # of the model the abstract names, coling2025:2025.coling-main.409)
    text = ("Lung Tumor Location and Identification with AlexNet and a Custom CNN\n\nWe have found "
            "our CNN architecture to be highly accurate (99.79%) and fast.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    text = ("Sarcasm Identification and Detection in Conversion Context using BERT\n\nWe compare "
            "the performance based on the approaches and obtained the best F1 scores as 0.722.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    text = ("NLPRL at WNUT-2020 Task 2: ELMo-based System for Identification of COVID-19 Tweets"
            "\n\nWe have considered this problem as a binary classification problem and have "
            "used a pre-trained ELMo embedding with GRU units. This approach helps classify the "
            "tweets with accuracy as 80.85%.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    text = ("BERT-based Classical Arabic Poetry Authorship Attribution\n\nAn ensemble model based "
            "on CAMeLBERT was developed. After parameter optimization, the model achieved F1 "
            "scores of 0.97.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] != ["BERT"]


def test_the_one_model_a_titles_method_is_on_or_for_is_its_base(nlp):
    # dev44 acl:K19-163 (gold: BERT), acl:2020.bionlp.1.22, acl2022:2022.acl-short.89 (corpus):
    # a title's "... on BERT", "... in BERT", "... for BERT" names the model the unnamed system is
    # built on, as "... Using RoBERTa" does (R-model-base)
    text = ("An Empirical Study of Multi-Task Learning on BERT for Biomedical Text Mining\n\n"
            "In this work, we study a multi-task learning model with multiple decoders on "
            "varieties of biomedical and clinical natural language processing tasks. Our empirical "
            "results demonstrate that the MTL fine-tuned models outperform state-of-the-art "
            "transformer models (e.g., BERT and its variants) by 2.0% and 1.3% in biomedical and "
            "clinical domain adaptation, respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]
    text = ("A Flexible Multi-Task Model for BERT Serving\n\nWe exemplify our approach on eight "
            "GLUE tasks, demonstrating that it is able to achieve 99.6% of the performance of the "
            "full fine-tuning method.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT"]


# ------------------------------------- r20attr: the model the paper's method is applied to
@pytest.mark.parametrize("text, models", [
    # aistats2021:024e4532ad (dev15): the next sentence's unnamed results are Deeplab V3's
    ("The auxiliary neural network, which we call “Convolutional Slice Generator” (CSG), is "
     "unique to the network. To show that our approach generalizes to other tasks, we apply it "
     "to an image segmentation architecture, Deeplab V3, on the Pascal VOC 2012 dataset. Results "
     "show that without any parameter tuning, there is $\\approx 2.3\\times$ parameter reduction "
     "and the mean Intersection over Union (mIoU) drops by $\\approx 3%$.",
     {"Deeplab V3"}),
    # colm2024:dribhnhm1i (dev12): in the result's own sentence
    ("In experiments, when we apply proxy-tuning to Llama2-70B using proxies of only 7B size, we "
     "can close 88% of the gap between Llama2-70B and its truly-tuned chat version.",
     {"Llama2-70B"}),
    # acl2021:2021.acl-long.353: applied to two models, the result is neither's alone (this
    # excerpt without the title names no system)
    ("We apply prefix-tuning to GPT-2 for table-to-text generation and to BART for "
     "summarization. We show that by learning only 0.1% of the parameters, prefix-tuning obtains "
     "comparable performance in the full data setting.",
     {None}),
])
def test_the_model_the_method_is_applied_to_takes_its_unnamed_results(nlp, text, models):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == models


@pytest.mark.parametrize("text, model", [
    # acl:2020.emnlp.main.524: the model named in apposition after "fine-tune a ... model,"
    ("We then propose to fine-tune a pre-trained sequence to sequence model, BART (Lewis et al "
     "2019), on the literal-simile pairs to gain generalizability. Experiments show that our "
     "approach generates 88% novel similes that do not share properties with the training data.",
     "BART"),
    # acl:N19-1300: the model the paper's best method trains
    ("We also explore the effectiveness of a range of transfer learning baselines. Our best "
     "method trains BERT on MultiNLI and then re-trains it on our train set. It achieves 80.4% "
     "accuracy compared to 90% accuracy of human annotators.", "BERT"),
    # acl:2020.semeval.1.82 (dev32): the model the paper chooses
    ("This paper examines different approaches and models towards detecting counterfactual "
     "statements classification. We choose the Bert model. However, the output of Bert is not a "
     "good summary of semantic information, so in order to obtain more abundant semantic "
     "information features, we modify the upper layer structure of Bert. Finally, our system "
     "achieves an accuracy of 88.90% and F1 score of 86.30% by hard voting.", "Bert"),
    # acl:D19-5827 (dev34): built on top of a model kind, the named model its example
    ("Our model is built on top of a large pre-trained language model, such as XLNet, and then "
     "fine-tuned on multiple RC datasets. Experimental results show the effectiveness of our "
     "methods, with an average Exact Match score of 56.59 and an average F1 score of 68.98.",
     "XLNet"),
    # corpus naacl2024:2024.findings-naacl.232 (r42psize): the model the experiments tune
    ("We conduct comprehensive experiments by instruction tuning LLaMA-2 models on the Alpaca "
     "dataset. We show that dynamic early exiting achieves consistent and considerable inference "
     "cost improvements (37.86% for 7B and 46.35% for 13B model).", "LLaMA-2"),
])
def test_the_model_the_unnamed_system_trains_or_fine_tunes_in_apposition_is_its_base(nlp, text,
                                                                                     model):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT") if a["own"]} == {model}


# r23 results tuple: the model an unnamed system is built on, named after its spelled-out name


def test_the_base_model_may_be_named_after_its_spelled_out_name(nlp):
    # acl:P19-1134: the cue stands before "the OpenAI Generative Pre-trained Transformer (GPT)"
    text = ("Fine-tuning Pre-Trained Transformer Language Models to Distantly Supervised Relation "
            "Extraction\n\nTo address this gap, we utilize a pre-trained language model, the "
            "OpenAI Generative Pre-trained Transformer (GPT) (Radford et al., 2018). Manual and "
            "automated evaluation of our model shows that it achieves a state-of-the-art AUC "
            "score of 0.422 on the NYT10 dataset.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["GPT"]
    # acl:D19-6609: "pre-trained Bidirectional Encoder Representations from Transformers (BERT)"
    text = ("Unsupervised Question Answering for Fact-Checking\n\nTo predict the answer token, we "
            "utilize pre-trained Bidirectional Encoder Representations from Transformers (BERT). "
            "This approach achieves a label accuracy of 80.2% on the development set and 80.25% "
            "on the test set of the transformed dataset.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]


# r25 slow inputs: the models a sentence's method is applied to are found once per sentence, a
# list around one of them is told from the names its separators reach, and a subject's name is
# read only within _SUBJECT_REACH characters of a result (the corpus's farthest is 406)

def test_a_long_sentence_reads_its_applied_models_and_far_names_once(nlp, lines_run,
                                                                     monkeypatch):
    import litkit.extract.base_models as base_module
    import litkit.extract.compared_systems as compared_module
    import litkit.extract.result_owners as owners_module
    import litkit.extract.system_mentions as mentions_module

    def run(text, expected):
        doc = nlp(text)
        models = [s._.model for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"]
        assert models[:len(expected)] == expected
        return models

    def lines(opening, n, expected):
        return lines_run(lambda: run(opening + unit * n, expected), base_module)

    # each unnamed result walked back over every name of its sentence for a model applied to
    # (lines 4x for 2x the results before)
    unit = "outperforms GPT-2, improving accuracy from 80.1% to 85.3%, "
    for opening, expected in [("Our model ", ["GPT-2", None]),
                              ("We apply our method to BERT, and our model ", ["GPT-2", "BERT"]),
                              # (a model of a list is no one base)
                              ("We apply our method to BERT, RoBERTa, and XLNet, and our model ",
                               ["GPT-2", None])]:
        assert run(opening + unit * 3, expected * 3)
        assert lines(opening, 200, expected) < 2.2 * lines(opening, 100, expected)

    # a subject named once far back: the text from it to each result was read (4x the
    # characters for 2x the results before)
    class Read:
        def __init__(self, pattern):
            self.pattern, self.chars = pattern, 0

        def search(self, text, pos, endpos):
            self.chars += endpos - pos
            return self.pattern.search(text, pos, endpos)

        def finditer(self, text, pos, endpos):
            self.chars += endpos - pos
            return self.pattern.finditer(text, pos, endpos)

    clause_start = mentions_module._CLAUSE_START

    def read(n):
        counted = Read(clause_start)
        for module in (compared_module, owners_module):  # (the modules that read it)
            monkeypatch.setattr(module, "_CLAUSE_START", counted)
        run("BERT" + " improves accuracy from 80.1% to 85.3%," * n, ["BERT", "BERT"])
        return counted.chars

    assert read(200) <= 2.2 * read(100)


def test_the_models_listed_with_a_cued_base_are_read_near_it(nlp, lines_run):
    # every cued base model was tested against every model of the text for a list mate (lines 3x
    # for 2x the sentences before)
    import litkit.extract.base_models as base_module

    def run(n):
        doc = nlp("We apply our method to BERT. Our model gets 85.3% accuracy. " * n)
        assert {s._.model for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"} == {"BERT"}

    assert lines_run(lambda: run(200), base_module) \
        < 2.2 * lines_run(lambda: run(100), base_module)


def test_a_sentence_opening_on_a_model_based_on_a_named_one_names_the_base(nlp):
    # coling2025:2025.coling-main.409 (R-model-base)
    text = ("An ensemble model based on CAMeLBERT was developed and tested across three "
            "dimensions. After parameter optimization, the model achieved F1 scores ranging from "
            "0.97 to 1.0.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["CAMeLBERT", "CAMeLBERT"]


def test_a_sentence_opening_on_fine_tuning_a_known_model_is_the_papers_own(nlp):
    # acl:2020.wnut.1.13: the whole sentence, once "et al." no longer cut it, names BERTje
    text = ("Fine-tuning the Dutch pre-trained Bidirectional Encoder Representations from "
            "Transformers (BERTje) (de Vries et al., 2019) language model surpassed the more "
            "classic algorithms by correctly classifying 79.6% of the fragments.")
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == [("BERTje", True)]


def test_a_teams_report_of_its_results_is_its_own(nlp):
    # corpus (acl:2020.trac.1.12): the results of the team's own classifiers
    text = ("Aggression Identification in English, Hindi and Bangla Text using BERT, RoBERTa and "
            "SVM\n\nThis paper presents the results of the classifiers we developed for the "
            "shared tasks in aggression identification. Our system achieved a weighted F1 score "
            "of 0.73.")
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {True}


# r31audit5: a known model written as the base of the system a score is of ("a BERT based
# classifier") marks the paper's own system built on it (R-model-base), unless another's


@pytest.mark.parametrize("text, own", [
    # dev14 acl:S19-2138 (gold: own true)
    ("In subtask A, we fine-tuned a BERT based classifier to detect abusive content in tweets, "
     "achieving a macro F1 score of 0.8136.", True),
    # corpus (acl:D19-1473), audit r31audit5 [34]
    ("In this study, we first annotated a corpus of over 3,000 PubMed research conclusion "
     "sentences, then developed a BERT-based prediction model that classifies conclusion "
     "sentences, achieving an accuracy of 0.90 and a macro-F1 of 0.88.", True),
    # dev14 acl:D19-1630 (gold: own false): a state-of-the-art system, not the paper's
    ("A state-of-the-art BERT-based model performs well on the CommitmentBank with 85% F1 "
     "score.", False),
])
def test_a_system_based_on_a_known_model_is_the_papers(nlp, text, own):
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {own}


# r33resmodel: a title's lexicon model before the head noun "Model(s)" or "Ensemble(s)" of the
# system's phrase is the base of its results, wherever that phrase stands in the title
# (R-model-base; acl:S19-2191 (dev19) and acl:2020.wnut.1.48 (dev9) gold)
@pytest.mark.parametrize("text, model", [
    # acl:S19-2198 (corpus)
    ("BLCU_NLP at SemEval-2019 Task 8: A Contextual Knowledge-enhanced GPT Model for Fact "
     "Checking\n\nWe demonstrate the effectiveness of our approaches, which achieves 81.95% of "
     "subtask A in accuracy on the SemEval 2019 task 8.", "GPT"),
    # acl:2020.wnut.1.48 (dev9)
    ("CXP949 at WNUT-2020 Task 2: Extracting Informative COVID-19 Tweets - RoBERTa Ensembles and "
     "The Continued Relevance of Handcrafted Features\n\nWe show that inclusion of additional "
     "features can improve classification results and achieve a score within 2 points of the "
     "top performing team.", "RoBERTa"),
])
def test_a_titles_model_before_the_head_noun_model_is_the_base(nlp, text, model):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [model]


@pytest.mark.parametrize("text, models", [
    # dev15 acl:W16-5113 (gold: NegEx)
    ("Our approach is built on top of NegEx, a well known algorithm for identifying non-factive "
     "mentions of medical findings. In this work, we adjust a previous adaptation of NegEx to "
     "German and evaluate the system on our data to detect negation and speculation. Our system "
     "achieves an F1-Score above 0.9 on both types of reports.", ["NegEx"]),
    # dev36 acl:K17-311 (gold: BistParser)
    ("We based our approach on an existing open source tool (BistParser), which we modified in "
     "order to produce the required output. Our system achieved a macro-averaged LAS of 68.61% "
     "(10th in the overall ranking) which improved to 69.38% after bug fixes.",
     ["BistParser", "BistParser"]),
    # dev10 acl:E17-132 (gold: MorphoChains; Morfessor only compared with)
    ("We present a system that adapts the MorphoChains system (Narasimhan et al., 2015) to "
     "provide morphological analyses. Moreover, the total number of distinct morphemes identified "
     "by our system is on average 12.8% lower than for Morfessor (Virpioja et al., 2013).",
     ["MorphoChains"]),
    # acl:L06-1463 (corpus): the acronym of a lower-case phrase is no model
    ("The approach we take is based on semantically unpredictable sentences (SUS), which can be "
     "created for various languages. Our SUS test reaches an accuracy of 50%.", [None]),
    # dev36 acl:2020.semeval.1.278: a lexicon model the paper also uses, so no single base
    # (BlazingText); the sub-task's model BERT owns the sub-task's figure (R-model-subtaskbase)
    ("We have adapted the BlazingText algorithm to classify texts. For sub-task B, we opted to "
     "fine-tune a Bidirectional Encoder Representation from a Transformer (BERT). We have "
     "achieved an F1 score of only 56.86%.", ["BERT"]),
])
def test_a_name_the_name_stage_missed_after_a_built_on_cue_is_the_base(nlp, text, models):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == models


# r44rmodel: a shared-task paper that names the model of each subtask gives each subtask's
# figures that model, and null to a subtask whose system names none or several
# (R-model-subtaskbase)


@pytest.mark.parametrize("text, models", [
    # dev14 acl:S19-2138 (gold: BERT, then null for the linear SVM of subtask C)
    ("In subtask A, we fine-tuned a BERT based classifier to detect abusive content in tweets, "
     "achieving a macro F1 score of 0.8136 on the test data. In subtasks B and C, we used a "
     "linear SVM with selected character n-gram features. For subtask C, our system could "
     "identify the target of abuse with a macro F1 score of 0.5243.", ["BERT", None]),
    # dev23 acl:2020.semeval.1.78 (gold: Roberta, BERT, and null for subtask C's two models)
    ("In subtask A, we use Roberta to find which sentence does not make sense. In subtask B, "
     "besides using BERT, we also experiment with replacing the dataset with MNLI. In subtask C, "
     "we utilize the MNLI model from subtask B to evaluate the explanation generated by Roberta "
     "and GPT-2. Our system submission records a performance of 88.2%, 80.5%, and BLEU 5.5 for "
     "those three subtasks, respectively.", ["Roberta", "BERT", None]),
])
def test_each_subtasks_figures_take_the_model_named_for_it(nlp, text, models):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == models
