"""Name-shaped words that are no system (not_systems.py): tasks, data, teams, sources."""

import pytest
from attribution_helpers import (
    pipeline_nlp,  # noqa: F401  (fixtures)
    spans,
)

from litkit.extract.own_systems import own_systems


def test_a_title_naming_a_teams_submissions_gives_no_system(nlp):
    # acl:2020.wat.1.14 (R-model-title: a team label, like "X at <shared task>")
    text = ("WT: Wipro AI Submissions to the WAT 2020\n\nIn this paper we present an "
            "English\u2013Hindi and Hindi\u2013English neural machine translation (NMT) system, "
            "submitted to the Translation shared Task organized at WAT 2020.")
    assert own_systems(text, set()) == []
    assert own_systems("UParse: the Edinburgh system for the CoNLL 2017 UD shared task\n\n"
                       "We present UParse.", set()) == ["UParse"]


def test_a_title_naming_the_source_of_the_data_gives_no_system(nlp):
    # acl:W18-1112 (R-model-resource)
    text = ("Reddit: A Gold Mine for Personality Prediction\n\nWe address this problem by "
            "introducing a large-scale dataset derived from Reddit, a source so far overlooked "
            "for personality prediction.")
    assert own_systems(text, set()) == []


def test_an_acronym_before_score_names_a_metric_not_a_system(nlp):
    # acl:2020.wmt.1.45
    text = ("Our model has achieved Hindi to Marathi bilingual evaluation understudy (BLEU) score "
            "of 11.59, rank-based intuitive bilingual evaluation score (RIBES) score of 57.76 and "
            "translation edit rate (TER) score of 79.07.")
    assert own_systems(text, set()) == []
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


def test_a_tasks_acronym_before_a_system_noun_names_no_system():
    # acl:2020.acl.main.216: AV-ASR names the task the unnamed system does (as UNMT in dev8
    # acl:2020.loresmt.1.10, whose BLEU scores have model null)
    text = ("This paper presents an audio visual automatic speech recognition (AV-ASR) system "
            "using a Transformer-based architecture. We particularly focus on the scene context "
            "provided by the visual information, to ground the ASR.")
    assert own_systems(text, set()) == []
    text = ("In this work, we devise an unsupervised neural machine translation (UNMT) system "
            "consisting of a transformer based shared encoder and language specific decoders.")
    assert own_systems(text, set()) == []


def test_a_metrics_acronym_names_no_system(nlp):
    # naacl2024:2024.findings-naacl.94: FTR is a rate the attack is measured by (as MAE in
    # dev10 acl:2020.emnlp.main.369, "the use of mean absolute error (MAE)")
    text = ("For instance, with 3% poisoning samples against the LLaMA-7B model on the Emotion "
            "dataset, our attack achieves a 100% Attack Success Rate (ASR) with a False Triggered "
            "Rate (FTR) below 2.06% and negligible model accuracy degradation.")
    assert "FTR" not in [a["model"] for _, a in spans(nlp, text, "RESULT")]
    text = "We propose the use of mean absolute error (MAE) instead of classification accuracy."
    assert own_systems(text, set()) == []


def test_a_task_or_data_name_is_not_whose_result_it_is(nlp):
    # acl:R19-115: WSD is the task ("the WSD task"); the system is QBERT
    text = ("In this paper, we introduce QBERT, a Transformer-based architecture for "
            "contextualized embeddings, better-fitting for the WSD task. As a result, we are able "
            "to train a WSD system that beats the state of the art on the concatenation of all "
            "evaluation datasets by over 3 points.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["QBERT"]
    # coling2025:2025.coling-main.344 (APE data is released, not an APE system put forward)
    text = ("The experimental results across English-German, English-Russian, English-Marathi, "
            "English-Hindi, and English-Tamil language pairs demonstrate the superior "
            "performance of APE systems trained using the newly generated synthetic data "
            "compared to those trained using existing synthetic data. Further, APE models "
            "trained using a balanced mix of existing and newly generated synthetic data achieve "
            "improvements of 0.37, 0.19, 1.01, 2.42, and 2.60 TER points, respectively. We will "
            "release the generated synthetic APE data.")
    assert own_systems(text, set()) == []
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


def test_a_team_label_is_not_the_model_of_its_results(nlp):
    # acl:2020.semeval.1.287 (dev11; R-model-teamsystem: "Team KAFK" gives a null model)
    text = ("In the shared task SemEval-2020, our team SSN_NLP_MLRG submitted for three languages "
            "that are Subtasks A, B, C in English. Our team SSN_NLP_MLRG obtained the F1 Scores as "
            "0.90, 0.61, 0.52 for the Subtasks A, B, C in English respectively.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}
    # acl:2020.semeval.1.198: the team named in parentheses
    text = ("This paper describes the systems our team (AdelaideCyC) has developed for SemEval "
            "Task 12 (OffensEval 2020) to detect offensive language in social media. We have "
            "achieved F1-scores of 0.906, 0.552, and 0.623 in subtask A, B, and C respectively.")
    assert own_systems(text, set()) == []
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


# round 10, owners by corpus audit


def test_an_acronym_of_a_procedure_ending_in_ing_names_the_system(nlp):
    # acl2021:2021.acl-long.462, icml2017:862, acl:2020.acl.main.230, acl:2020.emnlp.main.7
    # (corpus audit, seed 1010): "Decoding", "Pruning" name a procedure, not a task; so do
    # "Embedding", "Training" with an acronym of four capitals or more (R-model-named)
    text = ("In this paper, we propose Shallow Aggressive Decoding (SAD) to improve the online "
            "inference efficiency of the Transformer for instantaneous Grammatical Error "
            "Correction (GEC).")
    assert own_systems(text, set()) == ["SAD"]
    text = ("In this paper we introduce Best-Response Pruning (BRP), an improvement to iterative "
            "algorithms such as CFR that allows poorly-performing actions to be temporarily "
            "pruned. Experiments show that BRP results in a factor of 7 reduction in space.")
    assert own_systems(text, set()) == ["BRP"]
    text = ("We propose a novel method, Weakly Aligned Structured Embedding (WASE), that encodes "
            "structured representations of semantic information from textual and visual data "
            "into a common embedding space. Compared to uni-modal state-of-the-art methods, our "
            "approach achieves 4.0% and 9.8% absolute F-score gains on text event argument role "
            "labeling and visual event extraction.")
    assert own_systems(text, set()) == ["WASE"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["WASE", "WASE"]
    text = ("We introduce Simulated Multiple Reference Training (SMRT), a novel MT training method "
            "that approximates the full space of possible translations.")
    assert own_systems(text, set()) == ["SMRT"]
    # (not a field or a generic technique with a short acronym: naacl2024:2024.findings-naacl.250,
    # colm2025:7ZwuGZCopw, coling2022:2022.coling-1.587; nor a task: "Question Answering")
    for text in ("In this paper, we present the development of an isometric NMT system using "
                 "Reinforcement Learning (RL) to optimize the length of the output.",
                 "Additionally, we introduce Test-Time Training (TTT) in the medical domain for "
                 "the first time, facilitating domain adaptation.",
                 "We then propose a Sentiment and Emotion aware Embedding (SE-Embedding) to get "
                 "the overall representation of a particular emotion and sentiment.",
                 "We propose a new task, Conversational Question Answering (CoQA), over "
                 "documents."):
        assert own_systems(text, set()) == [], text


# r25 model: a title's leading name that labels a team's shared-task entry and is written nowhere
# in the abstract is no system (R-model-teamsystem), unless the title calls it a system

def test_a_title_team_label_of_a_shared_task_entry_gives_no_model(nlp):
    # dev20 acl:W19-1421 (gold model null)
    text = ("TwistBytes - Identification of Cuneiform Languages and German Dialects at VarDial "
            "2019\n\nWe describe our approaches for the German Dialect Identification (GDI) and "
            "the Cuneiform Language Identification (CLI) tasks at the VarDial Evaluation Campaign "
            "2019. Our system for GDI achieved third place out of 6 teams, with a macro averaged "
            "F-1 of 74.6%.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    # acl:2020.smm4h.1.26: the team's label before a shared task's report
    text = ("HITSZ-ICRC: A Report for SMM4H Shared Task 2020-Automatic Classification of "
            "Medications and Adverse Effect in Tweets\n\nThis is the system description of the "
            "Harbin Institute of Technology Shenzhen (HITSZ) team. Our system achieves an F1 of "
            "0.7553 in task 1 and an F1 of 0.5455 in task 2.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]
    # acl:W18-5526: the title calls the name a system (R-model-title)
    text = ("QED: A fact verification system for the FEVER shared task\n\nThis paper describes "
            "our system submission to the 2018 Fact Extraction and VERification (FEVER) shared "
            "task. Our system beats the shared task baseline by 12%.")
    assert own_systems(text, set()) == ["QED"]
    # the abstract writes the name: the system's ("our system (AntNLP)", R-model-named)
    assert own_systems("AntNLP at CoNLL 2018 Shared Task: A Graph-Based Parser\n\nWe present our "
                       "system (AntNLP) for the CoNLL 2018 Shared Task.", set()) == ["AntNLP"]


# r36audit16: a figure said "for a previously proposed method" or "for the baseline system" right
# after it is that other system's, not the paper's

@pytest.mark.parametrize(("text", "expected"), [
    # acl:E17-1119 (corpus audit)
    ("We demonstrate that the choice of training data has a drastic impact on performance, which "
     "decreases by as much as 9.85% loose micro F1 score for a previously proposed method. Our "
     "best model achieves state-of-the-art results with 75.36% loose micro F1 score.",
     [(9.85, False), (75.36, True)]),
    # acl:W17-1319 (corpus)
    ("We develop an ASR system for MSA by using Kaldi toolkit. We obtain a Word Error Rate (WER) "
     "of 14.42 for the baseline system.", [(14.42, False)]),
])
def test_a_figure_for_a_previous_or_baseline_system_is_not_own(nlp, text, expected):
    assert [(a["value"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == expected


def test_the_acronym_of_a_generic_class_spelled_out_is_no_system_name(nlp):
    # acl:S19-248 (R-model-archclass)
    text = ("Our model extends the Recurrent Convolutional Neural Network (RCNN) by using external "
            "fine-tuned word representations. Our model achieved good performance with a "
            "micro-F1 score of 0.7463.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    # (not one the text calls its own: acl:C16-1138)
    text = ("In this paper, we propose deep recurrent neural networks (DRNNs) for relation "
            "classification. We evaluated our DRNNs on the SemEval-2010 Task 8, and achieve an "
            "F1-score of 86.1%.")
    assert own_systems(text, set()) == ["DRNNs"]


# r30resmodel: a plural system name is the singular the text also writes, among the paper's
# system names and the name-shaped subjects of a result's sentence (R-model-plural)


def test_a_plural_system_name_is_the_singular_the_text_writes(nlp):
    # corpus (acl:C18-1250)
    text = ("In this paper, we introduce sliced recurrent neural networks (SRNNs), which could be "
            "parallelized. We prove that the standard RNN is a special case of the SRNN. "
            "Without changing the recurrent units, SRNNs are 136 times as fast as standard RNNs.")
    assert own_systems(text, set()) == ["SRNN"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["SRNN"]
    # corpus (nips2017:9364), audit r30audit4 [2]
    text = ("The FS-RNN incorporates the strengths of both multiscale RNNs and deep transition "
            "RNNs. In addition, an ensemble of two FS-RNNs achieves 1.20 BPC on Hutter Prize "
            "Wikipedia.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["FS-RNN"]
    # written in the singular only in a compound: the plural stays (dev2-023, R-model-plural)
    text = ("To that end, we introduce Generative Annotation Assistants (GAAs). We find that "
            "using GAA-assisted training data leads to higher downstream model performance.")
    assert own_systems(text, set()) == ["GAAs"]


# r33resmodel: an acronym defined after "the task of" or "a task called" names the task, not
# the paper's system (r33audit10 acl2021:2021.acl-long.313: CJPE was given the model's 78%)
def test_an_acronym_after_task_of_names_the_task_not_a_system():
    # acl2021:2021.acl-long.313 (corpus)
    text = ("ILDC for CJPE: Indian Legal Documents Corpus for Court Judgment Prediction and "
            "Explanation\n\nBased on ILDC, we propose the task of Court Judgment Prediction and "
            "Explanation (CJPE). The task requires an automated system to predict an explainable "
            "outcome of a case.")
    assert "CJPE" not in own_systems(text, set())
    # acl:D18-1420 (corpus)
    text = ("We propose the task of Quantifiable Sequence Editing (QuaSE): editing an input "
            "sequence to generate an output sequence that satisfies a given numerical outcome.")
    assert own_systems(text, set()) == []


# r34audit13: an acronym the text writes before a task's noun in lower case is what the task
# finds, not the paper's system (acl:2020.clinicalnlp.1.6 gave ADE its models' F1)
def test_an_acronym_before_a_tasks_noun_is_no_system():
    # acl:2020.clinicalnlp.1.6 (corpus)
    text = ("Evaluation of Transfer Learning for Adverse Drug Event (ADE) and Medication Entity "
            "Extraction\n\nOur transfer learning models achieve strong performance in the overall "
            "task (F1=92.91%) as well as in ADE identification (F1=53.08%).")
    assert "ADE" not in own_systems(text, set())
    # acl:W19-3220 (corpus)
    text = ("In this study, we describe our methods to automatically classify Twitter posts "
            "conveying events of adverse drug reaction (ADR). Based on our previous experience in "
            "tackling the ADR classification task, we applied an ensemble approach.")
    assert own_systems(text, set()) == []


def test_a_name_given_as_the_team_name_is_no_model(nlp):
    # acl:2020.trac.1.14 (corpus): "Spyder" of the title is the team's label (R-model-teamsystem)
    text = ("Spyder: Aggression Detection on Multilingual Tweets\n\nThis paper describes our (Team "
            "name: Spyder) participation in the Shared Task on Aggression Detection organised by "
            "TRAC-2. We obtained f1 score of 43.10%, 59.45% and 44.84% respectively for English, "
            "Hindi and Bengali.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


def test_an_acronym_after_a_subtasks_number_names_the_subtask():
    # acl:D19-5708 (corpus): CI is the sub-task, not the paper's system
    text = ("We present a neural pipeline approach that performs named entity recognition (NER) "
            "and concept indexing (CI), which links them to concept unique identifiers (CUIs) in "
            "a knowledge base. Among the five submitted runs, the best run for each sub-task "
            "achieved the F-score of 86.76% on Sub-task 1 (NER) and the F-score of 79.97% "
            "(strict) on Sub-task 2 (CI).")
    assert "CI" not in own_systems(text, set())


@pytest.mark.parametrize(("text", "name"), [
    # acl:S17-2157 (dev35): AMR is the formalism the parser parses, not the system
    ("Oxford at SemEval-2017 Task 9: Neural AMR Parsing with Pointer-Augmented Attention\n\nWe "
     "present a neural encoder-decoder AMR parser that extends an attention-based model. Our "
     "parser obtained 59% Smatch on the SemEval test set.", "AMR"),
    # acl:W16-3718 (dev31): the tag set and the tagger are for parts of speech
    ("Comprehensive Part-Of-Speech Tag Set and SVM based POS Tagger for Sinhala\n\nThis paper "
     "presents a new comprehensive multi-level Part-Of-Speech tag set and a Support Vector "
     "Machine based Part-Of-Speech tagger for the Sinhala language. Our Support Vector Machine "
     "based tagger achieved an overall accuracy of 84.68%.", "Part-Of-Speech"),
])
def test_a_name_before_a_parser_or_tagger_names_what_it_parses_or_tags(text, name):
    assert name not in own_systems(text, set())


def test_a_parser_spelled_out_after_its_name_is_the_system():
    # acl:K18-214 (corpus): "the SEx BiST parser (Semantically EXtended ...)" is the paper's own
    text = ("SEx BiST: A Multi-Source Trainable Parser with Deep Contextualized Lexical "
            "Representations\n\nWe describe the SEx BiST parser (Semantically EXtended Bi-LSTM "
            "parser) developed at Lattice for the CoNLL 2018 Shared Task. Our parser performed "
            "well in the official end-to-end evaluation (73.02 LAS – 4th/26 teams).")
    assert own_systems(text, set()) == ["SEx BiST"]


def test_a_task_acronym_spelled_out_in_quotes_names_no_system(nlp):
    # coling2022:2022.coling-1.7: a closing quote mark ends the lower-case task phrase too
    text = ("We advocate for an alternative which we name \u2018metaphorical polysemy "
            "detection\u2019 (MPD). We develop the first MPD model, which learns to identify "
            "conventional metaphors. Our model attains an ROC-AUC score of .78 on one of the sets.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_the_acronym_of_a_task_a_method_improves_is_no_system(nlp):
    # corpus acl:N19-106 (r46audit26): "ST" is the task the approach improves, past "We present"
    text = ("We present a simple approach to improve direct speech-to-text translation (ST) "
            "when the source language is low-resource: we pre-train the model on a "
            "high-resource automatic speech recognition (ASR) task, and then fine-tune its "
            "parameters for ST. We demonstrate that our approach is effective by pre-training on "
            "300 hours of English ASR data to improve Spanish English ST from 10.8 to 20.2 BLEU.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]
